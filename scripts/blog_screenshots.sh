#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The exported blog's screenshots in docs/: the home page, a post and a tag
# page of the fixture site tests/data/blog/hugo, at desktop (1280) and phone
# (390) width, light and dark, with headless Chromium.
# Usage: scripts/blog_screenshots.sh [BUILD_DIR]   (default: build)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$build/src/cli/postwright-cli" export "$root/tests/data/blog/hugo" -o "$work/site" --no-cache >/dev/null
# Blink's preferredColorScheme: 0 dark, 1 light (--force-prefers-color-scheme
# does nothing in headless chromium).
shoot() {   # page name width height scheme
  chromium --headless --no-sandbox --disable-gpu --no-first-run --hide-scrollbars \
    --user-data-dir="$work/profile" --window-size="$3,$4" --blink-settings=preferredColorScheme="$5" \
    --screenshot="$root/docs/blog-$2.png" "file://$work/site/$1" 2>/dev/null
}
for scheme in 1 0; do
  suffix=$([[ $scheme == 0 ]] && echo "-dark" || true)
  shoot index.html "home$suffix" 1280 900 "$scheme"
  shoot posts/sourdough/index.html "post$suffix" 1280 1400 "$scheme"
  shoot tags/bread/index.html "tag$suffix" 1280 700 "$scheme"
  shoot index.html "home-phone$suffix" 390 844 "$scheme"
  shoot posts/sourdough/index.html "post-phone$suffix" 390 844 "$scheme"
  shoot tags/bread/index.html "tag-phone$suffix" 390 844 "$scheme"
done
ls -l "$root"/docs/blog-*.png
