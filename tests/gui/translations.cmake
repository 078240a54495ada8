# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The .ts files are complete and up to date: the test runs lupdate as the
# update_translations target does (the lupdate project that
# qt_add_translations wrote for src/app) into copies of them.
string(JOIN " " lupdate_options ${POSTWRIGHT_LUPDATE_OPTIONS})
string(JOIN " " ui_languages ${POSTWRIGHT_UI_LANGUAGES})
pw_add_test(tst_translations LABEL gui TIMEOUT 180 SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_translations.cpp LIBS postwright_gui)
target_compile_definitions(tst_translations PRIVATE
  POSTWRIGHT_TS_DIR="${PROJECT_SOURCE_DIR}/translations"
  POSTWRIGHT_CMAKE="${CMAKE_COMMAND}"
  POSTWRIGHT_LUPDATE_PROJECT_SCRIPT="${_Qt6_LINGUIST_TOOLS_DIR}/GenerateLUpdateProject.cmake"
  POSTWRIGHT_LUPDATE_PROJECT_GUI="${PROJECT_BINARY_DIR}/src/app/.lupdate/postwright_gui_project.cmake"
  POSTWRIGHT_LUPDATE_PROJECT_EN="${PROJECT_BINARY_DIR}/src/app/.lupdate/postwright_project.cmake"
  POSTWRIGHT_LUPDATE="$<TARGET_FILE:Qt6::lupdate>"
  POSTWRIGHT_LUPDATE_OPTIONS="${lupdate_options}"
  POSTWRIGHT_UI_LANGUAGES="${ui_languages}")
