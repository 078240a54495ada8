# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The rules of an open post that the app's PostSession calls: recovery copies,
# outside changes, image import, text statistics.
target_sources(postwright_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/recoverystore.h ${CMAKE_CURRENT_LIST_DIR}/recoverystore.cpp
  ${CMAKE_CURRENT_LIST_DIR}/externalchange.h ${CMAKE_CURRENT_LIST_DIR}/externalchange.cpp
  ${CMAKE_CURRENT_LIST_DIR}/textstats.h ${CMAKE_CURRENT_LIST_DIR}/textstats.cpp
  ${CMAKE_CURRENT_LIST_DIR}/readability.h ${CMAKE_CURRENT_LIST_DIR}/readability.cpp
  ${CMAKE_CURRENT_LIST_DIR}/imageimport.h ${CMAKE_CURRENT_LIST_DIR}/imageimport.cpp
  ${CMAKE_CURRENT_LIST_DIR}/imageprocess.h ${CMAKE_CURRENT_LIST_DIR}/imageprocess.cpp)
