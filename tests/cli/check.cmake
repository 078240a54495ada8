# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
pw_add_test(tst_cli_check LABEL cli SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cli_check.cpp)
add_dependencies(tst_cli_check postwright-cli)
# Inputs that took minutes or killed postwright-cli (check, roundtrip,
# export, index): the timeout is the watchdog.
pw_add_test(tst_cli_limits LABEL cli TIMEOUT 300 SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cli_limits.cpp)
add_dependencies(tst_cli_limits postwright-cli)
pw_add_test(tst_cli_liquidhostile LABEL cli TIMEOUT 300 SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cli_liquidhostile.cpp)
add_dependencies(tst_cli_liquidhostile postwright-cli)
