#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Line and branch coverage of postwright_core (src/core) by the core and CLI
# tests: a gcc --coverage build in build-coverage/, ctest -LE gui, gcovr.
# Like scripts/test.sh, runs the tests labelled corpus when ../shared/corpus
# is there.
# Usage: scripts/coverage.sh [--build-dir DIR] [--jobs N]   (default 2 jobs)
# Built at -Og with NDEBUG (asserts off, as shipped): lines and branches stay
# where the source has them, where -O2 folds and merges them, and the tests'
# time bounds still hold (at -O0 tst_hardening_files runs out of time and
# aborts, and an aborted test writes no counts). gcovr keeps src/core only
# (--filter src/core/) and leaves out the branches that g++ adds for
# exceptions and for code with no source line (--exclude-throw-branches,
# --exclude-unreachable-branches).
# Writes DIR/coverage/: index.html (every file, line by line), lines.txt and
# branches.txt (per file, least covered last, with the lines not run) and
# summary.json; prints a table per folder of src/core (lines of every file,
# branches of the .cpp files: a header's inline code counts once per copy
# inlined), the total and the ten least covered files.
# The packaging_* tests check files with outside tools (packaging_deb also
# needs the GUI build); they run no core code and are left out.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

build_dir=build-coverage
jobs=2
while (($#)); do
  case $1 in
    --build-dir) build_dir=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    -h|--help) sed -n '4,22p' "$0"; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done

scripts/deps.sh coverage   # the build and test packages and gcovr
# Plain counters: threads racing on one may lose a count, never turn a run
# line into a line not run, and atomic ones make the suite many times slower.
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-Og -g -DNDEBUG" \
      -DCMAKE_CXX_FLAGS="--coverage -fprofile-update=single" -DCMAKE_EXE_LINKER_FLAGS=--coverage \
      -DPOSTWRIGHT_BUILD_BENCH=OFF >/dev/null

# Tests labelled corpus read ../shared/corpus: run when it is there, as
# scripts/test.sh does.
corpus=$(sed -n 's/^POSTWRIGHT_CORPUS:PATH=//p' "$build_dir/CMakeCache.txt")
skip=gui
if [[ ! -d $corpus/realworld ]]; then
  skip='gui|corpus'
  echo "coverage.sh: NOTE: no shared corpus at $corpus: the tests labelled corpus are NOT run"
fi
# Build only the CLI and the executables of those tests, not the GUI.
# (ctest leaves out the command of a test not built yet: the executables
# come from the CTestTestfile.cmake files.)
mapfile -t targets < <(ctest --test-dir "$build_dir" --show-only=json-v1 -LE "$skip" -E '^packaging_' |
  python3 -c 'import json, os, pathlib, re, sys
build = pathlib.Path(sys.argv[1]).resolve()
commands = {}
for testfile in build.rglob("CTestTestfile.cmake"):
    commands.update(re.findall(r"^add_test\(\[=\[(.+?)\]=\] \"([^\"]+)\"", testfile.read_text(), re.M))
names = [t["name"] for t in json.load(sys.stdin)["tests"]]
print("\n".join(sorted({os.path.basename(commands[n]) for n in names
                        if n in commands and commands[n].startswith(str(build) + "/")})))' "$build_dir")
cmake --build "$build_dir" --parallel "$jobs" --target postwright-cli "${targets[@]}"

# Counters from an earlier run would add up with this one.
find "$build_dir" -name '*.gcda' -delete
status=0
xvfb-run -a ctest --test-dir "$build_dir" --output-on-failure --parallel "$jobs" \
  -LE "$skip" -E '^packaging_' || status=1

out=$build_dir/coverage
mkdir -p "$out"
common=(--root . --object-directory "$build_dir" --filter 'src/core/'
        --exclude-throw-branches --exclude-unreachable-branches -j "$jobs")
gcovr "${common[@]}" --sort-percentage \
  --txt "$out/lines.txt" --json-summary "$out/summary.json" --html-details "$out/index.html"
gcovr "${common[@]}" --sort-percentage --branches --txt "$out/branches.txt"

python3 - "$out/summary.json" <<'EOF'
import collections, json, sys
summary = json.load(open(sys.argv[1]))
folders = collections.defaultdict(lambda: [0, 0, 0, 0, 0])
for entry in summary["files"]:
    parts = entry["filename"].split("/")
    folder = "/".join(parts[:3]) if len(parts) > 3 else "/".join(parts[:-1])
    row = folders[folder]
    row[0] += entry["line_covered"]; row[1] += entry["line_total"]
    # A header's inline code is counted once per copy inlined at -Og, so
    # its branches would weigh many times: branches of .cpp files only.
    if entry["filename"].endswith(".cpp"):
        row[2] += entry["branch_covered"]; row[3] += entry["branch_total"]
    row[4] += 1

def pct(covered, total):
    return f"{100.0 * covered / total:5.1f}%" if total else "    -"

def show(name, row):
    print(f"{name:<24} {row[4]:>5}  {row[0]:>6}/{row[1]:<6} {pct(row[0], row[1])}"
          f"  {row[2]:>6}/{row[3]:<6} {pct(row[2], row[3])}")

print()
print(f"{'folder':<24} {'files':>5}  {'lines':^20}  {'branches (.cpp)':^20}")
total = [0, 0, 0, 0, 0]
for folder in sorted(folders):
    show(folder, folders[folder])
    total = [a + b for a, b in zip(total, folders[folder])]
show("total", total)

def share(covered, total):
    return 100.0 * covered / total if total else 100.0

print()
print("Least covered files of 10 lines or more (lines, branches):")
files = sorted((e for e in summary["files"] if e["line_total"] >= 10),
               key=lambda e: (share(e["line_covered"], e["line_total"]),
                              share(e["branch_covered"], e["branch_total"])))
for entry in files[:10]:
    print(f"  {entry['filename']:<44} {pct(entry['line_covered'], entry['line_total'])}"
          f"  {pct(entry['branch_covered'], entry['branch_total'])}"
          f"  ({entry['line_total'] - entry['line_covered']} lines not run)")
EOF
echo "Per file with the lines not run (least covered last): $out/lines.txt, $out/branches.txt"
echo "Line by line: $out/index.html"
if ((status)); then
  echo "Some tests failed; the figures count what ran." >&2
fi
exit "$status"
