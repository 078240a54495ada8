# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The command line: one file per command, and the shared option parsing and output.
target_sources(postwright-cli PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/cli.h ${CMAKE_CURRENT_LIST_DIR}/cli.cpp
  ${CMAKE_CURRENT_LIST_DIR}/commands.h
  ${CMAKE_CURRENT_LIST_DIR}/output.h ${CMAKE_CURRENT_LIST_DIR}/output.cpp
  ${CMAKE_CURRENT_LIST_DIR}/rendercommand.cpp
  ${CMAKE_CURRENT_LIST_DIR}/setcommand.cpp
  ${CMAKE_CURRENT_LIST_DIR}/roundtripcommand.cpp
  ${CMAKE_CURRENT_LIST_DIR}/checkcommand.cpp
  ${CMAKE_CURRENT_LIST_DIR}/indexcommand.cpp
  ${CMAKE_CURRENT_LIST_DIR}/tagscommand.cpp
  ${CMAKE_CURRENT_LIST_DIR}/tagcommand.cpp
  ${CMAKE_CURRENT_LIST_DIR}/newcommand.cpp
  ${CMAKE_CURRENT_LIST_DIR}/exportcommand.cpp
  ${CMAKE_CURRENT_LIST_DIR}/statuscommand.cpp
  ${CMAKE_CURRENT_LIST_DIR}/historycommand.cpp
  ${CMAKE_CURRENT_LIST_DIR}/publishcommand.cpp
  ${CMAKE_CURRENT_LIST_DIR}/deploycommand.cpp)
