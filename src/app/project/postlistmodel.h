// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "site/siteindex.h"
#include "vcs/gitrepository.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

namespace postwright {

// The posts of a site index as a table: title, date, state, tags, path.
// Updates in place (rows inserted, removed or changed) so that views keep
// their selection and scroll position when the index changes.
class PostListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostListModel)

public:
    enum Column { TitleColumn, DateColumn, StateColumn, TagsColumn, PathColumn, GitColumn, ColumnCount };
    enum Role {
        PathRole = Qt::UserRole + 1,   // relative to the site root
        AbsolutePathRole,
        TitleRole,
        SortRole,                      // a column's sort key
        DateRole,                      // QDateTime, invalid when the post has no date
        YearRole,                      // int, 0 when the post has no date
        StateRole,                     // int: a PostState, or SectionState
        KindRole,                      // int: a PostKind
        TagsRole,                      // QStringList
        CategoriesRole,                // QStringList
        ErrorRole,                     // the record's error message, or empty
        GitStateRole,                  // int: a GitFileState
    };
    // StateRole of a section page (Hugo _index.md): a list page, not a post.
    static constexpr int SectionState = -1;
    // StateRole of a page Hugo never writes (a headless bundle, `_build:
    // render: never` or `link`): not published, whatever its dates say.
    static constexpr int NoPageState = -2;

    explicit PostListModel(QObject *parent = nullptr);

    // Shows index. Same site: rows are updated in place; another site: reset.
    void setIndex(const SiteIndex &index);
    const SiteIndex &siteIndex() const { return m_index; }
    // Replaces the record with its path (or adds it); a record that does not
    // change anything shown emits nothing.
    void updateRecord(const PostRecord &record);
    void clear();
    // The posts' Git states (site-relative path → state; absent: unchanged).
    void setGitStates(const QHash<QString, GitFileState> &states);
    static QString gitStateText(GitFileState state);

    // The row of the post at path (relative or absolute), or -1.
    int rowOf(const QString &path) const;
    const PostRecord *record(int row) const;
    // The reference time for the states (tests pin it).
    void setNow(const QDateTime &now);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateText(int state);
    // The date as the list shows it: YYYY-MM-DD, as written when the post wrote it so.
    static QString dateText(const PostRecord &record);

private:
    QVariant displayText(const PostRecord &record, int column) const;
    QString toolTip(const PostRecord &record) const;
    QVariant sortValue(const QModelIndex &index, const PostRecord &record) const;

    int stateOf(const PostRecord &record) const;
    void emitRowChanged(int row);

    SiteIndex m_index;
    QHash<QString, GitFileState> m_git;
    QDateTime m_now = QDateTime::currentDateTime();
};

} // namespace postwright
