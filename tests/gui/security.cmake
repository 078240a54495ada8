# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
pw_add_test(tst_previewsecurity LABEL gui TIMEOUT 240 SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_previewsecurity.cpp LIBS postwright_gui)
pw_add_test(tst_crashrecovery LABEL gui TIMEOUT 120 SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_crashrecovery.cpp)
target_compile_definitions(tst_crashrecovery PRIVATE POSTWRIGHT_APP="$<TARGET_FILE:postwright>")
add_dependencies(tst_crashrecovery postwright)
