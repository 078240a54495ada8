// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vcs/gitactions.h"

#include "document/textpatch.h"
#include "project/sitesession.h"
#include "schedule/duestate.h"
#include "schedule/duetimer.h"
#include "schedule/schedulerecord.h"
#include "settings/appsettings.h"
#include "text/textcodec.h"
#include "vcs/gitinit.h"
#include "vcs/historydialog.h"
#include "vcs/mergedialog.h"
#include "vcs/publishdialog.h"
#include "vcs/scheduledialog.h"
#include "vcs/sitegitstate.h"

#include <QAction>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QTextDocument>
#include <QToolBar>
#include <QtConcurrent>

#include <utility>

namespace postwright {

GitActions::GitActions(QWidget *window, PostSession *post, SiteSession *site)
    : QObject(window), m_window(window), m_post(post), m_site(site)
{
    setObjectName(QStringLiteral("gitActions"));
    connect(m_post, &PostSession::loaded, this, [this] {
        updateActions();
        // After the window shows the post: the question comes over it.
        QMetaObject::invokeMethod(this, [this] { offerMarkerMerge(); }, Qt::QueuedConnection);
    });
    connect(m_post, &PostSession::pathChanged, this, &GitActions::updateActions);
    connect(m_site->gitState(), &SiteGitState::changed, this, &GitActions::updateActions);
    connect(m_site, &SiteSession::indexChanged, this, &GitActions::keepDueTimer);
    connect(&m_timerUpdate, &QFutureWatcher<QString>::finished, this, [this] {
        if (!m_timerUpdate.result().isEmpty())
            emit m_post->message(m_timerUpdate.result(), 8000);
        if (std::exchange(m_timerAgain, false))
            keepDueTimer();
    });
}

GitActions::~GitActions()
{
    m_timerUpdate.waitForFinished();
}

void GitActions::keepDueTimer()
{
    const QString root = m_site->root();
    if (root.isEmpty() || !m_site->hasIndex() || !ScheduleRecord::load(root).enabled)
        return;
    if (m_timerUpdate.isRunning()) {
        m_timerAgain = true;
        return;
    }
    // Off the GUI thread: judging every post of a big site, and systemctl.
    m_timerUpdate.setFuture(QtConcurrent::run([root, index = m_site->index(), cli = findCliProgram()] {
        const DueState state = dueState(index, scheduleNow(), ScheduleRecord::load(root).lastRun);
        const std::optional<QDateTime> installed = installedDueTime(root);
        const std::optional<QDateTime> next = dueTimerTime(state);
        if (installed.has_value() == next.has_value() && (!next || installed->toSecsSinceEpoch() == next->toSecsSinceEpoch()))
            return QString();   // the timer is right
        const Result<DueTimerUpdate> update = updateDueTimer(root, state, cli);
        return update ? update.value().line() : update.error().toString();
    }));
}

ScheduleDialog *GitActions::scheduleWhenDue()
{
    if (m_site->root().isEmpty() || !m_site->hasIndex()) {
        ask(tr("Publish When Due"), tr("Open a site first."), QMessageBox::Ok);
        return nullptr;
    }
    const QString root = m_site->root();
    auto *dialog = new ScheduleDialog(m_site->index(), AppSettings::deployDestination(root), AppSettings::deployRemovesStale(root), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void GitActions::install(QMenuBar *menuBar, QToolBar *toolBar)
{
    // "Publish", Alt+B: G, I, T, L, U and S are taken in the window (Tags, Add field, Title,
    // Replace all, Slug, Search); translators pick a free letter in theirs.
    QMenu *menu = menuBar->addMenu(tr("Pu&blish"));
    menu->setObjectName(QStringLiteral("gitMenu"));
    m_publish = menu->addAction(QIcon::fromTheme(QStringLiteral("document-send")), tr("&Publish…"), this, [this] { publish(); });
    m_publish->setObjectName(QStringLiteral("publishAction"));
    m_publish->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_publish->setStatusTip(tr("Save, commit the changed posts, merge with the remote and push"));
    m_history = menu->addAction(tr("Post &History…"), this, [this] { showHistory(); });
    m_history->setObjectName(QStringLiteral("historyAction"));
    m_history->setStatusTip(tr("Every commit that changed this post, and what it changed"));
    m_markers = menu->addAction(tr("&Resolve Conflict Markers…"), this, [this] { offerMarkerMerge(); });
    m_markers->setObjectName(QStringLiteral("resolveMarkersAction"));
    m_schedule = menu->addAction(QIcon::fromTheme(QStringLiteral("appointment-new")), tr("Publish &When Due…"), this,
                                 [this] { scheduleWhenDue(); });
    m_schedule->setObjectName(QStringLiteral("publishWhenDueAction"));
    m_schedule->setStatusTip(tr("Publish each post dated in the future when its date comes (a systemd user timer, or your CI)"));
    menu->addSeparator();
    m_init = menu->addAction(tr("&Make the Site a Git Repository…"), this, [this] { makeRepository(); });
    m_init->setObjectName(QStringLiteral("makeRepositoryAction"));
    toolBar->addSeparator();
    toolBar->addAction(m_publish);
    updateActions();
}

QMessageBox::StandardButton GitActions::ask(const QString &title, const QString &text, QMessageBox::StandardButtons buttons) const
{
    if (m_ask)
        return m_ask(title, text, buttons);
    return QMessageBox::question(m_window, title, text, buttons);
}

void GitActions::updateActions()
{
    if (!m_publish)
        return;
    const SiteGitState::Snapshot &git = m_site->gitState()->snapshot();
    const bool inGit = git.repository;
    m_publish->setEnabled(inGit);
    m_history->setEnabled(!m_post->isUntitled());
    m_init->setEnabled(!m_site->root().isEmpty() && !inGit && git.error.isEmpty());
    m_schedule->setEnabled(!m_site->root().isEmpty());
}

PublishDialog *GitActions::publish()
{
    const QString root = m_site->root();
    if (root.isEmpty()) {
        ask(tr("Publish"), tr("Open a site first."), QMessageBox::Ok);
        return nullptr;
    }
    if (m_post->isModified() && m_save && !m_save())
        return nullptr;
    if (m_publishDialog) {
        m_publishDialog->raise();
        return m_publishDialog;
    }
    m_publishDialog = new PublishDialog(root, m_window);
    m_publishDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_publishDialog, &PublishDialog::finishedRun, this, [this] {
        m_site->refresh();
        m_site->gitState()->refresh();
    });
    m_publishDialog->show();
    return m_publishDialog;
}

HistoryDialog *GitActions::showHistory()
{
    if (m_post->isUntitled()) {
        ask(tr("Post History"), tr("Save the post first: only a saved post has a history."), QMessageBox::Ok);
        return nullptr;
    }
    auto *dialog = new HistoryDialog(m_post->path(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString path = m_post->path();
    connect(dialog, &HistoryDialog::restoreRequested, this, [this, path](const QString &text, const QString &commit) {
        if (m_post->path() != path)
            return;  // another post is open now
        restore(text, commit);
    });
    dialog->show();
    return dialog;
}

void GitActions::restore(const QString &text, const QString &commit)
{
    // One undo step: Undo in the editor takes the whole version back.
    patchDocument(m_post->document(), convertLineEndings(text, u"\n"));
    emit m_post->message(tr("Restored the version of %1 (not saved yet; Undo takes it back).").arg(commit.left(7)), 5000);
}

MergeDialog *GitActions::offerMarkerMerge()
{
    if (m_post->isUntitled())
        return nullptr;
    const QString text = m_post->document()->toPlainText();
    const QList<MarkerConflict> conflicts = markerConflicts(text);
    if (conflicts.isEmpty())
        return nullptr;
    if (ask(tr("Conflict Markers"),
            tr("%1 holds %n conflict(s) that a merge left as markers (<<<<<<<, =======, >>>>>>>). "
               "Choose what the post says in the merge view?", nullptr, int(conflicts.size()))
                .arg(QFileInfo(m_post->path()).fileName()),
            QMessageBox::Yes | QMessageBox::No)
        != QMessageBox::Yes)
        return nullptr;
    auto *dialog = new MergeDialog(QFileInfo(m_post->path()).fileName(), MergeDialog::fromMarkers(conflicts), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString path = m_post->path();
    connect(dialog, &QDialog::accepted, this, [this, dialog, path, text, conflicts] {
        if (m_post->path() != path || m_post->document()->toPlainText() != text)
            return;  // the text changed meanwhile: the choices no longer fit
        patchDocument(m_post->document(), resolveMarkerConflicts(text, conflicts, dialog->choices()));
    });
    dialog->open();
    return dialog;
}

bool GitActions::makeRepository()
{
    const QString root = m_site->root();
    if (root.isEmpty() || m_site->gitState()->snapshot().repository)
        return false;
    const QStringList ignored = generatorIgnoreLines(m_site->config().kind);
    QString text = tr("Make %1 a Git repository? Publishing goes through Git: commits of your posts, pushed to a remote "
                      "you add later.").arg(root);
    if (!ignored.isEmpty())
        text += QLatin1Char('\n') + tr("Its .gitignore leaves out what the generator writes: %1").arg(ignored.join(QStringLiteral(", ")));
    if (ask(tr("Make a Git Repository"), text, QMessageBox::Yes | QMessageBox::No) != QMessageBox::Yes)
        return false;
    const Result<Success> made = makeSiteRepository(m_site->config());
    if (!made) {
        ask(tr("Make a Git Repository"), tr("The repository could not be made:\n%1").arg(made.error().toString()), QMessageBox::Ok);
        return false;
    }
    m_site->gitState()->refresh();
    return true;
}

} // namespace postwright
