#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Mutation testing of postwright_core: do the core and CLI tests notice when
# the code is wrong? Not part of CI (each mutant is a rebuild and a test run).
# Usage: scripts/mutate.sh [--seed S] [--count N] [--files GLOB] [--build-dir DIR]
#                          [--jobs N] [--list]
#   --seed S       shuffles the places to mutate (default 20, printed)
#   --count N      mutants to count (default 60)
#   --files GLOB   sources to mutate, from the repository root
#                  (default 'src/core/*.cpp'; e.g. 'src/core/export/*')
#   --build-dir D  its own build folder (default build-mutate/, RelWithDebInfo
#                  at -O1 -g0, the core as a shared library)
#   --list         print the mutants that would run, build nothing
# One mutant at a time, at places in src/core .cpp files outside comments,
# strings, preprocessor lines, #if 0, logging/Q_ASSERT lines and lines that
# change only speed (reserve(), squeeze()):
#   comparison flip  < <=, > >=      equality flip  == !=
#   logic flip       && ||           boolean flip   true false
#   off by one       + 1 <-> - 1, an integer literal +-1
#   negate condition if (x) -> if (!(x)), while likewise
#   drop statement   a line that is a call, an assignment or ++/--
# A mutant recompiles one file and relinks the shared core library (the CLI
# and the tests load it, so they are not relinked); one
# that does not compile, or compiles to the same object code (a line not
# compiled, an equivalent change), is skipped and not counted. The tests run
# two at a time, those named after the mutated file and folder (and those
# that caught earlier mutants there) first, and stop at the first failure; a
# test taking over 4x its unmutated time (+30 s, at least 60 s) counts as
# failing. Each mutant prints as "caught" or "NOT caught" with file:line and
# the change; the last line is "mutation score: K/N" (caught/counted).
# The source is always put back, also on Ctrl-C; a run killed outright puts
# it back when the next one starts (the originals wait in DIR/mutate-backup).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

build_dir=build-mutate
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  case ${args[i]} in
    --build-dir) build_dir=${args[i + 1]:-$build_dir} ;;
    --build-dir=*) build_dir=${args[i]#--build-dir=} ;;
    -h|--help) sed -n '4,32p' "$0"; exit 0 ;;
  esac
done

# mutate.py restores on its own; this is for when Python itself dies: copy
# back any original still waiting and drop its object and the library, so
# that the next build compiles them again.
restore() {
  local backup=$build_dir/mutate-backup
  [[ -d $backup ]] || return 0
  while IFS= read -r -d '' kept; do
    local rel=${kept#"$backup"/}
    cp -p "$kept" "$rel"
    rm -f "$build_dir/src/core/CMakeFiles/postwright_core.dir/${rel#src/core/}.o" \
          "$build_dir/src/core/libpostwright_core.a"
    echo "restored $rel" >&2
  done < <(find "$backup" -name '*.cpp' -print0)
  rm -rf "$backup"
}
trap restore EXIT
trap 'restore; exit 130' INT TERM HUP

status=0
python3 scripts/mutate.py "$@" || status=$?
exit "$status"
