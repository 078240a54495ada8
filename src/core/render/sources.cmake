# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(postwright_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/blocklines.cpp
  ${CMAKE_CURRENT_LIST_DIR}/blocklines.h
  ${CMAKE_CURRENT_LIST_DIR}/loosenesting.cpp ${CMAKE_CURRENT_LIST_DIR}/loosenesting.h
  ${CMAKE_CURRENT_LIST_DIR}/codehighlighter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/codehighlighter.h
  ${CMAKE_CURRENT_LIST_DIR}/htmlblockstart.cpp
  ${CMAKE_CURRENT_LIST_DIR}/htmlblockstart.h
  ${CMAKE_CURRENT_LIST_DIR}/inlinephase.cpp
  ${CMAKE_CURRENT_LIST_DIR}/inlineguard.cpp
  ${CMAKE_CURRENT_LIST_DIR}/inlineguard.h
  ${CMAKE_CURRENT_LIST_DIR}/inlinephase.h
  ${CMAKE_CURRENT_LIST_DIR}/markdownguard.cpp
  ${CMAKE_CURRENT_LIST_DIR}/markdownguard.h
  ${CMAKE_CURRENT_LIST_DIR}/mathspans.cpp
  ${CMAKE_CURRENT_LIST_DIR}/mathspans.h
  ${CMAKE_CURRENT_LIST_DIR}/mathrestore.cpp ${CMAKE_CURRENT_LIST_DIR}/mathplaceholders.h
  ${CMAKE_CURRENT_LIST_DIR}/placeholdernodes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/placeholdernodes.h
  ${CMAKE_CURRENT_LIST_DIR}/renderarena.cpp
  ${CMAKE_CURRENT_LIST_DIR}/renderarena.h
  ${CMAKE_CURRENT_LIST_DIR}/renderer.cpp
  ${CMAKE_CURRENT_LIST_DIR}/renderblocks.cpp
  ${CMAKE_CURRENT_LIST_DIR}/renderblocks.h
  ${CMAKE_CURRENT_LIST_DIR}/htmlwords.cpp
  ${CMAKE_CURRENT_LIST_DIR}/htmlwords.h
  ${CMAKE_CURRENT_LIST_DIR}/htmltags.cpp
  ${CMAKE_CURRENT_LIST_DIR}/htmltags.h
  ${CMAKE_CURRENT_LIST_DIR}/rawhtmlfilter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/rawhtmlfilter.h
  ${CMAKE_CURRENT_LIST_DIR}/shortcodehtml.cpp
  ${CMAKE_CURRENT_LIST_DIR}/shortcodehtml.h
  ${CMAKE_CURRENT_LIST_DIR}/shortcodescan.cpp
  ${CMAKE_CURRENT_LIST_DIR}/shortcodescan.h
  ${CMAKE_CURRENT_LIST_DIR}/shortcodespans.cpp
  ${CMAKE_CURRENT_LIST_DIR}/shortcodespans.h
  ${CMAKE_CURRENT_LIST_DIR}/tableguard.cpp
  ${CMAKE_CURRENT_LIST_DIR}/tableguard.h
  ${CMAKE_CURRENT_LIST_DIR}/renderer.h ${CMAKE_CURRENT_LIST_DIR}/renderutf8.h ${CMAKE_CURRENT_LIST_DIR}/htmlescape.h)
