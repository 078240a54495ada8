# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The outside-change Compare view: side by side, per-hunk choice, Apply.
pw_add_test(tst_comparedialog LABEL gui SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_comparedialog.cpp LIBS postwright_gui)
