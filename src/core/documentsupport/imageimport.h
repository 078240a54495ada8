// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
    QString markdownPath;   // relative to the post's folder, '/' separated
};

// Copies sourceFile into folder, by default the post's image folder (a free
// name is chosen if one with the same name but other bytes is there).
Result<ImportedImage> importImageFile(const QString &postPath, const QString &sourceFile, const QString &folder = {});
// Saves PNG bytes (a pasted image) as "<slug>-<yyyyMMdd-HHmmss>.png" in
// folder, by default the post's image folder.
Result<ImportedImage> saveImageBytes(const QString &postPath, const QByteArray &png, const QString &slug,
                                     const QDateTime &when, const QString &folder = {});

} // namespace postwright
