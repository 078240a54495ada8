// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "site/siteconfig.h"
#include "text/error.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace postwright {

// One file a bulk edit wrote: its bytes before, and the hash of the bytes
// it wrote (the file is restored only while it still has exactly those).
struct SiteFileEdit
{
    QString path;           // relative to the site root
    QByteArray before;
    QByteArray afterHash;   // SHA-256

    static SiteFileEdit of(const QString &path, const QByteArray &before, const QByteArray &after);
    static QByteArray hash(const QByteArray &bytes);
};

// What undoing a bulk edit did.
struct SiteUndoReport
{
    QString label;
    QStringList restored;     // relative paths
    QList<Error> leftAlone;   // changed (or deleted) since the edit: left as they are now
    QList<Error> failed;      // could not be written: left as they are now
};

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
    // Restores the files of the newest edit, each only while its bytes are
    // still exactly what the edit wrote, through the safe writer (as the
    // edit itself); the edit leaves the journal either way.
    SiteUndoReport undo(const SiteConfig &config);
    void clear();

private:
    struct Operation
    {
        QString label;
        QList<SiteFileEdit> files;
    };
    QList<Operation> m_operations;
    QString m_tooLarge;
    qint64 m_maxBeforeBytes = maxBeforeBytes;
};

} // namespace postwright
