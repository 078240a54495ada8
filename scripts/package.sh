#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package: installs what is missing, makes a Release build
# in build-package/ and runs cpack. The build talks on stderr; stdout is
# only the path of the .deb, so deb=$(scripts/package.sh) works.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

scripts/deps.sh test >&2
build_dir=${POSTWRIGHT_PACKAGE_BUILD_DIR:-build-package}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DPOSTWRIGHT_BUILD_TESTS=OFF -DPOSTWRIGHT_BUILD_BENCH=OFF >&2
cmake --build "$build_dir" --parallel "${POSTWRIGHT_JOBS:-$(nproc)}" >&2

out_dir=$build_dir/deb
rm -rf "$out_dir"
cpack -G DEB --config "$build_dir/CPackConfig.cmake" -B "$out_dir" >&2
debs=("$out_dir"/*.deb)
if [[ ${#debs[@]} -ne 1 || ! -f ${debs[0]} ]]; then
  echo "package.sh: expected one .deb in $out_dir" >&2
  exit 1
fi
realpath "${debs[0]}"
