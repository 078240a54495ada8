# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The live preview (WebEngine).
target_sources(postwright_gui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/previewview.h ${CMAKE_CURRENT_LIST_DIR}/previewview.cpp
  ${CMAKE_CURRENT_LIST_DIR}/previewpage.h ${CMAKE_CURRENT_LIST_DIR}/previewpage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/previewrequestfilter.h ${CMAKE_CURRENT_LIST_DIR}/previewrequestfilter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/previewbridge.h ${CMAKE_CURRENT_LIST_DIR}/previewbridge.cpp)
