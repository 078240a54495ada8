# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
pw_add_test(tst_mathcode LABEL core
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_mathcode.cpp)
