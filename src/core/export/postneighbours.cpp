// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/postneighbours.h"

#include "site/postrecord.h"

#include <QCryptographicHash>
#include <QtConcurrent>

#include <algorithm>

namespace postwright {
namespace {

// A tag shared by more posts than this counts only among its newest ones:
// the work stays linear on a site where every post has the same tag.
constexpr qsizetype maxPostsPerTag = 2000;

// Each post's tags, as positions into a list of distinct tags (case and
// spaces ignored, as the term pages group them).
QList<QList<qsizetype>> postsByTag(const QList<const PostRecord *> &posts, QList<QList<qsizetype>> &tagsOfPost)
{
    QHash<QString, qsizetype> tagIds;
    QList<QList<qsizetype>> byTag;
    tagsOfPost.resize(posts.size());
    for (qsizetype i = 0; i < posts.size(); ++i) {
        for (const QString &tag : posts.at(i)->tags()) {
            const QString key = tag.simplified().toCaseFolded();
            if (key.isEmpty())
                continue;
            qsizetype id = tagIds.value(key, -1);
            if (id < 0) {
                id = byTag.size();
                tagIds.insert(key, id);
                byTag.append(QList<qsizetype>());
            }
            if (tagsOfPost[i].contains(id))
                continue;
            tagsOfPost[i].append(id);
            if (byTag.at(id).size() < maxPostsPerTag)
                byTag[id].append(i);
        }
    }
    return byTag;
}

// Post i's related posts (PostNeighbourIndex); shared (zeros, one per
// post) and touched are the caller's to reuse, and left as they were.
QList<qsizetype> relatedOf(qsizetype i, const QList<QList<qsizetype>> &tagsOfPost, const QList<QList<qsizetype>> &byTag,
                           QList<int> &shared, QList<qsizetype> &touched)
{
    touched.clear();
    for (const qsizetype tag : tagsOfPost.at(i)) {
        for (const qsizetype other : byTag.at(tag)) {
            if (other == i)
                continue;
            if (shared[other]++ == 0)
                touched.append(other);
        }
    }
    // Most shared tags first; the posts are newest first, so a tie keeps
    // the newer post ahead.
    const qsizetype kept = std::min<qsizetype>(touched.size(), PostNeighbourIndex::maxRelated);
    std::partial_sort(touched.begin(), touched.begin() + kept, touched.end(), [&](qsizetype a, qsizetype b) {
        return shared[a] != shared[b] ? shared[a] > shared[b] : a < b;
    });
    for (const qsizetype other : std::as_const(touched))
        shared[other] = 0;
    return touched.first(kept);
}

} // namespace

PostNeighbourIndex::PostNeighbourIndex(const QList<const PostRecord *> &posts,
                                       const std::function<QString(const PostRecord &)> &urlOf, QThreadPool *pool)
{
    m_links.reserve(posts.size());
    for (qsizetype i = 0; i < posts.size(); ++i) {
        m_links.append({posts.at(i)->title, urlOf(*posts.at(i))});
        m_position.insert(posts.at(i)->path, i);
    }
    QList<QList<qsizetype>> tagsOfPost;
    const QList<QList<qsizetype>> byTag = postsByTag(posts, tagsOfPost);
    m_related.resize(posts.size());
    QList<qsizetype> *related = m_related.data();   // each span writes its own posts' elements
    // Each post's related posts on their own: in spans of posts, a span to
    // a thread, each with its counts.
    constexpr qsizetype span = 512;
    QList<qsizetype> spans;
    for (qsizetype from = 0; from < posts.size(); from += span)
        spans.append(from);
    m_keys.resize(posts.size());
    QByteArray *key = m_keys.data();
    const auto relate = [&](qsizetype from) {
        QList<int> shared(posts.size(), 0);
        QList<qsizetype> touched;
        for (qsizetype i = from; i < std::min(from + span, posts.size()); ++i) {
            related[i] = relatedOf(i, tagsOfPost, byTag, shared, touched);
            key[i] = keyOf(neighboursAt(i));
        }
    };
    if (pool)
        QtConcurrent::blockingMap(pool, spans, relate);
    else
        std::for_each(spans.cbegin(), spans.cend(), relate);
}

// The links of the post at position i, without the key.
PostNeighbours PostNeighbourIndex::neighboursAt(qsizetype i) const
{
    PostNeighbours neighbours;
    if (i > 0)
        neighbours.newer = m_links.at(i - 1);
    if (i + 1 < m_links.size())
        neighbours.older = m_links.at(i + 1);
    for (const qsizetype other : m_related.at(i))
        neighbours.related.append(m_links.at(other));
    return neighbours;
}

QByteArray PostNeighbourIndex::keyOf(const PostNeighbours &neighbours)
{
    QStringList parts;
    for (const std::optional<NeighbourLink> &link : {neighbours.newer, neighbours.older})
        parts << (link ? link->title + QChar(1) + link->url : QString());
    for (const NeighbourLink &link : std::as_const(neighbours.related))
        parts << link.title + QChar(1) + link.url;
    return QCryptographicHash::hash(parts.join(QChar(0)).toUtf8(), QCryptographicHash::Md5).toHex();
}

PostNeighbours PostNeighbourIndex::of(const QString &path) const
{
    const qsizetype i = m_position.value(path, -1);
    if (i < 0)
        return {};
    PostNeighbours neighbours = neighboursAt(i);
    neighbours.key = m_keys.at(i);
    return neighbours;
}

QByteArray PostNeighbourIndex::keyOf(const QString &path) const
{
    const qsizetype i = m_position.value(path, -1);
    return i < 0 ? QByteArray() : m_keys.at(i);
}

} // namespace postwright
