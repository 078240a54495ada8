// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/error.h"

#include <QByteArray>
#include <QString>

namespace postwright {

// What tells one version of a file from the next without reading it: the
// inode (device and number), size, and modification and change times in
// nanoseconds. A file replaced by one of the same size and time (cp -p,
// rsync -a, an editor's atomic save) has another inode or change time.
struct FileStamp
{
    bool exists = false;
    quint64 device = 0;
    quint64 inode = 0;
    qint64 size = 0;
    qint64 modified = 0;
    qint64 changed = 0;
    // Who may do what with it: the permission bits (07777), owner and group.
    quint32 mode = 0;
    quint32 owner = 0;
    quint32 group = 0;

    bool operator==(const FileStamp &other) const = default;
    // The same inode with the same size and modification time; the change
    // time left out (renaming a file changes it).
    bool sameContent(const FileStamp &other) const;
    // The same permission bits, owner and group.
    bool sameAccess(const FileStamp &other) const;

    // The stamp of the file at path (a symbolic link followed), or of the
    // name itself (not followed); exists is false when there is none.
    static FileStamp of(const QString &path, bool followLinks = true);
    // The stamp of an open file.
    static FileStamp ofDescriptor(int fd);
};

// A file's bytes with the stamp they were read under: the stamp before and
// after the read agree, so no writer was halfway through.
struct StampedBytes
{
    QByteArray bytes;
    FileStamp stamp;
};

// Reads path whole. An Error with code "deleted" when it is not there.
Result<StampedBytes> readFileStamped(const QString &path);

} // namespace postwright
