#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Whole-site export against Hugo on the same generated site, in the same run:
# wall time and peak RSS of each (/usr/bin/time -v), their ratios, and
# whether both publish the same post and tag pages.
#
#   usage: bench/export_vs_hugo.sh BUILD_DIR [WORK_DIR] [SIZES...]
#   default WORK_DIR /tmp/pw-bench-export, SIZES 1000 10000
#
# Needs hugo and GNU time (Debian packages hugo, time); installs nothing.
# Sites come from ../shared/tools/gen_corpus.py (kept in WORK_DIR between
# runs), with hugo's feeds and sitemap turned on as a real site has them
# (the generator's config disables them): both then write the feed of every
# list and the sitemap. Our export runs cold: no index cache, a fresh output folder; then
# once more into the same folder (the incremental case). Both cold builds
# run RUNS times (default 3), taking turns, and each reports its fastest run
# (the one least disturbed by the machine) and its largest RSS. Exit 1 when the
# page sets differ. Both write their output under OUT_ROOT (default
# /dev/shm/pw-bench-export when /dev/shm exists: the generators are
# measured, not the disk; OUT_ROOT=$WORK_DIR measures the disk too).
set -euo pipefail

if [[ $# -lt 1 ]]; then
    sed -n '5,10s/^# \{0,1\}//p' "$0" >&2
    exit 2
fi
build_dir=$1
work=${2:-/tmp/pw-bench-export}
shift $(( $# >= 2 ? 2 : 1 ))
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(1000 10000)

here=$(cd "$(dirname "$0")" && pwd)
gen=${GEN_CORPUS:-$here/../../shared/tools/gen_corpus.py}
cli=$build_dir/src/cli/postwright-cli
hugo=$(command -v hugo || true)
[[ -x $cli ]] || { echo "export_vs_hugo: no $cli (build the postwright-cli target)" >&2; exit 2; }
[[ -n $hugo ]] || { echo "export_vs_hugo: hugo is not installed (apt-get install hugo)" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "export_vs_hugo: GNU time is not installed (apt-get install time)" >&2; exit 2; }
[[ -f $gen ]] || { echo "export_vs_hugo: no $gen" >&2; exit 2; }
mkdir -p "$work"
out_root=${OUT_ROOT:-}
if [[ -z $out_root ]]; then
    out_root=$work
    [[ -d /dev/shm && -w /dev/shm ]] && out_root=/dev/shm/pw-bench-export
fi
mkdir -p "$out_root"
runs=${RUNS:-3}

# Runs a command under /usr/bin/time -v; prints "seconds kilobytes cpu-seconds".
measure() {
    local log=$1; shift
    /usr/bin/time -v "$@" >"$log.out" 2>"$log"
    local wall rss cpu
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$log" |
           awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
    cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {print s}' "$log")
    echo "$wall $rss $cpu"
}

# The post and tag pages a site publishes, relative to its output folder;
# not the pages after a list's first (posts/page/2/): hugo writes them only
# when a layout asks for .Paginator, which the corpus's layouts do not, and
# the export pages every list as the site's paginate says.
pages() {
    (cd "$1" && find posts tags -name index.html 2>/dev/null | grep -v '^tags/index.html$' | grep -v '^posts/index.html$' \
        | grep -Ev '/page/[0-9]+/index\.html$' | sort)
}

# The feeds (index.xml) and the sitemap.
feeds() {
    (cd "$1" && find . -name index.xml -o -name sitemap.xml | sed 's|^\./||' | sort)
}

status=0
for n in "${sizes[@]}"; do
    site=$work/site-$n
    if [[ ! -f $site/corpus-stats.json ]]; then
        rm -rf "$site"
        python3 "$gen" --posts "$n" --seed 1 --out "$site" >/dev/null
    fi
    sed -i -E '/^disableKinds/ s/"(RSS|sitemap)",? ?//g' "$site/config.toml"
    grep -Eq '^disableKinds.*"(RSS|sitemap)"' "$site/config.toml" &&
        { echo "export_vs_hugo: could not turn the feeds and sitemap on in $site/config.toml" >&2; exit 2; }
    ours=$out_root/out-pw-$n
    theirs=$out_root/out-hugo-$n
    pw_wall="" hugo_wall="" pw_rss=0 hugo_rss=0
    for ((run = 1; run <= runs; run++)); do
        rm -rf "$ours" "$theirs" "$work/hugo-cache"
        sync
        read -r wall rss cpu < <(measure "$work/pw-$n.log" "$cli" export "$site" -o "$ours" --no-cache)
        if [[ -z $pw_wall ]] || awk -v a="$wall" -v b="$pw_wall" 'BEGIN { exit !(a < b) }'; then
            pw_wall=$wall pw_cpu=$cpu
            pw_summary=$(tail -1 "$work/pw-$n.log.out")
        fi
        ((rss > pw_rss)) && pw_rss=$rss
        read -r wall rss cpu < <(measure "$work/hugo-$n.log" "$hugo" --quiet -s "$site" -d "$theirs" \
                                 --cacheDir "$work/hugo-cache")
        if [[ -z $hugo_wall ]] || awk -v a="$wall" -v b="$hugo_wall" 'BEGIN { exit !(a < b) }'; then
            hugo_wall=$wall hugo_cpu=$cpu
        fi
        ((rss > hugo_rss)) && hugo_rss=$rss
    done
    read -r inc_wall inc_rss _ < <(measure "$work/pw-inc-$n.log" "$cli" export "$site" -o "$ours" --no-cache)

    pages "$ours" >"$work/pages-pw-$n.txt"
    pages "$theirs" >"$work/pages-hugo-$n.txt"
    same="yes"
    if ! cmp -s "$work/pages-pw-$n.txt" "$work/pages-hugo-$n.txt"; then
        same="NO ($(comm -3 "$work/pages-pw-$n.txt" "$work/pages-hugo-$n.txt" | wc -l) differ; see $work/pages-*-$n.txt)"
        status=1
    fi
    feeds "$ours" >"$work/feeds-pw-$n.txt"
    feeds "$theirs" >"$work/feeds-hugo-$n.txt"
    same_feeds="yes ($(wc -l <"$work/feeds-pw-$n.txt") files)"
    if ! cmp -s "$work/feeds-pw-$n.txt" "$work/feeds-hugo-$n.txt"; then
        same_feeds="NO ($(comm -3 "$work/feeds-pw-$n.txt" "$work/feeds-hugo-$n.txt" | wc -l) differ; see $work/feeds-*-$n.txt)"
        status=1
    fi
    echo "== $n posts ($(wc -l <"$work/pages-pw-$n.txt") post and tag pages; fastest of $runs runs each; output in $out_root, load $(cut -d' ' -f1 /proc/loadavg))"
    echo "   postwright export: ${pw_wall} s wall, ${pw_cpu} s CPU, peak RSS $((pw_rss / 1024)) MB"
    echo "                      $pw_summary"
    echo "   hugo:              ${hugo_wall} s wall, ${hugo_cpu} s CPU, peak RSS $((hugo_rss / 1024)) MB"
    awk -v a="$hugo_wall" -v b="$pw_wall" -v c="$pw_rss" -v d="$hugo_rss" \
        -v e="$hugo_cpu" -v f="$pw_cpu" \
        'BEGIN { printf "   speed: %.2fx faster than hugo (wall), %.2fx (CPU time); memory: %.3f of hugo'"'"'s peak RSS (1/%.0f)\n", a/b, e/f, c/d, d/c }'
    echo "   incremental re-export (nothing changed): ${inc_wall} s, peak RSS $((inc_rss / 1024)) MB"
    echo "   same post and tag pages as hugo: $same"
    echo "   same feeds and sitemap as hugo: $same_feeds"
    rm -rf "$ours" "$theirs"
done
exit $status
