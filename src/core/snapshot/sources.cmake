# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(postwright_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/bodyblocks.h ${CMAKE_CURRENT_LIST_DIR}/bodyblocks.cpp
  ${CMAKE_CURRENT_LIST_DIR}/quicksplice.h ${CMAKE_CURRENT_LIST_DIR}/quicksplice.cpp
  ${CMAKE_CURRENT_LIST_DIR}/postsnapshot.h ${CMAKE_CURRENT_LIST_DIR}/postsnapshot.cpp
  ${CMAKE_CURRENT_LIST_DIR}/snapshotbuilder.h ${CMAKE_CURRENT_LIST_DIR}/snapshotbuilder.cpp)
