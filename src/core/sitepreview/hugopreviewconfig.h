// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "site/siteconfig.h"

#include <QString>
#include <QVariantMap>

namespace postwright {

// Where the live site preview keeps what hugo reads and writes besides the
// site (all under the user's cache folder): the overlay whose files hide the
// site's content files of the same path, the extra config, hugo's caches.
struct HugoPreviewFolders
{
    QString overlay;
    QString extraConfig;   // a .toml file
    QString cacheDir;      // --cacheDir
    QString resourceDir;   // resourceDir (generated images, Sass)
    QString destination;   // --destination (hugo serves from memory, but may write here)
    QString configDir;     // --configDir: the site's config/ without its module files
};

// The folders for the site at root inside base (the user's cache folder),
// one set per site.
HugoPreviewFolders hugoPreviewFolders(const QString &base, const QString &root);

// The extra config file given to hugo after the site's own
// (`--config site,extra`): it mounts the overlay over `content`, first so that
// its files win, followed by every mount of the site's own (hugo replaces the
// list of mounts as a whole) or, when the site has none into content, its
// content folder; it keeps generated files out of the site (resourceDir,
// no hugo_stats.json). settings: the site's config (readHugoSettings). Pure.
QString hugoPreviewConfig(const SiteConfig &config, const QVariantMap &settings, const HugoPreviewFolders &folders);

// Copies the site's config folder (root/config, as hugo reads it) into
// target without its module.* files, whose mounts would replace the extra
// config's (the config folder overrides --config files; the extra config
// has the site's module settings instead). False, and nothing copied, when
// the site's config folder has no module file (hugo can read the site's).
bool mirrorHugoConfigFolder(const QString &root, const QString &target);

// The path below the overlay where the post at postPath (absolute) goes:
// its path inside the content folder, or inside a folder the site mounts
// into content. Empty when hugo does not read it as content.
QString overlayPathOf(const SiteConfig &config, const QVariantMap &settings, const QString &postPath);

// True when the site renders with its own look: layouts/ holds templates,
// a theme is set, or a module is imported (Site theme is then the
// preview's default).
bool hugoSiteHasOwnLayouts(const SiteConfig &config, const QVariantMap &settings);

} // namespace postwright
