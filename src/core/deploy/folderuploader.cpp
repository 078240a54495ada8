// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "deploy/folderuploader.h"

#include "deploy/rsyncuploader.h"
#include "deploy/sftpuploader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace postwright {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postwright::Deploy", text);
}

// Copies from to a temporary file beside to, flushes it to disk and renames
// it onto to.
Result<Success> copyInPlace(const QString &from, const QString &to)
{
    const QString folder = QFileInfo(to).path();
    if (!QDir().mkpath(folder))
        return Error{folder, 0, 0, tr("cannot create the folder")};
    const QString temporary = folder + QStringLiteral("/.") + QFileInfo(to).fileName() + QStringLiteral(".postwright-deploy");
    QFile::remove(temporary);
    QFile in(from);
    QFile out(temporary);
    if (!in.open(QIODevice::ReadOnly))
        return Error{from, 0, 0, tr("cannot read the exported file: %1").arg(in.errorString())};
    if (!out.open(QIODevice::WriteOnly))
        return Error{to, 0, 0, tr("cannot write: %1").arg(out.errorString())};
    const QByteArray bytes = in.readAll();
    if (out.write(bytes) != bytes.size() || !out.flush() || ::fsync(out.handle()) != 0) {
        out.remove();
        return Error{to, 0, 0, tr("cannot write: %1").arg(out.errorString())};
    }
    out.close();
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(to).constData()) != 0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        QFile::remove(temporary);
        return Error{to, 0, 0, tr("cannot put the file in place: %1").arg(reason)};
    }
    return Success{};
}

} // namespace

FolderUploader::FolderUploader(QString localRoot, QString destination)
    : m_localRoot(std::move(localRoot)), m_destination(std::move(destination))
{
}

Result<Success> FolderUploader::put(const QStringList &files, bool)
{
    for (const QString &file : files) {
        if (canceled())
            return canceledError(m_destination);
        const Result<Success> copied = copyInPlace(m_localRoot + QLatin1Char('/') + file, m_destination + QLatin1Char('/') + file);
        if (!copied)
            return copied;
        m_bytesSent += QFileInfo(m_localRoot + QLatin1Char('/') + file).size();
    }
    return Success{};
}

Result<Success> FolderUploader::remove(const QStringList &files)
{
    for (const QString &file : files) {
        if (canceled())
            return canceledError(m_destination);
        const QString path = m_destination + QLatin1Char('/') + file;
        const QFileInfo info(path);
        if (!info.exists() && !info.isSymLink())
            continue;
        if (info.isDir() || !QFile::remove(path))
            return Error{path, 0, 0, tr("cannot remove the file")};
        removeEmptyParents(m_destination, path);
    }
    return Success{};
}

Error DeployUploader::canceledError(const QString &destination)
{
    return Error{destination, 0, 0, tr("canceled")};
}

void removeEmptyParents(const QString &root, const QString &file)
{
    QDir dir = QFileInfo(file).dir();
    while (dir.absolutePath().startsWith(root + QLatin1Char('/')) && dir.isEmpty()) {
        const QString name = dir.dirName();
        dir.cdUp();
        dir.rmdir(name);
    }
}

std::unique_ptr<DeployUploader> DeployUploader::create(const DeployTarget &target, const QString &localRoot,
                                                       const QString &password)
{
    switch (target.kind) {
    case DeployTarget::Kind::Folder:
        return std::make_unique<FolderUploader>(localRoot, target.folder);
    case DeployTarget::Kind::Rsync:
        return std::make_unique<RsyncUploader>(localRoot, target);
    case DeployTarget::Kind::Sftp:
        return std::make_unique<SftpUploader>(localRoot, target, password);
    case DeployTarget::Kind::Git:
        break;
    }
    return {};
}

} // namespace postwright
