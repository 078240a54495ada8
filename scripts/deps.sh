#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Postwright needs that are not there yet.
# Usage: scripts/deps.sh [build|test|fuzz|coverage]   (test adds what the test suite
#        needs, fuzz adds clang and libFuzzer for scripts/fuzz.sh, coverage adds
#        the test suite's packages and gcovr for scripts/coverage.sh)
# Checks with dpkg first, so a second run needs no network.
set -euo pipefail

build_packages=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-webengine-dev qt6-webchannel-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-qpa-plugins libgl-dev
  libcmark-gfm-dev libcmark-gfm-extensions-dev libyaml-cpp-dev libtomlplusplus-dev
  libkainjow-mustache-dev fonts-noto-color-emoji
  libhunspell-dev hunspell-en-us hunspell-de-de hunspell-fr hunspell-es
  libsource-highlight-dev libjs-katex qt6-translations-l10n libgoogle-perftools-dev libxxhash-dev
  libgit2-dev libdtl-dev libicu-dev
  libqt6svg6
  libcurl4-openssl-dev qtkeychain-qt6-dev
  qt6-image-formats-plugins
)
# hugo: tst_cli_hugobuild builds a fixture site with hugo itself and compares.
# jekyll: tst_cli_jekyllliquid builds fixture sites with jekyll itself and compares
#   the Liquid our export renders.
# git: tst_cli_vcs builds real repositories (commits, clones, a bare remote) with git itself.
# strace: tst_cli_writes sees the order of fsync and rename when a post is saved.
test_packages=(xvfb xauth cmark-gfm python3 desktop-file-utils appstream dpkg-dev file groff-base chromium hugo strace jekyll git)
# openssh-server, rsync: tst_cli_deployssh deploys over SSH to an sshd it starts on 127.0.0.1.
test_packages+=(openssh-server rsync)
# universal-ctags: scripts/long_functions.py finds functions with it.
test_packages+=(universal-ctags)
# axe-core for tst_export_a11y, pinned, from the npm registry into a folder
# outside the source tree (the test looks there, or in $POSTWRIGHT_AXE_CORE).
axe_version=4.10.2
axe_prefix=/var/cache/postwright-test
install_axe() {
  local installed="$axe_prefix/node_modules/axe-core/package.json"
  if [[ -f $installed ]] && grep -q "\"version\": \"$axe_version\"" "$installed"; then
    return 0
  fi
  echo "Installing axe-core $axe_version into $axe_prefix"
  local sudo_cmd=()
  if [[ $(id -u) -ne 0 ]]; then
    sudo_cmd=(sudo)
  fi
  # Debian's npm, unless an npm is there already (Node.js from elsewhere brings its own).
  if ! command -v npm >/dev/null; then
    "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends npm
  fi
  "${sudo_cmd[@]}" mkdir -p "$axe_prefix"
  "${sudo_cmd[@]}" npm install --no-audit --no-fund --prefix "$axe_prefix" "axe-core@$axe_version"
}

# clang and libFuzzer's runtime, for scripts/fuzz.sh.
fuzz_packages=(clang libclang-rt-14-dev)

# gcovr, for scripts/coverage.sh (gcov comes with g++).
coverage_packages=(gcovr)

wanted=("${build_packages[@]}")
case "${1:-build}" in
  test) wanted+=("${test_packages[@]}") ;;
  fuzz) wanted+=("${fuzz_packages[@]}") ;;
  coverage) wanted+=("${test_packages[@]}" "${coverage_packages[@]}") ;;
esac

missing=()
for package in "${wanted[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
if ((${#missing[@]} == 0)); then
  case "${1:-build}" in test|coverage) install_axe ;; esac
  exit 0
fi

echo "Installing: ${missing[*]}"
sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
  sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
case "${1:-build}" in test|coverage) install_axe ;; esac
