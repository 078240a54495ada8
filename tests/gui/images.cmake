# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Images pasted or dropped into the editor go through the image dialog.
pw_add_test(tst_imageinsert LABEL gui SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_imageinsert.cpp LIBS postwright_gui)
