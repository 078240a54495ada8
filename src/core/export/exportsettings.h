// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "site/siteconfig.h"
#include "text/error.h"

#include <QList>
#include <QMap>
#include <QVariantMap>
#include <QString>

namespace postwright {

// One entry of Hugo's main menu (menus.main in the site's config).
struct MenuItem
{
    QString name;
    QString url;       // as written: "/about/", "https://..."
    QString pageRef;   // a content path ("/posts", "about.md"), when url is empty
    int weight = 0;
};

// What the export needs from a site's configuration beyond SiteConfig:
// where it is published and how its URLs are made.
struct ExportSettings
{
    QString baseUrl;        // "https://example.org/blog/" (always ends in '/'), or empty
    QString title;          // the site's title
    QString language;       // Hugo languageCode / Jekyll lang, or empty
    QString description;    // Jekyll description / Hugo params.description
    // Jekyll: the site's permalink pattern (a style name already expanded).
    QString jekyllPermalink = QStringLiteral("/:categories/:year/:month/:day/:title.html");
    // Jekyll: _config.yml's defaults (front-matter defaults; a post's
    // permalink may come from them).
    QVariant jekyllDefaults;
    // Jekyll: _config.yml's timezone (an IANA name), or empty.
    QString jekyllTimeZone;
    // Hugo: [permalinks] section -> pattern.
    QMap<QString, QString> hugoPermalinks;
    bool hugoPathToLower = true;   // Hugo's disablePathToLower = false
    // Highlight fenced code as the generator would: Hugo
    // markup.highlight.codeFences, Jekyll `highlighter: none` turns it off.
    bool highlightCode = true;
    // Hugo: the [params] table (the param shortcode reads it).
    QVariantMap hugoParams;
    // The posts on each page of a list, and the folder of the pages after
    // the first ("page": /posts/page/2/; empty: /posts/2/): Hugo's paginate
    // and paginatePath (pagination.pagerSize and pagination.path from hugo
    // 0.128), Jekyll's paginate; 10 elsewhere. Term pages too.
    int pagerSize = 10;
    QString paginatePath = QStringLiteral("page");
    // The pages' footer: Hugo copyright / Jekyll copyright, and the site's
    // author (Hugo params.author or author, Jekyll author; a map's name).
    QString copyright;
    QString author;
    // The footer's "Made with Postwright" line; a site turns it off with
    // Hugo params.postwright.madeWith = false, Jekyll postwright: {made_with: false}.
    bool madeWith = true;
    // Hugo: menus.main (the header's links instead of the top sections).
    QList<MenuItem> mainMenu;
    // The feeds and the sitemap: Hugo's disableKinds turns them off ("RSS",
    // "sitemap", in any case).
    bool feeds = true;
    bool sitemap = true;
    // Hugo's disableKinds "taxonomy" (a taxonomy's page, /tags/) and "term"
    // (its terms' pages, /tags/go/; with the older "taxonomyTerm" in the
    // list, that one is the taxonomy's and "taxonomy" the terms').
    bool taxonomyPages = true;
    bool termPages = true;
    // Hugo's disableKinds "home", "section" and "page": no home page (nor
    // its feed), no section pages (nor their feeds), no post pages (and no
    // post in a list).
    bool homePage = true;
    bool sectionPages = true;
    bool postPages = true;
    // The items of each feed at most (Hugo's services.rss.limit, else its
    // older rssLimit); below 1: all.
    int feedLimit = -1;
};

// Reads the site's config files again for baseURL/url, title, language,
// permalinks. A missing config is the defaults; one that does not parse is
// an error.
Result<ExportSettings> readExportSettings(const SiteConfig &config);

// A Hugo site's settings as one map: its main config file and the files
// of config/_default/ (a file other than hugo.* or config.* under its name).
Result<QVariantMap> readHugoSettings(const SiteConfig &config);

// Jekyll's built-in permalink styles (date, pretty, ordinal, none...) as
// patterns; any other text is returned as it is.
QString expandJekyllPermalinkStyle(const QString &style);

// "example.org/blog" -> "https://example.org/blog/"; empty stays empty.
QString normalizeBaseUrl(const QString &url);
// What is wrong with a base URL given by the user (no host; a query or a
// fragment, which every absolute link would carry), to follow the URL in
// a message; empty when it is fine.
QString baseUrlProblem(const QString &url);

} // namespace postwright
