// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exportmanifest.h"
#include "files/stagedfile.h"
#include "text/error.h"

#include <QHash>
#include <QSet>
#include <QMutex>
#include <QThreadPool>
#include <QString>
#include <QStringList>

#include <array>
#include <map>
#include <optional>

namespace postwright {

// The files one site export writes into its output folder, staged: each
// new or changed file is written whole into a temporary file beside its
// place, and only when every one is written does commit() rename them into
// place, the pages and copied files first, then the list pages, then the
// feed and the sitemap (the manifest is saved after). An export that fails
// (a full disk) or is canceled calls discard(): the temporaries go, and
// every file of the previous export stays as it was. Thread-safe.
class ExportOutput final
{
public:
    // The order in which commit() puts files in place.
    enum class Phase { Content, Lists, Feeds };

    explicit ExportOutput(const QString &outDir);

    const QString &path() const { return m_out; }

    // Stages bytes for OUT/relative. False when it is not written: a
    // refusal (outside OUT, a file where a folder should be) is a warning
    // naming source; an I/O error (disk full, permission) also sets
    // failure(), which ends the export.
    bool write(const QString &relative, const QByteArrayView bytes, Phase phase, const QString &source,
               QList<Error> &warnings);
    // Stages a copy of the file from (with its modification time).
    bool copy(const QString &from, const QString &relative, const QString &source, QList<Error> &warnings);

    // Makes folder and its parents below OUT, unless a symbolic link on the
    // way leads out of OUT. Empty when the folder is there, else why not.
    QString makeFolder(const QString &folder);

    // The first I/O error: which file, and why.
    std::optional<Error> failure() const;
    bool failed() const;

    // Puts every staged file in place, phase by phase, synced; the files of
    // a phase on pool's threads at once (a 10,000-post site's renames took
    // a tenth of its export on one thread), all of a phase before the next.
    Result<Success> commit(QThreadPool *pool = nullptr);
    // A commit that fails puts the previous export's files back (it keeps
    // each, a hard link or else a copy, until every file is in place; one
    // it cannot keep it does not replace). After one: how many of its files
    // stayed in place because the old one could not be put back, of how
    // many.
    qsizetype stayedInPlace() const { return m_stayedInPlace; }
    qsizetype toCommit() const { return m_toCommit; }
    // Removes every staged file and the folders made for them.
    void discard();

    // Files staged (then committed), relative to OUT.
    QStringList written() const;

    // --clean: removes each output of earlier that now is not in kept,
    // only when the file is still the one the export wrote (its stamp
    // matches); one replaced by hand stays, with a warning. Returns the
    // number removed.
    int removeStale(const ExportManifest &earlier, const ExportManifest &kept, QList<Error> &warnings);

private:
    bool stage(const QString &relative, Result<StagedFile> staged, Phase phase, const QString &source,
               QList<Error> &warnings);
    // The absolute path of relative, made ready for a file; empty when it
    // is refused (with a warning).
    QString prepare(const QString &relative, const QString &source, QList<Error> &warnings);
    void fail(const Error &error);

    QString m_out;
    mutable QMutex m_mutex;
    qsizetype m_stayedInPlace = 0;
    qsizetype m_toCommit = 0;
    std::array<std::map<QString, StagedFile>, 3> m_staged;   // per phase: relative -> temporary
    QHash<QString, QString> m_folders;   // folders below OUT: "" made or there, else why not
    QStringList m_madeFolders;           // made by this export, parents first
    QStringList m_written;               // in the order first staged
    QSet<QString> m_writtenSet;          // the same, to look up (15k pages: a list search was quadratic)
    std::optional<Error> m_failure;
};

} // namespace postwright
