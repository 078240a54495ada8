# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
pw_add_test(tst_previewsecurity LABEL gui TIMEOUT 240 SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_previewsecurity.cpp LIBS postwright_gui)
# The remote-content test's server is on 127.0.0.1: Chromium's Private
# Network Access would refuse it from the page without this flag.
add_test(NAME tst_previewsecurity_remote COMMAND tst_previewsecurity remoteContentFollowsThePolicy)
set_tests_properties(tst_previewsecurity_remote PROPERTIES LABELS gui TIMEOUT 120 ENVIRONMENT
  "QT_QPA_PLATFORM=offscreen;QTWEBENGINE_DISABLE_SANDBOX=1;QTWEBENGINE_CHROMIUM_FLAGS=--disable-web-security")
pw_add_test(tst_crashrecovery LABEL gui TIMEOUT 120 SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_crashrecovery.cpp)
target_compile_definitions(tst_crashrecovery PRIVATE POSTWRIGHT_APP="$<TARGET_FILE:postwright>")
add_dependencies(tst_crashrecovery postwright)
