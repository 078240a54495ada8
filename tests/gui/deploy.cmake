# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The Deploy dialog (issue 16 §2) deploying a small site into a folder.
pw_add_test(tst_deploydialog LABEL gui TIMEOUT 300 SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_deploydialog.cpp LIBS postwright_gui)
