// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Zola's rules: its config file, how a file name gives a page its slug and
// date, and where a page is published.

#include "site/postrecord.h"
#include "site/siteconfig.h"

#include <QDate>

#include <optional>

namespace postwright {

// The Zola config file of root (config.toml, or zola.toml as newer Zola
// also reads) when it sets base_url, the key only Zola has; else empty.
QString zolaConfigFile(const QString &root);

// Reads config.kind == Zola's config file: content/, the declared
// taxonomies (`taxonomies = [{name = "tags"}, ...]`), [slugify].
Result<Success> readZolaConfig(SiteConfig &config);

// Zola's slugify_paths: "on" the slug crate (ASCII, lower case, runs of
// other characters one '-'), "safe" only what a file name cannot hold
// removed, "off" as it is.
QString zolaSlugify(const QString &text, QStringView strategy);

// A page's file (or bundle folder) name that starts with a date
// (YYYY-MM-DD or an RFC 3339 date-time) and optionally "_"/"-" and a slug.
struct ZolaFileName
{
    QString dateText;
    QString slug;   // empty when the name is only the date
};
std::optional<ZolaFileName> parseZolaFileName(const QString &name);

// What Zola derives for record (kind, path and slug already set): the slug
// from `slug`, else the file or bundle name without its date, slugified;
// the date from the name when the front matter has none; `render = false`
// as no page of its own.
void applyZolaPageRules(const SiteConfig &config, const FrontMatter &frontMatter, PostRecord &record);

// The URL path Zola publishes record at: `path` (pathOverride) when set,
// else the section folders + slug, with a trailing '/'. A section: its
// folders.
QString zolaPageUrl(const SiteConfig &config, const PostRecord &record, const QString &pathOverride);

// The URL path of a taxonomy term's page: /[taxonomy_root/]taxonomy/slug/.
QString zolaTermUrl(const SiteConfig &config, const QString &taxonomy, const QString &term);

} // namespace postwright
