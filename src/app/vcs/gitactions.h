// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/postsession.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMenu;
class QMenuBar;
class QToolBar;
class QWidget;

namespace postwright {

class HistoryDialog;
class MergeDialog;
class PublishDialog;
class ScheduleDialog;
class SiteSession;

// The window's Publish menu (Git) and what it opens: Publish (saves first), the
// History of the open post (restoring a version into the editor as one
// undoable edit), the merge view for a post that holds conflict markers
// (offered when it is opened), making the site a Git repository, and
// Publish When Due, whose timer follows the posts' dates as they are saved.
class GitActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GitActions)

public:
    using Asker = PostSession::Asker;

    GitActions(QWidget *window, PostSession *post, SiteSession *site);
    ~GitActions() override;

    // Adds the Publish menu to menuBar and Publish to toolBar.
    void install(QMenuBar *menuBar, QToolBar *toolBar);
    // The window's save (asks where for an untitled post); false: not saved.
    void setSave(std::function<bool()> save) { m_save = std::move(save); }
    void setAsker(Asker asker) { m_ask = std::move(asker); }

    // Saves and opens the Publish dialog (nullptr: nothing to publish from).
    PublishDialog *publish();
    // The History of the open post.
    HistoryDialog *showHistory();
    // Offers the merge view when the open post holds conflict markers.
    MergeDialog *offerMarkerMerge();
    // Asks, then makes the open site a Git repository with its .gitignore.
    bool makeRepository();
    // Opens Publish When Due for the open site (nullptr: no site).
    ScheduleDialog *scheduleWhenDue();

    QAction *publishAction() const { return m_publish; }
    QAction *historyAction() const { return m_history; }
    QAction *scheduleAction() const { return m_schedule; }

private:
    QMessageBox::StandardButton ask(const QString &title, const QString &text, QMessageBox::StandardButtons buttons) const;
    void restore(const QString &text, const QString &commit);
    void updateActions();
    // Sets the site's timer to its next due time when a date changed (the
    // index after a save, or a change on disk), if Publish When Due is on.
    void keepDueTimer();

    QWidget *m_window = nullptr;
    PostSession *m_post = nullptr;
    SiteSession *m_site = nullptr;
    std::function<bool()> m_save;
    Asker m_ask;
    QAction *m_publish = nullptr;
    QAction *m_history = nullptr;
    QAction *m_markers = nullptr;
    QAction *m_init = nullptr;
    QAction *m_schedule = nullptr;
    QFutureWatcher<QString> m_timerUpdate;
    bool m_timerAgain = false;
    QPointer<PublishDialog> m_publishDialog;
};

} // namespace postwright
