# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
pw_add_test(tst_projectmodels LABEL gui SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_projectmodels.cpp LIBS postwright_gui)
pw_add_test(tst_projectpanel LABEL gui TIMEOUT 180 SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_projectpanel.cpp LIBS postwright_gui)
pw_add_test(tst_realsites LABEL gui TIMEOUT 180 SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_realsites.cpp LIBS postwright_gui)
pw_add_test(tst_sitesession LABEL gui SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_sitesession.cpp LIBS postwright_gui)
pw_add_test(tst_siteedits LABEL gui TIMEOUT 180 SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_siteedits.cpp LIBS postwright_gui)
pw_add_test(tst_siteeditshostile LABEL gui TIMEOUT 120 SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_siteeditshostile.cpp LIBS postwright_gui)
pw_add_test(tst_bulkedits LABEL gui TIMEOUT 240 SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_bulkedits.cpp LIBS postwright_gui)
