// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/exportoutput.h"

#include "export/exportertext.h"
#include "export/exportworkers.h"
#include "export/localreference.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutexLocker>
#include <qplatformdefs.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <vector>
#include <fcntl.h>
#include <unistd.h>

namespace postwright {
namespace {

// Flushes everything written below folder to the disk at once: one sync
// for the whole export rather than one per file.
void syncFileSystemOf(const QString &folder)
{
    const int fd = QT_OPEN(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return;
    ::syncfs(fd);
    ::close(fd);
}

WriteOptions stagedOptions()
{
    WriteOptions options;
    options.sync = false;   // commit() syncs the file system once
    return options;
}

} // namespace

ExportOutput::ExportOutput(const QString &outDir)
    : m_out(outDir)
{
}

std::optional<Error> ExportOutput::failure() const
{
    QMutexLocker lock(&m_mutex);
    return m_failure;
}

bool ExportOutput::failed() const
{
    QMutexLocker lock(&m_mutex);
    return m_failure.has_value();
}

void ExportOutput::fail(const Error &error)
{
    QMutexLocker lock(&m_mutex);
    if (!m_failure)
        m_failure = error;
}

QString ExportOutput::prepare(const QString &relative, const QString &source, QList<Error> &warnings)
{
    const QString path = QDir::cleanPath(m_out + QLatin1Char('/') + relative);
    if (!path.startsWith(m_out + QLatin1Char('/'))) {
        warnings.append(Error{source, 0, 0, ExporterText::tr("%1 would be outside the output folder: not written").arg(relative)});
        return {};
    }
    if (const QString why = makeFolder(path.left(path.lastIndexOf(QLatin1Char('/')))); !why.isEmpty()) {
        warnings.append(Error{source, 0, 0, ExporterText::tr("%1 is not written: %2").arg(relative, why)});
        return {};
    }
    return path;
}

bool ExportOutput::write(const QString &relative, const QByteArrayView bytes, Phase phase, const QString &source,
                         QList<Error> &warnings)
{
    if (failed())
        return false;
    const QString path = prepare(relative, source, warnings);
    if (path.isEmpty())
        return false;
    return stage(relative, StagedFile::write(path, bytes, stagedOptions()), phase, source, warnings);
}

bool ExportOutput::copy(const QString &from, const QString &relative, const QString &source, QList<Error> &warnings)
{
    if (failed())
        return false;
    const QString path = prepare(relative, source, warnings);
    if (path.isEmpty())
        return false;
    return stage(relative, StagedFile::copy(from, path, stagedOptions()), Phase::Content, source, warnings);
}

bool ExportOutput::stage(const QString &relative, Result<StagedFile> staged, Phase phase, const QString &source,
                         QList<Error> &warnings)
{
    if (!staged && staged.error().code == QLatin1String("unreadable")) {
        // The site's file, not the output: this copy only is missing.
        warnings.append(Error{source, 0, 0, ExporterText::tr("%1 is not copied: %2")
                                                .arg(relative, staged.error().toString())});
        return false;
    }
    if (!staged) {
        // Nothing half-written may be published: the export stops here.
        fail(staged.error());
        return false;
    }
    QMutexLocker lock(&m_mutex);
    // Staged again (another post took the page over): the earlier one goes.
    m_staged[std::size_t(phase)].insert_or_assign(relative, std::move(staged).value());
    if (!m_writtenSet.contains(relative)) {
        m_writtenSet.insert(relative);
        m_written.append(relative);
    }
    return true;
}

QString ExportOutput::makeFolder(const QString &folder)
{
    if (folder == m_out)
        return {};
    {
        QMutexLocker lock(&m_mutex);
        const auto made = m_folders.constFind(folder);
        if (made != m_folders.cend())
            return made.value();
    }
    QString why;
    const qsizetype slash = folder.lastIndexOf(QLatin1Char('/'));
    if (!folder.startsWith(m_out + QLatin1Char('/')))
        why = ExporterText::tr("outside the output folder");
    else
        why = makeFolder(folder.left(slash));
    bool made = false;
    if (why.isEmpty()) {
        const QString shown = folder.mid(m_out.size() + 1);   // as the messages name it
        const QByteArray name = QFile::encodeName(folder);
        // Made, most often (a fresh export): one system call. Else what is
        // there, looked at without following a link.
        made = ::mkdir(name.constData(), 0777) == 0;
        const int error = errno;
        QT_STATBUF info;
        if (!made) {
            if (error != EEXIST || QT_LSTAT(name.constData(), &info) != 0) {
                why = ExporterText::tr("cannot make the folder %1: %2").arg(shown, qt_error_string(error));
                fail(Error{folder, 0, 0, ExporterText::tr("cannot make the folder: %1").arg(qt_error_string(error))});
            } else if (S_ISLNK(info.st_mode)) {
                if (!isInsideFolder(folder, m_out) || !QFileInfo(folder).isDir())
                    why = ExporterText::tr("%1 is a symbolic link that leads out of the output folder").arg(shown);
            } else if (!S_ISDIR(info.st_mode)) {
                why = ExporterText::tr("%1 is a file, not a folder").arg(shown);
            }
        }
    }
    QMutexLocker lock(&m_mutex);
    m_folders.insert(folder, why);
    if (made)
        m_madeFolders.append(folder);
    return why;
}

namespace {

// A file the commit put in place, and where the file it replaced is kept
// until every file is in place (backup empty: the name was free). order:
// when the old file was kept, so that a rollback undoes the latest first
// (two names can reach one file through a folder link inside OUT).
struct Placed
{
    QByteArray target;
    QByteArray backup;
    quint64 order = 0;
};

// A copy of the file at from, with its mode, at the new name to (for a
// file system without hard links, or a file with too many).
bool copyKeepingMode(const QByteArray &from, const QByteArray &to)
{
    const int in = QT_OPEN(from.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (in < 0)
        return false;
    QT_STATBUF info;
    int out = -1;
    if (QT_FSTAT(in, &info) == 0 && S_ISREG(info.st_mode))
        out = QT_OPEN(to.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, info.st_mode & 07777);
    bool ok = out >= 0;
    char buffer[65536];
    for (qint64 got = 0; ok && (got = QT_READ(in, buffer, sizeof buffer)) != 0;) {
        ok = got > 0;
        for (qint64 written = 0; ok && written < got;) {
            const qint64 n = QT_WRITE(out, buffer + written, got - written);
            ok = n > 0;
            written += n;
        }
    }
    ::close(in);
    if (out >= 0 && ::close(out) != 0)
        ok = false;
    if (!ok && out >= 0)
        ::unlink(to.constData());
    return ok;
}

// Keeps the file at staged's name (if any) under a name of its own, then
// puts staged in place. A file that cannot be kept is not replaced: the
// commit stops there and the rollback leaves the previous export whole.
Result<Success> placeKeepingPrevious(StagedFile &staged, Placed &placed, std::atomic<quint64> &clock)
{
    placed.target = QFile::encodeName(staged.target());
    // The temporary's name is unique in its folder: the backup's is too.
    placed.backup = QFile::encodeName(staged.temporary()) + ".old";
    placed.order = clock++;
    if (::link(placed.target.constData(), placed.backup.constData()) != 0) {
        const int error = errno;
        if (error == ENOENT) {
            placed.backup.clear();   // nothing there yet
        } else if (!copyKeepingMode(placed.target, placed.backup)) {
            placed = Placed{};
            staged.discard();
            return Error{staged.target(), 0, 0,
                         ExporterText::tr("cannot keep the previous file until the export is in place: %1")
                             .arg(qt_error_string(error))};
        }
    }
    Result<Success> committed = staged.commit();
    if (!committed) {
        if (!placed.backup.isEmpty())
            ::unlink(placed.backup.constData());
        placed = Placed{};
    }
    return committed;
}

// Undoes what a failed commit put in place, the latest first: each
// replaced file back, each new one removed. The files it could not bring
// back.
qsizetype rollBack(std::vector<Placed> placed)
{
    std::sort(placed.begin(), placed.end(), [](const Placed &a, const Placed &b) { return a.order > b.order; });
    qsizetype lost = 0;
    for (const Placed &file : placed) {
        if (!file.backup.isEmpty())
            lost += ::rename(file.backup.constData(), file.target.constData()) == 0 ? 0 : 1;
        else
            lost += ::unlink(file.target.constData()) == 0 || errno == ENOENT ? 0 : 1;
    }
    return lost;
}

} // namespace

Result<Success> ExportOutput::commit(QThreadPool *pool)
{
    QMutexLocker lock(&m_mutex);
    if (m_failure)
        return *m_failure;
    m_stayedInPlace = 0;
    m_toCommit = 0;
    for (const auto &phase : m_staged)
        m_toCommit += qsizetype(phase.size());
    syncFileSystemOf(m_out);
    // Every file put in place, phase after phase; slots of files not put
    // in place stay empty.
    std::vector<Placed> placed;
    placed.reserve(std::size_t(m_toCommit));
    std::atomic<quint64> clock = 1;
    for (auto &phase : m_staged) {
        std::vector<StagedFile *> files;
        files.reserve(phase.size());
        for (auto &[relative, staged] : phase)
            files.push_back(&staged);
        const std::size_t firstSlot = placed.size();
        placed.resize(firstSlot + files.size());
        // Runs of files per task: one rename is a few microseconds.
        constexpr std::size_t run = 64;
        std::vector<std::size_t> runs;
        for (std::size_t first = 0; first < files.size(); first += run)
            runs.push_back(first);
        // As one thread would: every file before the first that fails goes
        // in place, none after it is begun, and the failure reported is
        // that first file's, whichever thread met one first.
        QMutex failureMutex;
        std::optional<Error> failure;
        std::atomic<std::size_t> firstFailed = files.size();
        const auto commitRun = [&](std::size_t first) {
            for (std::size_t i = first; i < std::min(first + run, files.size()) && i < firstFailed.load(); ++i) {
                Placed &slot = placed[firstSlot + i];
                if (Result<Success> committed = placeKeepingPrevious(*files[i], slot, clock); !committed) {
                    QMutexLocker failureLock(&failureMutex);
                    if (i < firstFailed.load()) {
                        firstFailed = i;
                        failure = committed.error();
                    }
                }
            }
        };
        forEachOn(pool, runs, commitRun);
        if (failure) {
            // The previous export back as it was, as far as it can be.
            std::erase_if(placed, [](const Placed &file) { return file.target.isEmpty(); });
            m_stayedInPlace = rollBack(placed);
            syncFileSystemOf(m_out);
            return *failure;
        }
        phase.clear();
    }
    // A backup that cannot be removed stays as a hidden file, never in the
    // manifest (deploy sends nothing of it); the export itself succeeded.
    for (const Placed &file : placed) {
        if (!file.backup.isEmpty())
            ::unlink(file.backup.constData());
    }
    syncFileSystemOf(m_out);
    m_madeFolders.clear();
    return Success{};
}

void ExportOutput::discard()
{
    QMutexLocker lock(&m_mutex);
    for (auto &phase : m_staged)
        phase.clear();   // each StagedFile removes its temporary
    // Deepest first; a folder something else went into meanwhile stays.
    for (auto it = m_madeFolders.crbegin(); it != m_madeFolders.crend(); ++it)
        ::rmdir(QFile::encodeName(*it).constData());
    m_madeFolders.clear();
    m_written.clear();
    m_writtenSet.clear();
}

QStringList ExportOutput::written() const
{
    QMutexLocker lock(&m_mutex);
    return m_written;
}

int ExportOutput::removeStale(const ExportManifest &earlier, const ExportManifest &kept, QList<Error> &warnings)
{
    int removed = 0;
    for (const QString &output : earlier.outputs()) {
        if (kept.contains(output))
            continue;
        const QString path = QDir::cleanPath(m_out + QLatin1Char('/') + output);
        if (!path.startsWith(m_out + QLatin1Char('/')))
            continue;
        if (!isInsideFolder(QFileInfo(path).path(), m_out)) {
            warnings.append(Error{path, 0, 0, ExporterText::tr("leads outside the output folder (through a symbolic link): not removed")});
            continue;
        }
        const QByteArray now = outputStamp(path);
        if (now.isEmpty())
            continue;   // gone already, or no longer a plain file
        if (now != earlier.entry(output)->outputStamp) {
            warnings.append(Error{path, 0, 0, ExporterText::tr("changed since the export wrote it (by hand?): not removed")});
            continue;
        }
        if (!QFile::remove(path))
            continue;
        ++removed;
        // Folders that only held it go too.
        QDir dir = QFileInfo(path).dir();
        while (dir.absolutePath() != m_out && dir.isEmpty() && dir.absolutePath().startsWith(m_out + QLatin1Char('/'))) {
            const QString name = dir.dirName();
            dir.cdUp();
            dir.rmdir(name);
        }
    }
    return removed;
}

} // namespace postwright
