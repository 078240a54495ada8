// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "liquidvalue.h"

#include <QString>
#include <QStringList>

namespace postwright {

// The files Jekyll 4.3 reads as pages (not posts, drafts or documents of
// collections): any file outside folders and files whose name starts with
// '_', '.' or '#' or ends with '~', outside _config.yml's exclude (and
// Jekyll's own: node_modules, vendor/bundle...), whose first line is "---"
// (a front matter). Paths relative to root, sorted; at most maxFiles, and
// folders no deeper than Jekyll would sensibly have (a link loop cannot
// recurse). Folders reached through a symbolic link are not entered, files
// it leads to out of the site not read.
QStringList jekyllPageFiles(const QString &root, const LiquidHash &siteConfig, int maxFiles);

// The extension Jekyll writes a page or document at relativePath with:
// ".html" for Markdown (_config.yml's markdown_ext), ".css" for Sass, the
// file's own for the rest (".xml", ".json", ".html"...).
QString jekyllOutputExt(const QString &relativePath, const LiquidHash &siteConfig);

} // namespace postwright
