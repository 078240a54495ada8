// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/siteactions.h"

#include "project/newpostdialog.h"
#include "project/projectpanel.h"
#include "project/sitesession.h"
#include "project/termeditdialog.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

namespace postwright {
namespace {

bool wasCanceled(const Error &error)
{
    return SiteSession::wasCanceled(error);
}

} // namespace

SiteActions::SiteActions(SiteSession *session, QWidget *panel, ApplyTermEdit apply)
    : QObject(panel)
    , m_session(session)
    , m_parent(panel)
    , m_apply(std::move(apply))
{
}

void SiteActions::addPostActions(QMenu &menu, const QString &path, bool draft, const SiteIndex &index)
{
    QAction *publish = menu.addAction(ProjectPanel::tr("&Publish"), this, [this, path] {
        if (const auto published = m_session->publishPost(path); !published && !wasCanceled(published.error()))
            reportError(ProjectPanel::tr("Cannot publish the post"), published.error());
    });
    publish->setEnabled(draft);
    publish->setToolTip(m_session->config().kind == SiteKind::Jekyll ? ProjectPanel::tr("Move the draft into _posts with today's date")
                                                                     : ProjectPanel::tr("Set draft to false"));
    menu.addAction(ProjectPanel::tr("&Rename…"), this, [this, path, &index] { askRenamePost(path, index); });
    menu.addAction(ProjectPanel::tr("&Move…"), this, [this, path] { askMovePost(path); });
    menu.addAction(QIcon::fromTheme(QStringLiteral("user-trash")), ProjectPanel::tr("Move to &Trash…"), this,
                   [this, path, &index] { askTrashPost(path, index); });
}

void SiteActions::showWarnings(const SiteIndex &index)
{
    QStringList lines;
    for (const Error &error : index.warnings())
        lines.append(error.toString());
    for (const Error &error : index.errors())
        lines.append(error.toString());
    auto *box = new QMessageBox(QMessageBox::Warning, ProjectPanel::tr("Site warnings"),
                                ProjectPanel::tr("Files of the site that need a look: %1").arg(lines.size()), QMessageBox::Close, m_parent);
    box->setDetailedText(lines.join(QLatin1Char('\n')));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void SiteActions::reportError(const QString &title, const Error &error)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, error.toString(), QMessageBox::Close, m_parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void SiteActions::newPost(const QStringList &tags)
{
    if (!m_session->hasIndex())
        return;
    auto *dialog = new NewPostDialog(m_session->config(), tags, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString path = m_session->config().absolutePath(dialog->createdPath());
        m_session->refresh();
        emit message(ProjectPanel::tr("Created %1").arg(dialog->createdPath()));
        emit openPostRequested(path);
    });
    dialog->open();
}

void SiteActions::editTerm(TermEdit::Kind kind, const QString &taxonomy, const QString &term)
{
    if (!m_session->hasIndex())
        return;
    TermEdit edit;
    edit.kind = kind;
    edit.taxonomy = taxonomy;
    edit.term = term;
    edit.replacement = kind == TermEdit::Kind::Rename ? term : QString();
    auto *dialog = new TermEditDialog(m_session->index(), edit, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const TermEdit edit = dialog->edit();
        TermEditReport report = m_apply(edit, {});
        QList<Error> readOnly;
        for (const Error &error : std::as_const(report.failed)) {
            if (error.code == QLatin1String("read-only"))
                readOnly.append(error);
        }
        if (readOnly.isEmpty()) {
            reportTermEdit(report);
            return;
        }
        // Only the user may overrule a read-only post; it stays read-only.
        QStringList lines;
        for (const Error &error : std::as_const(readOnly))
            lines.append(error.toString());
        auto *ask = new QMessageBox(QMessageBox::Question, ProjectPanel::tr("Some posts are read-only"),
                                    ProjectPanel::tr("Posts that are read-only and were not changed: %1. Change them anyway? "
                                       "They stay read-only.").arg(readOnly.size()),
                                    QMessageBox::Save | QMessageBox::Cancel, m_parent);
        ask->setObjectName(QStringLiteral("readOnlyTermEditQuestion"));
        ask->button(QMessageBox::Save)->setText(ProjectPanel::tr("Change Anyway"));
        ask->setDetailedText(lines.join(QLatin1Char('\n')));
        ask->setAttribute(Qt::WA_DeleteOnClose);
        connect(ask, &QMessageBox::finished, this, [this, edit, report, ask]() mutable {
            if (ask->clickedButton() != ask->button(QMessageBox::Save)) {
                reportTermEdit(report);
                return;
            }
            // The posts written already no longer carry the term: the plan
            // is the read-only ones (and any other that still fails).
            TermEditOptions anyway;
            anyway.replaceReadOnly = true;
            const TermEditReport second = m_apply(edit, anyway);
            report.failed = second.failed;
            report.skipped += second.skipped;
            report.written += second.written;
            reportTermEdit(report);
        });
        ask->open();
    });
    dialog->open();
}

