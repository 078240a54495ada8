#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The desktop integration and the .deb, checked with the tools a
# distribution uses. A missing tool is a failure: scripts/deps.sh test
# installs them.
# Usage: test_packaging.sh desktop|metainfo|manpage|deb SOURCE_DIR BINARY_DIR CLI VERSION
set -euo pipefail

mode=$1
source_dir=$2
binary_dir=$3
cli=$4
version=$5
app_id=io.github.postwright.Postwright
packaging=$source_dir/packaging

fail() {
  echo "FAIL: $*" >&2
  exit 1
}
need() {
  for tool in "$@"; do
    command -v "$tool" >/dev/null || fail "$tool is not installed (scripts/deps.sh test installs it)"
  done
}
# Prints a validator's output; fails when the validator does or when it
# reports an error or a warning (hints and pedantic notes are fine).
validate() {
  local output status=0
  output=$("$@" 2>&1) || status=$?
  echo "$output"
  ((status == 0)) || fail "$* exited with $status"
  if grep -E -q '(^|: )(error|warning):|^[EW]: ' <<<"$output"; then
    fail "$* reported errors or warnings"
  fi
}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

case $mode in
desktop)
  need desktop-file-validate python3
  desktop=$packaging/$app_id.desktop
  validate desktop-file-validate "$desktop"
  grep -qx "Icon=$app_id" "$desktop" || fail "Icon= is not $app_id"
  grep -qx 'Exec=postwright %f' "$desktop" || fail "Exec= does not start postwright with a file"
  grep -Eqx 'MimeType=(.*;)?text/markdown;.*' "$desktop" || fail "MimeType= lacks text/markdown"
  # The Icon= name must resolve to our scalable icon: a well-formed SVG.
  python3 - "$packaging/$app_id.svg" <<'EOF' || fail "the icon is not a 128x128 SVG"
import sys
import xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
assert root.tag == "{http://www.w3.org/2000/svg}svg", root.tag
assert root.get("viewBox") == "0 0 128 128", root.get("viewBox")
assert len(root) > 1
EOF
  ;;
metainfo)
  need appstreamcli python3
  metainfo=$packaging/$app_id.metainfo.xml
  validate appstreamcli validate --no-net --explain "$metainfo"
  # What a software centre shows must match the program it installs.
  python3 - "$metainfo" "$app_id" "$version" <<'EOF' || fail "the metainfo does not match the program"
import sys
import xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
app_id, version = sys.argv[2], sys.argv[3]
assert root.findtext("id") == app_id, root.findtext("id")
assert root.findtext("launchable") == app_id + ".desktop"
newest = root.find("releases/release")
assert newest.get("version") == version, (newest.get("version"), version)
binaries = {b.text for b in root.findall("provides/binary")}
assert binaries == {"postwright", "postwright-cli"}, binaries
assert root.find("screenshots/screenshot/image").text.endswith("/docs/screenshot.png")
assert len(root.findall("description/p")) >= 2 and root.findall("description/ul/li")
EOF
  ;;
