# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
add_executable(pw-bench-liquid ${CMAKE_CURRENT_LIST_DIR}/pw_bench_liquid.cpp)
target_link_libraries(pw-bench-liquid PRIVATE postwright_core)
