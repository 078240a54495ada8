# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Jekyll's Liquid in the live preview (issue 19).
pw_add_test(tst_previewliquid LABEL gui TIMEOUT 180 SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_previewliquid.cpp LIBS postwright_gui)
