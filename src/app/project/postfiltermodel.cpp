// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/postfiltermodel.h"

#include "project/postlistmodel.h"

#include <QFile>
#include <QPromise>
#include <QtConcurrent>

namespace postwright {
namespace {

// Runs on a worker thread: the files that contain text, case-insensitively.
void searchFiles(QPromise<QSet<QString>> &promise, const QStringList &paths, const QString &text)
{
    QSet<QString> matches;
    for (const QString &path : paths) {
        if (promise.isCanceled())
            return;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        if (QString::fromUtf8(file.readAll()).contains(text, Qt::CaseInsensitive))
            matches.insert(path);
    }
    promise.addResult(matches);
}

bool containsText(const QStringList &terms, const QString &text)
{
    for (const QString &term : terms) {
        if (term.contains(text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

PostFilterModel::PostFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(PostListModel::SortRole);
    setDynamicSortFilter(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(200);
    connect(&m_searchTimer, &QTimer::timeout, this, &PostFilterModel::startBodySearch);
    connect(&m_search, &QFutureWatcherBase::finished, this, &PostFilterModel::onBodySearchFinished);
}

PostFilterModel::~PostFilterModel()
{
    m_search.cancel();
    m_search.waitForFinished();
}

void PostFilterModel::setSourceModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &c : std::as_const(m_sourceConnections))
        disconnect(c);
    m_sourceConnections.clear();
    QSortFilterProxyModel::setSourceModel(model);
    if (!model)
        return;
    // New files may hold the text: search again.
    m_sourceConnections = {
        connect(model, &QAbstractItemModel::rowsInserted, this, &PostFilterModel::scheduleBodySearch),
        connect(model, &QAbstractItemModel::modelReset, this, &PostFilterModel::scheduleBodySearch),
    };
}

void PostFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    m_search.cancel();
    refilter();
    scheduleBodySearch();
}

void PostFilterModel::setTag(const QString &tag)
{
    if (tag == m_tag)
        return;
    m_tag = tag;
    refilter();
}

void PostFilterModel::setCategory(const QString &category)
{
    if (category == m_category)
        return;
    m_category = category;
    refilter();
}

void PostFilterModel::setState(std::optional<int> state)
{
    if (state == m_state)
        return;
    m_state = state;
    refilter();
}

void PostFilterModel::setYear(int year)
{
    if (year == m_year)
        return;
    m_year = year;
    refilter();
}

void PostFilterModel::clearFilters()
{
    m_tag.clear();
    m_category.clear();
    m_state.reset();
    m_year = 0;
    m_text.clear();
    m_search.cancel();
    refilter();
}

void PostFilterModel::refilter()
{
    // Qt 6.4 has no beginFilterChange(); invalidateFilter() is the way.
    invalidateFilter();
}

bool PostFilterModel::isSearchingBodies() const
{
    return m_searchTimer.isActive() || m_search.isRunning();
}

void PostFilterModel::scheduleBodySearch()
{
    if (m_text.isEmpty()) {
        m_searchTimer.stop();
        return;
    }
    m_searchTimer.start();
}

void PostFilterModel::startBodySearch()
{
    QAbstractItemModel *model = sourceModel();
    if (!model || m_text.isEmpty())
        return;
    QStringList paths;
    paths.reserve(model->rowCount());
    for (int row = 0; row < model->rowCount(); ++row)
        paths.append(model->index(row, 0).data(PostListModel::AbsolutePathRole).toString());
    m_search.cancel();
    m_searchingFor = m_text;
    m_search.setFuture(QtConcurrent::run(&searchFiles, paths, m_text));
}

void PostFilterModel::onBodySearchFinished()
{
    const QFuture<QSet<QString>> future = m_search.future();
    if (future.isCanceled() || future.resultCount() == 0 || m_searchingFor != m_text)
        return;
    m_bodyMatches = future.result();
    m_bodyText = m_searchingFor;
    refilter();
    emit bodySearchFinished();
}

bool PostFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_tag.isEmpty() && !index.data(PostListModel::TagsRole).toStringList().contains(m_tag))
        return false;
    if (!m_category.isEmpty() && !index.data(PostListModel::CategoriesRole).toStringList().contains(m_category))
        return false;
    if (m_state && index.data(PostListModel::StateRole).toInt() != *m_state)
        return false;
    if (m_year != 0 && index.data(PostListModel::YearRole).toInt() != m_year)
        return false;
    if (m_text.isEmpty())
        return true;
    if (index.data(PostListModel::TitleRole).toString().contains(m_text, Qt::CaseInsensitive)
        || index.data(PostListModel::PathRole).toString().contains(m_text, Qt::CaseInsensitive)
        || containsText(index.data(PostListModel::TagsRole).toStringList(), m_text)
        || containsText(index.data(PostListModel::CategoriesRole).toStringList(), m_text))
        return true;
    return m_bodyText == m_text && m_bodyMatches.contains(index.data(PostListModel::AbsolutePathRole).toString());
}

bool PostFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    int order = 0;
    if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString)
        order = QString::localeAwareCompare(a.toString().toCaseFolded(), b.toString().toCaseFolded());
    else if (const QPartialOrdering compared = QVariant::compare(a, b); compared == QPartialOrdering::Less)
        order = -1;
    else if (compared == QPartialOrdering::Greater)
        order = 1;
    if (order != 0)
        return order < 0;
    // Equal keys: by path, so that the order is stable.
    return left.data(PostListModel::PathRole).toString() < right.data(PostListModel::PathRole).toString();
}

} // namespace postwright
