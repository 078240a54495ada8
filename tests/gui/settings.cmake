# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
pw_add_test(tst_settings LABEL gui TIMEOUT 180 SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_settings.cpp LIBS postwright_gui)
# At twice the scale, as on a high-DPI screen.
pw_add_test(tst_accessibility LABEL gui TIMEOUT 180 SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_accessibility.cpp
            LIBS postwright_gui ENV QT_SCALE_FACTOR=2)
