# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Liquid, written here: no C++ Liquid library is packaged in Debian.
target_sources(postwright_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/jekylldata.cpp
  ${CMAKE_CURRENT_LIST_DIR}/jekylldata.h
  ${CMAKE_CURRENT_LIST_DIR}/jekylldefaults.cpp
  ${CMAKE_CURRENT_LIST_DIR}/jekylldefaults.h
  ${CMAKE_CURRENT_LIST_DIR}/jekyllexcerpt.cpp
  ${CMAKE_CURRENT_LIST_DIR}/jekyllexcerpt.h
  ${CMAKE_CURRENT_LIST_DIR}/jekyllfilters.cpp
  ${CMAKE_CURRENT_LIST_DIR}/jekyllliquid.cpp
  ${CMAKE_CURRENT_LIST_DIR}/jekyllpagefiles.cpp
  ${CMAKE_CURRENT_LIST_DIR}/jekyllpagefiles.h
  ${CMAKE_CURRENT_LIST_DIR}/jekyllsite.cpp
  ${CMAKE_CURRENT_LIST_DIR}/jekyllsite.h
  ${CMAKE_CURRENT_LIST_DIR}/jekyllsiteread.cpp
  ${CMAKE_CURRENT_LIST_DIR}/jekylltime.cpp
  ${CMAKE_CURRENT_LIST_DIR}/jekylltime.h
  ${CMAKE_CURRENT_LIST_DIR}/jekyllurls.cpp
  ${CMAKE_CURRENT_LIST_DIR}/jekyllurls.h
  ${CMAKE_CURRENT_LIST_DIR}/liquid.h
  ${CMAKE_CURRENT_LIST_DIR}/liquidarrayfilters.cpp
  ${CMAKE_CURRENT_LIST_DIR}/liquiddate.cpp
  ${CMAKE_CURRENT_LIST_DIR}/liquiderror.h
  ${CMAKE_CURRENT_LIST_DIR}/liquidexpression.cpp
  ${CMAKE_CURRENT_LIST_DIR}/liquidexpression.h
  ${CMAKE_CURRENT_LIST_DIR}/liquidfilters.cpp
  ${CMAKE_CURRENT_LIST_DIR}/liquidfilters.h
  ${CMAKE_CURRENT_LIST_DIR}/liquidlexer.cpp
  ${CMAKE_CURRENT_LIST_DIR}/liquidlexer.h
  ${CMAKE_CURRENT_LIST_DIR}/liquidparser.cpp
  ${CMAKE_CURRENT_LIST_DIR}/liquidparser.h
  ${CMAKE_CURRENT_LIST_DIR}/liquidrenderer.cpp
  ${CMAKE_CURRENT_LIST_DIR}/liquidrenderer.h
  ${CMAKE_CURRENT_LIST_DIR}/liquidtags.cpp
  ${CMAKE_CURRENT_LIST_DIR}/liquidvalue.cpp
  ${CMAKE_CURRENT_LIST_DIR}/liquidvalue.h)
