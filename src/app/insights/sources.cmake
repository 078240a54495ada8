# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The writing tools: outline, statistics, findings.
target_sources(postwright_gui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/findingsmodel.h ${CMAKE_CURRENT_LIST_DIR}/findingsmodel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/insightspanel.h ${CMAKE_CURRENT_LIST_DIR}/insightspanel.cpp)
