// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/postlistmodel.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QIcon>
#include <QPalette>
#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace postwright {
namespace {

// Beyond this many changed rows one reset is cheaper than row signals.
const int maxIncrementalChanges = 400;

bool sameRecord(const PostRecord &a, const PostRecord &b)
{
    return a.path == b.path && a.size == b.size && a.modified == b.modified && a.kind == b.kind && a.title == b.title
           && a.slug == b.slug && a.dateText == b.dateText && a.date == b.date && a.publishDate == b.publishDate
           && a.expiryDate == b.expiryDate && a.draft == b.draft && a.inherited == b.inherited && a.terms == b.terms && a.error.has_value() == b.error.has_value()
           && (!a.error || a.error->message == b.error->message);
}

qsizetype lowerBound(const QList<PostRecord> &posts, const QString &path)
{
    const auto it = std::lower_bound(posts.cbegin(), posts.cend(), path,
                                     [](const PostRecord &r, const QString &p) { return r.path < p; });
    return it - posts.cbegin();
}

} // namespace

PostListModel::PostListModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void PostListModel::setIndex(const SiteIndex &index)
{
    const QList<PostRecord> &incoming = index.posts();
    const bool sameSite = !m_index.config().root.isEmpty() && m_index.config().root == index.config().root
                          && m_index.config().fingerprint == index.config().fingerprint;
    int changes = 0;
    if (sameSite) {
        // Counted first, to choose between a reset and row signals.
        qsizetype kept = 0;
        for (const PostRecord &r : incoming) {
            const PostRecord *old = m_index.post(r.path);
            if (old)
                ++kept;
            if (!old || !sameRecord(*old, r))
                ++changes;
        }
        changes += int(m_index.posts().size() - kept);
    }
    if (!sameSite || changes > maxIncrementalChanges) {
        beginResetModel();
        m_index = index;
        endResetModel();
        return;
    }
    if (changes == 0) {
        m_index = index;
        return;
    }
    for (qsizetype row = m_index.posts().size() - 1; row >= 0; --row) {
        const QString path = m_index.posts().at(row).path;
        if (!index.post(path)) {
            beginRemoveRows({}, int(row), int(row));
            m_index.remove(path);
            endRemoveRows();
        }
    }
    // Changed rows are told in one signal over their span: a view whose
    // columns fit their contents measures every row once per signal, and a
    // bulk edit changes hundreds of posts at a time.
    // The rows are in path order: the changed span runs from the least
    // changed path to the greatest.
    QString firstChanged;
    QString lastChanged;
    for (const PostRecord &r : incoming) {
        const qsizetype row = lowerBound(m_index.posts(), r.path);
        if (row < m_index.posts().size() && m_index.posts().at(row).path == r.path) {
            if (!sameRecord(m_index.posts().at(row), r)) {
                m_index.insert(r);
                if (firstChanged.isEmpty() || r.path < firstChanged)
                    firstChanged = r.path;
                if (r.path > lastChanged)
                    lastChanged = r.path;
            }
        } else {
            beginInsertRows({}, int(row), int(row));
            m_index.insert(r);
            endInsertRows();
        }
    }
    if (!lastChanged.isEmpty()) {
        emit dataChanged(this->index(int(lowerBound(m_index.posts(), firstChanged)), 0),
                         this->index(int(lowerBound(m_index.posts(), lastChanged)), ColumnCount - 1));
    }
    // Same records in the same order now; this carries the config, warnings and stats over.
    m_index = index;
}

void PostListModel::updateRecord(const PostRecord &record)
{
    const qsizetype row = lowerBound(m_index.posts(), record.path);
    if (row < m_index.posts().size() && m_index.posts().at(row).path == record.path) {
        if (sameRecord(m_index.posts().at(row), record))
            return;
        m_index.insert(record);
        emitRowChanged(int(row));
        return;
    }
    beginInsertRows({}, int(row), int(row));
    m_index.insert(record);
    endInsertRows();
}

void PostListModel::clear()
{
    beginResetModel();
    m_index = SiteIndex();
    endResetModel();
}

void PostListModel::setGitStates(const QHash<QString, GitFileState> &states)
{
    if (states == m_git)
        return;
    m_git = states;
    if (rowCount() > 0)
        emit dataChanged(index(0, GitColumn), index(rowCount() - 1, GitColumn));
}

QString PostListModel::gitStateText(GitFileState state)
{
    switch (state) {
    case GitFileState::New:
        return tr("new");
    case GitFileState::Modified:
        return tr("modified");
    case GitFileState::Staged:
        return tr("staged");
    case GitFileState::Conflicted:
        return tr("conflicted");
    case GitFileState::Deleted:
        return tr("deleted");
    case GitFileState::Unchanged:
        break;
    }
    return {};
}

