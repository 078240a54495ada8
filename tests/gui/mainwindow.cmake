# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
pw_add_test(tst_mainwindow LABEL gui TIMEOUT 180 SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_mainwindow.cpp LIBS postwright_gui)
pw_add_test(tst_markdowneditor LABEL gui SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_markdowneditor.cpp LIBS postwright_gui)
# The table toolbar and the table size picker (issue 17).
pw_add_test(tst_tabletools LABEL gui TIMEOUT 120 SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_tabletools.cpp LIBS postwright_gui)
# Links between posts: Format → Link to Post and the "[" completion (issue 17).
pw_add_test(tst_postlinks LABEL gui TIMEOUT 120 SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_postlinks.cpp LIBS postwright_gui)
