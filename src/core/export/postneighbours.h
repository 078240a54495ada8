// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

class QThreadPool;

#include <functional>
#include <optional>

namespace postwright {

struct PostRecord;

// A post another post's page links to: its title and site-absolute URL.
struct NeighbourLink
{
    QString title;
    QString url;
};

// What a post's page shows of the other posts: the one before and after
// it by date, and those sharing the most tags with it.
struct PostNeighbours
{
    std::optional<NeighbourLink> newer;
    std::optional<NeighbourLink> older;
    QList<NeighbourLink> related;
    // Changes whenever one of the above does (the page is made again).
    QByteArray key;
};

// The neighbours of every post of a site, computed once per export.
// posts: the site's own published posts that have a page, newest first
// (drafts and posts left out of the lists are not among them); urlOf: a
// post's site-absolute URL. Related posts share at least one tag, most
// shared first, then newest; at most maxRelated; worked out on pool's
// threads (none: the calling thread's alone). Pure.
class PostNeighbourIndex final
{
public:
    static constexpr int maxRelated = 4;

    PostNeighbourIndex() = default;
    PostNeighbourIndex(const QList<const PostRecord *> &posts,
                       const std::function<QString(const PostRecord &)> &urlOf, QThreadPool *pool = nullptr);

    // Empty neighbours (and key) for a post that is not among the posts.
    PostNeighbours of(const QString &path) const;
    // of(path).key, worked out with the neighbours.
    QByteArray keyOf(const QString &path) const;

private:
    PostNeighbours neighboursAt(qsizetype i) const;
    static QByteArray keyOf(const PostNeighbours &neighbours);

    QList<NeighbourLink> m_links;            // by position in the posts
    QHash<QString, qsizetype> m_position;    // path -> position
    QList<QList<qsizetype>> m_related;       // position -> related positions
    QList<QByteArray> m_keys;                // position -> the neighbours' key
};

} // namespace postwright
