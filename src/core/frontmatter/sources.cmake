# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(postwright_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/value.h ${CMAKE_CURRENT_LIST_DIR}/value.cpp
  ${CMAKE_CURRENT_LIST_DIR}/frontmatter.h ${CMAKE_CURRENT_LIST_DIR}/frontmatter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/frontmatterwrite.cpp
  ${CMAKE_CURRENT_LIST_DIR}/plainscalar.cpp ${CMAKE_CURRENT_LIST_DIR}/listlayout.cpp
  ${CMAKE_CURRENT_LIST_DIR}/formats.h
  ${CMAKE_CURRENT_LIST_DIR}/editcheck.cpp
  ${CMAKE_CURRENT_LIST_DIR}/yamlfrontmatter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/yamllayout.h ${CMAKE_CURRENT_LIST_DIR}/yamllayout.cpp
  ${CMAKE_CURRENT_LIST_DIR}/yamlresolved.cpp
  ${CMAKE_CURRENT_LIST_DIR}/yamlstyle.h ${CMAKE_CURRENT_LIST_DIR}/yamlstyle.cpp
  ${CMAKE_CURRENT_LIST_DIR}/tomlfrontmatter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/jsonfrontmatter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/quickfrontmatter.h ${CMAKE_CURRENT_LIST_DIR}/quickfrontmatter.cpp)
