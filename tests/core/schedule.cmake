# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Scheduled posts (issue 16 §3): what is due, the systemd user timer's files, the CI workflow.
pw_add_test(tst_schedule LABEL core LIBS yaml-cpp SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_schedule.cpp)
# The dashboard's data (issue 17 §2).
pw_add_test(tst_dashboard LABEL core SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_dashboard.cpp)
