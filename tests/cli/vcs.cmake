# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Publishing with Git (issue 16): status, history and publish on real
# repositories that the test builds with the git command.
pw_add_test(tst_cli_vcs LABEL cli SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cli_vcs.cpp)
add_dependencies(tst_cli_vcs postwright-cli)
# publish: bare repositories as remotes over file://, two clones editing one post.
pw_add_test(tst_cli_publish LABEL cli TIMEOUT 180 SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cli_publish.cpp)
add_dependencies(tst_cli_publish postwright-cli)
# publish --due: scheduled posts committed when due, deployed, and the user timer (issue 16 §3).
pw_add_test(tst_cli_publishdue LABEL cli TIMEOUT 300 SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cli_publishdue.cpp)
add_dependencies(tst_cli_publishdue postwright-cli)
# publish with the remote over SSH: the test's sshd on 127.0.0.1 (sshdfixture.h).
pw_add_test(tst_cli_publishssh LABEL cli TIMEOUT 300 SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cli_publishssh.cpp)
add_dependencies(tst_cli_publishssh postwright-cli)
