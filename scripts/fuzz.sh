#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets (fuzz/) with clang, AddressSanitizer and UBSan
# in build-fuzz/ and runs each for SECONDS (default 300).
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]   targets: frontmatter render check
# An input that takes more than 2 seconds is a finding, like a crash or a
# leak: nothing Postwright reads may take superlinear time. A finding leaves
# its input in build-fuzz/artifacts/TARGET/; copy it to
# tests/data/fuzz-regressions/TARGET/ so that ctest replays it.
# FUZZ_JOBS: parallel compile jobs (default 2).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

seconds=${1:-300}
shift || true
targets=("$@")
if ((${#targets[@]} == 0)); then
  targets=(frontmatter render check)
fi

scripts/deps.sh fuzz   # the build packages, clang and libFuzzer's runtime
build_dir=build-fuzz
flags="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
      -DCMAKE_C_FLAGS="$flags" -DCMAKE_CXX_FLAGS="$flags" \
      -DPOSTWRIGHT_FUZZ=ON -DPOSTWRIGHT_BUILD_TESTS=OFF -DPOSTWRIGHT_BUILD_BENCH=OFF
cmake --build "$build_dir" --parallel "${FUZZ_JOBS:-2}" --target "${targets[@]/#/fuzz_}"

export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS=suppressions=$root/fuzz/lsan.supp
status=0
for target in "${targets[@]}"; do
  corpus=$build_dir/corpus/$target
  artifacts=$build_dir/artifacts/$target/
  mkdir -p "$corpus" "$artifacts"
  # Seeds: the test posts, the render fixtures and earlier crashes.
  seeds=(tests/data/posts tests/data/render tests/data/doctor)
  if [[ -d tests/data/fuzz-regressions/$target ]]; then
    seeds+=("tests/data/fuzz-regressions/$target")
  fi
  echo "== fuzz_$target for ${seconds}s"
  "$build_dir/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=2 -rss_limit_mb=2560 \
    -max_len=65536 -print_final_stats=1 -artifact_prefix="$artifacts" \
    "$corpus" "${seeds[@]}" || status=1
done
exit "$status"
