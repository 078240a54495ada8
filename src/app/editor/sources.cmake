# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The Markdown editor pane.
target_sources(postwright_gui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/markdowneditor.h ${CMAKE_CURRENT_LIST_DIR}/markdowneditor.cpp
  ${CMAKE_CURRENT_LIST_DIR}/markdownhighlighter.h ${CMAKE_CURRENT_LIST_DIR}/markdownhighlighter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/findbar.h ${CMAKE_CURRENT_LIST_DIR}/findbar.cpp
  ${CMAKE_CURRENT_LIST_DIR}/tabletoolbar.h ${CMAKE_CURRENT_LIST_DIR}/tabletoolbar.cpp
  ${CMAKE_CURRENT_LIST_DIR}/tablesizepicker.h ${CMAKE_CURRENT_LIST_DIR}/tablesizepicker.cpp
  ${CMAKE_CURRENT_LIST_DIR}/postlinker.h ${CMAKE_CURRENT_LIST_DIR}/postlinker.cpp
  ${CMAKE_CURRENT_LIST_DIR}/postlinkcompleter.h ${CMAKE_CURRENT_LIST_DIR}/postlinkcompleter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/postlinkdialog.h ${CMAKE_CURRENT_LIST_DIR}/postlinkdialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/imageimportdialog.h ${CMAKE_CURRENT_LIST_DIR}/imageimportdialog.cpp)
# Focus mode (View → Focus) and its paragraph dimming.
target_sources(postwright_gui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/focusmode.h ${CMAKE_CURRENT_LIST_DIR}/focusmode.cpp
  ${CMAKE_CURRENT_LIST_DIR}/paragraphdimmer.h ${CMAKE_CURRENT_LIST_DIR}/paragraphdimmer.cpp)
