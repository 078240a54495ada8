# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(postwright_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/gitsupport.h ${CMAKE_CURRENT_LIST_DIR}/gitsupport.cpp
  ${CMAKE_CURRENT_LIST_DIR}/gitrepository.h ${CMAKE_CURRENT_LIST_DIR}/gitrepository.cpp
  ${CMAKE_CURRENT_LIST_DIR}/posthistory.h ${CMAKE_CURRENT_LIST_DIR}/posthistory.cpp
  ${CMAKE_CURRENT_LIST_DIR}/blockmerge.h ${CMAKE_CURRENT_LIST_DIR}/blockmerge.cpp
  ${CMAKE_CURRENT_LIST_DIR}/postmerge.h ${CMAKE_CURRENT_LIST_DIR}/postmerge.cpp)
