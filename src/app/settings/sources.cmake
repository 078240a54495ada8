# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Settings, light and dark themes, the interface language.
target_sources(postwright_gui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/appsettings.h ${CMAKE_CURRENT_LIST_DIR}/appsettings.cpp
  ${CMAKE_CURRENT_LIST_DIR}/theme.h ${CMAKE_CURRENT_LIST_DIR}/theme.cpp
  ${CMAKE_CURRENT_LIST_DIR}/uilanguage.h ${CMAKE_CURRENT_LIST_DIR}/uilanguage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/settingsdialog.h ${CMAKE_CURRENT_LIST_DIR}/settingsdialog.cpp)
