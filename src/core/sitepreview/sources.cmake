# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The live preview in the site's own theme: the site's generator as a
# child process (issue 15).
target_sources(postwright_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/hugoversion.h ${CMAKE_CURRENT_LIST_DIR}/hugoversion.cpp
  ${CMAKE_CURRENT_LIST_DIR}/hugooutput.h ${CMAKE_CURRENT_LIST_DIR}/hugooutput.cpp
  ${CMAKE_CURRENT_LIST_DIR}/hugopreviewconfig.h ${CMAKE_CURRENT_LIST_DIR}/hugopreviewconfig.cpp
  ${CMAKE_CURRENT_LIST_DIR}/serverline.h
  ${CMAKE_CURRENT_LIST_DIR}/previewgenerator.h ${CMAKE_CURRENT_LIST_DIR}/previewgenerator.cpp
  ${CMAKE_CURRENT_LIST_DIR}/hugogenerator.h ${CMAKE_CURRENT_LIST_DIR}/hugogenerator.cpp
  ${CMAKE_CURRENT_LIST_DIR}/jekyllgenerator.h ${CMAKE_CURRENT_LIST_DIR}/jekyllgenerator.cpp
  ${CMAKE_CURRENT_LIST_DIR}/themebodypatch.h ${CMAKE_CURRENT_LIST_DIR}/themebodypatch.cpp
  ${CMAKE_CURRENT_LIST_DIR}/scrollanchor.h ${CMAKE_CURRENT_LIST_DIR}/scrollanchor.cpp
  ${CMAKE_CURRENT_LIST_DIR}/siteserver.h ${CMAKE_CURRENT_LIST_DIR}/siteserver.cpp)
