// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace postwright {

// KaTeX as Debian's libjs-katex installs it. POSTWRIGHT_KATEX_DIR, when
// set, names another folder with the same layout.

// The folder holding katex.min.css, katex.min.js and fonts/.
QString katexDirectory();

// katexDirectory() as a file:// URL ending in '/', for PageData::mathAssetsUrl.
QString katexAssetsUrl();

// What a page with math needs, relative to katexDirectory() (copy them with
// their relative paths): katex.min.css, katex.min.js and every file in
// fonts/. Empty when KaTeX is not installed.
QStringList katexAssetFiles();

// KaTeX in one piece, for a page that must stand alone: the stylesheet with
// its fonts inside as data: URIs (WOFF2, which every browser KaTeX runs in
// reads) and the script's text.
struct InlineKatex
{
    QString css;
    QString script;
};
// Empty when KaTeX is not installed or a file cannot be read.
std::optional<InlineKatex> inlineKatex();

} // namespace postwright
