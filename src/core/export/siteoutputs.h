// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exportmanifest.h"
#include "export/exportoutput.h"
#include "site/siteconfig.h"
#include "text/error.h"

#include <QHash>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <array>

namespace postwright {

// What a site export has done in its output folder, and what it may still
// do, shared by its workers: which post's page each output is (claims),
// which file of the site each copy is, the files staged (ExportOutput) and
// the new manifest. Thread-safe.
class SiteOutputs final
{
public:
    enum class Copy { Refused, Kept, Copied };

    // What commit() put in place and cleaned up.
    struct Committed
    {
        int staleRemoved = 0;   // --clean: earlier outputs removed
        int staleKept = 0;      // without --clean: earlier outputs left in place
        QStringList written;    // relative to OUT, sorted
        QList<Error> warnings;
    };

    SiteOutputs(const SiteConfig &config, ExportOutput &output, const ExportManifest &previous);
    Q_DISABLE_COPY_MOVE(SiteOutputs)

    const QString &path() const { return m_out; }

    // Two posts that want one page: the one whose path sorts first gets it,
    // whichever thread comes first, so that every export writes the same.
    bool claim(const QString &output, const QString &source);
    // The post whose page output is (when every post is done: the one that got it).
    QString claimant(const QString &output) const;
    // The file of the site copied to output; empty when none is.
    QString copiedTo(const QString &output) const;
    // Why no post may write its page or a copy at output (the export
    // writes a file of its own there, or below it); empty when one may.
    QString takenOutput(const QString &output) const;
    // Keeps output (and what is below it) for a file the export writes
    // later, as a reader names it ("the feed of posts"). Before any post.
    void reserve(const QString &output, const QString &what) { m_reserved.insert(output, what); }

    // Stages bytes for OUT/relative (see ExportOutput). False on failure.
    bool write(const QString &relative, const QByteArray &bytes, const QString &source, QList<Error> &warnings,
               ExportOutput::Phase phase = ExportOutput::Phase::Content);
    // write() for a post's page, only while source still holds its claim
    // (a post with an earlier path may take it over meanwhile).
    bool writeClaimed(const QString &relative, const QByteArray &bytes, const QString &source, QList<Error> &warnings);
    // Copies the file source to OUT/output. A post's page there gives way
    // to it (the page is written before or not at all).
    Copy copy(const QString &source, const QString &output, const QString &postPath, QList<Error> &warnings);
    // output is a copied file, not a post's page: the copy is put back
    // (a page may have been written there first) and recorded as such.
    void restoreCopy(const QString &output, QList<Error> &warnings);
    // The outputStamp() of OUT/output as it is now, for the post source
    // that keeps its page; empty when another post's page is staged there
    // already (it would replace the file: source must write its own).
    QByteArray stampOf(const QString &output, const QString &source);
    // The copies of an unchanged page are this export's too: no other
    // post's page takes their place.
    void adoptCopies(const QStringList &assets);

    // Records what output was made from (a post's page only while the post
    // holds its claim). The entry's outputStamp is taken once the file is
    // in place (commit()).
    void record(const QString &output, ManifestEntry entry);

    // Puts every staged file in place, stamps the manifest, handles the
    // earlier export's outputs this one did not make (clean: removed when
    // unchanged since; else kept and recorded) and saves the manifest.
    // pool: the threads that put the files in place and stamp them.
    Result<Committed> commit(const ExportManifest &earlier, bool clean, QThreadPool *pool = nullptr);

private:
    QMutex &stripeOf(const QString &output) { return m_writeStripes[qHash(output) % m_writeStripes.size()]; }

    const SiteConfig &m_config;
    ExportOutput &m_output;
    const ExportManifest &m_previous;
    QString m_out;

    mutable QMutex m_mutex;
    QHash<QString, QString> m_claimed;        // output -> post path
    QHash<QString, QString> m_assetSources;   // output -> source
    QHash<QString, QString> m_stagedPages;    // output -> the post whose page is staged there
    std::array<QMutex, 32> m_writeStripes;    // a post's page is written under its stripe
    ExportManifest m_manifest;
    QHash<QString, QString> m_reserved;   // output -> what the export writes there
};

} // namespace postwright
