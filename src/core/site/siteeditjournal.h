// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "files/filestamp.h"
#include "site/siteconfig.h"
#include "site/siterewrite.h"
#include "text/error.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace postwright {

// One file a bulk edit wrote: its bytes before, and the hash of the bytes
// it wrote and the mode, owner and group it left (the file is restored only
// while it still has exactly those).
struct SiteFileEdit
{
    QString path;           // relative to the site root
    QByteArray before;
    QByteArray afterHash;   // SHA-256
    FileStamp written;      // mode, owner and group as written (exists false: not known)

    static SiteFileEdit of(const QString &path, const QByteArray &before, const QByteArray &after,
                           const FileStamp &written = {});
    static QByteArray hash(const QByteArray &bytes);
};

// One bulk edit as the journal keeps it.
struct SiteEditOperation
{
    QString label;
    QList<SiteFileEdit> files;
};

// What undoing a bulk edit did.
struct SiteUndoReport
{
    QString label;
    QStringList restored;     // relative paths
    QList<Error> leftAlone;   // changed (or deleted) since the edit: left as they are now
    QList<Error> failed;      // could not be written: left as they are now
    bool canceled = false;    // stopped by the user: the files not yet restored are in remaining
    QList<SiteFileEdit> remaining;
};

// Restores the files of operation, each only while its bytes, mode, owner
// and group are still exactly what the edit left, through the safe writer
// (as the edit itself). Stops between files when progress says so; pure, so
// it runs off the GUI thread.
SiteUndoReport restoreSiteEdit(const SiteConfig &config, const SiteEditOperation &operation,
                               const RewriteProgress &progress = {});

// The bulk edits of this session (term rename/merge/delete, Replace in All
// Posts), newest last, each undoable as one step. Kept in memory: at most
// maxOperations of them, and an edit whose files were larger than
// maxBeforeBytes before is not kept (nor any older one: undoing those
// would skip it).
class SiteEditJournal final
{
public:
    static constexpr int maxOperations = 10;
    static constexpr qint64 maxBeforeBytes = 50LL * 1024 * 1024;

    // The cap of before bytes an edit may have to be kept (tests lower it).
    void setMaxBeforeBytes(qint64 bytes) { m_maxBeforeBytes = bytes; }

    // label: what the user sees after "Undo" ("Rename "a" → "b"").
    // An edit that wrote nothing is not recorded.
    // extendLast: the files belong to the newest edit when its label is the
    // same (a second pass over what the first could not write).
    void record(const QString &label, const QList<SiteFileEdit> &files, bool extendLast = false);
    bool canUndo() const { return !m_operations.isEmpty(); }
    // The label of the edit undo() undoes; empty when none.
    QString undoLabel() const;
    // The files undo() may write (relative paths).
    QStringList undoFiles() const;
    // The label of the last edit when it was too large to keep (and so
    // nothing can be undone); empty otherwise.
    QString tooLargeLabel() const { return m_tooLarge; }
    // Restores the files of the newest edit (restoreSiteEdit); the edit
    // leaves the journal either way.
    SiteUndoReport undo(const SiteConfig &config);
    // The newest edit, out of the journal, for a restore on another thread;
    // the files a canceled restore did not reach go back in with
    // record(label, remaining).
    SiteEditOperation takeLast();
    void clear();

private:
    QList<SiteEditOperation> m_operations;
    QString m_tooLarge;
    qint64 m_maxBeforeBytes = maxBeforeBytes;
};

} // namespace postwright
