# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
pw_add_test(tst_mainwindow LABEL gui TIMEOUT 180 SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_mainwindow.cpp LIBS postwright_gui)
pw_add_test(tst_markdowneditor LABEL gui SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_markdowneditor.cpp LIBS postwright_gui)
