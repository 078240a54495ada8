// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QMap>
#include <QPair>

namespace postwright {

// The terms of one taxonomy (tags, categories...) with their post counts.
class TermListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TermListModel)

public:
    enum Column { TermColumn, CountColumn, ColumnCount };
    enum Role {
        TermRole = Qt::UserRole + 1,
        CountRole,
        OrderRole,   // int: the term's place in the list's order (sortedTerms)
    };

    explicit TermListModel(const QString &taxonomy, QObject *parent = nullptr);

    QString taxonomy() const { return m_taxonomy; }
    // Shows counts (term -> number of posts); nothing happens when they are the same.
    void setCounts(const QMap<QString, int> &counts);
    QStringList terms() const;
    int count(const QString &term) const;
    // The row of term, or -1.
    int rowOf(const QString &term) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString m_taxonomy;
    QList<QPair<QString, int>> m_terms;
};

} // namespace postwright
