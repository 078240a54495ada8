# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
pw_add_test(tst_previewsecurity LABEL gui TIMEOUT 240 SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_previewsecurity.cpp LIBS postwright_gui)
pw_add_test(tst_crashrecovery LABEL gui TIMEOUT 120 SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_crashrecovery.cpp)
# The real start of the app with its testing aids (--test-type,
# --test-auto-recover), which the shipped postwright does not accept.
add_executable(postwright-testapp ${CMAKE_CURRENT_LIST_DIR}/../support/testapp.cpp)
target_link_libraries(postwright-testapp PRIVATE postwright_gui)
target_compile_options(postwright-testapp PRIVATE -UQT_NO_CAST_FROM_ASCII -UQT_NO_CAST_TO_ASCII)
set_target_properties(postwright-testapp PROPERTIES AUTOUIC OFF)
target_compile_definitions(tst_crashrecovery PRIVATE POSTWRIGHT_APP="$<TARGET_FILE:postwright-testapp>"
  POSTWRIGHT_SHIPPED_APP="$<TARGET_FILE:postwright>")
add_dependencies(tst_crashrecovery postwright-testapp postwright)
