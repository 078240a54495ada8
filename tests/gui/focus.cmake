# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The writing window: focus mode (View → Focus), the toolbar's and menus' icons.
pw_add_test(tst_focusmode LABEL gui TIMEOUT 180 SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_focusmode.cpp LIBS postwright_gui)
pw_add_test(tst_icons LABEL gui TIMEOUT 180 SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_icons.cpp LIBS postwright_gui)
