// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/sitesession.h"

#include "site/postfiles.h"
#include "site/siterules.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace postwright {
namespace {

// The session's messages were the project panel's: they keep its
// translation context ("postwright::ProjectPanel") and translations.

// The user said no to a change: not an error to show. Told apart by its
// column, never by its (translated) message.
constexpr int canceledColumn = -1;

} // namespace

SiteSession::SiteSession(QObject *parent)
    : QObject(parent)
{
    connect(&m_indexer, &BackgroundIndexer::progress, this, &SiteSession::indexProgress);
    connect(&m_indexer, &BackgroundIndexer::finished, this, [this](const SiteIndex &index) {
        m_indexed = true;
        m_watcher.setIndex(index, m_options);
        emit indexChanged(index);
        emit opened(m_root);
    });
    connect(&m_indexer, &BackgroundIndexer::failed, this, &SiteSession::indexFailed);
    connect(&m_indexer, &BackgroundIndexer::canceled, this, &SiteSession::indexCanceled);
    connect(&m_watcher, &SiteWatcher::indexChanged, this, [this](const SiteIndex &index) {
        m_checks.forgetPages();
        m_git.refresh();
        emit indexChanged(index);
    });
    connect(&m_replaceWatcher, &QFutureWatcher<SiteReplaceReport>::finished, this, &SiteSession::finishReplace);
    connect(&m_undoWatcher, &QFutureWatcher<SiteUndoReport>::finished, this, &SiteSession::finishUndo);
    connect(&m_replaceWatcher, &QFutureWatcher<SiteReplaceReport>::progressValueChanged, this,
            [this](int done) { emit bulkEditProgress(done, m_bulkTotal); });
    connect(&m_undoWatcher, &QFutureWatcher<SiteUndoReport>::progressValueChanged, this,
            [this](int done) { emit bulkEditProgress(done, m_bulkTotal); });
    connect(&m_watcher, &SiteWatcher::failed, this,
            [this](const Error &error) { emit message(QCoreApplication::translate("postwright::ProjectPanel", "Cannot update the site: %1").arg(error.toString())); });
}

SiteSession::~SiteSession()
{
    // A bulk edit stops after the post it is writing; each post stays whole.
    cancelBulkEdit();
    m_replaceWatcher.waitForFinished();
    m_undoWatcher.waitForFinished();
}

bool SiteSession::openSite(const QString &root)
{
    const QString clean = QDir::cleanPath(QFileInfo(root).absoluteFilePath());
    if (clean == m_root && (m_indexed || isIndexing()))
        return false;
    // Another site would stop a bulk edit half-way and drop its undo: the
    // site is left half replaced with no way back. It waits (or its Stop).
    if (refusedWhileBulkEditing())
        return false;
    m_root = clean;
    m_indexed = false;
    m_watcher.clear();
    m_checks.forgetPages();
    m_indexer.start(m_root, m_options);
    clearJournal();
    m_git.setSite(m_root);
    return true;
}

void SiteSession::closeSite()
{
    m_indexer.cancel();
    cancelBulkEdit();
    m_watcher.clear();
    m_root.clear();
    m_indexed = false;
    m_git.setSite({});
    clearJournal();
}

void SiteSession::refresh()
{
    if (m_indexed)
        m_watcher.refresh();
    m_git.refresh();
}

QString SiteSession::absolute(const QString &path) const
{
    return QDir::isAbsolutePath(path) ? QDir::cleanPath(path) : config().absolutePath(path);
}

bool SiteSession::wasCanceled(const Error &error)
{
    return error.column == canceledColumn;
}

bool SiteSession::mayChange(const QString &path)
{
    if (refusedWhileBulkEditing())
        return false;
    return !m_guard || m_guard(absolute(path));
}

Error SiteSession::canceledBy(const QString &path) const
{
    return Error{path, 0, canceledColumn, QCoreApplication::translate("postwright::ProjectPanel", "canceled")};
}

TermEditReport SiteSession::applyTermEdit(const TermEdit &edit, const TermEditOptions &options)
{
    TermEditReport report;
    if (!m_indexed)
        return report;
    const TermEditPlan plan = planTermEdit(index(), edit);
    for (const QString &file : plan.files()) {
        if (!mayChange(file))
            return report;
    }
    report = applyTermEditPlan(config(), plan, options);
    // A second pass over the read-only posts is the same step to the user.
    recordEdit(termEditLabel(edit), report.edits, options.replaceReadOnly);
    reindexWritten(report.written);
    emit message(QCoreApplication::translate("postwright::ProjectPanel", "\"%1\": files changed: %2").arg(edit.term).arg(report.written.size()));
    return report;
}

Result<QString> SiteSession::moved(const QString &from, const Result<QString> &to, bool onlyWhenMoved)
{
    if (to) {
        const QString target = config().absolutePath(to.value());
        if (!onlyWhenMoved || target != from)
            emit postMoved(from, target);
        refresh();
    }
    return to;
}

Result<QString> SiteSession::publishPost(const QString &path)
{
    if (!mayChange(path))
        return canceledBy(absolute(path));
    return moved(absolute(path), postwright::publishPost(config(), path), true);
}

Result<QString> SiteSession::renamePost(const QString &path, const QString &slug)
{
    if (!mayChange(path))
        return canceledBy(absolute(path));
    return moved(absolute(path), postwright::renamePost(config(), path, slug));
}

Result<QString> SiteSession::movePost(const QString &path, const QString &folder)
{
    if (!mayChange(path))
        return canceledBy(absolute(path));
    return moved(absolute(path), postwright::movePost(config(), path, folder));
}

Result<Success> SiteSession::trashPost(const QString &path)
{
    if (!mayChange(path))
        return canceledBy(absolute(path));
    const QString from = absolute(path);
    const Result<Success> trashed = postwright::trashPost(config(), path);
    if (trashed) {
        emit postRemoved(from);
        refresh();
    }
    return trashed;
}

} // namespace postwright
