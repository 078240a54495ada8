// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exportsettings.h"
#include "site/postrecord.h"
#include "site/siteconfig.h"

#include <QString>

namespace postwright {

// The front-matter keys that move a post: Hugo `url`, Jekyll `permalink`.
struct UrlOverrides
{
    QString url;
    QString permalink;
};

// A site-absolute URL path such as "/posts/hello/" or "/2024/01/hello.html".
// sanitized: something unsafe ("..", a backslash, a control character) was
// removed from it, which the caller reports.
struct UrlPath
{
    QString path;
    bool sanitized = false;
};

// Where the site's own generator would publish the post: Hugo
// /<content path>/<file-or-bundle-name or slug>/ ([permalinks], url);
// Jekyll the permalink pattern (:year :month :day :title :slug :categories...);
// a Hugo section (_index.md): its folder, or `url`;
// Zola `path` (overrides.url), else the section folders + slug;
// plain /<relative folder>/<slug>/. Pure.
UrlPath postUrl(const SiteConfig &config, const ExportSettings &settings, const PostRecord &record,
                const UrlOverrides &overrides = {});

// A Hugo section's URL path from its content-relative folder
// ("Posts/Series" -> "/posts/series/", unless disablePathToLower).
QString hugoSectionUrl(const ExportSettings &settings, const QString &folder);

// Hugo's urlize: lower case, spaces to hyphens, only URL-safe characters.
QString urlize(const QString &text);
// The one path segment of a taxonomy term ("Open Source" -> "open-source");
// never empty, never "." or "..", never containing '/'.
QString termSlug(const QString &term);
// "/tags/open-source/".
QString termUrl(const QString &taxonomy, const QString &term);
// The site's own term slug: Zola's [slugify] taxonomies rule, else termSlug.
QString termSlug(const SiteConfig &config, const QString &term);
// The URL path of a taxonomy's page: "/tags/" (Zola: under taxonomy_root).
QString taxonomyUrl(const SiteConfig &config, const QString &taxonomy);

// Drops ".", ".." and empty segments, backslashes and control characters;
// keeps a trailing '/'; always starts with '/'.
UrlPath sanitizeUrlPath(const QString &path);
// The file below OUT that serves urlPath: "/a/" -> "a/index.html",
// "/a/b.html" -> "a/b.html", "/a/b" -> "a/b/index.html".
QString outputFileForUrl(const QString &urlPath);
// urlPath as the canonical form: a path without an extension gets its '/'.
QString canonicalUrlPath(const QString &urlPath);
// A URL path with what a URL cannot hold as it is percent-encoded
// ("/web dev/é/" -> "/web%20dev/%C3%A9/").
QString encodeUrlPath(const QString &path);
// A link from the page at fromUrl to toUrl that works both on a server and
// opened from disk: relative, folders get "index.html", percent-encoded; a
// query or fragment of toUrl is kept as it is.
QString relativeUrl(const QString &fromUrl, const QString &toUrl);
// baseUrl + urlPath without its leading '/' (percent-encoded); urlPath when
// baseUrl is empty.
QString absoluteUrl(const QString &baseUrl, const QString &urlPath);

} // namespace postwright
