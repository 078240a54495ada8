// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace postwright {

// The site a post belongs to: the nearest folder above it with a Hugo config
// whose content folder holds the post, or a Jekyll _config.yml; else the
// post's own folder, opened as a plain site, unless that is the home, temp
// or root folder (empty then: no site).
QString findSiteRoot(const QString &postPath);

} // namespace postwright
