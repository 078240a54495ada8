# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(postwright_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/gitsupport.h ${CMAKE_CURRENT_LIST_DIR}/gitsupport.cpp
  ${CMAKE_CURRENT_LIST_DIR}/gitrepository.h ${CMAKE_CURRENT_LIST_DIR}/gitrepository.cpp
  ${CMAKE_CURRENT_LIST_DIR}/posthistory.h ${CMAKE_CURRENT_LIST_DIR}/posthistory.cpp
  ${CMAKE_CURRENT_LIST_DIR}/blockmerge.h ${CMAKE_CURRENT_LIST_DIR}/blockmerge.cpp
  ${CMAKE_CURRENT_LIST_DIR}/postmerge.h ${CMAKE_CURRENT_LIST_DIR}/postmerge.cpp
  ${CMAKE_CURRENT_LIST_DIR}/gitcommit.h ${CMAKE_CURRENT_LIST_DIR}/gitcommit.cpp
  ${CMAKE_CURRENT_LIST_DIR}/gitmerge.h ${CMAKE_CURRENT_LIST_DIR}/gitmerge.cpp
  ${CMAKE_CURRENT_LIST_DIR}/gitcommand.h ${CMAKE_CURRENT_LIST_DIR}/gitcommand.cpp
  ${CMAKE_CURRENT_LIST_DIR}/publishplan.h ${CMAKE_CURRENT_LIST_DIR}/publishplan.cpp
  ${CMAKE_CURRENT_LIST_DIR}/publish.h ${CMAKE_CURRENT_LIST_DIR}/publish.cpp
  ${CMAKE_CURRENT_LIST_DIR}/postdiff.h ${CMAKE_CURRENT_LIST_DIR}/postdiff.cpp
  ${CMAKE_CURRENT_LIST_DIR}/postresolve.h ${CMAKE_CURRENT_LIST_DIR}/postresolve.cpp
  ${CMAKE_CURRENT_LIST_DIR}/gitinit.h ${CMAKE_CURRENT_LIST_DIR}/gitinit.cpp)
