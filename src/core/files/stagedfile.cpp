// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/stagedfile.h"

#include "files/filestext.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <qplatformdefs.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace postwright {
namespace {

QByteArray encoded(const QString &path)
{
    return QFile::encodeName(path);
}

QString folderOf(const QString &absolute)
{
    const qsizetype slash = absolute.lastIndexOf(QLatin1Char('/'));
    return slash <= 0 ? QStringLiteral("/") : absolute.left(slash);
}

// The file a chain of symbolic links ends at (the path itself when it is
// none); empty with errno set when the chain loops.
QString followLinks(const QString &path)
{
    QString current = path;
    for (int hop = 0; hop < 40; ++hop) {
        QT_STATBUF info;
        if (QT_LSTAT(encoded(current).constData(), &info) != 0 || !S_ISLNK(info.st_mode))
            return current;
        QByteArray target(4096, Qt::Uninitialized);
        const ssize_t n = ::readlink(encoded(current).constData(), target.data(), size_t(target.size()));
        if (n < 0 || n >= target.size())
            return current;
        const QString link = QFile::decodeName(target.left(n));
        current = link.startsWith(QLatin1Char('/')) ? link : folderOf(current) + QLatin1Char('/') + link;
    }
    errno = ELOOP;
    return {};
}

// Whether the user may not write the file: its mode says so, even for
// root, who could (the rename never asks the file).
bool isReadOnly(const QByteArray &name, const QT_STATBUF &info)
{
    if (::geteuid() == 0)
        return (info.st_mode & S_IWUSR) == 0;
    return ::faccessat(AT_FDCWD, name.constData(), W_OK, AT_EACCESS) != 0 && errno == EACCES;
}

// ".NAME.XXXXXX.pw-tmp" beside NAME: hidden, and ending in no extension a
// site reads, so that a temporary left by a crash is never taken for a post.
QString temporaryName(const QString &target)
{
    QString base = target.mid(target.lastIndexOf(QLatin1Char('/')) + 1);
    // File names have at most 255 bytes.
    while (encoded(base).size() > 200)
        base.chop(1);
    static const char digits[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString random;
    for (int i = 0; i < 6; ++i)
        random += QLatin1Char(digits[QRandomGenerator::global()->bounded(36)]);
    return folderOf(target) + QStringLiteral("/.") + base + QLatin1Char('.') + random + QStringLiteral(".pw-tmp");
}

bool writeAll(int fd, const char *data, qint64 size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size_t(std::min<qint64>(size, 1 << 30)));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        data += n;
        size -= n;
    }
    return true;
}

enum class CopyResult { Copied, ReadFailed, WriteFailed };

// Copies what is left of in to out; errno set on failure.
CopyResult copyAll(int in, int out)
{
    QByteArray buffer(1 << 18, Qt::Uninitialized);
    for (;;) {
        const ssize_t n = ::read(in, buffer.data(), size_t(buffer.size()));
        if (n == 0)
            return CopyResult::Copied;
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return CopyResult::ReadFailed;
        }
        if (!writeAll(out, buffer.constData(), n))
            return CopyResult::WriteFailed;
    }
}

// The file at name opened for reading, with a read lease when the kernel
// grants one: only while nobody has the file open for writing, and then
// whoever opens it for writing waits until the descriptor is closed.
struct Lease
{
    int fd = -1;
    bool writers = false;   // someone has it open for writing now

    explicit Lease(const QByteArray &name)
        : fd(QT_OPEN(name.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW))
    {
        if (fd < 0)
            return;
        // A lease broken meanwhile is signalled; SIGURG is ignored unless
        // handled (SIGIO, the default, would end the program).
        ::fcntl(fd, F_SETSIG, SIGURG);
        // No lease to be had (another owner, a file system without them):
        // the stamps alone must tell.
        writers = ::fcntl(fd, F_SETLEASE, F_RDLCK) != 0 && errno == EAGAIN;
    }
    ~Lease()
    {
        if (fd >= 0)
            ::close(fd);
    }
    Lease(const Lease &) = delete;
    Lease &operator=(const Lease &) = delete;
};

} // namespace

StagedFile::StagedFile(StagedFile &&other) noexcept
    : m_target(std::move(other.m_target))
    , m_temporary(std::move(other.m_temporary))
    , m_options(other.m_options)
    , m_written(other.m_written)
    , m_pending(std::exchange(other.m_pending, false))
{
}

StagedFile &StagedFile::operator=(StagedFile &&other) noexcept
{
    if (this != &other) {
        discard();
        m_target = std::move(other.m_target);
        m_temporary = std::move(other.m_temporary);
        m_options = other.m_options;
        m_written = other.m_written;
        m_pending = std::exchange(other.m_pending, false);
    }
    return *this;
}

