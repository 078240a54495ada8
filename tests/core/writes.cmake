# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Every writer goes through files/: atomic, keeping mode, owner and links;
# a failed export leaves the previous one; bulk edits race with others.
pw_add_test(tst_atomicwrite LABEL core
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_atomicwrite.cpp)
pw_add_test(tst_exportfailure LABEL core
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_exportfailure.cpp)
pw_add_test(tst_termrace LABEL core TIMEOUT 300
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_termrace.cpp)
