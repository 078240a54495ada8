# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
add_executable(pw-bench-site-preview ${CMAKE_CURRENT_LIST_DIR}/pw_bench_site_preview.cpp)
target_link_libraries(pw-bench-site-preview PRIVATE postwright_gui)
