#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Publish of one changed post in a repository of N posts (issue 16): status +
# commit + fetch + merge + push to a local bare repository, against git doing
# the same by hand in the same run (git status; git add; git commit; git
# fetch; git merge; git push), and the ratio of the two.
#
#   usage: bench/publish_vs_git.sh BUILD_DIR [WORK_DIR] [POSTS] [RUNS]
#   default WORK_DIR /tmp/pw-bench-publish, POSTS 10000, RUNS 5
#
# Each run changes one post's title and publishes it; the two take turns and
# each reports its fastest run. Installs nothing; needs git and python3.
set -euo pipefail

if [[ $# -lt 1 ]]; then
    sed -n '5,11s/^# \{0,1\}//p' "$0" >&2
    exit 2
fi
cli=$(cd "$1" && pwd)/src/cli/postwright-cli
work=${2:-/tmp/pw-bench-publish}
posts=${3:-10000}
runs=${4:-5}
[[ -x $cli ]] || { echo "publish_vs_git: no $cli (build the postwright-cli target)" >&2; exit 2; }

export GIT_CONFIG_NOSYSTEM=1 GIT_AUTHOR_NAME=Bench GIT_AUTHOR_EMAIL=bench@example.org \
       GIT_COMMITTER_NAME=Bench GIT_COMMITTER_EMAIL=bench@example.org \
       GIT_CONFIG_COUNT=1 GIT_CONFIG_KEY_0=gc.auto GIT_CONFIG_VALUE_0=0  # no gc in the background
rm -rf "$work"
mkdir -p "$work"
git init -q --bare -b main "$work/remote.git"
git clone -q "file://$work/remote.git" "$work/site" 2>/dev/null
cd "$work/site"
python3 - "$posts" <<'PY'
import os, sys
os.makedirs("content/posts", exist_ok=True)
open("hugo.toml", "w").write('title = "Bench"\n')
for i in range(int(sys.argv[1])):
    with open(f"content/posts/post-{i:05d}.md", "w") as f:
        f.write(f'---\ntitle: "Post {i}"\ndate: 2024-01-01\ntags: [bench, t{i % 50}]\n---\n\nParagraph one of post {i}.\n\nParagraph two.\n')
PY
git add -A && git commit -q -m "Start" && git push -q -u origin main 2>/dev/null

now() { echo "$EPOCHREALTIME"; }
sub() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.6f", a - b }'; }
min() { awk -v a="$1" -v b="$2" 'BEGIN { print (a < b ? a : b) }'; }
best_pw=999999
best_git=999999
for run in $(seq 1 "$runs"); do
    sed -i "s/^title: .*/title: \"Post 7, pw $run\"/" content/posts/post-00007.md
    start=$(now)
    "$cli" publish . >/dev/null 2>&1
    pw=$(sub "$(now)" "$start")
    sed -i "s/^title: .*/title: \"Post 7, git $run\"/" content/posts/post-00007.md
    start=$(now)
    { git status --porcelain >/dev/null; git add content/posts/post-00007.md; git commit -q -m "Publish: Post 7";
      git fetch -q origin; git merge -q --ff-only origin/main; git push -q origin HEAD:main; } 2>/dev/null
    gt=$(sub "$(now)" "$start")
    best_pw=$(min "$pw" "$best_pw")
    best_git=$(min "$gt" "$best_git")
done
[[ -z $(git status --porcelain) ]] || { echo "publish_vs_git: the work tree is not clean" >&2; exit 1; }
[[ $(git rev-parse HEAD) == $(git -C "$work/remote.git" rev-parse main) ]] || { echo "publish_vs_git: not pushed" >&2; exit 1; }
awk -v n="$posts" -v p="$best_pw" -v g="$best_git" \
    'BEGIN { printf "publish of one changed post, %d posts: postwright-cli %.3f s, git by hand %.3f s, ratio %.2f\n", n, p, g, p / g }'
