#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Copies the icons Postwright uses from Debian's breeze-icon-theme
# (/usr/share/icons/breeze and breeze-dark, LGPL-3.0-or-later) into the two
# bundled fallback themes here. Each line: the name the app asks for, and
# the Breeze file (context/name) it is copied from.
# Usage: resources/icons/update.sh   (apt-get install breeze-icon-theme first)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
icons=(
  document-new:actions/document-new document-open:actions/document-open
  document-save:actions/document-save document-save-as:actions/document-save-as
  folder-open:places/folder-open application-exit:actions/application-exit
  edit-undo:actions/edit-undo edit-redo:actions/edit-redo edit-cut:actions/edit-cut
  edit-copy:actions/edit-copy edit-paste:actions/edit-paste edit-find:actions/edit-find
  edit-find-replace:actions/edit-find-replace preferences-system:actions/configure
  format-text-bold:actions/format-text-bold format-text-italic:actions/format-text-italic
  format-text-strikethrough:actions/format-text-strikethrough format-text-code:actions/format-text-code
  insert-link:actions/insert-link insert-image:actions/insert-image
  format-list-unordered:actions/format-list-unordered format-list-ordered:actions/format-list-ordered
  checkbox:actions/checkbox format-text-blockquote:actions/format-text-blockquote
  code-block:actions/code-block insert-table:actions/insert-table
  view-preview:actions/view-preview globe:actions/globe document-send:actions/document-send
  appointment-new:actions/appointment-new view-list-details:actions/view-list-details
  zoom-in:actions/zoom-in zoom-out:actions/zoom-out zoom-original:actions/zoom-original
  help-contents:actions/help-contents help-about:actions/help-about
  input-keyboard:devices/input-keyboard view-fullscreen:actions/view-fullscreen
  document-export:actions/document-export dialog-warning:emblems/emblem-warning
  user-trash:places/user-trash
)
for variant in breeze breeze-dark; do
  target=$here/postwright-$variant
  for size in 16 22; do
    mkdir -p "$target/actions/$size"
    for entry in "${icons[@]}"; do
      name=${entry%%:*}
      source=/usr/share/icons/$variant/${entry#*:}
      context=${source%/*}
      file=$context/$size/${source##*/}.svg
      [[ -e $file ]] || { echo "missing: $file" >&2; exit 1; }
      # Breeze links many names to one file: copy what the link points to.
      cp -L "$file" "$target/actions/$size/$name.svg"
    done
  done
done
