// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "site/sitelookup.h"

#include <QDir>
#include <QFileInfo>

namespace postwright {

std::optional<SiteConfig> findEnclosingSite(const QString &path)
{
    const QFileInfo info(path);
    QDir dir = info.isDir() ? QDir(info.absoluteFilePath()) : info.absoluteDir();
    static const QStringList markers = {
        QStringLiteral("_config.yml"), QStringLiteral("hugo.toml"), QStringLiteral("hugo.yaml"),
        QStringLiteral("hugo.yml"), QStringLiteral("hugo.json"), QStringLiteral("config.toml"),
        QStringLiteral("config.yaml"), QStringLiteral("config.yml"), QStringLiteral("config.json"), QStringLiteral("zola.toml"),
        QStringLiteral("config/_default")};
    do {
        const bool marked = std::any_of(markers.cbegin(), markers.cend(), [&](const QString &m) { return dir.exists(m); });
        if (marked) {
            const Result<SiteConfig> site = detectSite(dir.absolutePath());
            if (site && site.value().kind != SiteKind::Plain)
                return site.value();
        }
    } while (dir.cdUp());
    return std::nullopt;
}

} // namespace postwright
