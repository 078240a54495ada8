# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
pw_add_test(tst_cli_hardening LABEL cli TIMEOUT 900
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cli_hardening.cpp)
add_dependencies(tst_cli_hardening postwright-cli)
