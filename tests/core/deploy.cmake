# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Deploy (issue 16 §2): destinations and plans; tests/cli/deploy.cmake deploys for real.
pw_add_test(tst_deployplan LABEL core SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_deployplan.cpp)
pw_add_test(tst_sitedeployer LABEL core SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_sitedeployer.cpp)
