// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "page/pagetemplate.h"
#include "text/error.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <string>
#include <utility>

namespace kainjow::mustache {
template <typename string_type>
class basic_data;
}

namespace postwright {

// One post in a list page, feed or term page. Plain text (the templates
// escape) in UTF-8, as the templates take it: a post shows in several lists
// and is converted once.
struct ListEntry
{
    std::string title;
    std::string dateText;   // "3 June 2025"
    std::string dateTime;   // ISO 8601 for <time>
    std::string rssDate;    // RFC 822 for the feed
    std::string summary;    // lines as the summary's blocks break it
    std::string readingTime;   // "3 min read"; empty: none
    // The post's tags: name and site-absolute URL of the term's page (empty: none).
    QList<std::pair<std::string, QString>> tags;
    // What every list shows of it, whatever the page (title, dates, summary,
    // reading time) as the templates take it: made once, by share(), after
    // the rest is set. Null: the lists make it for each page.
    std::shared_ptr<const kainjow::mustache::basic_data<std::string>> shared;
    // What every feed shows of it besides (its tags, unlinked).
    std::shared_ptr<const kainjow::mustache::basic_data<std::string>> sharedInFeeds;
    void share();
};

// A post's entry as one page or the feed shows it: the entry, made once per
// post and shared by every list it is in, and its URL from there.
struct ListedEntry
{
    const ListEntry *entry = nullptr;
    std::string url;   // relative to the list page (list pages) or absolute (feed)
};

// What every list and terms page has in its head and navigation.
struct ListHeadData
{
    QString lang;
    QString siteTitle;
    QString title;
    QString description;
    QString canonicalUrl;
    QString homeUrl;
    QString tagsUrl;
    QString categoriesUrl;
    QString stylesheetUrl;   // empty: the stylesheet is inlined
    QString pageUrl;         // the page's own site-absolute URL path
    QString listFeedUrl;     // Hugo: the list's own feed (not the home page's); empty: none
    std::optional<PageChrome> chrome;   // the site's header and footer (URLs relative to the page)
};

// The home page (and /page/N/) or one term's page.
struct ListPageData : ListHeadData
{
    QString feedUrl;       // its own feed, else the site's; empty: none
    QString prevUrl;
    QString nextUrl;
    int pageNumber = 1;
    int pageCount = 1;
    bool isTerm = false;
    // The home page: the site's title is already the header's, so the
    // heading is there for screen readers only, and the site's
    // description (when it is more than the title) leads the page.
    bool isHome = false;
    QList<ListedEntry> entries;
};

struct TermEntry
{
    QString name;
    QString url;
    int count = 0;
};

// /tags/ or /categories/: every term with its count (Hugo: paginated,
// /tags/page/N/, as the lists).
struct TermsPageData : ListHeadData
{
    QList<TermEntry> terms;
    QString prevUrl;
    QString nextUrl;
    int pageNumber = 1;
    int pageCount = 1;
};

struct FeedData
{
    QString lang;
    QString siteTitle;
    QString siteUrl;
    QString title;      // the feed's: the site's, or a list's on the site
    QString url;        // the page it follows (absolute)
    QString feedUrl;
    QString description;
    QString lastBuildDate;
    QList<ListedEntry> items;   // url absolute
};

struct SitemapEntry
{
    QString loc;
    QString lastmod;
};

// The export's templates: the preview's page template and stylesheet, the
// bundled list/terms/feed/sitemap templates and the header and footer
// partials, each replaceable by a file of the same name in a site's
// postwright/templates/ folder (page.html, style.css, list.html,
// terms.html, rss.xml, sitemap.xml, site-header.html, site-footer.html).
class ExportTemplates final
{
public:
    // The defaults with any override found in folder (empty: none). An
    // override that is not valid Mustache is an error naming it.
    static Result<ExportTemplates> load(const QString &overrideFolder = {});

    const PageTemplate &page() const { return m_page; }
    QString css() const { return m_page.css(); }
    // The copy buttons' script the post pages link.
    QString script() const { return m_script; }
    // The files of the lists, in UTF-8 as they are written.
    QByteArray renderList(const ListPageData &data) const;
    QByteArray renderTerms(const TermsPageData &data) const;
    QByteArray renderFeed(const FeedData &data) const;
    QByteArray renderSitemap(const QList<SitemapEntry> &urls) const;
    // Changes whenever a template or the stylesheet changes.
    QByteArray fingerprint() const { return m_fingerprint; }
    // The override files in use, relative to the override folder.
    const QStringList &overrides() const { return m_overrides; }

private:
    ExportTemplates() = default;

    PageTemplate m_page{QString(), QString()};
    QString m_list;
    QString m_terms;
    QString m_feed;
    QString m_sitemap;
    QString m_script;
    QByteArray m_fingerprint;
    QStringList m_overrides;
};

} // namespace postwright
