# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The front-matter form.
target_sources(postwright_gui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/flowlayout.h ${CMAKE_CURRENT_LIST_DIR}/flowlayout.cpp
  ${CMAKE_CURRENT_LIST_DIR}/chipeditor.h ${CMAKE_CURRENT_LIST_DIR}/chipeditor.cpp
  ${CMAKE_CURRENT_LIST_DIR}/frontmatterform.h ${CMAKE_CURRENT_LIST_DIR}/frontmatterform.cpp)
