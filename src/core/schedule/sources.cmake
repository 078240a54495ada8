# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Scheduled posts (issue 16 §3): what is due, publish --due, the systemd user
# timer that runs it, the CI alternative.
target_sources(postwright_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/duestate.h ${CMAKE_CURRENT_LIST_DIR}/duestate.cpp
  ${CMAKE_CURRENT_LIST_DIR}/schedulerecord.h ${CMAKE_CURRENT_LIST_DIR}/schedulerecord.cpp
  ${CMAKE_CURRENT_LIST_DIR}/duetimer.h ${CMAKE_CURRENT_LIST_DIR}/duetimer.cpp
  ${CMAKE_CURRENT_LIST_DIR}/systemduser.h ${CMAKE_CURRENT_LIST_DIR}/systemduser.cpp
  ${CMAKE_CURRENT_LIST_DIR}/cischedule.h ${CMAKE_CURRENT_LIST_DIR}/cischedule.cpp
  ${CMAKE_CURRENT_LIST_DIR}/duepublish.h ${CMAKE_CURRENT_LIST_DIR}/duepublish.cpp)