manpage)
  need groff
  page=$packaging/postwright-cli.1
  # -ww: every warning; a wide line without hyphenation keeps each option whole.
  groff -man -Tascii -ww -rLL=2000n -rHY=0 -P-cbou "$page" >"$tmp/page.txt" 2>"$tmp/warnings.txt"
  if [[ -s $tmp/warnings.txt ]]; then
    cat "$tmp/warnings.txt"
    fail "groff warns about $page"
  fi
  grep -q '^EXIT STATUS' "$tmp/page.txt" || fail "no EXIT STATUS section"
  grep -q '^EXAMPLES' "$tmp/page.txt" || fail "no EXAMPLES section"
  # Every command of --help (tag's subcommands one by one), and every option
  # of each command's --help, is in the page.
  "$cli" --help >"$tmp/help.txt"
  commands=$(sed -n '/^Commands:/,/^$/{s/^  \([a-z]\+\) \([a-z|]*\).*/\1 \2/p}' "$tmp/help.txt")
  [[ $(wc -l <<<"$commands") -ge 9 ]] || fail "could not read the commands from --help: $commands"
  missing=0
  while read -r command sub; do
    names=("$command")
    if [[ $sub == *'|'* ]]; then
      IFS='|' read -r -a subs <<<"$sub"
      names=("${subs[@]/#/$command }")
    fi
    for name in "${names[@]}"; do
      if ! grep -q "^ *$name " "$tmp/page.txt"; then
        echo "missing command: $name"
        missing=1
      fi
    done
    for option in $("$cli" "$command" --help | grep -o -- '--[a-z][a-z-]*' | sort -u); do
      [[ $option == --help ]] && continue
      if ! grep -q -- "$option\\b" "$tmp/page.txt"; then
        echo "missing option of $command: $option"
        missing=1
      fi
    done
  done <<<"$commands"
  ((missing == 0)) || fail "$page is behind postwright-cli --help"
  ;;
deb)
  need cpack dpkg-deb dpkg-shlibdeps file
  # Package the current build into a scratch folder (in the build tree only
  # install_manifest.txt changes), unpack the .deb and run the command line
  # from it.
  if ! cpack -G DEB --config "$binary_dir/CPackConfig.cmake" -B "$tmp/out" >"$tmp/cpack.log" 2>&1; then
    cat "$tmp/cpack.log"
    fail "cpack failed"
  fi
  debs=("$tmp"/out/*.deb)
  [[ ${#debs[@]} -eq 1 && -f ${debs[0]} ]] || fail "cpack made no single .deb: ${debs[*]}"
  deb=${debs[0]}
  [[ $(basename "$deb") == postwright_${version}_*.deb ]] || fail "unexpected file name $(basename "$deb")"

  dpkg-deb -I "$deb"
  [[ $(dpkg-deb -f "$deb" Package) == postwright ]] || fail "package name"
  [[ $(dpkg-deb -f "$deb" Version) == "$version" ]] || fail "package version"
  [[ $(dpkg-deb -f "$deb" Section) == editors ]] || fail "package section"
  depends=$(dpkg-deb -f "$deb" Depends)
  for package in libqt6core6 libqt6widgets6 libqt6webenginecore6 fonts-noto-color-emoji qt6-image-formats-plugins libqt6svg6; do
    grep -Eq "(^|, )$package( |,|$)" <<<"$depends" || fail "Depends lacks $package: $depends"
  done

  dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$tmp/files.txt"
  for file in /usr/bin/postwright /usr/bin/postwright-cli \
    /usr/share/applications/$app_id.desktop /usr/share/metainfo/$app_id.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/$app_id.svg /usr/share/man/man1/postwright-cli.1.gz \
    /usr/share/doc/postwright/copyright; do
    grep -qx "$file" "$tmp/files.txt" || fail "the .deb lacks $file"
  done

  dpkg-deb -x "$deb" "$tmp/root"
  # The bundled Breeze icons are LGPL-3+: the copyright file says so.
  grep -q '^Files: resources/icons/\*' "$tmp/root/usr/share/doc/postwright/copyright" ||
    fail "the copyright file does not cover the bundled icons"
  got=$("$tmp/root/usr/bin/postwright-cli" --version)
  [[ $got == "postwright-cli $version" ]] || fail "postwright-cli --version from the .deb says '$got'"
  # The packaged command line does real work, not only --version.
  printf -- '---\ntitle: Packaged\n---\n# Hello *deb*\n' >"$tmp/post.md"
  "$tmp/root/usr/bin/postwright-cli" render --fragment "$tmp/post.md" | grep -q '<em>deb</em>' ||
    fail "postwright-cli render from the .deb"
  echo "ok: $(basename "$deb"): Depends: $depends"
  ;;
*)
  fail "unknown mode $mode"
  ;;
esac
