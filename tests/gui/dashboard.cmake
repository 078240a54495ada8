# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The dashboard (issue 17 §2) and Publish When Due (issue 16 §3) in the window.
pw_add_test(tst_dashboardwindow LABEL gui TIMEOUT 240 SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_dashboardwindow.cpp LIBS postwright_gui)
add_dependencies(tst_dashboardwindow postwright-cli)
