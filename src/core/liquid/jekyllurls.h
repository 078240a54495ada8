// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "liquidvalue.h"

#include <QDateTime>
#include <QString>

namespace postwright {

// Jekyll's Utils.add_permalink_suffix: what the URL template of a page or
// of a collection's document ends with under the site's permalink style
// (_config.yml's permalink, "date" when unset): "/" for pretty and styles
// ending in '/', ":output_ext" for date, ordinal, none and styles ending
// in it, nothing otherwise (a custom style ending in ".html").
QString jekyllPermalinkSuffix(const QString &permalinkStyle);

// Jekyll's URL#sanitize_url: a leading '/', ".." and "./" gone, runs of
// '/' made one.
QString jekyllSanitizeUrl(const QString &url);

// The URL path of a page (not a post nor a document of a collection) at
// relativePath (from the site's root) written with outputExt (".html",
// ".xml"...), as Jekyll's Page#url: its permalink, else for HTML "/dir/"
// for an index page and "/dir/name" plus the style's suffix for others,
// else "/dir/name.ext".
QString jekyllPageUrl(const QString &relativePath, const QString &permalinkStyle, const QString &permalink,
                      const QString &outputExt = QStringLiteral(".html"));

// A document of a collection other than posts.
struct JekyllDocument
{
    QString collection;         // label: "guides"
    QString pathInCollection;   // "setup/first.md"
    LiquidHash frontMatter;     // permalink, slug, categories, date (defaults merged)
    QString outputExt = QStringLiteral(".html");
};

// Its URL path as Jekyll's Document#url: the front matter's permalink,
// else the collection's, else "/:collection/:path" plus the style's
// suffix; with :collection, :path, :name, :title, :slug, :output_ext,
// :categories and the date's placeholders (the date: the front matter's,
// else now).
QString jekyllDocumentUrl(const JekyllDocument &document, const QString &collectionPermalink,
                          const QString &permalinkStyle, const QDateTime &now);

// Jekyll's Utils.slugify in a mode (default, raw, pretty, ascii, latin,
// none); lower case unless cased.
QString jekyllSlugify(const QString &text, const QString &mode, bool cased = false);

} // namespace postwright
