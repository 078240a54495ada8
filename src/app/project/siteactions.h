// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "site/siteindex.h"
#include "site/termedit.h"

#include <QObject>

#include <functional>

class QMenu;
class QWidget;

namespace postwright {

class SiteSession;

// What the project panel asks the user before it changes the site, and
// what it tells them after: the new-post dialog, the term edit dialog
// (and the read-only question), renaming, moving and trashing a post, the
// site's warnings. The changes themselves are the SiteSession's. Dialogs
// are window-modal on the panel and return at once.
class SiteActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SiteActions)

public:
    // Applies a term edit as the panel does (its filter follows the term).
    using ApplyTermEdit = std::function<TermEditReport(const TermEdit &, const TermEditOptions &)>;

    SiteActions(SiteSession *session, QWidget *panel, ApplyTermEdit apply);

    // tags: offered as the new post's tags.
    void newPost(const QStringList &tags);
    void editTerm(TermEdit::Kind kind, const QString &taxonomy, const QString &term);
    // The actions of the post at path on the post list's menu.
    void addPostActions(QMenu &menu, const QString &path, bool draft, const SiteIndex &index);
    void showWarnings(const SiteIndex &index);

signals:
    void openPostRequested(const QString &path);
    // A short report for the status bar.
    void message(const QString &text);

private:
    void askRenamePost(const QString &path, const SiteIndex &index);
    void askMovePost(const QString &path);
    void askTrashPost(const QString &path, const SiteIndex &index);
    void reportError(const QString &title, const Error &error);
    // Says which files a term edit left as they were (a window-modal box).
    void reportTermEdit(const TermEditReport &report);

    SiteSession *m_session = nullptr;
    QWidget *m_parent = nullptr;
    ApplyTermEdit m_apply;
};

} // namespace postwright
