// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QCompleter;
class QLineEdit;
class QStringListModel;

namespace postwright {

class FlowLayout;

// Tags or categories as chips: type a term and press Enter (or a comma) to
// add it, with completion from the site's terms; click a chip's × to remove.
class ChipEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChipEditor)

public:
    explicit ChipEditor(QWidget *parent = nullptr);

    QStringList items() const { return m_items; }
    void setItems(const QStringList &items);
    void setCompletions(const QStringList &terms);
    QLineEdit *lineEdit() const { return m_input; }

signals:
    // The user added or removed a chip.
    void itemsEdited(const QStringList &items);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuildChips();
    void styleChip(QWidget *chip) const;
    void addFromInput();
    void removeItem(const QString &item);

    QStringList m_items;
    FlowLayout *m_flow = nullptr;
    QLineEdit *m_input = nullptr;
    QStringListModel *m_completionModel = nullptr;
    QList<QWidget *> m_chips;
};

} // namespace postwright
