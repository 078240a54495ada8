# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
pw_add_test(tst_textcodec LABEL core
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_textcodec.cpp)
pw_add_test(tst_frontmatter LABEL core
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_frontmatter.cpp
  CORPUS corpusOddities corpusParses)
pw_add_test(tst_frontmatteredit LABEL core
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_frontmatteredit.cpp)
pw_add_test(tst_frontmattereditstyle LABEL core
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_frontmattereditstyle.cpp)
pw_add_test(tst_post LABEL core
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_post.cpp)
pw_add_test(tst_frontmatterwrites LABEL core
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_frontmatterwrites.cpp)
