# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Deploying the exported site (issue 16 §2): to a folder, a Git branch, rsync or SFTP.
target_sources(postwright_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/deploytarget.h ${CMAKE_CURRENT_LIST_DIR}/deploytarget.cpp
  ${CMAKE_CURRENT_LIST_DIR}/deployrecord.h ${CMAKE_CURRENT_LIST_DIR}/deployrecord.cpp
  ${CMAKE_CURRENT_LIST_DIR}/deployplan.h ${CMAKE_CURRENT_LIST_DIR}/deployplan.cpp
  ${CMAKE_CURRENT_LIST_DIR}/deployuploader.h
  ${CMAKE_CURRENT_LIST_DIR}/folderuploader.h ${CMAKE_CURRENT_LIST_DIR}/folderuploader.cpp
  ${CMAKE_CURRENT_LIST_DIR}/rsyncuploader.h ${CMAKE_CURRENT_LIST_DIR}/rsyncuploader.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sftpuploader.h ${CMAKE_CURRENT_LIST_DIR}/sftpuploader.cpp
  ${CMAKE_CURRENT_LIST_DIR}/gitdeploy.h ${CMAKE_CURRENT_LIST_DIR}/gitdeploy.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sitedeployer.h ${CMAKE_CURRENT_LIST_DIR}/sitedeployer.cpp)
# SFTP through libcurl (Debian's libcurl4-openssl-dev is built with libssh2).
pkg_check_modules(LIBCURL REQUIRED IMPORTED_TARGET libcurl)
target_link_libraries(postwright_core PRIVATE PkgConfig::LIBCURL)
