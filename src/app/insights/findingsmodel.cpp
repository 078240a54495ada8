// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "insights/findingsmodel.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

namespace postwright {

FindingsModel::FindingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FindingsModel::setFindings(const QList<Finding> &findings)
{
    beginResetModel();
    m_findings = findings;
    endResetModel();
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Finding &f = m_findings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn: return f.severity == Severity::Error ? tr("Error") : tr("Warning");
        case LineColumn: return f.line;
        case MessageColumn: return f.message;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn)
            return QApplication::style()->standardIcon(f.severity == Severity::Error ? QStyle::SP_MessageBoxCritical
                                                                                     : QStyle::SP_MessageBoxWarning);
        break;
    case Qt::ToolTipRole:
        return f.fix.isEmpty() ? f.message : tr("%1\nFix: %2").arg(f.message, f.fix);
    case LineRole: return f.line;
    case ColumnRole: return f.column;
    case CodeRole: return f.code;
    case FixRole: return f.fix;
    default:
        break;
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case LineColumn: return tr("Line");
    case MessageColumn: return tr("Problem");
    }
    return {};
}

} // namespace postwright
