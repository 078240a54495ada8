# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The open post's session (no widgets).
target_sources(postwright_gui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/postsession.h ${CMAKE_CURRENT_LIST_DIR}/postsession.cpp
  ${CMAKE_CURRENT_LIST_DIR}/textpatch.h ${CMAKE_CURRENT_LIST_DIR}/textpatch.cpp
  ${CMAKE_CURRENT_LIST_DIR}/comparedialog.h ${CMAKE_CURRENT_LIST_DIR}/comparedialog.cpp)
