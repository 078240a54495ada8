# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
add_executable(pw-bench-render ${CMAKE_CURRENT_LIST_DIR}/pw_bench_render.cpp)
# The reference side calls libcmark-gfm directly, as an application would.
target_link_libraries(pw-bench-render PRIVATE postwright_core PkgConfig::CMARK)
