// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers of the whole-site export tests (tst_exportsite,
// tst_exportsitesafety): the fixture sites' folder, export options for an
// output folder, and reading and writing the files of a site.

#include "export/siteexporter.h"

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QString>

namespace postwright::testing::siteexport {

inline const QString exportData = QStringLiteral(POSTWRIGHT_TEST_DATA "/export");

inline QSet<QString> filesUnder(const QString &root)
{
    QSet<QString> files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.insert(QDir(root).relativeFilePath(it.next()));
    return files;
}

inline QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

inline SiteExportOptions optionsFor(const QString &out)
{
    SiteExportOptions options;
    options.outDir = out;
    options.useIndexCache = false;
    options.jobs = 2;
    return options;
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace postwright::testing::siteexport
