# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
# One libFuzzer executable per entry point.
foreach(target frontmatter render check)
  add_executable(fuzz_${target} ${CMAKE_CURRENT_LIST_DIR}/${target}_fuzzer.cpp ${CMAKE_CURRENT_LIST_DIR}/invariants.h)
  target_link_libraries(fuzz_${target} PRIVATE postwright_core)
  target_link_options(fuzz_${target} PRIVATE -fsanitize=fuzzer)
endforeach()
