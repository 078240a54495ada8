# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The open site: its session and the project panel.
target_sources(postwright_gui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/postlistmodel.h ${CMAKE_CURRENT_LIST_DIR}/postlistmodel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/postfiltermodel.h ${CMAKE_CURRENT_LIST_DIR}/postfiltermodel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/termlistmodel.h ${CMAKE_CURRENT_LIST_DIR}/termlistmodel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/newpostdialog.h ${CMAKE_CURRENT_LIST_DIR}/newpostdialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/termeditdialog.h ${CMAKE_CURRENT_LIST_DIR}/termeditdialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sitesession.h ${CMAKE_CURRENT_LIST_DIR}/sitesession.cpp ${CMAKE_CURRENT_LIST_DIR}/sitesessionedits.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sitereplacedialog.h ${CMAKE_CURRENT_LIST_DIR}/sitereplacedialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/siteeditactions.h ${CMAKE_CURRENT_LIST_DIR}/siteeditactions.cpp
  ${CMAKE_CURRENT_LIST_DIR}/bulkeditprogress.h ${CMAKE_CURRENT_LIST_DIR}/bulkeditprogress.cpp
  ${CMAKE_CURRENT_LIST_DIR}/siteactions.h ${CMAKE_CURRENT_LIST_DIR}/siteactions.cpp
  ${CMAKE_CURRENT_LIST_DIR}/projectpanel.h ${CMAKE_CURRENT_LIST_DIR}/projectpanel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/projectpanelfilters.cpp ${CMAKE_CURRENT_LIST_DIR}/projectpanelactions.cpp)
