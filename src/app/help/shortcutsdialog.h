// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace postwright {

// Every action of a window with its shortcut, in menu order, filtered by
// what is typed in the search field (name, menu or keys).
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    // Lists the actions of the window's menu bar (submenus included).
    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    // Rows shown after filtering.
    int visibleRows() const;

private:
    void addMenu(const QString &path, const QList<QAction *> &actions);

    QLineEdit *m_search = nullptr;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace postwright
