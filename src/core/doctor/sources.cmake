# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(postwright_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/checkcontext.h ${CMAKE_CURRENT_LIST_DIR}/checkcontext.cpp
  ${CMAKE_CURRENT_LIST_DIR}/mojibake.h ${CMAKE_CURRENT_LIST_DIR}/mojibake.cpp
  ${CMAKE_CURRENT_LIST_DIR}/postdoctor.h ${CMAKE_CURRENT_LIST_DIR}/postdoctor.cpp
  ${CMAKE_CURRENT_LIST_DIR}/readerchecks.h ${CMAKE_CURRENT_LIST_DIR}/readerchecks.cpp)
