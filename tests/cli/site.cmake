# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
pw_add_test(tst_cli_site LABEL cli TIMEOUT 300
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cli_site.cpp
  CORPUS indexRealWorld)
add_dependencies(tst_cli_site postwright-cli)
# A Zola site built by the test: index, export URLs, [taxonomies] edits, check, new.
pw_add_test(tst_cli_zola LABEL cli SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cli_zola.cpp)
add_dependencies(tst_cli_zola postwright-cli)
