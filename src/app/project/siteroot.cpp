// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/siteroot.h"

#include "site/siteconfig.h"

#include <QDir>
#include <QFileInfo>

namespace postwright {
namespace {

bool hasSiteConfig(const QDir &dir)
{
    static const char *const names[] = {"hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", "config.toml",
                                        "config.yaml", "config.yml", "config.json", "config/_default", "_config.yml"};
    for (const char *name : names) {
        if (QFileInfo::exists(dir.filePath(QString::fromLatin1(name))))
            return true;
    }
    return false;
}

} // namespace

QString findSiteRoot(const QString &postPath)
{
    const QFileInfo post(postPath);
    const QString file = post.absoluteFilePath();
    const QString ownFolder = post.isDir() ? file : post.absolutePath();
    QDir dir(ownFolder);
    for (;;) {
        if (hasSiteConfig(dir)) {
            const Result<SiteConfig> config = detectSite(dir.absolutePath());
            // A stray config.yaml above a folder of notes is not a Hugo site of theirs.
            if (config && (config.value().kind == SiteKind::Jekyll || QDir(config.value().root) == QDir(file)))
                return config.value().root;
            if (config && config.value().hasContentTree()
                && file.startsWith(QDir(config.value().contentDir).absolutePath() + QLatin1Char('/')))
                return config.value().root;
        }
        if (!dir.cdUp())
            break;
    }
    // Indexing every Markdown file under the home folder is never what was meant.
    const QString plain = QDir::cleanPath(ownFolder);
    for (const QString &tooWide : {QDir::homePath(), QDir::rootPath(), QDir::tempPath()}) {
        if (QDir(plain) == QDir(tooWide))
            return {};
    }
    return plain;
}

} // namespace postwright
