# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
pw_add_test(tst_spellcheck LABEL gui SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_spellcheck.cpp LIBS postwright_gui)
pw_add_test(tst_spelltyping LABEL gui TIMEOUT 300 SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_spelltyping.cpp LIBS postwright_gui)
