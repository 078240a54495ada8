// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/termlistmodel.h"

#include "site/termorder.h"

namespace postwright {

TermListModel::TermListModel(const QString &taxonomy, QObject *parent) : QAbstractTableModel(parent), m_taxonomy(taxonomy)
{
}

void TermListModel::setCounts(const QMap<QString, int> &counts)
{
    QList<QPair<QString, int>> terms;
    terms.reserve(counts.size());
    for (const QString &term : sortedTerms(counts.keys()))
        terms.append({term, counts.value(term)});
    if (terms == m_terms)
        return;
    // Same terms, other counts: the rows stay, and so does the selection.
    bool sameTerms = terms.size() == m_terms.size();
    for (qsizetype i = 0; sameTerms && i < terms.size(); ++i)
        sameTerms = terms.at(i).first == m_terms.at(i).first;
    if (sameTerms) {
        m_terms = terms;
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_terms = terms;
    endResetModel();
}

QStringList TermListModel::terms() const
{
    QStringList list;
    list.reserve(m_terms.size());
    for (const auto &term : m_terms)
        list.append(term.first);
    return list;
}

int TermListModel::count(const QString &term) const
{
    const int row = rowOf(term);
    return row < 0 ? 0 : m_terms.at(row).second;
}

int TermListModel::rowOf(const QString &term) const
{
    for (qsizetype i = 0; i < m_terms.size(); ++i) {
        if (m_terms.at(i).first == term)
            return int(i);
    }
    return -1;
}

int TermListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_terms.size());
}

int TermListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TermListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &[term, count] = m_terms.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == TermColumn ? QVariant(term) : QVariant(count);
    case Qt::ToolTipRole:
        return tr("%1 — posts: %2").arg(term).arg(count);
    case Qt::TextAlignmentRole:
        return index.column() == CountColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case TermRole:
        return term;
    case CountRole:
        return count;
    case OrderRole:
        return index.row();
    default:
        return {};
    }
}

QVariant TermListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == TermColumn ? tr("Term") : tr("Posts");
}

} // namespace postwright
