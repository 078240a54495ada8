# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The Compare view's line diff and per-hunk merge (core/text/linediff).
pw_add_test(tst_linediff LABEL core SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_linediff.cpp)