void SiteActions::reportTermEdit(const TermEditReport &report)
{
    if (report.failed.isEmpty() && report.skipped.isEmpty())
        return;
    QStringList lines;
    for (const Error &error : report.failed + report.skipped)
        lines.append(error.toString());
    auto *box = new QMessageBox(QMessageBox::Warning, ProjectPanel::tr("Some files were not changed"),
                                ProjectPanel::tr("Files that could not be written (left as they were): %1").arg(report.failed.size() + report.skipped.size()),
                                QMessageBox::Close, m_parent);
    box->setObjectName(QStringLiteral("termEditProblems"));
    box->setDetailedText(lines.join(QLatin1Char('\n')));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}


void SiteActions::askRenamePost(const QString &path, const SiteIndex &index)
{
    const PostRecord *record = index.post(path);
    if (!record)
        return;
    QString slug = record->slug;
    if (slug.isEmpty())
        slug = record->kind == PostKind::Bundle ? QFileInfo(QFileInfo(path).path()).fileName() : QFileInfo(path).completeBaseName();
    bool ok = false;
    const QString newSlug = QInputDialog::getText(m_parent, ProjectPanel::tr("Rename Post"), ProjectPanel::tr("New file name (slug):"), QLineEdit::Normal, slug, &ok);
    if (!ok || newSlug.trimmed().isEmpty() || newSlug.trimmed() == slug)
        return;
    if (const auto renamed = m_session->renamePost(path, newSlug.trimmed()); !renamed && !wasCanceled(renamed.error()))
        reportError(ProjectPanel::tr("Cannot rename the post"), renamed.error());
}

void SiteActions::askMovePost(const QString &path)
{
    const QString start = QFileInfo(m_session->absolute(path)).absolutePath();
    const QString folder = QFileDialog::getExistingDirectory(m_parent, ProjectPanel::tr("Move the post to"), start);
    if (folder.isEmpty())
        return;
    if (!m_session->config().contains(folder)) {
        reportError(ProjectPanel::tr("Cannot move the post"), Error{folder, 0, 0, ProjectPanel::tr("the folder is outside the site")});
        return;
    }
    if (const auto moved = m_session->movePost(path, m_session->config().relativePath(folder)); !moved && !wasCanceled(moved.error()))
        reportError(ProjectPanel::tr("Cannot move the post"), moved.error());
}

void SiteActions::askTrashPost(const QString &path, const SiteIndex &index)
{
    const PostRecord *record = index.post(path);
    const QString what = record && record->kind == PostKind::Bundle ? ProjectPanel::tr("the folder of \"%1\" with its files") : ProjectPanel::tr("\"%1\"");
    const auto answer = QMessageBox::question(m_parent, ProjectPanel::tr("Move to Trash"),
                                              ProjectPanel::tr("Move %1 to the trash?").arg(what.arg(record ? record->title : path)));
    if (answer != QMessageBox::Yes)
        return;
    if (const auto trashed = m_session->trashPost(path); !trashed && !wasCanceled(trashed.error()))
        reportError(ProjectPanel::tr("Cannot move the post to the trash"), trashed.error());
}

} // namespace postwright
