// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "frontmatter/frontmatter.h"
#include "site/buildoptions.h"
#include "text/error.h"

#include <QDataStream>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace postwright {

enum class PostKind {
    Post,      // a Markdown file
    Bundle,    // Hugo leaf bundle: dir/index.md with its resources beside it
    Section,   // Hugo _index.md: a list page, not a post
};

enum class PostState { Published, Draft, Scheduled, Expired };

// What a build publishes beyond published posts: Hugo's buildDrafts,
// buildFuture and buildExpired, or the export's --drafts and --future.
struct BuildStates
{
    bool drafts = false;
    bool future = false;
    bool expired = false;
};

// What the index knows about one post: its front matter, read once, plus what
// the site's rules derive from its path. Dates keep the text as written.
struct PostRecord
{
    QString path;              // relative to the site root, '/' separators
    qint64 size = 0;           // file size, modification and change times
    qint64 modified = 0;       // (ms since the epoch; cp -p or touch -r do not
    qint64 changed = 0;        // set the change time back): the cache key with the path
    PostKind kind = PostKind::Post;
    QString title;             // front matter, else the slug
    QString slug;              // Jekyll: from the file name without its date
    QString section;           // Hugo: first folder under content/; Jekyll: folder categories
    std::optional<QString> dateText;  // the date as written (Jekyll: the file name's date)
    QDateTime date;
    QDateTime publishDate;
    QDateTime expiryDate;
    bool draft = false;        // Hugo draft: true; Jekyll _drafts/ or published: false
    // Hugo: `weight` (0: none) and `linkTitle` (empty: none), which its
    // lists sort by (hugoListOrder).
    int weight = 0;
    QString linkTitle;
    // The URL the front matter gives the post itself, as written (empty:
    // none): Hugo's and a plain folder's `url`, Zola's `path`, Jekyll's
    // `permalink` (ownUrlOf).
    QString ownUrl;
    // Taxonomy plural name -> terms as written (Jekyll folder categories too).
    QMap<QString, QStringList> terms;
    FrontMatterFormat format = FrontMatterFormat::None;
    // Hugo: `_build`, `headless` and (sections) `cascade` as written;
    // buildOptions() says what they come to.
    BuildFrontMatter build;
    // Hugo: what the cascades hand down (keys the front matter lacks),
    // filled by the SiteIndex the record is in; not cached.
    CascadeValues inherited;
    std::optional<Error> error;   // the post could not be read or its front matter does not parse

    QStringList tags() const { return terms.value(QStringLiteral("tags")); }
    QStringList categories() const { return terms.value(QStringLiteral("categories")); }

    // A draft by its own front matter, else by a cascade.
    bool isDraft() const { return inherited.draft.value_or(draft); }
    // publishDate (own, else cascaded), else date, as hugo.
    QDateTime effectivePublishDate() const;
    QDateTime effectiveExpiryDate() const { return expiryDate.isValid() ? expiryDate : inherited.expiryDate; }
    // Dated after now: effectivePublishDate.
    bool isFuture(const QDateTime &now) const;
    bool isExpired(const QDateTime &now) const
    {
        const QDateTime expiry = effectiveExpiryDate();
        return expiry.isValid() && expiry <= now;
    }
    // Draft first, then scheduled (isFuture), then expired.
    PostState state(const QDateTime &now) const;
    // The first of those states that a build publishing states leaves out;
    // nullopt when it builds the post (as far as its own front matter goes).
    std::optional<PostState> unbuiltAs(const BuildStates &states, const QDateTime &now) const;
};

QString postKindName(PostKind kind);
QString postStateName(PostState state);

QDataStream &operator<<(QDataStream &stream, const PostRecord &record);
QDataStream &operator>>(QDataStream &stream, PostRecord &record);

} // namespace postwright
