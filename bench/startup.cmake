# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Starts postwright-testapp (the shipped start plus --test-first-paint), so it
# needs the tests' targets.
if(TARGET postwright-testapp)
  add_executable(pw-bench-startup ${CMAKE_CURRENT_LIST_DIR}/pw_bench_startup.cpp)
  target_link_libraries(pw-bench-startup PRIVATE Qt6::Core)
  target_compile_definitions(pw-bench-startup PRIVATE POSTWRIGHT_TESTAPP="$<TARGET_FILE:postwright-testapp>")
  add_dependencies(pw-bench-startup postwright-testapp)
endif()
