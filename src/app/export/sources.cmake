# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The export dialog and actions.
target_sources(postwright_gui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/exportdialog.h ${CMAKE_CURRENT_LIST_DIR}/exportdialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/exportactions.h ${CMAKE_CURRENT_LIST_DIR}/exportactions.cpp)
