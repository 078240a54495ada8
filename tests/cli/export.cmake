# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
pw_add_test(tst_cli_export LABEL cli TIMEOUT 300
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cli_export.cpp)
add_dependencies(tst_cli_export postwright-cli)
# A real browser (Debian's chromium, installed by scripts/test.sh) opens an
# exported page from disk.
pw_add_test(tst_export_browser LABEL cli TIMEOUT 300
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_export_browser.cpp LIBS Qt6::Gui)
add_dependencies(tst_export_browser postwright-cli)
# The export beside hugo's own build of a fixture site (skips without hugo).
pw_add_test(tst_cli_hugobuild LABEL cli TIMEOUT 300
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cli_hugobuild.cpp)
add_dependencies(tst_cli_hugobuild postwright-cli)
# Drafts and dates as hugo reads them, on small sites beside hugo's build.
pw_add_test(tst_cli_hugopublish LABEL cli TIMEOUT 300
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cli_hugopublish.cpp)
add_dependencies(tst_cli_hugopublish postwright-cli)
# Hugo shortcodes: nothing left as syntax, structure beside hugo's own build.
pw_add_test(tst_cli_shortcodes LABEL cli TIMEOUT 300
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cli_shortcodes.cpp)
add_dependencies(tst_cli_shortcodes postwright-cli)
# Jekyll's Liquid: the export's body text beside jekyll's own build of a
# fixture site, and check's Liquid errors (skips without jekyll).
pw_add_test(tst_cli_jekyllliquid LABEL cli TIMEOUT 300
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cli_jekyllliquid.cpp)
add_dependencies(tst_cli_jekyllliquid postwright-cli)
pw_add_test(tst_cli_jekyllincremental LABEL cli TIMEOUT 300
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cli_jekyllincremental.cpp)
add_dependencies(tst_cli_jekyllincremental postwright-cli)
# Jekyll's objects beyond the front matter (link URLs, defaults, previous
# and next, excerpts, timezone) beside jekyll's own build.
pw_add_test(tst_cli_jekyllobjects LABEL cli TIMEOUT 300
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cli_jekyllobjects.cpp)
add_dependencies(tst_cli_jekyllobjects postwright-cli)
# Hugo's lists beside hugo's own build of sites the test writes: sitemap,
# feed, sections, paginated taxonomies, paginatePath, bundle resources, an
# unrendered home page; term pages of other sites paginated.
pw_add_test(tst_cli_hugolists LABEL cli TIMEOUT 300
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cli_hugolists.cpp)
add_dependencies(tst_cli_hugolists postwright-cli)
# Dates as Jekyll reads them: zoneless timestamps in UTC, timezone and POSIX
# zones, beside jekyll's own build in other TZs.
pw_add_test(tst_cli_jekylldates LABEL cli TIMEOUT 300
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cli_jekylldates.cpp)
add_dependencies(tst_cli_jekylldates postwright-cli)
# Pages of any extension, dated collection documents, glob scopes and
# term defaults, beside jekyll's own build.
pw_add_test(tst_cli_jekyllsitefiles LABEL cli TIMEOUT 300
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cli_jekyllsitefiles.cpp)
add_dependencies(tst_cli_jekyllsitefiles postwright-cli)
# Liquid, _config.yml and _data errors in render, check and export, where
# jekyll build stops too.
pw_add_test(tst_cli_jekyllerrors LABEL cli TIMEOUT 300
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cli_jekyllerrors.cpp)
add_dependencies(tst_cli_jekyllerrors postwright-cli)
# The exported site is a blog (issue 17): header and footer on every page,
# chips to term pages, newer/older and related posts, list entries.
pw_add_test(tst_cli_blog LABEL cli TIMEOUT 300
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cli_blog.cpp)
add_dependencies(tst_cli_blog postwright-cli)
# axe-core (npm, installed by scripts/deps.sh test) in headless Chromium over
# every kind of page of an exported site, light and dark; and the copy
# buttons' script runs under the page's policy.
pw_add_test(tst_export_a11y LABEL cli TIMEOUT 600
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_export_a11y.cpp LIBS Qt6::Gui)
add_dependencies(tst_export_a11y postwright-cli)
