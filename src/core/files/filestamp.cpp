// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/filestamp.h"

#include "files/filestext.h"

#include <QFile>
#include <qplatformdefs.h>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace postwright {
namespace {

FileStamp stampOf(const QT_STATBUF &info)
{
    FileStamp stamp;
    stamp.exists = true;
    stamp.device = quint64(info.st_dev);
    stamp.inode = quint64(info.st_ino);
    stamp.size = qint64(info.st_size);
    stamp.modified = qint64(info.st_mtim.tv_sec) * 1000000000 + info.st_mtim.tv_nsec;
    stamp.changed = qint64(info.st_ctim.tv_sec) * 1000000000 + info.st_ctim.tv_nsec;
    stamp.mode = quint32(info.st_mode & 07777);
    stamp.owner = quint32(info.st_uid);
    stamp.group = quint32(info.st_gid);
    return stamp;
}

// Reads what is left of fd; false with errno set on a read error.
bool readRest(int fd, QByteArray &bytes, qint64 sizeHint)
{
    bytes.clear();
    bytes.reserve(qsizetype(std::max<qint64>(sizeHint, 0)) + 1);
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n == 0)
            return true;
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        bytes.append(buffer, qsizetype(n));
    }
}

} // namespace

bool FileStamp::sameContent(const FileStamp &other) const
{
    return exists == other.exists && device == other.device && inode == other.inode && size == other.size
           && modified == other.modified;
}

bool FileStamp::sameAccess(const FileStamp &other) const
{
    return mode == other.mode && owner == other.owner && group == other.group;
}

FileStamp FileStamp::ofDescriptor(int fd)
{
    QT_STATBUF info;
    return QT_FSTAT(fd, &info) == 0 ? stampOf(info) : FileStamp{};
}

FileStamp FileStamp::of(const QString &path, bool followLinks)
{
    const QByteArray name = QFile::encodeName(path);
    QT_STATBUF info;
    const int status = followLinks ? QT_STAT(name.constData(), &info) : QT_LSTAT(name.constData(), &info);
    return status == 0 ? stampOf(info) : FileStamp{};
}

Result<StampedBytes> readFileStamped(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    // A file another program writes meanwhile is read again, a few times.
    for (int attempt = 0; attempt < 8; ++attempt) {
        const int fd = QT_OPEN(name.constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) {
            const int error = errno;
            Error failure{path, 0, 0, FilesText::tr("cannot read: %1").arg(qt_error_string(error))};
            if (error == ENOENT)
                failure.code = QStringLiteral("deleted");
            return failure;
        }
        StampedBytes read;
        read.stamp = FileStamp::ofDescriptor(fd);
        const bool ok = readRest(fd, read.bytes, read.stamp.size);
        const int error = errno;
        const FileStamp after = FileStamp::ofDescriptor(fd);
        ::close(fd);
        if (!ok)
            return Error{path, 0, 0, FilesText::tr("cannot read: %1").arg(qt_error_string(error))};
        if (after == read.stamp && read.bytes.size() == read.stamp.size)
            return read;
    }
    return Error{path, 0, 0, FilesText::tr("changes all the time while it is read: left alone"), QStringLiteral("changed")};
}

} // namespace postwright
