# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
add_executable(pw-bench-typing ${CMAKE_CURRENT_LIST_DIR}/pw_bench_typing.cpp)
target_link_libraries(pw-bench-typing PRIVATE postwright_gui Qt6::Test)
