# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
add_executable(pw-bench-image ${CMAKE_CURRENT_LIST_DIR}/pw_bench_image.cpp)
target_link_libraries(pw-bench-image PRIVATE postwright_core Qt6::Gui)
