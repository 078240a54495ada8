// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "site/sitelookup.h"

#include <QDir>
#include <QFileInfo>

namespace postwright {
namespace {

bool isAtOrBelow(const QString &path, const QString &folder)
{
    return path == folder || path.startsWith(folder + QLatin1Char('/'));
}

// Whether the site in folder (of marker's kind) holds path. Hugo and Zola
// publish only what lies in their content folder (Hugo's config may move it).
bool claims(const QString &folder, const SiteMarker &marker, const QString &path)
{
    if (marker.kind != SiteKind::Hugo && marker.kind != SiteKind::Zola)
        return true;
    if (path == folder)
        return true;
    QString content = QDir(folder).filePath(QStringLiteral("content"));
    if (marker.fromConfig()) {
        if (const Result<SiteConfig> config = detectSite(folder))
            content = config.value().contentDir;
    }
    return isAtOrBelow(path, QDir::cleanPath(content));
}

// The nearest folder at or above start whose marker is accepted and claims path.
std::optional<SiteLocation> nearest(const QString &start, const QString &path, bool configs)
{
    QDir dir(start);
    do {
        const QString folder = QDir::cleanPath(dir.absolutePath());
        const SiteMarker marker = siteMarkerOf(folder);
        if (marker.kind != SiteKind::Plain && marker.fromConfig() == configs && claims(folder, marker, path))
            return SiteLocation{folder, marker.kind, marker.rule, {}};
    } while (dir.cdUp());
    return std::nullopt;
}

} // namespace

SiteLocation locateSite(const QString &path)
{
    const QFileInfo info(path);
    const QString absolute = QDir::cleanPath(info.absoluteFilePath());
    const QString folder = info.isDir() ? absolute : QDir::cleanPath(info.absolutePath());
    // A configuration anywhere above is stronger than a content/ or _posts/
    // folder nearer by (a docs site's content/en/content/ is no site of its own).
    std::optional<SiteLocation> site = nearest(folder, absolute, true);
    if (!site)
        site = nearest(folder, absolute, false);
    if (site) {
        site->folder = folder;
        return *site;
    }
    SiteLocation plain;
    plain.folder = folder;
    // Indexing every Markdown file under the home folder is never what was meant.
    for (const QString &tooWide : {QDir::homePath(), QDir::rootPath(), QDir::tempPath()}) {
        if (QDir(folder) == QDir(tooWide))
            return plain;
    }
    plain.root = folder;
    return plain;
}

std::optional<SiteConfig> findEnclosingSite(const QString &path)
{
    const SiteLocation site = locateSite(path);
    if (site.kind == SiteKind::Plain)
        return std::nullopt;
    const Result<SiteConfig> config = detectSite(site.root);
    if (!config)
        return std::nullopt;
    return config.value();
}

} // namespace postwright
