# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The editor's Markdown text commands (core/markdown/markdowncommands).
pw_add_test(tst_markdowncommands LABEL core SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_markdowncommands.cpp)
# The table toolbar's edits (core/markdown/tableedit) and links between posts (core/markdown/postlink).
pw_add_test(tst_tableedit LABEL core SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_tableedit.cpp)
pw_add_test(tst_postlink LABEL core SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_postlink.cpp)
pw_add_test(tst_tableedithostile LABEL core SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_tableedithostile.cpp)
