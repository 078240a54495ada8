# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The Liquid engine (src/core/liquid). The expected outputs in
# tests/data/liquid/*.json are what Jekyll 4.3's Liquid (5.4) renders.
pw_add_test(tst_liquid LABEL core
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_liquid.cpp)
# The work budget: what a tag costs grows with its size (red-team 19).
pw_add_test(tst_liquidbudget LABEL core TIMEOUT 300
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_liquidbudget.cpp)
