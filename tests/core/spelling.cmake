# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
pw_add_test(tst_spellranges LABEL core SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_spellranges.cpp)
pw_add_test(tst_spelldictionary LABEL core SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_spelldictionary.cpp)
