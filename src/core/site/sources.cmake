# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(postwright_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/samplesite.h ${CMAKE_CURRENT_LIST_DIR}/samplesite.cpp
  ${CMAKE_CURRENT_LIST_DIR}/siteconfig.h ${CMAKE_CURRENT_LIST_DIR}/siteconfig.cpp
  ${CMAKE_CURRENT_LIST_DIR}/postrecord.h ${CMAKE_CURRENT_LIST_DIR}/postrecord.cpp
  ${CMAKE_CURRENT_LIST_DIR}/buildoptions.h ${CMAKE_CURRENT_LIST_DIR}/buildoptions.cpp
  ${CMAKE_CURRENT_LIST_DIR}/hugocascade.h ${CMAKE_CURRENT_LIST_DIR}/hugocascade.cpp
  ${CMAKE_CURRENT_LIST_DIR}/hugovalues.h ${CMAKE_CURRENT_LIST_DIR}/hugovalues.cpp
  ${CMAKE_CURRENT_LIST_DIR}/siterules.h ${CMAKE_CURRENT_LIST_DIR}/siterules.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sitelisting.cpp
  ${CMAKE_CURRENT_LIST_DIR}/siteindex.h ${CMAKE_CURRENT_LIST_DIR}/siteindex.cpp
  ${CMAKE_CURRENT_LIST_DIR}/indexcache.h ${CMAKE_CURRENT_LIST_DIR}/indexcache.cpp
  ${CMAKE_CURRENT_LIST_DIR}/indexbuilder.h ${CMAKE_CURRENT_LIST_DIR}/indexbuilder.cpp
  ${CMAKE_CURRENT_LIST_DIR}/backgroundindexer.h ${CMAKE_CURRENT_LIST_DIR}/backgroundindexer.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sitewatcher.h ${CMAKE_CURRENT_LIST_DIR}/sitewatcher.cpp
  ${CMAKE_CURRENT_LIST_DIR}/termedit.h ${CMAKE_CURRENT_LIST_DIR}/termedit.cpp
  ${CMAKE_CURRENT_LIST_DIR}/siterewrite.h ${CMAKE_CURRENT_LIST_DIR}/siterewrite.cpp
  ${CMAKE_CURRENT_LIST_DIR}/siteeditjournal.h ${CMAKE_CURRENT_LIST_DIR}/siteeditjournal.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sitereplace.h ${CMAKE_CURRENT_LIST_DIR}/sitereplace.cpp
  ${CMAKE_CURRENT_LIST_DIR}/slug.h ${CMAKE_CURRENT_LIST_DIR}/slug.cpp
  ${CMAKE_CURRENT_LIST_DIR}/newpost.h ${CMAKE_CURRENT_LIST_DIR}/newpost.cpp
  ${CMAKE_CURRENT_LIST_DIR}/postfiles.h ${CMAKE_CURRENT_LIST_DIR}/postfiles.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sitelookup.h ${CMAKE_CURRENT_LIST_DIR}/sitelookup.cpp
  ${CMAKE_CURRENT_LIST_DIR}/termorder.h ${CMAKE_CURRENT_LIST_DIR}/termorder.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sitelanguage.h ${CMAKE_CURRENT_LIST_DIR}/sitelanguage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/configfile.h ${CMAKE_CURRENT_LIST_DIR}/configfile.cpp
  ${CMAKE_CURRENT_LIST_DIR}/zolasite.h ${CMAKE_CURRENT_LIST_DIR}/zolasite.cpp)
