# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Merges that understand posts (issue 16): per front-matter key and body block.
pw_add_test(tst_postmerge LABEL core SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_postmerge.cpp)
# The History view's word diff (dtl) and post diff, the merge view's answers, a new repository.
pw_add_test(tst_worddiff LABEL core SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_worddiff.cpp)
