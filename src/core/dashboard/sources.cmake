# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The dashboard's data (issue 17 §2): counts, scheduled posts, latest drafts,
# the doctor's problems, tags with one post.
target_sources(postwright_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/dashboard.h ${CMAKE_CURRENT_LIST_DIR}/dashboard.cpp)
