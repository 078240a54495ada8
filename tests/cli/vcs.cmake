# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Publishing with Git (issue 16): status, history and publish on real
# repositories that the test builds with the git command.
pw_add_test(tst_cli_vcs LABEL cli SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cli_vcs.cpp)
add_dependencies(tst_cli_vcs postwright-cli)
# publish: bare repositories as remotes over file://, two clones editing one post.
pw_add_test(tst_cli_publish LABEL cli TIMEOUT 180 SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cli_publish.cpp)
add_dependencies(tst_cli_publish postwright-cli)
