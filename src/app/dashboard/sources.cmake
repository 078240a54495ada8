# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The dashboard (issue 17 §2): the site's start page, from core's buildDashboard.
target_sources(postwright_gui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/dashboardview.h ${CMAKE_CURRENT_LIST_DIR}/dashboardview.cpp)
