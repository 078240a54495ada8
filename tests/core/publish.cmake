# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
# What the export publishes: the files a post links to, the posts the site
# walk reads through links, and the post's HTML as a browser reads it.
pw_add_test(tst_publishrule LABEL core
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_publishrule.cpp)
pw_add_test(tst_htmltags LABEL core
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_htmltags.cpp)
pw_add_test(tst_sitewalk LABEL core
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_sitewalk.cpp)
pw_add_test(tst_bodyhtml LABEL core
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_bodyhtml.cpp)
