# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Publishing through Git in the window (issue 16): real git, a bare remote over file://.
pw_add_test(tst_gitpublish LABEL gui TIMEOUT 300 SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_gitpublish.cpp LIBS postwright_gui)
