// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "page/katexassets.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace postwright {

QString katexDirectory()
{
    const QString custom = qEnvironmentVariable("POSTWRIGHT_KATEX_DIR");
    return custom.isEmpty() ? QStringLiteral("/usr/share/javascript/katex") : QDir::cleanPath(custom);
}

QString katexAssetsUrl()
{
    return QUrl::fromLocalFile(katexDirectory() + QLatin1Char('/')).toString(QUrl::FullyEncoded);
}

QStringList katexAssetFiles()
{
    const QDir dir(katexDirectory());
    const QStringList core{QStringLiteral("katex.min.css"), QStringLiteral("katex.min.js")};
    for (const QString &file : core) {
        if (!QFileInfo(dir.filePath(file)).isFile())
            return {};
    }
    QStringList files = core;
    const QDir fonts(dir.filePath(QStringLiteral("fonts")));
    const QStringList fontFiles = fonts.entryList(QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &font : fontFiles)
        files.append(QStringLiteral("fonts/") + font);
    return files;
}

} // namespace postwright
