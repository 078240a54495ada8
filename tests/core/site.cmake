# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
pw_add_test(tst_siterules LABEL core
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_siterules.cpp
  CORPUS realWorld corpusWithoutConfigIsHugoDefaults)
pw_add_test(tst_siteindex LABEL core
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_siteindex.cpp)
pw_add_test(tst_tagedit LABEL core
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_tagedit.cpp)
pw_add_test(tst_newpost LABEL core
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_newpost.cpp)
pw_add_test(tst_sitequickyaml LABEL core
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_sitequickyaml.cpp
  CORPUS corpus)
pw_add_test(tst_buildoptions LABEL core
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_buildoptions.cpp
  CORPUS corpusDocsSnippetsAreHidden)
pw_add_test(tst_sitelookup LABEL core
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_sitelookup.cpp)
pw_add_test(tst_sitereplace LABEL core
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_sitereplace.cpp)
pw_add_test(tst_sitereplacehostile LABEL core TIMEOUT 120
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_sitereplacehostile.cpp)
