# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The Help menu's dialogs.
target_sources(postwright_gui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/shortcutsdialog.h ${CMAKE_CURRENT_LIST_DIR}/shortcutsdialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/cheatsheetdialog.h ${CMAKE_CURRENT_LIST_DIR}/cheatsheetdialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/aboutdialog.h ${CMAKE_CURRENT_LIST_DIR}/aboutdialog.cpp)
