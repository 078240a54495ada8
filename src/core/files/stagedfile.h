// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "files/filestamp.h"
#include "text/error.h"

#include <QByteArrayView>
#include <QString>

namespace postwright {

// How a file is written (see StagedFile). The defaults suit a file the
// program owns (an exported page, a cache): whatever has the name, a
// symbolic link too, is replaced by the new file.
struct WriteOptions
{
    // Posts: a symbolic link at the path is followed to the file it names,
    // which is replaced (the link stays a link). A link to nothing is an
    // error. Otherwise the link itself is replaced: nothing is written
    // through it.
    bool followSymlink = false;
    // A new file: an error naming it when anything has the name already,
    // a dangling symbolic link included (code "exists" or "symlink"); no
    // link is followed then.
    bool createOnly = false;
    // A file its owner may not write (mode 0444) is replaced all the same
    // (the user confirmed, or gave --force). Otherwise: code "read-only".
    bool replaceReadOnly = false;
    // A file with more than one name (hard links) is refused, code
    // "hard-links", rather than split: the new file would have this name
    // only and the other names would keep the old text.
    bool refuseHardLinks = false;
    // fsync the file, and the folder after the rename. A batch that syncs
    // the whole file system once (the site export) turns it off.
    bool sync = true;
};

// A new version of a file, written whole into a temporary file beside it
// (same folder, so the rename is atomic), waiting to take its place. The
// temporary keeps the old file's mode and, for root, its owner and group.
// Nothing changes at the file's name until commit(); a StagedFile that is
// never committed removes its temporary.
class StagedFile final
{
public:
    // Errors name the real cause (strerror: "No space left on device").
    static Result<StagedFile> write(const QString &path, QByteArrayView bytes, const WriteOptions &options = {});
    // A copy of source, with source's modification time. A source that
    // cannot be read is an Error with code "unreadable".
    static Result<StagedFile> copy(const QString &source, const QString &path, const WriteOptions &options = {});

    StagedFile(StagedFile &&other) noexcept;
    StagedFile &operator=(StagedFile &&other) noexcept;
    StagedFile(const StagedFile &) = delete;
    StagedFile &operator=(const StagedFile &) = delete;
    ~StagedFile();

    // Renames the temporary over the file (syncing the folder).
    Result<Success> commit();
    // commit(), only while the file is still the version stamped: an
    // Error with code "changed" (left as it is now) or "deleted" (left
    // deleted, never created again) otherwise. For edits of files that
    // other programs may change meanwhile.
    Result<Success> commitIfUnchanged(const FileStamp &stamp);
    // Removes the temporary; the file stays as it was.
    void discard();

    // The file replaced: the path, or with followSymlink the file it names.
    const QString &target() const { return m_target; }
    const QString &temporary() const { return m_temporary; }
    // The new version as written (its inode, mode, owner and group; its
    // change time moves on with the rename).
    const FileStamp &written() const { return m_written; }

private:
    StagedFile() = default;
    static Result<StagedFile> begin(const QString &path, const WriteOptions &options, int &fd);
    Result<Success> finish(int fd);
    Result<Success> commitByRename();
    Error failure(const QString &what, int error, const QString &code = {}) const;
    void syncFolder() const;

    QString m_target;
    QString m_temporary;
    WriteOptions m_options;
    FileStamp m_written;
    bool m_pending = false;
};

} // namespace postwright
