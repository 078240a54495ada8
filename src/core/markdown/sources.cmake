# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(postwright_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/coderanges.h ${CMAKE_CURRENT_LIST_DIR}/coderanges.cpp
  ${CMAKE_CURRENT_LIST_DIR}/markdownlinks.h ${CMAKE_CURRENT_LIST_DIR}/markdownlinks.cpp
  ${CMAKE_CURRENT_LIST_DIR}/markdowncommands.h ${CMAKE_CURRENT_LIST_DIR}/markdowncommands.cpp
  ${CMAKE_CURRENT_LIST_DIR}/tableedit.h ${CMAKE_CURRENT_LIST_DIR}/tableedit.cpp
  ${CMAKE_CURRENT_LIST_DIR}/postlink.h ${CMAKE_CURRENT_LIST_DIR}/postlink.cpp)
