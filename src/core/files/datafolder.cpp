// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/datafolder.h"

#include "files/filestext.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace postwright {
namespace {

const QString folderName = QStringLiteral("Postwright");

void merge(const QString &from, const QString &to, QList<Error> &errors)
{
    const QDir source(from);
    const QFileInfoList entries =
        source.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &entry : entries) {
        const QString target = QDir(to).filePath(entry.fileName());
        const QFileInfo there(target);
        if (!there.exists() && !there.isSymLink()) {
            if (!QDir().rename(entry.absoluteFilePath(), target))
                errors.append({entry.absoluteFilePath(), 0, 0, FilesText::tr("cannot move it to %1").arg(target)});
        } else if (entry.isDir() && !entry.isSymLink() && there.isDir() && !there.isSymLink()) {
            merge(entry.absoluteFilePath(), target, errors);
        }
    }
    // Only an empty folder goes: whatever could not move stays where it was.
    QDir().rmdir(from);
}

} // namespace

QString dataFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)).filePath(folderName);
}

QString oldDataFolder()
{
    return QDir(dataFolder()).filePath(folderName);
}

QList<Error> moveDataFolder(const QString &from, const QString &to)
{
    QList<Error> errors;
    if (!QFileInfo(from).isDir() || QFileInfo(from).isSymLink())
        return errors;
    if (!QDir().mkpath(to)) {
        errors.append({to, 0, 0, FilesText::tr("cannot create the folder")});
        return errors;
    }
    merge(from, to, errors);
    return errors;
}

} // namespace postwright
