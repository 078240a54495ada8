// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The project panel's actions: the post and term context menus, the new
// post dialog, term edits and file operations (carried out by the
// SiteSession, asked for through SiteActions).
#include "project/projectpanel.h"

#include "project/postlistmodel.h"
#include "project/siteactions.h"
#include "project/termlistmodel.h"
#include "ui_projectpanel.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QMenu>
#include <QUrl>

#include <algorithm>

namespace postwright {

void ProjectPanel::newPost()
{
    m_actions->newPost(terms(tagsTaxonomy));
}

void ProjectPanel::editTerm(TermEdit::Kind kind, const QString &taxonomy, const QString &term)
{
    m_actions->editTerm(kind, taxonomy, term);
}

TermEditReport ProjectPanel::applyTermEdit(const TermEdit &edit, const TermEditOptions &options)
{
    // The filter follows the term to its new name.
    QComboBox *combo = edit.taxonomy == categoriesTaxonomy ? m_ui->categoryCombo : m_ui->tagCombo;
    const bool filtered = combo->currentData().toString() == edit.term;
    const TermEditReport report = m_session->applyTermEdit(edit, options);
    if (report.written.isEmpty() && report.failed.isEmpty() && report.skipped.isEmpty())
        return report;
    updateSummary();
    if (filtered)
        combo->setCurrentIndex(edit.kind == TermEdit::Kind::Delete ? 0 : std::max(0, combo->findData(edit.replacement)));
    return report;
}

Result<QString> ProjectPanel::publishPost(const QString &path)
{
    return m_session->publishPost(path);
}

Result<QString> ProjectPanel::renamePost(const QString &path, const QString &slug)
{
    return m_session->renamePost(path, slug);
}

Result<QString> ProjectPanel::movePost(const QString &path, const QString &folder)
{
    return m_session->movePost(path, folder);
}

Result<Success> ProjectPanel::trashPost(const QString &path)
{
    return m_session->trashPost(path);
}

void ProjectPanel::showPostMenu(const QPoint &pos)
{
    const QModelIndex index = m_ui->postView->indexAt(pos);
    if (!index.isValid()) {
        if (hasIndex()) {
            QMenu menu(this);
            menu.addAction(tr("New Post…"), this, &ProjectPanel::newPost);
            addSitePreviewEntry(menu);
            menu.exec(m_ui->postView->viewport()->mapToGlobal(pos));
        }
        return;
    }
    const QString path = index.data(PostListModel::PathRole).toString();
    const QString absolutePath = index.data(PostListModel::AbsolutePathRole).toString();
    const bool draft = index.data(PostListModel::StateRole).toInt() == int(PostState::Draft);
    QMenu menu(this);
    menu.addAction(tr("&Open"), this, [this, absolutePath] { emit openPostRequested(absolutePath); });
    menu.addAction(tr("Show &History…"), this, [this, absolutePath] { emit historyRequested(absolutePath); });
    menu.addSeparator();
    m_actions->addPostActions(menu, path, draft, this->index());
    menu.addSeparator();
    menu.addAction(tr("Show in &Folder"), this, [absolutePath] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(absolutePath).absolutePath()));
    });
    menu.addAction(tr("&New Post…"), this, &ProjectPanel::newPost);
    addSitePreviewEntry(menu);
    menu.exec(m_ui->postView->viewport()->mapToGlobal(pos));
}

void ProjectPanel::addSitePreviewEntry(QMenu &menu)
{
    if (!m_sitePreviewAction)
        return;
    menu.addSeparator();
    QAction *entry = menu.addAction(tr("Preview &Site"), m_sitePreviewAction.data(), &QAction::trigger);
    entry->setToolTip(m_sitePreviewAction->toolTip());
    entry->setEnabled(m_sitePreviewAction->isEnabled());
}

void ProjectPanel::showTermMenu(QTreeView *view, const QPoint &pos)
{
    const QModelIndex index = view->indexAt(pos);
    if (!index.isValid() || !hasIndex())
        return;
    const QString term = index.data(TermListModel::TermRole).toString();
    const QString taxonomy = view == m_ui->categoriesView ? categoriesTaxonomy : tagsTaxonomy;
    QMenu menu(this);
    menu.addAction(tr("Show Its &Posts"), this, [this, taxonomy, term] {
        taxonomy == categoriesTaxonomy ? setCategoryFilter(term) : setTagFilter(term);
    });
    menu.addSeparator();
    menu.addAction(tr("&Rename…"), this, [this, taxonomy, term] { editTerm(TermEdit::Kind::Rename, taxonomy, term); });
    menu.addAction(tr("&Merge Into…"), this, [this, taxonomy, term] { editTerm(TermEdit::Kind::Merge, taxonomy, term); });
    menu.addAction(tr("&Delete…"), this, [this, taxonomy, term] { editTerm(TermEdit::Kind::Delete, taxonomy, term); });
    menu.exec(view->viewport()->mapToGlobal(pos));
}

} // namespace postwright
