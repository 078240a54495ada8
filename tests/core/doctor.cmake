# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
pw_add_test(tst_mojibake LABEL core SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_mojibake.cpp)
pw_add_test(tst_postdoctor LABEL core SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_postdoctor.cpp)
pw_add_test(tst_mojibakecode LABEL core SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_mojibakecode.cpp)
pw_add_test(tst_doctorfrontmatter LABEL core SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_doctorfrontmatter.cpp)
pw_add_test(tst_checkcontext LABEL core SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_checkcontext.cpp)
pw_add_test(tst_readerchecks LABEL core SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_readerchecks.cpp)
