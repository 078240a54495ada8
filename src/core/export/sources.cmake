# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(postwright_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/exportoptions.h
  ${CMAKE_CURRENT_LIST_DIR}/exportsettings.h ${CMAKE_CURRENT_LIST_DIR}/exportsettings.cpp
  ${CMAKE_CURRENT_LIST_DIR}/posturl.h ${CMAKE_CURRENT_LIST_DIR}/posturl.cpp
  ${CMAKE_CURRENT_LIST_DIR}/htmltext.h ${CMAKE_CURRENT_LIST_DIR}/htmltext.cpp
  ${CMAKE_CURRENT_LIST_DIR}/hugoshortcodes.h ${CMAKE_CURRENT_LIST_DIR}/hugoshortcodes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/localreference.h ${CMAKE_CURRENT_LIST_DIR}/localreference.cpp
  ${CMAKE_CURRENT_LIST_DIR}/publishrule.h ${CMAKE_CURRENT_LIST_DIR}/publishrule.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sitefiles.h ${CMAKE_CURRENT_LIST_DIR}/sitefiles.cpp
  ${CMAKE_CURRENT_LIST_DIR}/generatedpaths.h ${CMAKE_CURRENT_LIST_DIR}/generatedpaths.cpp
  ${CMAKE_CURRENT_LIST_DIR}/exportmanifest.h ${CMAKE_CURRENT_LIST_DIR}/exportmanifest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/exportoutput.h ${CMAKE_CURRENT_LIST_DIR}/exportoutput.cpp
  ${CMAKE_CURRENT_LIST_DIR}/exporttemplates.h ${CMAKE_CURRENT_LIST_DIR}/exporttemplates.cpp
  ${CMAKE_CURRENT_LIST_DIR}/exportedpage.h ${CMAKE_CURRENT_LIST_DIR}/exportedpage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/exportertext.h
  ${CMAKE_CURRENT_LIST_DIR}/exportworkers.h ${CMAKE_CURRENT_LIST_DIR}/exportworkers.cpp
  ${CMAKE_CURRENT_LIST_DIR}/postexporter.h ${CMAKE_CURRENT_LIST_DIR}/postexporter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/exportcache.h
  ${CMAKE_CURRENT_LIST_DIR}/siteexportplan.h ${CMAKE_CURRENT_LIST_DIR}/siteexportplan.cpp
  ${CMAKE_CURRENT_LIST_DIR}/siteoutputs.h ${CMAKE_CURRENT_LIST_DIR}/siteoutputs.cpp
  ${CMAKE_CURRENT_LIST_DIR}/exportposturls.h ${CMAKE_CURRENT_LIST_DIR}/exportposturls.cpp
  ${CMAKE_CURRENT_LIST_DIR}/linkrewriter.h ${CMAKE_CURRENT_LIST_DIR}/linkrewriter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sitepostexporter.h ${CMAKE_CURRENT_LIST_DIR}/sitepostexporter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/listorder.h ${CMAKE_CURRENT_LIST_DIR}/listorder.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sectionpages.h ${CMAKE_CURRENT_LIST_DIR}/sectionpages.cpp
  ${CMAKE_CURRENT_LIST_DIR}/listpages.h ${CMAKE_CURRENT_LIST_DIR}/listpages.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sitechrome.h ${CMAKE_CURRENT_LIST_DIR}/sitechrome.cpp
  ${CMAKE_CURRENT_LIST_DIR}/taxonomypages.h ${CMAKE_CURRENT_LIST_DIR}/taxonomypages.cpp
  ${CMAKE_CURRENT_LIST_DIR}/postneighbours.h ${CMAKE_CURRENT_LIST_DIR}/postneighbours.cpp
  ${CMAKE_CURRENT_LIST_DIR}/siteexporter.h ${CMAKE_CURRENT_LIST_DIR}/siteexporter.cpp)

# The export's own templates (the page template and its stylesheet are the
# preview's, in postwright_core_resources).
qt_add_resources(postwright_core "export_templates"
  PREFIX /
  BASE ${PROJECT_SOURCE_DIR}/resources
  FILES
    ${PROJECT_SOURCE_DIR}/resources/export/list.html
    ${PROJECT_SOURCE_DIR}/resources/export/terms.html
    ${PROJECT_SOURCE_DIR}/resources/export/rss.xml
    ${PROJECT_SOURCE_DIR}/resources/export/sitemap.xml)
