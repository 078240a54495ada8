#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Whole processes: `postwright-cli render --fragment FILE` against the
# `cmark-gfm` command with the same options and extensions, on the same
# Markdown bodies. Prints the median wall time of each and the ratio.
#
#   usage: bench/render_vs_cmark.sh BUILD_DIR DATA_DIR [RUNS]
#   DATA_DIR from: gen_corpus.py --posts 0 --big-doc 1000000 --big-doc 5000000 --out DATA_DIR
#
# Uses hyperfine when it is installed, else a loop timed with date +%s%N.
# Debian 12's cmark-gfm (0.29.0.gfm.6) has no --footnotes flag: footnotes
# are turned on with `-e footnotes`, which sets the same parser option.
set -euo pipefail

if [[ $# -lt 2 ]]; then
    sed -n '5,10s/^# \{0,1\}//p' "$0" >&2
    exit 2
fi
build_dir=$1
data_dir=$2
runs=${3:-10}

cli=$build_dir/src/cli/postwright-cli
cmark=$(command -v cmark-gfm || true)
[[ -x $cli ]] || { echo "render_vs_cmark: no $cli (build the postwright-cli target)" >&2; exit 2; }
[[ -n $cmark ]] || { echo "render_vs_cmark: cmark-gfm is not installed" >&2; exit 2; }

bench_dir=$data_dir
[[ -d $data_dir/bench ]] && bench_dir=$data_dir/bench
shopt -s nullglob
files=("$bench_dir"/big-*.body.md)
[[ ${#files[@]} -gt 0 ]] || { echo "render_vs_cmark: no big-*.body.md in $bench_dir" >&2; exit 2; }

# Like for like: cmark-gfm neither highlights code nor typesets math, so
# neither do we here; the cost of both is printed on a line of its own.
pw_cmd=("$cli" render --fragment --no-highlight --no-math)
pw_full_cmd=("$cli" render --fragment)
cm_cmd=("$cmark" --sourcepos --unsafe -e footnotes -e table -e strikethrough
        -e autolink -e tagfilter -e tasklist)

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

label() {   # bytes -> 1MB, 20KB
    local bytes=$1
    if ((bytes < 950000)); then
        echo "$(((bytes + 500) / 1000))KB"
    else
        echo "$(((bytes + 500000) / 1000000))MB"
    fi
}

median_ms() {   # nanoseconds, one per line, on stdin
    sort -n | awk '{ v[NR] = $1 } END {
        m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
        printf "%.1f", m / 1e6 }'
}

time_loop() {   # prints the median in ms of RUNS runs of "$@" > /dev/null
    local i start end
    "$@" > /dev/null   # warm-up: page cache, dynamic loader
    for ((i = 0; i < runs; i++)); do
        start=$(date +%s%N)
        "$@" > /dev/null
        end=$(date +%s%N)
        echo $((end - start))
    done | median_ms
}

status=0
for file in "${files[@]}"; do
    name=$(label "$(stat -c %s "$file")")

    # Both must succeed and do the same work: the same HTML but for the
    # heading ids Postwright adds.
    if ! "${pw_cmd[@]}" "$file" > "$tmp/pw.html" 2> "$tmp/pw.err"; then
        echo "$name: postwright-cli render failed: $(head -n 3 "$tmp/pw.err")" >&2
        status=1
        continue
    fi
    "${cm_cmd[@]}" "$file" > "$tmp/cm.html"
    sed -E 's/(<h[1-6]) id="[^"]*"/\1/g' "$tmp/pw.html" > "$tmp/pw-noid.html"
    if ! cmp -s "$tmp/pw-noid.html" "$tmp/cm.html"; then
        echo "$name: note: postwright-cli output differs from cmark-gfm beyond heading ids" >&2
    fi

    if command -v hyperfine > /dev/null; then
        hyperfine --style none --warmup 1 --runs "$runs" --export-json "$tmp/h.json" \
            "$(printf '%q ' "${pw_cmd[@]}" "$file")" \
            "$(printf '%q ' "${cm_cmd[@]}" "$file")" > /dev/null
        read -r pw_ms cm_ms < <(python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))["results"]
print(" ".join("%.1f" % (x["median"] * 1000) for x in r))' "$tmp/h.json")
    else
        pw_ms=$(time_loop "${pw_cmd[@]}" "$file")
        cm_ms=$(time_loop "${cm_cmd[@]}" "$file")
    fi
    ratio=$(awk -v a="$pw_ms" -v b="$cm_ms" 'BEGIN { printf "%.2f", a / b }')
    full_ms=$(time_loop "${pw_full_cmd[@]}" "$file")
    full_ratio=$(awk -v a="$full_ms" -v b="$cm_ms" 'BEGIN { printf "%.2f", a / b }')
    echo "$name: with code highlighting and math: postwright-cli $full_ms ms, ratio $full_ratio (not like for like)"
    echo "$name: postwright-cli $pw_ms ms, cmark-gfm $cm_ms ms, ratio $ratio"
done
exit $status
