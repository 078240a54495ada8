# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The rules of an open post (core/documentsupport): recovery copies, outside changes,
# image import, text statistics.
pw_add_test(tst_documentsupport LABEL core SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_documentsupport.cpp)
# Images pasted or dropped into a post: scaled, converted, never overwriting, hostile ones refused.
pw_add_test(tst_imageimport LABEL core SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_imageimport.cpp LIBS Qt6::Gui)
