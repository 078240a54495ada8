# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
pw_add_test(tst_renderer LABEL core
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_renderer.cpp)
pw_add_test(tst_mustacherender LABEL core
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_mustacherender.cpp)
pw_add_test(tst_pagetemplate LABEL core
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_pagetemplate.cpp)
# Inputs that made cmark-gfm 0.29.0.gfm.6 or the highlighter run for minutes:
# the timeout is the watchdog.
pw_add_test(tst_pathological LABEL core TIMEOUT 300
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_pathological.cpp)
pw_add_test(tst_shortcodes LABEL core
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_shortcodes.cpp)