StagedFile::~StagedFile()
{
    discard();
}

Error StagedFile::failure(const QString &what, int error, const QString &code) const
{
    return Error{m_target, 0, 0, what.arg(qt_error_string(error)), code};
}

Result<StagedFile> StagedFile::begin(const QString &path, const WriteOptions &options, int &fd)
{
    StagedFile staged;
    staged.m_options = options;
    staged.m_target = QFileInfo(path).absoluteFilePath();
    // A new file is never made through a link: createOnly wins.
    if (options.followSymlink && !options.createOnly) {
        staged.m_target = followLinks(staged.m_target);
        if (staged.m_target.isEmpty())
            return Error{path, 0, 0, FilesText::tr("cannot write: %1").arg(qt_error_string(ELOOP))};
    }
    const QString &target = staged.m_target;
    const QByteArray name = encoded(target);
    QT_STATBUF info;
    const bool exists = QT_LSTAT(name.constData(), &info) == 0;
    const int lookup = errno;
    if (!exists && lookup != ENOENT)
        return staged.failure(FilesText::tr("cannot write: %1"), lookup);
    if (!exists && target != QFileInfo(path).absoluteFilePath())
        return Error{path, 0, 0, FilesText::tr("is a symbolic link to %1, which does not exist: not written").arg(target),
                     QStringLiteral("symlink")};
    if (exists && options.createOnly) {
        if (S_ISLNK(info.st_mode))
            return Error{path, 0, 0, FilesText::tr("is a symbolic link (to %1): a new file is not created through it")
                                         .arg(QFile::symLinkTarget(target)), QStringLiteral("symlink")};
        return Error{path, 0, 0, FilesText::tr("already exists: not replaced"), QStringLiteral("exists")};
    }
    if (exists && S_ISDIR(info.st_mode))
        return Error{path, 0, 0, FilesText::tr("is a folder, not a file: not written")};
    if (exists && !S_ISREG(info.st_mode) && !S_ISLNK(info.st_mode))
        return Error{path, 0, 0, FilesText::tr("is not a regular file (a device, pipe or socket): not written")};
    const bool regular = exists && S_ISREG(info.st_mode);
    if (regular && !options.replaceReadOnly && isReadOnly(name, info))
        return Error{path, 0, 0, FilesText::tr("is read-only (mode %1): not written")
                                     .arg(QString::number(info.st_mode & 07777, 8).rightJustified(4, QLatin1Char('0'))),
                     QStringLiteral("read-only")};
    if (regular && options.refuseHardLinks && info.st_nlink > 1)
        return Error{path, 0, 0, FilesText::tr("has %n names (hard links); saving would split them, giving only this "
                                               "name the new text: not written", nullptr, int(info.st_nlink)),
                     QStringLiteral("hard-links")};

    for (int attempt = 0; attempt < 100; ++attempt) {
        staged.m_temporary = temporaryName(target);
        fd = QT_OPEN(encoded(staged.m_temporary).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0666);
        if (fd >= 0 || errno != EEXIST)
            break;
    }
    if (fd < 0) {
        const int error = errno;
        return staged.failure(FilesText::tr("cannot write: %1"), error);
    }
    staged.m_pending = true;
    if (regular) {
        // The owner first: chown clears the set-user-ID bit that chmod sets.
        if (::geteuid() == 0)
            (void)::fchown(fd, info.st_uid, info.st_gid);
        else
            (void)::fchown(fd, uid_t(-1), info.st_gid);
        (void)::fchmod(fd, info.st_mode & 07777);
    }
    return staged;
}

Result<Success> StagedFile::finish(int fd)
{
    m_written = FileStamp::ofDescriptor(fd);
    if (m_options.sync && ::fsync(fd) != 0) {
        const int error = errno;
        ::close(fd);
        discard();
        return failure(FilesText::tr("cannot write: %1"), error);
    }
    if (::close(fd) != 0 && errno != EINTR) {
        const int error = errno;
        discard();
        return failure(FilesText::tr("cannot write: %1"), error);
    }
    return Success{};
}

Result<StagedFile> StagedFile::write(const QString &path, QByteArrayView bytes, const WriteOptions &options)
{
    int fd = -1;
    Result<StagedFile> staged = begin(path, options, fd);
    if (!staged)
        return staged;
    if (!writeAll(fd, bytes.data(), bytes.size())) {
        const int error = errno;
        ::close(fd);
        staged.value().discard();
        return staged.value().failure(FilesText::tr("cannot write: %1"), error);
    }
    if (Result<Success> finished = staged.value().finish(fd); !finished)
        return finished.error();
    return staged;
}

