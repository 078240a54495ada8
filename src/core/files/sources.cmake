# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(postwright_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/filestext.h
  ${CMAKE_CURRENT_LIST_DIR}/datafolder.h ${CMAKE_CURRENT_LIST_DIR}/datafolder.cpp
  ${CMAKE_CURRENT_LIST_DIR}/filestamp.h ${CMAKE_CURRENT_LIST_DIR}/filestamp.cpp
  ${CMAKE_CURRENT_LIST_DIR}/stagedfile.h ${CMAKE_CURRENT_LIST_DIR}/stagedfile.cpp
  ${CMAKE_CURRENT_LIST_DIR}/atomicwrite.h ${CMAKE_CURRENT_LIST_DIR}/atomicwrite.cpp)
