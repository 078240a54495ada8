// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "page/mustacherender.h"

#include <QList>
#include <QString>

namespace postwright {

// A link a page shows: a menu entry, a neighbouring post.
struct PageLink
{
    QString label;
    QString url;
    bool current = false;   // the page itself (aria-current)
};

// The site's header and footer around every page of a site (post, home,
// list, term), with URLs as the page links them (relative to it, or
// absolute). The partials site-header.html and site-footer.html show it.
struct PageChrome
{
    QString siteTitle;
    QString homeUrl;            // empty: the page's own folder ("./")
    bool hasHome = true;        // false: the site has no home page to link (Hugo's disableKinds home)
    QList<PageLink> menu;       // the site's main sections (or its menu)
    QString tagsUrl;            // empty: the site has no tags page
    QString categoriesUrl;      // empty: no categories page
    QString feedUrl;            // empty: no feed
    QString copyright;          // as the site's config writes it
    QString author;
    bool madeWith = true;       // the "Made with Postwright" line
};

// The partials every page template can include ({{> pwSiteHeader}},
// {{> pwSiteFooter}}): the bundled ones, or a site's override.
struct ChromePartials
{
    std::string header;
    std::string footer;

    static ChromePartials bundled();
};

// source with its {{> pwSiteHeader}} and {{> pwSiteFooter}} tags replaced
// by the partials' text, shown only on a page with chrome (hasChrome), as
// the partials render. The template is then parsed once, not the partials
// again on every page. A tag written otherwise still finds the partial in
// the data (setChromeData).
QString inlineChromePartials(const QString &source, const ChromePartials &partials);

// Sets in data what the partials show (siteName, siteHomeUrl, siteMenu,
// siteTagsUrl, siteCategoriesUrl, siteFeedUrl, siteCopyright, siteAuthor,
// siteMadeWith and the translated labels: every key starts with "site", so
// that a missing one never shows a value of the page) and the partials
// pwSiteHeader and pwSiteFooter themselves; hasChrome is true. No chrome:
// the partials are empty.
void setChromeData(MustacheData &data, const PageChrome *chrome, const ChromePartials &partials);

// A list of links as Mustache data ({{label}}, {{url}}, {{#current}}).
MustacheData linkList(const QList<PageLink> &links);

} // namespace postwright
