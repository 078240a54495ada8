# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(postwright_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/spellranges.h ${CMAKE_CURRENT_LIST_DIR}/spellranges.cpp
  ${CMAKE_CURRENT_LIST_DIR}/spelldictionary.h ${CMAKE_CURRENT_LIST_DIR}/spelldictionary.cpp
  ${CMAKE_CURRENT_LIST_DIR}/personalwordlist.h ${CMAKE_CURRENT_LIST_DIR}/personalwordlist.cpp
  ${CMAKE_CURRENT_LIST_DIR}/spellchecker.h ${CMAKE_CURRENT_LIST_DIR}/spellchecker.cpp
  ${CMAKE_CURRENT_LIST_DIR}/spelllanguage.h ${CMAKE_CURRENT_LIST_DIR}/spelllanguage.cpp)
# Hunspell stays behind SpellDictionary: nothing else includes it.
target_link_libraries(postwright_core PRIVATE PkgConfig::HUNSPELL)
