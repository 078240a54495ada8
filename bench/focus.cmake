# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
add_executable(pw-bench-focus ${CMAKE_CURRENT_LIST_DIR}/pw_bench_focus.cpp)
target_link_libraries(pw-bench-focus PRIVATE postwright_gui Qt6::Test)
