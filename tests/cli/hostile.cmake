# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The export over a hostile site built from tests/hostile/ (see its README).
pw_add_test(tst_hostile_export LABEL cli TIMEOUT 300
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_hostile_export.cpp)
add_dependencies(tst_hostile_export postwright-cli)
target_compile_definitions(tst_hostile_export PRIVATE POSTWRIGHT_HOSTILE="${PROJECT_SOURCE_DIR}/tests/hostile")
