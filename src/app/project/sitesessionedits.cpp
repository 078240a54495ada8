// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// SiteSession's bulk edits beyond term edits: Replace in All Posts and the
// undo of either.
#include "project/sitesession.h"

#include "files/filestamp.h"
#include "site/siterules.h"

#include <QFileInfo>

namespace postwright {

QString SiteSession::termEditLabel(const TermEdit &edit)
{
    switch (edit.kind) {
    case TermEdit::Kind::Rename:
        return tr("Rename \"%1\" → \"%2\"").arg(edit.term, edit.replacement);
    case TermEdit::Kind::Merge:
        return tr("Merge \"%1\" into \"%2\"").arg(edit.term, edit.replacement);
    case TermEdit::Kind::Delete:
        return tr("Delete \"%1\"").arg(edit.term);
    }
    return {};
}

void SiteSession::recordEdit(const QString &label, const QList<SiteFileEdit> &files, bool extendLast)
{
    if (files.isEmpty())
        return;
    m_journal.record(label, files, extendLast);
    emit journalChanged();
}

void SiteSession::clearJournal()
{
    const bool had = m_journal.canUndo() || !m_journal.tooLargeLabel().isEmpty();
    m_journal.clear();
    if (had)
        emit journalChanged();
}

void SiteSession::reindexWritten(const QStringList &paths)
{
    SiteIndex updated = index();
    for (const QString &path : paths) {
        const PostRecord *old = updated.post(path);
        if (!old)
            continue;
        const QFileInfo info(config().absolutePath(path));
        const bool jekyllDraft = config().kind == SiteKind::Jekyll
                                 && (path.startsWith(QLatin1String("_drafts/")) || path.contains(QLatin1String("/_drafts/")));
        const SiteFile file{path, info.size(), info.lastModified().toMSecsSinceEpoch(),
                            info.metadataChangeTime().toMSecsSinceEpoch(), old->kind, jekyllDraft};
        updated.insert(readPostRecord(config(), file));
    }
    emit indexChanged(updated);
    refresh();
}

SiteReplaceReport SiteSession::applyReplace(const SiteReplacePlan &plan, const QStringList &paths)
{
    SiteReplaceReport report;
    if (!m_indexed)
        return report;
    SiteReplacePlan now = plan;
    for (const QString &file : paths) {
        const FileStamp before = FileStamp::of(absolute(file));
        if (!mayChange(file))
            return report;
        // The user saved the open post to let the replace reach it: the
        // preview still holds when its matches are the same.
        if (FileStamp::of(absolute(file)) != before)
            refreshSiteReplaceFile(config(), now, file);
    }
    report = applySiteReplace(config(), now, paths);
    recordEdit(tr("Replace in %n Posts", nullptr, int(report.written.size())), report.edits);
    reindexWritten(report.written);
    emit message(tr("Replaced in %n posts", nullptr, int(report.written.size())));
    return report;
}

SiteUndoReport SiteSession::undoLastEdit()
{
    SiteUndoReport report;
    if (!m_indexed || !m_journal.canUndo())
        return report;
    // The undo writes the files the edit wrote: the open post is saved first (or the undo waits).
    for (const QString &file : m_journal.undoFiles()) {
        if (!mayChange(file))
            return report;
    }
    report = m_journal.undo(config());
    reindexWritten(report.restored);
    emit journalChanged();
    emit message(tr("Undone: %1").arg(report.label));
    return report;
}

} // namespace postwright
