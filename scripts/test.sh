#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds with warnings as errors and runs every
# test with ctest. Exits non-zero on any failure.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

scripts/deps.sh test
build_dir=${POSTWRIGHT_TEST_BUILD_DIR:-build-test}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPOSTWRIGHT_WERROR=ON
cmake --build "$build_dir" --parallel
cd "$build_dir"
# GUI tests set QT_QPA_PLATFORM=offscreen themselves; xvfb-run gives any
# test that wants a real X display one.
xvfb-run -a ctest --output-on-failure --parallel "$(nproc)"
