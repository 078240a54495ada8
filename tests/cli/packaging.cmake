# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The .desktop file, the AppStream metainfo, the man page and the .deb, with
# desktop-file-validate, appstreamcli, groff, cpack and dpkg-deb.
# packaging_deb packages the whole build: run it after a full build.
foreach(check desktop metainfo manpage deb)
  add_test(NAME packaging_${check}
           COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/test_packaging.sh ${check}
                   ${PROJECT_SOURCE_DIR} ${PROJECT_BINARY_DIR} $<TARGET_FILE:postwright-cli> ${PROJECT_VERSION})
  set_tests_properties(packaging_${check} PROPERTIES LABELS cli TIMEOUT 60)
endforeach()
set_tests_properties(packaging_deb PROPERTIES TIMEOUT 240)
