# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Deploy (issue 16 §2): a local folder and a Git branch of a bare repository over file://.
pw_add_test(tst_cli_deploy LABEL cli TIMEOUT 300 SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cli_deploy.cpp)
add_dependencies(tst_cli_deploy postwright-cli)
# rsync and SFTP against an sshd the test starts on 127.0.0.1 (openssh-server, rsync).
pw_add_test(tst_cli_deployssh LABEL cli TIMEOUT 300 SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cli_deployssh.cpp)
add_dependencies(tst_cli_deployssh postwright-cli)
