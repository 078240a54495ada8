# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Settings, light and dark themes, the interface language.
target_sources(postwright_gui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/appsettings.h ${CMAKE_CURRENT_LIST_DIR}/appsettings.cpp
  ${CMAKE_CURRENT_LIST_DIR}/theme.h ${CMAKE_CURRENT_LIST_DIR}/theme.cpp
  ${CMAKE_CURRENT_LIST_DIR}/uilanguage.h ${CMAKE_CURRENT_LIST_DIR}/uilanguage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/settingsdialog.h ${CMAKE_CURRENT_LIST_DIR}/settingsdialog.cpp)
# The bundled fallback icons (resources/icons).
target_sources(postwright_gui PRIVATE ${CMAKE_CURRENT_LIST_DIR}/icontheme.h ${CMAKE_CURRENT_LIST_DIR}/icontheme.cpp)
file(GLOB_RECURSE bundled_icons CONFIGURE_DEPENDS
  ${PROJECT_SOURCE_DIR}/resources/icons/*.svg ${PROJECT_SOURCE_DIR}/resources/icons/*/index.theme)
qt_add_resources(postwright_gui "icons"
  PREFIX /icons
  BASE ${PROJECT_SOURCE_DIR}/resources/icons
  FILES ${bundled_icons})
