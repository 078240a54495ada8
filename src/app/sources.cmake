# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The main window (menus and toolbar, side panes) and the app's start.
target_sources(postwright_gui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/mainwindow.h ${CMAKE_CURRENT_LIST_DIR}/mainwindow.cpp
  ${CMAKE_CURRENT_LIST_DIR}/mainwindowactions.cpp
  ${CMAKE_CURRENT_LIST_DIR}/mainwindowpanes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/mainwindowdashboard.cpp
  ${CMAKE_CURRENT_LIST_DIR}/startup.h ${CMAKE_CURRENT_LIST_DIR}/startup.cpp)