void PostListModel::setNow(const QDateTime &now)
{
    m_now = now;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int PostListModel::rowOf(const QString &path) const
{
    if (path.isEmpty() || m_index.config().root.isEmpty())
        return -1;
    const PostRecord *r = m_index.post(path);
    return r ? int(r - m_index.posts().constData()) : -1;
}

const PostRecord *PostListModel::record(int row) const
{
    return row >= 0 && row < m_index.posts().size() ? &m_index.posts().at(row) : nullptr;
}

void PostListModel::emitRowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int PostListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_index.posts().size());
}

int PostListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int PostListModel::stateOf(const PostRecord &record) const
{
    if (record.kind == PostKind::Section)
        return SectionState;
    // A headless bundle or a `_build: render: never|link` page is never a page of the site.
    if (!buildOptions(m_index, record).writesPage())
        return NoPageState;
    return int(m_index.state(record, m_now));
}

QString PostListModel::stateText(int state)
{
    switch (state) {
    case SectionState:
        return tr("section");
    case NoPageState:
        return tr("no page");
    case int(PostState::Draft):
        return tr("draft");
    case int(PostState::Scheduled):
        return tr("scheduled");
    case int(PostState::Expired):
        return tr("expired");
    default:
        break;
    }
    return tr("published");
}

QString PostListModel::dateText(const PostRecord &record)
{
    static const QRegularExpression isoDay(QStringLiteral(R"(^\s*(\d{4}-\d{2}-\d{2}))"));
    if (record.dateText) {
        const QRegularExpressionMatch m = isoDay.match(*record.dateText);
        if (m.hasMatch())
            return m.captured(1);
    }
    return record.date.isValid() ? record.date.toLocalTime().date().toString(Qt::ISODate) : QString();
}

QVariant PostListModel::displayText(const PostRecord &r, int column) const
{
    switch (column) {
    case TitleColumn:
        return r.title.isEmpty() ? r.path : r.title;
    case DateColumn:
        return dateText(r);
    case StateColumn:
        return stateText(stateOf(r));
    case TagsColumn:
        return r.tags().join(QStringLiteral(", "));
    case PathColumn:
        return r.path;
    case GitColumn:
        return gitStateText(m_git.value(r.path));
    default:
        return {};
    }
}

QString PostListModel::toolTip(const PostRecord &r) const
{
    QString tip = QStringLiteral("<b>%1</b><br>%2").arg(r.title.toHtmlEscaped(), r.path.toHtmlEscaped());
    if (!r.tags().isEmpty())
        tip += QStringLiteral("<br>") + tr("Tags: %1").arg(r.tags().join(QStringLiteral(", ")).toHtmlEscaped());
    if (!r.categories().isEmpty())
        tip += QStringLiteral("<br>") + tr("Categories: %1").arg(r.categories().join(QStringLiteral(", ")).toHtmlEscaped());
    if (stateOf(r) == NoPageState)
        tip += QStringLiteral("<br>") + tr("Hugo writes no page for it (headless, or build options).");
    if (const GitFileState git = m_git.value(r.path); git != GitFileState::Unchanged)
        tip += QStringLiteral("<br>") + tr("Git: %1 (not published yet)").arg(gitStateText(git));
    if (r.error)
        tip += QStringLiteral("<br><span style='color:#b00'>%1</span>").arg(r.error->message.toHtmlEscaped());
    return tip;
}

QVariant PostListModel::sortValue(const QModelIndex &index, const PostRecord &r) const
{
    switch (index.column()) {
    case DateColumn:
        return r.date.isValid() ? r.date.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    case StateColumn:
        return stateOf(r);
    case TitleColumn:
        return r.title.isEmpty() ? r.path : r.title;
    default:
        return displayText(r, index.column());
    }
}

QVariant PostListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PostRecord &r = m_index.posts().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return displayText(r, index.column());
    case Qt::ToolTipRole:
        return toolTip(r);
    case Qt::DecorationRole:
        if (index.column() == TitleColumn && r.error)
            return QIcon::fromTheme(QStringLiteral("dialog-warning"));
        return {};
    case Qt::ForegroundRole: {
        const int state = stateOf(r);
        if (state != int(PostState::Published))
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    }
    case Qt::FontRole:
        if (r.kind == PostKind::Section) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case SortRole:
        return sortValue(index, r);
    case PathRole:
        return r.path;
    case AbsolutePathRole:
        return m_index.config().absolutePath(r.path);
    case TitleRole:
        return r.title;
    case DateRole:
        return r.date;
    case YearRole: {
        const QString day = dateText(r);
        return day.isEmpty() ? 0 : day.left(4).toInt();
    }
    case StateRole:
        return stateOf(r);
    case KindRole:
        return int(r.kind);
    case TagsRole:
        return r.tags();
    case CategoriesRole:
        return r.categories();
    case ErrorRole:
        return r.error ? r.error->message : QString();
    case GitStateRole:
        return int(m_git.value(r.path));
    default:
        return {};
    }
}

QVariant PostListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case DateColumn:
        return tr("Date");
    case StateColumn:
        return tr("State");
    case TagsColumn:
        return tr("Tags");
    case PathColumn:
        return tr("Path");
    case GitColumn:
        return tr("Git");
    default:
        return {};
    }
}

} // namespace postwright
