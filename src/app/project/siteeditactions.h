// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "site/siteeditjournal.h"
#include "site/sitereplace.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QWidget;

namespace postwright {

class FindBar;
class SiteReplaceDialog;
class SiteSession;

// Edit → Undo Rename "a" → "b" / Undo Replace in 12 Posts (the site's bulk
// edits, apart from the editor's own Ctrl+Z) and Edit → Replace in All
// Posts…, with what they tell the user afterwards.
class SiteEditActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SiteEditActions)

public:
    SiteEditActions(SiteSession *session, FindBar *findBar, QWidget *window);

    void addUndoAction(QMenu *menu);
    void addReplaceAction(QMenu *menu);
    QAction *undoAction() const { return m_undo; }
    QAction *replaceAction() const { return m_replace; }
    // Opens (or raises) the Replace in All Posts dialog with query.
    void openReplaceDialog(const SearchQuery &query);
    SiteReplaceDialog *replaceDialog() const;

signals:
    // A short report for the status bar.
    void message(const QString &text);

private:
    void updateUndo();
    void undo();
    void undone(const SiteUndoReport &report);
    void tellLeftAlone(const QString &objectName, const QString &title, const QString &text, const QList<Error> &errors);

    SiteSession *m_session = nullptr;
    FindBar *m_findBar = nullptr;
    QWidget *m_window = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_replace = nullptr;
    QPointer<SiteReplaceDialog> m_dialog;
};

} // namespace postwright
