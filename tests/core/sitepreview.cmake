# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The site's own generator behind the preview (issue 15): real hugo on
# generated sites in temporary folders.
pw_add_test(tst_siteserver LABEL core TIMEOUT 300
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_siteserver.cpp
  ENV POSTWRIGHT_GEN_CORPUS=${PROJECT_SOURCE_DIR}/../shared/tools/gen_corpus.py)
# The same with real jekyll on a fixture site the test writes.
pw_add_test(tst_jekyllserver LABEL core TIMEOUT 300
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_jekyllserver.cpp)
