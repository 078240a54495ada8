// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "help/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace postwright {
namespace {

QString plainText(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("&(?!&)"))).remove(QStringLiteral("…")).trimmed();
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("&Search:"), this);
    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Command, menu or keys"));
    m_search->setAccessibleName(tr("Search shortcuts"));
    m_search->setAccessibleDescription(tr("Shows only the commands whose name, menu or keys contain the text"));
    label->setBuddy(m_search);
    layout->addWidget(label);
    layout->addWidget(m_search);

    m_model = new QStandardItemModel(0, 3, this);
    m_model->setHorizontalHeaderLabels({tr("Command"), tr("Menu"), tr("Shortcut")});
    if (auto *bar = window ? window->findChild<QMenuBar *>() : nullptr)
        addMenu(QString(), bar->actions());
    m_filter = new QSortFilterProxyModel(this);
    m_filter->setSourceModel(m_model);
    m_filter->setFilterKeyColumn(-1);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(m_search, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);

    m_view = new QTableView(this);
    m_view->setModel(m_filter);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_view->setAccessibleName(tr("Shortcuts"));
    m_view->setAccessibleDescription(tr("Each command with its menu and keyboard shortcut"));
    layout->addWidget(m_view, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 32);
}

void ShortcutsDialog::addMenu(const QString &path, const QList<QAction *> &actions)
{
    for (QAction *action : actions) {
        if (action->isSeparator())
            continue;
        if (QMenu *menu = action->menu()) {
            // Recent files are paths, not commands.
            if (menu->objectName() == QLatin1String("recentMenu"))
                continue;
            const QString name = plainText(action->text());
            addMenu(path.isEmpty() ? name : tr("%1 → %2").arg(path, name), menu->actions());
            continue;
        }
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys.append(key.toString(QKeySequence::NativeText));
        m_model->appendRow({new QStandardItem(plainText(action->text())), new QStandardItem(path),
                            new QStandardItem(keys.join(tr(", ")))});
    }
}

int ShortcutsDialog::visibleRows() const
{
    return m_filter->rowCount();
}

} // namespace postwright
