// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "site/siteconfig.h"

#include <optional>

namespace postwright {

// The site a path belongs to, as locateSite() finds it.
struct SiteLocation
{
    // The site's root folder (absolute, clean); empty when the path is in
    // no site and its own folder is too wide to open as one (home, root, temp).
    QString root;
    SiteKind kind = SiteKind::Plain;
    SiteRule rule = SiteRule::Plain;
    // The path's own folder (the path when it is a folder).
    QString folder;

    bool found() const { return !root.isEmpty(); }
    // root, or the path's own folder when there is no site.
    QString rootOrFolder() const { return found() ? root : folder; }
};

// The one rule for which site a post or folder belongs to, for the app, the
// CLI and the export. A generator's configuration at or above the path
// claims it (a Hugo config only for its own root and what lies in its
// content folder, so a stray config.yaml above a folder of notes does not);
// failing that, a folder at or above it with content/ (Hugo's defaults: the
// path is that folder or lies in its content/) or with _posts/ (Jekyll's
// defaults); failing that, the path's own folder as a plain folder.
SiteLocation locateSite(const QString &path);

// locateSite() with the site's configuration read; nullopt for a plain
// folder or a configuration that does not parse.
std::optional<SiteConfig> findEnclosingSite(const QString &path);

} // namespace postwright
