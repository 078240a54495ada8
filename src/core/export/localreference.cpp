// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/localreference.h"

#include "site/siteconfig.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

#include <algorithm>

namespace postwright {
namespace {

bool hasScheme(const QString &url)
{
    // scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"; a Windows drive
    // letter ("C:") is not one.
    const qsizetype colon = url.indexOf(QLatin1Char(':'));
    if (colon < 2)
        return false;
    for (qsizetype i = 0; i < colon; ++i) {
        const QChar c = url.at(i);
        if (!(c.isLetterOrNumber() || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('.')))
            return false;
    }
    return url.at(0).isLetter();
}

} // namespace

bool isWithin(const QString &path, const QString &folder)
{
    return path == folder || path.startsWith(folder.endsWith(QLatin1Char('/')) ? folder : folder + QLatin1Char('/'));
}

bool isInsideFolder(const QString &path, const QString &folder)
{
    const QString cleanFolder = QDir::cleanPath(folder);
    if (!isWithin(QDir::cleanPath(path), cleanFolder))
        return false;
    const QFileInfo info(path);
    if (!info.exists())
        return true;
    // A symbolic link may lead out of the site.
    const QString canonicalFolder = QFileInfo(cleanFolder).canonicalFilePath();
    return isWithin(info.canonicalFilePath(), canonicalFolder.isEmpty() ? cleanFolder : canonicalFolder);
}

QStringList siteRootFolders(const SiteConfig &config)
{
    if (!config.hasContentTree())
        return {config.root};
    const QDir root(config.root);
    // Zola serves static/ and content/ at the root; it has no assets/.
    if (config.kind == SiteKind::Zola)
        return {root.filePath(QStringLiteral("static")), config.contentDir};
    return {root.filePath(QStringLiteral("static")), root.filePath(QStringLiteral("assets")), config.contentDir};
}

QString resolvedPath(const QString &path)
{
    QString existing = QDir::cleanPath(path);
    QString rest;
    while (!QFileInfo::exists(existing)) {
        const qsizetype slash = existing.lastIndexOf(QLatin1Char('/'));
        if (slash <= 0)
            return QDir::cleanPath(path);
        rest.prepend(existing.mid(slash));
        existing.truncate(slash);
    }
    return QFileInfo(existing).canonicalFilePath() + rest;
}

bool isExternalUrl(const QString &url)
{
    const QString trimmed = url.trimmed();
    return trimmed.startsWith(QLatin1String("//")) || hasScheme(trimmed);
}

qsizetype queryOrFragmentStart(QStringView url)
{
    const auto end = std::find_if(url.cbegin(), url.cend(), [](QChar c) { return c == u'?' || c == u'#'; });
    return end - url.cbegin();
}

LocalReference resolveLocalReference(const QString &url, const QString &baseFolder, const QStringList &rootFolders,
                                     const QString &siteRoot)
{
    LocalReference ref;
    const QString trimmed = url.trimmed();
    if (isExternalUrl(trimmed)) {
        ref.kind = LocalReference::Kind::External;
        return ref;
    }
    QString path = trimmed;
    const qsizetype cut = queryOrFragmentStart(path);
    ref.suffix = path.mid(cut);
    path.truncate(cut);
    if (path.isEmpty()) {
        ref.kind = LocalReference::Kind::Fragment;
        return ref;
    }
    path = QUrl::fromPercentEncoding(path.toUtf8());

    QStringList candidates;
    if (path.startsWith(QLatin1Char('/'))) {
        for (const QString &root : rootFolders)
            candidates.append(QDir::cleanPath(root + path));
    } else {
        candidates.append(QDir::cleanPath(baseFolder + QLatin1Char('/') + path));
    }
    const QString root = QDir::cleanPath(siteRoot);
    for (const QString &candidate : std::as_const(candidates)) {
        if (!isWithin(candidate, root)) {
            ref.kind = LocalReference::Kind::Outside;
            ref.path = candidate;
            return ref;
        }
        QFileInfo info(candidate);
        if (info.isDir()) {
            const QString index = QDir(candidate).filePath(QStringLiteral("index.md"));
            if (QFileInfo(index).isFile())
                info = QFileInfo(index);
        }
        if (info.isFile()) {
            ref.path = QDir::cleanPath(info.absoluteFilePath());
            ref.kind = isInsideFolder(ref.path, root) ? LocalReference::Kind::File : LocalReference::Kind::Outside;
            return ref;
        }
    }
    ref.kind = LocalReference::Kind::Missing;
    ref.path = candidates.value(0);
    return ref;
}

} // namespace postwright
