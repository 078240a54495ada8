# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(postwright_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/katexassets.cpp
  ${CMAKE_CURRENT_LIST_DIR}/katexassets.h
  ${CMAKE_CURRENT_LIST_DIR}/mustacheprogram.cpp
  ${CMAKE_CURRENT_LIST_DIR}/mustacheprogram.h
  ${CMAKE_CURRENT_LIST_DIR}/mustacherender.cpp
  ${CMAKE_CURRENT_LIST_DIR}/mustacherender.h
  ${CMAKE_CURRENT_LIST_DIR}/pagechrome.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pagechrome.h
  ${CMAKE_CURRENT_LIST_DIR}/pagetemplate.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pagetemplate.h)
