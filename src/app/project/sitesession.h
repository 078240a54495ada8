// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "doctor/checkcontext.h"
#include "site/backgroundindexer.h"
#include "site/siteeditjournal.h"
#include "site/sitereplace.h"
#include "site/sitewatcher.h"
#include "site/termedit.h"
#include "vcs/sitegitstate.h"

#include <QFutureWatcher>
#include <QObject>
#include <QSet>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace postwright {

// The open site, without any widget: its root and kind, its index (built
// in the background, from the cache when it can), the watcher that keeps
// the index in step with the disk, term edits (rename, merge, delete) and
// file operations on its posts (publish, rename, move, trash). The project
// panel shows it; tests drive it headless.
class SiteSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SiteSession)

public:
    // Asked before a post's file is changed, moved or removed; false stops it
    // (the window asks to save the open post first).
    using ChangeGuard = std::function<bool(const QString &absolutePath)>;

    explicit SiteSession(QObject *parent = nullptr);
    ~SiteSession() override;

    // Indexes the site at root in the background; false (nothing happens)
    // when it is the site open or being indexed already.
    bool openSite(const QString &root);
    void closeSite();
    void setIndexOptions(const IndexOptions &options) { m_options = options; }
    void setChangeGuard(ChangeGuard guard) { m_guard = std::move(guard); }

    // The site open or being indexed (absolute, clean); empty: none.
    QString root() const { return m_root; }
    bool hasIndex() const { return m_indexed; }
    bool isIndexing() const { return m_indexer.isRunning(); }
    void cancelIndexing() { m_indexer.cancel(); }
    // The open site's configuration (kind, taxonomies, language...).
    const SiteConfig &config() const { return m_watcher.index().config(); }
    // The site's posts as the disk has them.
    const SiteIndex &index() const { return m_watcher.index(); }
    SiteWatcher *watcher() { return &m_watcher; }
    // Checks the disk (and the site's Git state) for changes now.
    void refresh();
    // The site's Git state (branch, ahead/behind, each changed file's state),
    // read again when the site's files change.
    SiteGitState *gitState() { return &m_git; }
    // path (site-relative or absolute) as an absolute path.
    QString absolute(const QString &path) const;

    // The doctor's context of the post at path (any post, in this site or
    // not); a Hugo site's pages are walked once until the site's posts change.
    CheckContext checkContextFor(const QString &path) { return m_checks.forPost(path); }

    // Plans and applies edit (the change guard is asked for every file
    // first); the files written are read again at once (indexChanged).
    // options.replaceReadOnly: read-only posts are changed too.
    TermEditReport applyTermEdit(const TermEdit &edit, const TermEditOptions &options = {});
    Result<QString> publishPost(const QString &path);
    Result<QString> renamePost(const QString &path, const QString &slug);
    Result<QString> movePost(const QString &path, const QString &folder);
    Result<Success> trashPost(const QString &path);

    // Starts replacing in the posts of plan named in paths on a worker
    // thread (the change guard is asked for each first); undoable as one
    // step ("Replace in 12 Posts"). False when nothing started (the user
    // kept the open post unsaved, or a bulk edit runs); replaceFinished
    // tells the end.
    bool startReplace(const SiteReplacePlan &plan, const QStringList &paths);
    // The bulk edits (term edits, replaces) of this session, newest last.
    const SiteEditJournal &journal() const { return m_journal; }
    // Starts undoing the newest bulk edit on a worker thread: each file it
    // wrote is restored only while it is still what the edit left. False
    // when nothing started; undoFinished tells the end.
    bool startUndo();
    // A replace or an undo is writing posts: no other change of the site's
    // posts starts meanwhile (each is refused with a message), and the
    // window keeps the posts it writes from being edited.
    bool isBulkEditing() const { return m_bulkCancel != nullptr; }
    // Whether the running bulk edit may write the post at path.
    bool isBulkEditing(const QString &path) const;
    // Stops the running bulk edit after the post it is writing: every post
    // is whole, old or new, and the journal holds just what was written.
    void cancelBulkEdit();
    // What the running bulk edit does, for its progress ("Replacing in 412
    // of 2,000 posts…").
    QString bulkEditText(int done, int total) const;

    // The error a change the user declined returns; told apart from a real
    // failure by wasCanceled().
    static bool wasCanceled(const Error &error);

signals:
    void indexProgress(int done, int total);
    // A site's first index is there.
    void opened(const QString &root);
    void indexFailed(const postwright::Error &error);
    void indexCanceled();
    // The site's posts changed on disk (outside, or by a term edit or a file operation).
    void indexChanged(const postwright::SiteIndex &index);
    void postMoved(const QString &from, const QString &to);
    void postRemoved(const QString &path);
    // A short report for the status bar.
    void message(const QString &text);
    // A bulk edit was recorded or undone (Edit → Undo … changes).
    void journalChanged();
    // A bulk edit (replace, undo) started on total posts ("Replacing in",
    // "Undoing Rename …") and how far it got.
    void bulkEditStarted(int total);
    void bulkEditProgress(int done, int total);
    // After replaceFinished or undoFinished.
    void bulkEditFinished();
    void replaceFinished(const postwright::SiteReplaceReport &report);
    void undoFinished(const postwright::SiteUndoReport &report);

private:
    // The index with the files at paths read again now, so the list and the
    // counts change at once.
    void reindexWritten(const QStringList &paths);
    void recordEdit(const QString &label, const QList<SiteFileEdit> &files, bool extendLast = false);
    void clearJournal();
    // What Edit → Undo calls a term edit ("Rename "a" → "b"").
    static QString termEditLabel(const TermEdit &edit);

    bool mayChange(const QString &path);
    // Refuses (with a message) while a bulk edit runs.
    bool refusedWhileBulkEditing();
    void beginBulkEdit(const QStringList &paths, const QString &undoLabel);
    void finishReplace();
    void finishUndo();
    void endBulkEdit();
    Error canceledBy(const QString &path) const;
    // A file operation's result: the moved post reported (always, or only
    // when its path changed), the disk looked at again.
    Result<QString> moved(const QString &from, const Result<QString> &to, bool onlyWhenMoved = false);

    BackgroundIndexer m_indexer;
    SiteWatcher m_watcher;
    IndexOptions m_options;
    QString m_root;
    bool m_indexed = false;
    ChangeGuard m_guard;
    CheckContexts m_checks;
    SiteGitState m_git;
    SiteEditJournal m_journal;
    // The running bulk edit: its files (absolute), where it runs, its stop flag.
    QSet<QString> m_bulkFiles;
    QString m_bulkRoot;
    QString m_bulkUndoLabel;   // empty: a replace
    int m_bulkTotal = 0;       // posts it may write
    std::shared_ptr<std::atomic_bool> m_bulkCancel;
    QFutureWatcher<SiteReplaceReport> m_replaceWatcher;
    QFutureWatcher<SiteUndoReport> m_undoWatcher;
};

} // namespace postwright
