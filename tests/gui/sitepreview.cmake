# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The preview in the site's own theme (issue 15): real hugo, generated site.
pw_add_test(tst_sitepreview LABEL gui TIMEOUT 400
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_sitepreview.cpp LIBS postwright_gui
  ENV POSTWRIGHT_GEN_CORPUS=${PROJECT_SOURCE_DIR}/../shared/tools/gen_corpus.py)
