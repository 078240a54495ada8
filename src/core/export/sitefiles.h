// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "site/siteconfig.h"

#include <QList>
#include <QString>
#include <QVariantMap>
#include <QStringList>

namespace postwright {

// A folder whose files the site publishes at a URL path: Hugo's static/
// (and assets/) at "/", a module mount "static/images" at "/images/",
// Jekyll's and a plain folder's root at "/".
struct SiteFolder
{
    QString source;   // absolute, clean
    QString target;   // URL path, starts and ends with '/'
};

// How a site's root-relative URLs ("/images/a.png") map to its files.
struct SiteFiles
{
    SiteConfig config;
    // The base URL's path: "/blog/" for baseURL = "https://x.org/blog/"
    // (Jekyll: url + baseurl); "/" when there is none.
    QString basePath = QStringLiteral("/");
    // Where root-relative URLs are looked up, in order: Hugo's static
    // folders (staticDir, or the mounts into static), its asset folders
    // (assetDir, or the mounts into assets), then the content folder; else
    // the site's root.
    QList<SiteFolder> folders;
    // What of the configuration is not followed (a mount from outside the
    // site, a theme's mounts), one sentence each, for the export to report.
    QStringList unsupported;

    // True when path (absolute, clean) lies in one of the static or asset
    // folders, as written.
    bool isPublishedFolderFile(const QString &path) const;
};

// The path of a base URL as SiteFiles::basePath: "https://x.org/blog" -> "/blog/".
QString sitePathOfBaseUrl(const QString &baseUrl);

// The defaults for config, without reading its configuration again.
SiteFiles defaultSiteFiles(const SiteConfig &config);
// Reads the site's configuration for its base URL, Hugo's staticDir,
// assetDir and [[module.mounts]]. A config that does not parse is an error.
Result<SiteFiles> readSiteFiles(const SiteConfig &config);

// The folders of a Hugo site's themes (`theme`, under `themesDir`, else
// themes/), absolute and clean, wherever they are: hugo reads them there
// ("../themes" too). Only their static/ and assets/ (as SiteFiles) and
// layouts/shortcodes/ are ever looked at.
QStringList hugoThemeFolders(const SiteConfig &config, const QVariantMap &settings);

} // namespace postwright
