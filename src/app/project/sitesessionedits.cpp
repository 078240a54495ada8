// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// SiteSession's bulk edits beyond term edits: Replace in All Posts and the
// undo of either, each on a worker thread with its progress.
#include "project/sitesession.h"

#include "files/filestamp.h"
#include "site/siterules.h"

#include <QFileInfo>
#include <QLocale>
#include <QPromise>
#include <QtConcurrent>

namespace postwright {
namespace {

// A bulk edit's progress on its worker: told to the GUI thread through the
// future, stopped by the session's flag (never by canceling the future,
// which would drop the report of what was written).
template<typename T>
RewriteProgress progressOf(QPromise<T> &promise, const std::shared_ptr<std::atomic_bool> &cancel)
{
    RewriteProgress progress;
    progress.advanced = [&promise](int done, int total) {
        if (promise.future().progressMaximum() != total)
            promise.setProgressRange(0, total);
        promise.setProgressValue(done);
    };
    progress.canceled = [cancel] { return cancel->load(); };
    return progress;
}

} // namespace

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

bool SiteSession::isBulkEditing(const QString &path) const
{
    return isBulkEditing() && m_bulkFiles.contains(absolute(path));
}

void SiteSession::cancelBulkEdit()
{
    if (m_bulkCancel)
        m_bulkCancel->store(true);
}

QString SiteSession::bulkEditText(int done, int total) const
{
    const QLocale locale;
    if (m_bulkUndoLabel.isEmpty())
        return tr("Replacing in %1 of %2 posts…").arg(locale.toString(done), locale.toString(total));
    return tr("Undoing %1: %2 of %3 posts…").arg(m_bulkUndoLabel, locale.toString(done), locale.toString(total));
}

bool SiteSession::refusedWhileBulkEditing()
{
    if (!isBulkEditing())
        return false;
    emit message(tr("Posts are being changed all over the site: wait for that to end, or stop it."));
    return true;
}

void SiteSession::beginBulkEdit(const QStringList &paths, const QString &undoLabel)
{
    m_bulkCancel = std::make_shared<std::atomic_bool>(false);
    m_bulkRoot = m_root;
    m_bulkUndoLabel = undoLabel;
    m_bulkTotal = int(paths.size());
    m_bulkFiles.clear();
    for (const QString &path : paths)
        m_bulkFiles.insert(absolute(path));
    emit bulkEditStarted(int(paths.size()));
}

void SiteSession::endBulkEdit()
{
    m_bulkCancel.reset();
    m_bulkFiles.clear();
}

bool SiteSession::startReplace(const SiteReplacePlan &plan, const QStringList &paths)
{
    if (!m_indexed || paths.isEmpty() || refusedWhileBulkEditing())
        return false;
    SiteReplacePlan now = plan;
    for (const QString &file : paths) {
        const FileStamp before = FileStamp::of(absolute(file));
        if (!mayChange(file))
            return false;
        // The user saved the open post to let the replace reach it: the
        // preview still holds when its matches are the same.
        if (FileStamp::of(absolute(file)) != before)
            refreshSiteReplaceFile(config(), now, file);
    }
    beginBulkEdit(paths, {});
    m_replaceWatcher.setFuture(QtConcurrent::run(
        [config = config(), now, paths, cancel = m_bulkCancel](QPromise<SiteReplaceReport> &promise) {
            promise.addResult(applySiteReplace(config, now, paths, progressOf(promise, cancel)));
        }));
    return true;
}

void SiteSession::finishReplace()
{
    const SiteReplaceReport report = m_replaceWatcher.future().resultCount() > 0 ? m_replaceWatcher.result() : SiteReplaceReport{};
    const bool sameSite = m_indexed && m_bulkRoot == m_root;
    endBulkEdit();
    if (sameSite) {
        recordEdit(tr("Replace in %n Posts", nullptr, int(report.written.size())), report.edits);
        reindexWritten(report.written);
    }
    if (report.canceled)
        emit message(tr("Stopped: replaced in %n posts; the others are as they were", nullptr, int(report.written.size())));
    else
        emit message(tr("Replaced in %n posts", nullptr, int(report.written.size())));
    emit replaceFinished(report);
    emit bulkEditFinished();
}

bool SiteSession::startUndo()
{
    if (!m_indexed || !m_journal.canUndo() || refusedWhileBulkEditing())
        return false;
    // The undo writes the files the edit wrote: the open post is saved first (or the undo waits).
    const QStringList files = m_journal.undoFiles();
    for (const QString &file : files) {
        if (!mayChange(file))
            return false;
    }
    const SiteEditOperation operation = m_journal.takeLast();
    beginBulkEdit(files, operation.label);
    m_undoWatcher.setFuture(QtConcurrent::run(
        [config = config(), operation, cancel = m_bulkCancel](QPromise<SiteUndoReport> &promise) {
            promise.addResult(restoreSiteEdit(config, operation, progressOf(promise, cancel)));
        }));
    return true;
}

void SiteSession::finishUndo()
{
    const SiteUndoReport report = m_undoWatcher.future().resultCount() > 0 ? m_undoWatcher.result() : SiteUndoReport{};
    const bool sameSite = m_indexed && m_bulkRoot == m_root;
    endBulkEdit();
    if (sameSite) {
        // Stopped: what was not restored yet stays undoable, as one step still.
        if (!report.remaining.isEmpty())
            m_journal.record(report.label, report.remaining);
        reindexWritten(report.restored);
        emit journalChanged();
    }
    if (report.canceled)
        emit message(tr("Stopped: %1 (posts restored: %2); Undo restores the others").arg(report.label).arg(report.restored.size()));
    else
        emit message(tr("Undone: %1").arg(report.label));
    emit undoFinished(report);
    emit bulkEditFinished();
}

} // namespace postwright
