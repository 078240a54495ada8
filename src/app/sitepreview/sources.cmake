# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The preview in the site's own theme and the pane that switches modes (issue 15).
target_sources(postwright_gui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/previewpane.h ${CMAKE_CURRENT_LIST_DIR}/previewpane.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sitepreviewpage.h ${CMAKE_CURRENT_LIST_DIR}/sitepreviewpage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sitepreviewview.h ${CMAKE_CURRENT_LIST_DIR}/sitepreviewview.cpp)
