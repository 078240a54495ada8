# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(postwright_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/error.h ${CMAKE_CURRENT_LIST_DIR}/error.cpp
  ${CMAKE_CURRENT_LIST_DIR}/textcodec.h ${CMAKE_CURRENT_LIST_DIR}/textcodec.cpp
  ${CMAKE_CURRENT_LIST_DIR}/lineendings.h ${CMAKE_CURRENT_LIST_DIR}/lineendings.cpp
  ${CMAKE_CURRENT_LIST_DIR}/lineindex.h ${CMAKE_CURRENT_LIST_DIR}/lineindex.cpp
  ${CMAKE_CURRENT_LIST_DIR}/worddiff.h ${CMAKE_CURRENT_LIST_DIR}/worddiff.cpp
  ${CMAKE_CURRENT_LIST_DIR}/textsearch.h ${CMAKE_CURRENT_LIST_DIR}/textsearch.cpp
  ${CMAKE_CURRENT_LIST_DIR}/linediff.h ${CMAKE_CURRENT_LIST_DIR}/linediff.cpp)
