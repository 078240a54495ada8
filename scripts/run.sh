#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds a Release build in build/ and starts
# Postwright on the bundled sample blog. Extra arguments go to the app.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

scripts/deps.sh build
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DPOSTWRIGHT_BUILD_TESTS=OFF -DPOSTWRIGHT_BUILD_BENCH=OFF
cmake --build build --parallel

if [[ $# -eq 0 ]]; then
  set -- --sample
fi
exec build/src/app/postwright "$@"
