# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
add_executable(pw-bench-index ${CMAKE_CURRENT_LIST_DIR}/pw_bench_index.cpp)
target_link_libraries(pw-bench-index PRIVATE postwright_core)
target_compile_definitions(pw-bench-index PRIVATE POSTWRIGHT_CLI="$<TARGET_FILE:postwright-cli>")
add_dependencies(pw-bench-index postwright-cli)
