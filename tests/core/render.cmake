# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
pw_add_test(tst_renderer LABEL core
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_renderer.cpp)
pw_add_test(tst_pagetemplate LABEL core
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_pagetemplate.cpp)
