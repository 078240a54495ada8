# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
add_executable(pw-bench-find ${CMAKE_CURRENT_LIST_DIR}/pw_bench_find.cpp)
target_link_libraries(pw-bench-find PRIVATE postwright_gui Qt6::Test)
