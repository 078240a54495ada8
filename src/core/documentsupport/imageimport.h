// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentsupport/imageprocess.h"
#include "text/error.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace postwright {

// Where an image dropped on a post goes: beside the post in a page bundle
// (index.md), else the site's image folder (Hugo static/images, Jekyll
// assets/images), else images/ beside the post.
QString imageFolderFor(const QString &postPath);

struct ImportedImage
{
    QString file;           // absolute path of the copy
    QString markdownPath;   // relative to the post's folder, '/' separated, percent-encoded (a URL)
    QString originalFile;   // the untouched original kept beside it, or empty
};

// What the image dialog asks for: the bytes of an image (a file's, or a
// pasted image as PNG) saved as baseName in folder (by default the post's
// image folder), after processing; with keepOriginal, the source's bytes
// are saved beside the processed copy when processing changed them.
struct ImageImportRequest
{
    QByteArray bytes;
    QString sourceName;     // the dropped file's name, or "image.png" for a paste
    QString baseName;       // the name to save as, without suffix
    ImageProcessing processing;
    bool keepOriginal = false;
    QString folder;
};

// Processes and saves an image beside a post. A free name is chosen when
// the name is taken ("-2", "-3"...): nothing existing is overwritten.
Result<ImportedImage> importImage(const QString &postPath, const ImageImportRequest &request);

// Copies sourceFile into folder, by default the post's image folder (a free
// name is chosen if one with the same name but other bytes is there).
Result<ImportedImage> importImageFile(const QString &postPath, const QString &sourceFile, const QString &folder = {});
// Saves PNG bytes (a pasted image) as "<slug>-<yyyyMMdd-HHmmss>.png" in
// folder, by default the post's image folder.
Result<ImportedImage> saveImageBytes(const QString &postPath, const QByteArray &png, const QString &slug,
                                     const QDateTime &when, const QString &folder = {});

} // namespace postwright
