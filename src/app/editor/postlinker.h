// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "markdown/postlink.h"
#include "site/postrecord.h"

#include <QObject>

#include <functional>
#include <optional>

namespace postwright {

class SiteSession;

// A link to a post, ready to insert: its title and URL; or why none can
// be made.
struct PostLink
{
    QString title;
    QString url;
    QString problem;
    // Made, with a word for the writer: the post is not published yet.
    QString note;
};

// Links from the open post to the other posts of the open site, for the
// "[" completion and Format → Link to Post: which posts a text names
// (core's matchPosts over the site's index) and the link to one
// (postLinkUrl, in the style the settings choose for Hugo sites).
class PostLinker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostLinker)

public:
    // postPath: the open post's file (absolute; empty: not saved yet).
    PostLinker(SiteSession *site, std::function<QString()> postPath, QObject *parent = nullptr);

    bool hasPosts() const;
    bool isHugoSite() const;
    // The posts whose title (or path) holds typed, best first.
    QList<PostRecord> matches(const QString &typed, int limit) const;
    // The post at path (site-relative), if the site still has it.
    std::optional<PostRecord> post(const QString &path) const;
    PostLink linkTo(const PostRecord &post) const;

private:
    QString postInSite() const;

    SiteSession *m_site = nullptr;
    std::function<QString()> m_postPath;
};

} // namespace postwright
