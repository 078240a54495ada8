// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentsupport/imageimport.h"

#include "export/localreference.h"
#include "export/sitefiles.h"
#include "files/atomicwrite.h"
#include "site/sitelookup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <algorithm>
#include <optional>

namespace postwright {
namespace {

// The translation context of this file's messages (lupdate reads "ImageImportText::tr").
struct ImageImportText
{
    Q_DECLARE_TR_FUNCTIONS(postwright::ImageImport)
};

// A name in folder that is free, or already holds exactly bytes.
QString freeName(const QDir &folder, const QString &fileName, const QByteArray &bytes, bool *same)
{
    const QFileInfo info(fileName);
    QString candidate = fileName;
    for (int n = 2;; ++n) {
        const QString path = folder.filePath(candidate);
        QFile existing(path);
        if (!existing.exists())
            return path;
        if (existing.open(QIODevice::ReadOnly) && existing.readAll() == bytes) {
            *same = true;
            return path;
        }
        candidate = QStringLiteral("%1-%2.%3").arg(info.completeBaseName()).arg(n).arg(info.suffix());
    }
}

// The URL path the site's generator publishes file at ("/images/cat.png",
// "/blog/images/cat.png" below a base URL's path): a file of a Hugo or Zola
// site's static folders, or one Jekyll copies (no "_" or "." folder on the
// way); none for a plain folder, a content file or a file outside them.
std::optional<QString> publishedPath(const QString &postPath, const QString &file)
{
    const std::optional<SiteConfig> config = findEnclosingSite(postPath);
    if (!config || config->kind == SiteKind::Plain)
        return std::nullopt;
    Result<SiteFiles> read = readSiteFiles(*config);
    const SiteFiles site = read ? std::move(read).value() : defaultSiteFiles(*config);
    const QString contentDir = QDir::cleanPath(config->contentDir);
    for (const SiteFolder &folder : site.folders) {
        // Hugo's and Zola's content folder is pages and bundles (a Jekyll site's is its root).
        if ((folder.source == contentDir && contentDir != QDir::cleanPath(config->root)) || !isInsideFolder(file, folder.source))
            continue;
        const QString relative = QDir(folder.source).relativeFilePath(file);
        if (config->kind == SiteKind::Jekyll) {
            const QStringList parts = relative.split(QLatin1Char('/'));
            if (std::any_of(parts.cbegin(), parts.cend(),
                            [](const QString &part) { return part.startsWith(QLatin1Char('_')) || part.startsWith(QLatin1Char('.')); }))
                return std::nullopt;
        }
        return site.basePath + folder.target.mid(1) + relative;
    }
    return std::nullopt;
}

// The link to write for an image saved at file: in a folder the generator
// publishes, the URL it publishes it at (a link relative to the post's file
// leads nowhere on the built site); else (a page bundle, a plain folder's
// images/) relative to the post. A URL: "#",
// "?", "%", spaces and parentheses in a name are escaped, or the link would
// end early or point at a fragment.
QString imageLink(const QString &postPath, const QString &file)
{
    const std::optional<QString> published = publishedPath(postPath, file);
    const QString link = published ? *published : QFileInfo(postPath).absoluteDir().relativeFilePath(file);
    return QString::fromLatin1(QUrl::toPercentEncoding(link, "/"));
}

Result<ImportedImage> store(const QString &postPath, const QString &fileName, const QByteArray &bytes,
                            const QString &imageFolder)
{
    const QDir folder(imageFolder.isEmpty() ? imageFolderFor(postPath) : imageFolder);
    if (!QDir().mkpath(folder.absolutePath()))
        return Error{folder.absolutePath(), 0, 0, ImageImportText::tr("cannot create the image folder")};
    bool same = false;
    const QString target = freeName(folder, fileName, bytes, &same);
    if (!same) {
        // A file that appeared under the free name meanwhile is not replaced.
        WriteOptions options;
        options.createOnly = true;
        if (Result<Success> written = writeFileAtomically(target, bytes, options); !written)
            return Error{target, 0, 0, ImageImportText::tr("cannot save the image: %1").arg(written.error().message)};
    }
    return ImportedImage{target, imageLink(postPath, target), {}};
}

} // namespace

QString imageFolderFor(const QString &postPath)
{
    const QFileInfo post(postPath);
    if (post.fileName() == QLatin1String("index.md") || post.fileName() == QLatin1String("index.markdown"))
        return post.absolutePath();
    if (const auto site = findEnclosingSite(postPath)) {
        const QDir root(site->root);
        return root.filePath(site->hasContentTree() ? QStringLiteral("static/images") : QStringLiteral("assets/images"));
    }
    return QDir(post.absolutePath()).filePath(QStringLiteral("images"));
}

Result<ImportedImage> importImageFile(const QString &postPath, const QString &sourceFile, const QString &folder)
{
    QFile in(sourceFile);
    if (!in.open(QIODevice::ReadOnly))
        return Error{sourceFile, 0, 0, ImageImportText::tr("cannot read the image: %1").arg(in.errorString())};
    return store(postPath, QFileInfo(sourceFile).fileName(), in.readAll(), folder);
}

Result<ImportedImage> saveImageBytes(const QString &postPath, const QByteArray &png, const QString &slug,
                                     const QDateTime &when, const QString &folder)
{
    const QString base = slug.isEmpty() ? QStringLiteral("image") : slug;
    return store(postPath, QStringLiteral("%1-%2.png").arg(base, when.toString(QStringLiteral("yyyyMMdd-HHmmss"))), png, folder);
}

Result<ImportedImage> importImage(const QString &postPath, const ImageImportRequest &request)
{
    Result<ProcessedImage> processed = processImage(request.bytes, request.sourceName, request.processing);
    if (!processed)
        return processed.error();
    const QFileInfo source(request.sourceName);
    QString base = QFileInfo(request.baseName.trimmed()).fileName();
    if (base.isEmpty() || base.startsWith(QLatin1Char('.')))
        base = source.completeBaseName().isEmpty() ? QStringLiteral("image") : source.completeBaseName();
    const QString suffix = processed.value().suffix.isEmpty() ? source.suffix() : processed.value().suffix;
    Result<ImportedImage> saved = store(postPath, base + QLatin1Char('.') + suffix, processed.value().bytes, request.folder);
    if (!saved || !request.keepOriginal || !processed.value().changed)
        return saved;
    // The original beside it: its own suffix, or "-original" when that is the same name.
    QString originalName = base + QLatin1Char('.') + source.suffix();
    if (source.suffix().compare(suffix, Qt::CaseInsensitive) == 0)
        originalName = base + QStringLiteral("-original.") + source.suffix();
    const Result<ImportedImage> original = store(postPath, originalName, request.bytes, request.folder);
    if (!original)
        return original.error();
    ImportedImage result = std::move(saved).value();
    result.originalFile = original.value().file;
    return result;
}

} // namespace postwright
