// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/siteeditactions.h"

#include "editor/findbar.h"
#include "project/bulkeditprogress.h"
#include "project/sitereplacedialog.h"
#include "project/sitesession.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

namespace postwright {

SiteEditActions::SiteEditActions(SiteSession *session, FindBar *findBar, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_findBar(findBar)
    , m_window(window)
{
    setObjectName(QStringLiteral("siteEditActions"));
    m_undo = new QAction(this);
    m_undo->setObjectName(QStringLiteral("siteUndoAction"));
    m_undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    connect(m_undo, &QAction::triggered, this, &SiteEditActions::undo);
    m_replace = new QAction(tr("Replace &in All Posts…"), this);
    m_replace->setObjectName(QStringLiteral("siteReplaceAction"));
    m_replace->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_replace->setEnabled(false);
    connect(m_replace, &QAction::triggered, this, [this] { openReplaceDialog(m_findBar->query()); });
    connect(m_findBar, &FindBar::replaceInSiteRequested, this, &SiteEditActions::openReplaceDialog);
    connect(m_session, &SiteSession::journalChanged, this, &SiteEditActions::updateUndo);
    connect(m_session, &SiteSession::opened, this, [this] {
        m_replace->setEnabled(!m_session->isBulkEditing());
        m_findBar->setSiteAvailable(true);
    });
    // One bulk edit at a time: Undo and Replace wait for the running one.
    connect(m_session, &SiteSession::bulkEditStarted, this, &SiteEditActions::updateUndo);
    connect(m_session, &SiteSession::bulkEditFinished, this, &SiteEditActions::updateUndo);
    connect(m_session, &SiteSession::undoFinished, this, &SiteEditActions::undone);
    connect(m_session, &SiteSession::replaceFinished, this, [this](const SiteReplaceReport &report) {
        tellLeftAlone(QStringLiteral("siteReplaceProblems"), tr("Some posts were not changed"),
                      tr("Posts that changed since the preview or could not be written (left as they are): %1")
                          .arg(report.changedSince.size() + report.failed.size()),
                      report.changedSince + report.failed);
    });
    if (auto *mainWindow = qobject_cast<QMainWindow *>(window))
        mainWindow->statusBar()->addPermanentWidget(new BulkEditProgress(m_session, mainWindow));
    updateUndo();
}

SiteReplaceDialog *SiteEditActions::replaceDialog() const
{
    return m_dialog;
}

void SiteEditActions::addUndoAction(QMenu *menu)
{
    menu->addAction(m_undo);
}

void SiteEditActions::addReplaceAction(QMenu *menu)
{
    menu->addAction(m_replace);
}

void SiteEditActions::updateUndo()
{
    const SiteEditJournal &journal = m_session->journal();
    const bool idle = !m_session->isBulkEditing();
    m_undo->setEnabled(idle && journal.canUndo());
    m_replace->setEnabled(idle && m_session->hasIndex());
    m_undo->setToolTip(QString());
    // A term may hold "&": it is no mnemonic.
    const auto escaped = [](QString label) { return label.replace(QLatin1Char('&'), QLatin1String("&&")); };
    if (journal.canUndo()) {
        m_undo->setText(tr("Und&o %1", "a site edit: Undo Rename \"a\" → \"b\"").arg(escaped(journal.undoLabel())));
    } else if (!journal.tooLargeLabel().isEmpty()) {
        m_undo->setText(tr("Cannot Und&o %1: Too Large").arg(escaped(journal.tooLargeLabel())));
        m_undo->setToolTip(tr("The posts it changed were over %1 MB; they are not kept in memory.")
                               .arg(SiteEditJournal::maxBeforeBytes >> 20));
    } else {
        m_undo->setText(tr("Und&o Site Edit"));
    }
}

void SiteEditActions::undo()
{
    // The user may keep the open post unsaved: nothing starts then.
    if (m_session->journal().canUndo())
        m_session->startUndo();
}

void SiteEditActions::undone(const SiteUndoReport &report)
{
    // Stopped: the session said how far it got; the rest stays undoable.
    if (!report.canceled)
        emit message(tr("Undone: %1 (posts restored: %2)").arg(report.label).arg(report.restored.size()));
    tellLeftAlone(QStringLiteral("siteUndoProblems"), tr("Some posts were left alone"),
                  tr("Posts changed since \"%1\" were not restored; they stay as they are now: %2")
                      .arg(report.label).arg(report.leftAlone.size() + report.failed.size()),
                  report.leftAlone + report.failed);
}

void SiteEditActions::openReplaceDialog(const SearchQuery &query)
{
    if (!m_session->hasIndex())
        return;
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new SiteReplaceDialog(m_session, query, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->open();
}

void SiteEditActions::tellLeftAlone(const QString &objectName, const QString &title, const QString &text,
                                    const QList<Error> &errors)
{
    if (errors.isEmpty())
        return;
    QStringList lines;
    for (const Error &error : errors)
        lines.append(error.toString());
    // A few are named at once; more are in the details.
    constexpr int namedAtOnce = 3;
    const QString shown = lines.size() <= namedAtOnce ? text + QStringLiteral("\n\n") + lines.join(QLatin1Char('\n')) : text;
    auto *box = new QMessageBox(QMessageBox::Warning, title, shown, QMessageBox::Close, m_window);
    box->setObjectName(objectName);
    box->setDetailedText(lines.join(QLatin1Char('\n')));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace postwright
