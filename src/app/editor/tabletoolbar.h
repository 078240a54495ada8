// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "markdown/tableedit.h"

#include <QHash>
#include <QToolBar>

#include <optional>

class QLabel;
class QPlainTextEdit;

namespace postwright {

// The strip below the editor that shows while the cursor is in a GitHub
// table: add and remove rows and columns, align the column, line the pipes
// up (core's markdown/tableedit). Rows, columns and alignment are buttons
// with menus, so that the strip fits a narrow editor. Each action is one undo step and leaves
// the cursor in its cell.
class TableToolBar final : public QToolBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TableToolBar)

public:
    explicit TableToolBar(QPlainTextEdit *editor, QWidget *parent = nullptr);

    QAction *action(markdown::TableAction action) const { return m_actions.value(int(action)); }
    // Applies action to the table at the cursor; false when there is none
    // or the action does not apply there.
    bool apply(markdown::TableAction action);

private:
    // A button for a group of actions: a click does click (none: shows the
    // menu), its menu offers all of entries.
    void addGroup(const QString &name, const QString &text, const char *icon, std::optional<markdown::TableAction> click,
                  const QList<std::pair<markdown::TableAction, QString>> &entries);
    std::optional<markdown::TableLines> tableAtCursor() const;
    void updateForCursor();

    QPlainTextEdit *m_editor = nullptr;
    QHash<int, QAction *> m_actions;
    QLabel *m_tooLarge = nullptr;
    QAction *m_tooLargeAction = nullptr;
};

} // namespace postwright
