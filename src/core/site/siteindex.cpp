// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "site/siteindex.h"

#include "site/siterules.h"

#include <QDir>

#include <algorithm>

namespace postwright {

SiteIndex::SiteIndex(SiteConfig config, QList<PostRecord> posts, QList<Error> warnings)
    : m_config(std::move(config)), m_posts(std::move(posts)), m_warnings(std::move(warnings))
{
    std::sort(m_posts.begin(), m_posts.end(), [](const PostRecord &a, const PostRecord &b) { return a.path < b.path; });
}

QString SiteIndex::relative(const QString &path) const
{
    return QDir::isAbsolutePath(path) ? m_config.relativePath(path) : QDir::cleanPath(path);
}

qsizetype SiteIndex::lowerBound(const QString &path) const
{
    const auto it = std::lower_bound(m_posts.cbegin(), m_posts.cend(), path,
                                     [](const PostRecord &r, const QString &p) { return r.path < p; });
    return it - m_posts.cbegin();
}

const PostRecord *SiteIndex::post(const QString &path) const
{
    const QString rel = relative(path);
    const qsizetype i = lowerBound(rel);
    if (i < m_posts.size() && m_posts.at(i).path == rel)
        return &m_posts.at(i);
    return nullptr;
}

QList<Error> SiteIndex::errors() const
{
    QList<Error> errors = m_folderErrors;
    for (const PostRecord &r : m_posts) {
        if (r.error)
            errors.append(*r.error);
    }
    return errors;
}

void SiteIndex::insert(const PostRecord &record)
{
    const qsizetype i = lowerBound(record.path);
    if (i < m_posts.size() && m_posts.at(i).path == record.path)
        m_posts[i] = record;
    else
        m_posts.insert(i, record);
}

bool SiteIndex::remove(const QString &path)
{
    const QString rel = relative(path);
    const qsizetype i = lowerBound(rel);
    if (i < m_posts.size() && m_posts.at(i).path == rel) {
        m_posts.removeAt(i);
        return true;
    }
    return false;
}

QMap<QString, int> SiteIndex::termCounts(const QString &taxonomy) const
{
    QMap<QString, int> counts;
    for (const PostRecord &r : m_posts) {
        if (r.kind == PostKind::Section)
            continue;
        const auto it = r.terms.constFind(taxonomy);
        if (it == r.terms.cend())
            continue;
        for (const QString &term : *it)
            ++counts[term];
    }
    return counts;
}

QStringList SiteIndex::postsWithTerm(const QString &taxonomy, const QString &term) const
{
    QStringList paths;
    for (const PostRecord &r : m_posts) {
        if (r.kind != PostKind::Section && r.terms.value(taxonomy).contains(term))
            paths.append(r.path);
    }
    return paths;
}

bool SiteIndex::isPublished(const PostRecord &record, const QDateTime &now) const
{
    return postwright::isPublished(m_config, record, now);
}

} // namespace postwright
