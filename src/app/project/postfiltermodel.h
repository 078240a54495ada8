// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTimer>

#include <optional>

namespace postwright {

// Sorts and filters a PostListModel: by text (title, path and terms at once;
// the posts' files are searched in the background and their matches join
// when the search ends), tag, category, state and year.
class PostFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostFilterModel)

public:
    explicit PostFilterModel(QObject *parent = nullptr);
    ~PostFilterModel() override;

    void setSourceModel(QAbstractItemModel *model) override;

    void setSearchText(const QString &text);
    QString searchText() const { return m_text; }
    // Empty: any.
    void setTag(const QString &tag);
    QString tag() const { return m_tag; }
    void setCategory(const QString &category);
    QString category() const { return m_category; }
    // A PostState as int or PostListModel::SectionState; nullopt: any.
    void setState(std::optional<int> state);
    std::optional<int> state() const { return m_state; }
    // 0: any.
    void setYear(int year);
    int year() const { return m_year; }
    void clearFilters();

    // True while the files are searched for the text.
    bool isSearchingBodies() const;
    // How long to wait after typing before the files are searched (default 200 ms).
    void setSearchDelay(int milliseconds) { m_searchTimer.setInterval(milliseconds); }

signals:
    // The files were searched and the matches are in the filter.
    void bodySearchFinished();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void startBodySearch();
    void onBodySearchFinished();
    void scheduleBodySearch();
    void refilter();

    QString m_text;
    QString m_tag;
    QString m_category;
    std::optional<int> m_state;
    int m_year = 0;
    // Absolute paths whose file contains m_bodyText.
    QSet<QString> m_bodyMatches;
    QString m_bodyText;
    QString m_searchingFor;
    QFutureWatcher<QSet<QString>> m_search;
    QTimer m_searchTimer;
    QList<QMetaObject::Connection> m_sourceConnections;
};

} // namespace postwright
