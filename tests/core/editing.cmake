# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
pw_add_test(tst_markdownediting LABEL core SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_markdownediting.cpp)
pw_add_test(tst_editingsupport LABEL core SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_editingsupport.cpp)
