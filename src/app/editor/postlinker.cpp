// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/postlinker.h"

#include "project/sitesession.h"
#include "settings/appsettings.h"
#include "site/siteindex.h"

#include <QDateTime>

namespace postwright {

PostLinker::PostLinker(SiteSession *site, std::function<QString()> postPath, QObject *parent)
    : QObject(parent)
    , m_site(site)
    , m_postPath(std::move(postPath))
{
}

bool PostLinker::hasPosts() const
{
    return m_site && m_site->hasIndex() && !m_site->index().posts().isEmpty();
}

bool PostLinker::isHugoSite() const
{
    return m_site && m_site->hasIndex() && m_site->config().kind == SiteKind::Hugo;
}

QString PostLinker::postInSite() const
{
    const QString path = m_postPath();
    return path.isEmpty() || !hasPosts() ? QString() : m_site->config().relativePath(path);
}

QList<PostRecord> PostLinker::matches(const QString &typed, int limit) const
{
    if (!hasPosts())
        return {};
    const QList<PostRecord> &posts = m_site->index().posts();
    QList<PostRecord> found;
    for (const qsizetype i : markdown::matchPosts(posts, typed, postInSite(), limit))
        found.append(posts.at(i));
    return found;
}

std::optional<PostRecord> PostLinker::post(const QString &path) const
{
    const PostRecord *record = hasPosts() ? m_site->index().post(path) : nullptr;
    return record ? std::optional<PostRecord>(*record) : std::nullopt;
}

PostLink PostLinker::linkTo(const PostRecord &post) const
{
    PostLink link;
    link.title = post.title;
    if (!hasPosts())
        return link;
    const std::optional<QString> url =
        markdown::postLinkUrl(m_site->config(), m_postPath(), post.path, AppSettings::load().postLinkStyle);
    if (url)
        link.url = *url;
    else
        link.problem = tr("Save the post first: a relative link starts from the post's folder.");
    // hugo, jekyll and zola stop their build at a link to a page they do
    // not build (REF_NOT_FOUND, "Could not find post"): linked all the same
    // (it is published first, say), with the writer told.
    const SiteIndex &index = m_site->index();
    if (url && m_site->config().kind != SiteKind::Plain) {
        const std::optional<PostState> stops = index.notBuiltAs(post, index.configStates(), QDateTime::currentDateTimeUtc());
        if (stops == PostState::Draft)
            link.note = tr("\"%1\" is a draft: the site's build stops at this link until it is published").arg(post.title);
        else if (stops == PostState::Scheduled)
            link.note = tr("\"%1\" is scheduled: the site's build stops at this link until its date").arg(post.title);
        else if (stops == PostState::Expired)
            link.note = tr("\"%1\" has expired: the site's build stops at this link").arg(post.title);
    }
    return link;
}

} // namespace postwright
