# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
pw_add_test(tst_bodyblocks LABEL core
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_bodyblocks.cpp)
pw_add_test(tst_postsnapshot LABEL core
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_postsnapshot.cpp)
