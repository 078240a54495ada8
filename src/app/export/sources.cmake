# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The export dialog and actions.
target_sources(postwright_gui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/exportdialog.h ${CMAKE_CURRENT_LIST_DIR}/exportdialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/exportactions.h ${CMAKE_CURRENT_LIST_DIR}/exportactions.cpp
  ${CMAKE_CURRENT_LIST_DIR}/deploydialog.h ${CMAKE_CURRENT_LIST_DIR}/deploydialog.cpp)
# The Deploy dialog keeps SFTP passwords in the system keychain.
find_package(Qt6Keychain REQUIRED)
target_link_libraries(postwright_gui PRIVATE Qt6Keychain::Qt6Keychain)
