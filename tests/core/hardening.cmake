# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Crash safety, large and hostile files, fuzz regressions.

# The child process that the crash-safety test kills while it saves.
add_executable(pw-save-loop ${CMAKE_CURRENT_LIST_DIR}/../tools/savelooper.cpp)
target_link_libraries(pw-save-loop PRIVATE postwright_core)

pw_add_test(tst_hardening_save LABEL core TIMEOUT 300
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_hardening_save.cpp)
target_compile_definitions(tst_hardening_save PRIVATE POSTWRIGHT_SAVE_LOOP="$<TARGET_FILE:pw-save-loop>")
add_dependencies(tst_hardening_save pw-save-loop)

pw_add_test(tst_hardening_files LABEL core TIMEOUT 600
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_hardening_files.cpp)

# Inputs that once broke a fuzz target, through the same invariants.
pw_add_test(tst_fuzzregressions LABEL core
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_fuzzregressions.cpp ${PROJECT_SOURCE_DIR}/fuzz/invariants.h)
target_include_directories(tst_fuzzregressions PRIVATE ${PROJECT_SOURCE_DIR}/fuzz)
