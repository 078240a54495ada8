# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
pw_add_test(tst_exporturls LABEL core
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_exporturls.cpp)
pw_add_test(tst_postneighbours LABEL core
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_postneighbours.cpp)
pw_add_test(tst_exportsite LABEL core TIMEOUT 180
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_exportsite.cpp)
pw_add_test(tst_exportsitesafety LABEL core TIMEOUT 180
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_exportsitesafety.cpp)
pw_add_test(tst_exportpost LABEL core
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_exportpost.cpp)
pw_add_test(tst_sitelinks LABEL core
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_sitelinks.cpp)
