# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
pw_add_test(tst_cli_writes LABEL cli TIMEOUT 300
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cli_writes.cpp)
add_dependencies(tst_cli_writes postwright-cli)
