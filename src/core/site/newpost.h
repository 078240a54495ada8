// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "site/siteconfig.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>

namespace postwright {

struct NewPostOptions
{
    QString title;
    QString slug;            // the file name's stem; empty: made from the title
    QStringList tags;
    bool draft = false;
    bool bundle = false;     // Hugo/plain: slug/index.md, a page bundle
    QString section;         // Hugo: the content section (default: posts, or post if that exists)
    QDateTime now = QDateTime::currentDateTime();
};

// Where a new post goes, relative to the root, without creating it:
// Hugo content/<section>/<slug>.md (or <slug>/index.md), Zola
// content/[blog|posts|<section>/]<slug>.md, Jekyll
// _drafts/<slug>.md or _posts/YYYY-MM-DD-<slug>.md, plain <slug>.md.
Result<QString> newPostPath(const SiteConfig &config, const NewPostOptions &options);

// The slug a new post gets: options.slug made safe for a file name, else
// the title's.
QString newPostSlug(const NewPostOptions &options);

// Creates the post and returns its path relative to the root. Hugo: from
// archetypes/<section>.md, else archetypes/default.md, else a YAML default
// (title, date with zone, draft); Zola: TOML (+++) with title, date, draft
// and [taxonomies] tags (an error when config.toml declares no tags);
// Jekyll and plain: YAML front matter.
// The title, tags and draft flag are then set through the front-matter
// writer. Fails when the file exists or the title gives no file name.
Result<QString> createPost(const SiteConfig &config, const NewPostOptions &options);

// Fills the archetype forms Hugo's default archetypes use:
// {{ replace .File.ContentBaseName "-" " " | title }} (also with .Name),
// {{ .Date }}, {{ .Name }} and {{ .File.ContentBaseName }}; anything else is
// left as written.
QString fillArchetype(const QString &archetype, const QString &baseName, const QDateTime &date);

// date as Hugo writes it: 2025-06-03T10:00:00+02:00.
QString rfc3339(const QDateTime &date);

} // namespace postwright
