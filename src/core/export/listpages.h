// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exporttemplates.h"
#include "export/siteexportplan.h"
#include "text/error.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

#include <functional>

namespace postwright {

// A post in the site's lists: what they show of it, its URL and its record.
struct ListedPost
{
    ListEntry entry;          // but for its URL
    QString url;              // site-absolute URL path
    const PostRecord *record = nullptr;
    bool everywhere = true;   // false: Hugo's list: local, only in its section's list
};

// A file of the lists: rendered, then written only when it differs from
// the last export's.
struct ListJob
{
    QString output;                    // relative to OUT
    std::function<QByteArray()> render;   // UTF-8; runs on any thread, after every job is made
    bool isPage = true;                // false: a file the pages use (the stylesheet)
    bool counted = true;               // false: not in the report's counts (hugo's page/1/ redirects)
};

// Hugo's section feeds the export writes (feeds on, the section has a
// page): each feed's output (posts/index.xml) and its section's folder.
// No post's page may take their place.
QList<std::pair<QString, QString>> sectionFeeds(const SiteExportPlan &plan);

// The site's list pages, made from its listed posts (in the site's list
// order, ListOrder): the paginated home page, a paginated page per Hugo
// section (its posts and subsections), a paginated page per taxonomy term,
// a page per taxonomy (Hugo: paginated too), the feed, the sitemap and the
// stylesheet. A Hugo home page that is not built leaves only an empty
// sitemap, one that is not rendered no home pages and no feed; hugo's
// sitemap lists no page after a list's first, nor what its _build keeps out
// of lists. The jobs read this object when they run: it must outlive them.
class ListPages final
{
public:
    ListPages(const SiteExportPlan &plan, const QString &lang, QList<ListedPost> posts);
    Q_DISABLE_COPY_MOVE(ListPages)

    const QList<ListJob> &jobs() const { return m_jobs; }
    // Term pages that could not be made (their page is a generated file).
    const QList<Error> &warnings() const { return m_warnings; }
    int failed() const { return m_failed; }

private:
    void addFeedAndFiles();
    // Hugo: the feed of the list at basePath (titled title), beside its
    // first page, with the posts of which, then the items of owned.
    void addListFeed(const QString &basePath, const QString &title, const QList<const ListedPost *> &which,
                     const QList<ListedPost> &owned = {});
    // Hugo: the taxonomy's feed at url, whose items are its terms.
    void addTermsFeed(const QString &url, const QString &title, QList<ListedPost> terms);
    QByteArray renderFeed(const QString &title, const QString &basePath, const QString &description,
                          const QList<const ListedPost *> &items) const;
    // Hugo's sections, taxonomies and terms have feeds of their own; the
    // home page's feed is written with the home page.
    bool listsHaveFeeds() const { return m_hugo && m_plan.settings.feeds; }
    bool homeHasFeed() const { return m_plan.settings.feeds && m_plan.home.build.writesPage(); }
    void addHome();
    // A paginated list of posts (into m_posts, m_local or m_sectionEntries)
    // at basePath, basePath/page/N/ (the site's pager size and path); Hugo:
    // with its redirect at basePath/page/1/. inSitemap: its first page is
    // in the sitemap (but for Hugo, its other pages too).
    void addList(const QString &basePath, const QString &title, const QList<const ListedPost *> &which, bool isTerm,
                 bool inSitemap = true);
    void addFirstPageAlias(const QString &basePath);
    // The URL of page n of the list at basePath; pagerUrl: of page n
    // below it (hugo's page/1/ too).
    QString listPageUrl(const QString &basePath, int n) const;
    QString pagerUrl(const QString &basePath, int n) const;
    int pageCount(qsizetype entries) const;
    void addSections(const QSet<QString> &generatedFiles);
    void addTaxonomy(const Taxonomy &taxonomy, const QSet<QString> &generatedFiles);
    // The page of a taxonomy's terms at url (Hugo: paginated), in the
    // sitemap or not (Hugo's list: never).
    void addTermsPages(const QString &url, const QString &title, const QList<TermEntry> &terms, bool inSitemap);
    // The built _index.md of a taxonomy, or with slug of its term.
    const PostRecord *contentPage(const QString &plural, const QString &slug = {}) const;
    void addSitemap(const QString &url, const QString &lastmod = {});
    ListHeadData head(const QString &title, const QString &description, const QString &pageUrl) const;
    ListPageData listPage(const QString &basePath, const QString &title, const QList<const ListedPost *> &slice,
                          bool isTerm, int n, int count) const;

    const SiteExportPlan &m_plan;
    QString m_lang;
    bool m_hugo = false;
    QList<ListedPost> m_posts;            // listed everywhere
    QList<ListedPost> m_local;            // only in their section's list
    QList<ListedPost> m_sectionEntries;   // subsections in their parent's list
    QString m_siteTitle;
    QString m_description;
    QList<ListJob> m_jobs;
    QList<SitemapEntry> m_sitemap;
    QList<Error> m_warnings;
    int m_failed = 0;
};

} // namespace postwright
