# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
add_executable(pw-bench-preview ${CMAKE_CURRENT_LIST_DIR}/pw_bench_preview.cpp)
target_link_libraries(pw-bench-preview PRIVATE postwright_gui)
