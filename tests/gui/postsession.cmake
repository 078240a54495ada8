# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
# PostSession without a window (a QGuiApplication for the text document).
pw_add_test(tst_postsession LABEL gui TIMEOUT 120 SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_postsession.cpp LIBS postwright_gui)
