# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
pw_add_test(tst_formedits LABEL gui TIMEOUT 120 SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_formedits.cpp LIBS postwright_gui)