Result<StagedFile> StagedFile::copy(const QString &source, const QString &path, const WriteOptions &options)
{
    const int in = QT_OPEN(encoded(source).constData(), O_RDONLY | O_CLOEXEC);
    if (in < 0) {
        const int error = errno;
        return Error{source, 0, 0, FilesText::tr("cannot read: %1").arg(qt_error_string(error)), QStringLiteral("unreadable")};
    }
    int fd = -1;
    Result<StagedFile> staged = begin(path, options, fd);
    if (!staged) {
        ::close(in);
        return staged;
    }
    QT_STATBUF info;
    const bool stated = QT_FSTAT(in, &info) == 0;
    const CopyResult copied = copyAll(in, fd);
    const int error = errno;
    ::close(in);
    if (copied != CopyResult::Copied) {
        ::close(fd);
        staged.value().discard();
        if (copied == CopyResult::ReadFailed)
            return Error{source, 0, 0, FilesText::tr("cannot read: %1").arg(qt_error_string(error)), QStringLiteral("unreadable")};
        return staged.value().failure(FilesText::tr("cannot write: %1"), error);
    }
    if (stated) {
        const struct timespec times[2] = {info.st_atim, info.st_mtim};
        (void)::futimens(fd, times);
    }
    if (Result<Success> finished = staged.value().finish(fd); !finished)
        return finished.error();
    return staged;
}

void StagedFile::syncFolder() const
{
    if (!m_options.sync)
        return;
    // Some file systems cannot sync a folder: durability only, no error.
    const int fd = QT_OPEN(encoded(folderOf(m_target)).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return;
    ::fsync(fd);
    ::close(fd);
}

Result<Success> StagedFile::commitByRename()
{
    const QByteArray from = encoded(m_temporary);
    const QByteArray to = encoded(m_target);
    if (m_options.createOnly) {
        // No replacing whatever appeared meanwhile: rename without replace,
        // else a hard link (fails when the name is taken), else a last look.
        int status = ::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE);
        if (status != 0 && (errno == EINVAL || errno == ENOSYS)) {
            status = ::link(from.constData(), to.constData());
            if (status == 0)
                ::unlink(from.constData());
        }
        if (status != 0) {
            const int error = errno;
            discard();
            if (error == EEXIST)
                return Error{m_target, 0, 0, FilesText::tr("already exists: not replaced"), QStringLiteral("exists")};
            return failure(FilesText::tr("cannot create the file: %1"), error);
        }
    } else if (::rename(from.constData(), to.constData()) != 0) {
        const int error = errno;
        discard();
        return failure(FilesText::tr("cannot replace the file: %1"), error);
    }
    m_pending = false;
    syncFolder();
    return Success{};
}

Result<Success> StagedFile::commit()
{
    if (!m_pending)
        return Error{m_target, 0, 0, FilesText::tr("nothing to write")};
    return commitByRename();
}

Result<Success> StagedFile::commitIfUnchanged(const FileStamp &stamp)
{
    if (!m_pending)
        return Error{m_target, 0, 0, FilesText::tr("nothing to write")};
    const Error deleted{m_target, 0, 0, FilesText::tr("deleted during the change: left deleted"), QStringLiteral("deleted")};
    const Error changed{m_target, 0, 0, FilesText::tr("changed during the change: left as it is now"),
                        QStringLiteral("changed")};
    const FileStamp now = FileStamp::of(m_target, false);
    if (!now.exists || now != stamp) {
        discard();
        return now.exists ? changed : deleted;
    }
    // Swapping the names, rather than renaming over, cannot bring back a
    // file deleted since the look above; the old version, now under the
    // temporary's name, is checked once more before it goes.
    const QByteArray from = encoded(m_temporary);
    const QByteArray to = encoded(m_target);
    if (::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_EXCHANGE) != 0) {
        const int error = errno;
        if (error == ENOENT) {
            discard();
            return deleted;
        }
        if (error == EINVAL || error == ENOSYS)
            return commitByRename();   // a file system that cannot swap
        discard();
        return failure(FilesText::tr("cannot replace the file: %1"), error);
    }
    // A program that opened the old version before the swap may still
    // write to it: the lease says whether one has it open for writing, and
    // holds off any other until the old version is gone.
    {
        const Lease old(from);
        const FileStamp last = old.fd >= 0 ? FileStamp::ofDescriptor(old.fd) : FileStamp::of(m_temporary, false);
        if (old.writers || !last.sameContent(stamp)) {
            // Written meanwhile, or about to be: the other program's version goes back.
            ::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_EXCHANGE);
            discard();
            return changed;
        }
        ::unlink(from.constData());
    }
    m_pending = false;
    syncFolder();
    return Success{};
}

void StagedFile::discard()
{
    if (!m_pending)
        return;
    ::unlink(encoded(m_temporary).constData());
    m_pending = false;
}

} // namespace postwright
