// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "site/siteconfig.h"
#include "text/error.h"

#include <QStringList>

namespace postwright {

// The folders the site's generator writes, as .gitignore lines: Hugo's
// public/ and resources/_gen/, Jekyll's _site/ and .jekyll-cache/, Zola's
// public/ (a plain folder: none).
QStringList generatorIgnoreLines(SiteKind kind);

// Makes the site folder a Git repository (branch main, nothing committed)
// and writes its .gitignore with generatorIgnoreLines (lines a .gitignore
// there already has are not added twice). Fails, changing nothing, when
// the site is in a repository already.
Result<Success> makeSiteRepository(const SiteConfig &site);

} // namespace postwright
