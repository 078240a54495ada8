// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

namespace postwright {

struct SiteConfig;

// The one stylesheet every exported page links, at OUT's root.
QString exportStylesheetFile();
// The one script every exported post page links (the code blocks' copy
// buttons), at OUT's root.
QString exportScriptFile();

// What the site export itself writes at output (a path below OUT): the
// home page and its further pages (page/N/), the feed, the sitemap, the
// stylesheet, KaTeX (katex/), the pages of each taxonomy (tags/...) and the
// export's manifest, as a reader names it ("the feed"); empty when it
// writes nothing there. No post's page or copied file may take such a
// path: the generated file wins.
QString generatedOutput(const SiteConfig &config, const QString &output);

// output, else the folder above it nearest OUT's root, that taken says a
// file of the export's own stands at (a page there could not be written,
// or its folder could not be made); empty when none.
QString takenAtOrAbove(const QString &output, const std::function<bool(const QString &path)> &taken);

} // namespace postwright
