# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Publishing through Git (issue 16): the site's Git state, Publish, the
# History of a post, the merge view, and Publish When Due (issue 16 §3).
target_sources(postwright_gui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/sitegitstate.h ${CMAKE_CURRENT_LIST_DIR}/sitegitstate.cpp
  ${CMAKE_CURRENT_LIST_DIR}/gitbranchlabel.h ${CMAKE_CURRENT_LIST_DIR}/gitbranchlabel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/historydialog.h ${CMAKE_CURRENT_LIST_DIR}/historydialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/mergedialog.h ${CMAKE_CURRENT_LIST_DIR}/mergedialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/publishdialog.h ${CMAKE_CURRENT_LIST_DIR}/publishdialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/scheduledialog.h ${CMAKE_CURRENT_LIST_DIR}/scheduledialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/cischeduledialog.h ${CMAKE_CURRENT_LIST_DIR}/cischeduledialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/gitactions.h ${CMAKE_CURRENT_LIST_DIR}/gitactions.cpp)
