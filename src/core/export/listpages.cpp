// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/listpages.h"

#include "export/exportertext.h"
#include "export/generatedpaths.h"
#include "export/listorder.h"
#include "export/posturl.h"
#include "export/sectionpages.h"

#include "site/buildoptions.h"

#include <QFileInfo>
#include <QMap>


namespace postwright {
namespace {

// A date as the sitemap's W3C Datetime wants it: with its offset always (a
// date written without one is in the computer's local time, as everywhere).
QString w3cDateTime(const QDateTime &date)
{
    return (date.timeSpec() == Qt::LocalTime ? date.toOffsetFromUtc(date.offsetFromUtc()) : date).toString(Qt::ISODate);
}

// The generated file (of generated) that a page at output would be written
// over or into, so that one of the two could not be written; or empty.
QString generatedFileAt(const QString &output, const QSet<QString> &generated)
{
    return takenAtOrAbove(output, [&generated](const QString &path) { return generated.contains(path); });
}

// What a feed item is dated by: its post's date, none for an item without
// a pubDate (an undated post, a term without posts).
QDateTime feedDate(const ListedPost &item)
{
    return item.entry.rssDate.empty() ? QDateTime() : sortDate(*item.record);
}

// A term as an item of its taxonomy's feed: as new as its newest post;
// one without posts (a page of its own in the content folder) as its page.
ListedPost termItem(const QString &name, const QString &url, const QList<const ListedPost *> &posts,
                    const PostRecord *page)
{
    ListedPost item;
    item.entry.title = name.toStdString();
    item.url = url;
    item.record = page;
    if (!posts.isEmpty()) {
        const ListedPost *newest = posts.constFirst();
        for (const ListedPost *post : posts) {
            if (sortDate(*post->record) > sortDate(*newest->record))
                newest = post;
        }
        item.entry.rssDate = newest->entry.rssDate;
        item.record = newest->record;
    }
    return item;
}

} // namespace

QList<std::pair<QString, QString>> sectionFeeds(const SiteExportPlan &plan)
{
    QList<std::pair<QString, QString>> feeds;
    if (plan.config().kind != SiteKind::Hugo || !plan.settings.feeds)
        return feeds;
    for (const SectionPage &section : plan.sections) {
        if (section.build.writesPage())
            feeds.append({section.url.mid(1) + QStringLiteral("index.xml"), section.folder});
    }
    return feeds;
}

QString ListPages::listPageUrl(const QString &basePath, int n) const
{
    return n == 1 ? basePath : pagerUrl(basePath, n);
}

QString ListPages::pagerUrl(const QString &basePath, int n) const
{
    // An empty paginatePath puts the pages right below the list (hugo 0.111).
    const QString &folder = m_plan.settings.paginatePath;
    return basePath + (folder.isEmpty() ? QString() : folder + QLatin1Char('/')) + QString::number(n) + QLatin1Char('/');
}

// The site's page size (Hugo's paginate, Jekyll's, else 10), for a term's
// posts as for the home page's.
int ListPages::pageCount(qsizetype entries) const
{
    const qsizetype perPage = std::max(1, m_plan.settings.pagerSize);
    return int(std::max<qsizetype>(1, (entries + perPage - 1) / perPage));
}

ListPages::ListPages(const SiteExportPlan &plan, const QString &lang, QList<ListedPost> posts)
    : m_plan(plan)
    , m_lang(lang)
    , m_hugo(plan.config().kind == SiteKind::Hugo)
{
    for (ListedPost &post : posts)
        (post.everywhere ? m_posts : m_local).append(std::move(post));
    const SiteConfig &config = plan.config();
    m_siteTitle = plan.settings.title.isEmpty() ? QFileInfo(config.root).fileName() : plan.settings.title;
    m_description = plan.settings.description.isEmpty() ? m_siteTitle : plan.settings.description;
    // hugo writes an empty sitemap, and nothing else, for a home page it does not build.
    if (!plan.home.unbuilt.isEmpty()) {
        if (plan.settings.sitemap)
            m_jobs.append({QStringLiteral("sitemap.xml"), [this] { return m_plan.templates->renderSitemap(m_sitemap); }});
        return;
    }
    addFeedAndFiles();
    addHome();
    // Files the export makes whatever the posts say: a term's page never
    // takes their place ("generated paths win").
    QSet<QString> generatedFiles{QStringLiteral("index.html"), QStringLiteral("index.xml"), QStringLiteral("sitemap.xml"),
                                 exportStylesheetFile(), exportScriptFile(), ExportManifest::fileName()};
    for (const Taxonomy &taxonomy : config.taxonomies) {
        generatedFiles.insert(outputFileForUrl(taxonomyUrl(config, taxonomy.plural)));
        if (listsHaveFeeds())
            generatedFiles.insert(taxonomyUrl(config, taxonomy.plural).mid(1) + QStringLiteral("index.xml"));
    }
    for (const auto &[feed, section] : sectionFeeds(plan))
        generatedFiles.insert(feed);
    for (const Taxonomy &taxonomy : config.taxonomies)
        addTaxonomy(taxonomy, generatedFiles);
    addSections(generatedFiles);
    for (const ListedPost &post : std::as_const(m_posts))
        addSitemap(post.url, post.record->date.isValid() ? w3cDateTime(post.record->date) : QString());
}

// The home page and the pages after it; Hugo: none when its _build says
// render never or link, and in the sitemap only when it is listed.
void ListPages::addHome()
{
    const BuildOptions &home = m_plan.home.build;
    const QString root = QStringLiteral("/");
    if (!home.writesPage()) {
        if (home.listed())
            addSitemap(root);
        return;
    }
    QList<const ListedPost *> all;
    all.reserve(m_posts.size());
    for (const ListedPost &post : std::as_const(m_posts))
        all.append(&post);
    addList(root, m_siteTitle, all, false, home.listed());
}

// The feed and the sitemap show every post: first in the list, they do not
// keep one thread busy alone at the end. They run after every job is made,
// so they see every sitemap entry.
void ListPages::addFeedAndFiles()
{
    // hugo writes the home page's feed with the home page.
    if (homeHasFeed()) {
        m_jobs.append({QStringLiteral("index.xml"), [this] {
                           QList<const ListedPost *> all;
                           all.reserve(m_posts.size());
                           for (const ListedPost &post : m_posts)
                               all.append(&post);
                           return renderFeed(m_siteTitle, QStringLiteral("/"), m_description, all);
                       }});
    }
    if (m_plan.settings.sitemap)
        m_jobs.append({QStringLiteral("sitemap.xml"), [this] { return m_plan.templates->renderSitemap(m_sitemap); }});
    m_jobs.append({exportStylesheetFile(), [this] { return m_plan.templates->css().toUtf8(); }, false});
    m_jobs.append({exportScriptFile(), [this] { return m_plan.templates->script().toUtf8(); }, false});
}

QByteArray ListPages::renderFeed(const QString &title, const QString &basePath, const QString &description,
                                  const QList<const ListedPost *> &items) const
{
    const QString &baseUrl = m_plan.baseUrl;
    FeedData feed;
    feed.lang = m_plan.settings.language.isEmpty() ? QStringLiteral("en") : m_plan.settings.language;
    feed.siteTitle = m_siteTitle;
    feed.siteUrl = absoluteUrl(baseUrl, QStringLiteral("/"));
    feed.title = title;
    feed.url = absoluteUrl(baseUrl, basePath);
    feed.feedUrl = absoluteUrl(baseUrl, basePath + QStringLiteral("index.xml"));
    feed.description = description;
    feed.items.reserve(items.size());
    QDateTime newest;
    for (const ListedPost *post : items) {
        feed.items.append({&post->entry, absoluteUrl(baseUrl, post->url).toStdString()});
        // The newest date (a weight may put an older post first).
        const QDateTime date = feedDate(*post);
        if (date.isValid() && (!newest.isValid() || date > newest)) {
            newest = date;
            feed.lastBuildDate = QString::fromStdString(post->entry.rssDate);
        }
    }
    // hugo's limit keeps the first items (the list's newest date stays).
    if (const int limit = m_plan.settings.feedLimit; limit >= 1 && feed.items.size() > limit)
        feed.items.resize(limit);
    return m_plan.templates->renderFeed(feed);
}

void ListPages::addListFeed(const QString &basePath, const QString &title, const QList<const ListedPost *> &which,
                            const QList<ListedPost> &owned)
{
    // As hugo's: a list titled as the site is just the site.
    const QString feedTitle = title == m_siteTitle
                                  ? m_siteTitle
                                  : ExporterText::tr("%1 on %2", "a feed's title: a list's title, the site's title").arg(title, m_siteTitle);
    const QString description = ExporterText::tr("Recent posts in %1 on %2", "a feed's description: a list's title, the site's title")
                                    .arg(title, m_siteTitle);
    m_jobs.append({basePath.mid(1) + QStringLiteral("index.xml"), [this, basePath, feedTitle, description, which, owned] {
                       QList<const ListedPost *> items = which;
                       for (const ListedPost &item : owned)
                           items.append(&item);
                       return renderFeed(feedTitle, basePath, description, items);
                   }});
}

void ListPages::addSitemap(const QString &url, const QString &lastmod)
{
    m_sitemap.append({absoluteUrl(m_plan.baseUrl, url), lastmod});
}

void ListPages::addList(const QString &basePath, const QString &title, const QList<const ListedPost *> &which,
                        bool isTerm, bool inSitemap)
{
    const int perPage = std::max(1, m_plan.settings.pagerSize);
    const int count = pageCount(which.size());
    if (m_hugo)
        addFirstPageAlias(basePath);
    for (int n = 1; n <= count; ++n) {
        const QString url = listPageUrl(basePath, n);
        const QList<const ListedPost *> slice = which.mid(qsizetype(n - 1) * perPage, perPage);
        // hugo's sitemap has a list's first page only.
        if (inSitemap && (n == 1 || !m_hugo))
            addSitemap(url);
        m_jobs.append({outputFileForUrl(url), [this, basePath, title, slice, isTerm, n, count] {
                           return m_plan.templates->renderList(listPage(basePath, title, slice, isTerm, n, count));
                       }});
    }
}

// As hugo: PATH/page/1/ is a redirect to the list's first page.
void ListPages::addFirstPageAlias(const QString &basePath)
{
    const QString url = pagerUrl(basePath, 1);
    m_jobs.append({outputFileForUrl(url), [this, basePath, url] {
                       const QString target = relativeUrl(url, basePath).toHtmlEscaped();
                       const QString canonical = absoluteUrl(m_plan.baseUrl, basePath).toHtmlEscaped();
                       return QStringLiteral("<!DOCTYPE html><html lang=\"%1\"><head><title>%2</title>"
                                             "<link rel=\"canonical\" href=\"%2\"><meta name=\"robots\" content=\"noindex\">"
                                             "<meta charset=\"utf-8\"><meta http-equiv=\"refresh\" content=\"0; url=%3\"></head></html>\n")
                           .arg(m_lang.toHtmlEscaped(), canonical, target)
                           .toUtf8();
                   },
                   true, false});
}

ListHeadData ListPages::head(const QString &title, const QString &description, const QString &pageUrl) const
{
    ListHeadData page;
    page.lang = m_lang;
    page.siteTitle = m_siteTitle;
    page.title = title;
    page.description = description;
    page.canonicalUrl = absoluteUrl(m_plan.baseUrl, pageUrl);
    page.homeUrl = relativeUrl(pageUrl, QStringLiteral("/"));
    // Only to the taxonomy pages the site has (a site without categories has
    // no /categories/, a Hugo site's taxonomy may have render: never).
    for (const Taxonomy &taxonomy : m_plan.config().taxonomies) {
        const QString path = m_plan.taxonomies.linkUrl(m_plan.config(), taxonomy.plural);
        if (path.isEmpty())
            continue;
        const QString url = relativeUrl(pageUrl, path);
        if (taxonomy.plural == QLatin1String("tags"))
            page.tagsUrl = url;
        else if (taxonomy.plural == QLatin1String("categories"))
            page.categoriesUrl = url;
    }
    page.stylesheetUrl = relativeUrl(pageUrl, QLatin1Char('/') + exportStylesheetFile());
    page.pageUrl = pageUrl;
    page.chrome = m_plan.chrome.forPage(pageUrl);
    return page;
}

ListPageData ListPages::listPage(const QString &basePath, const QString &title, const QList<const ListedPost *> &slice,
                                 bool isTerm, int n, int count) const
{
    const QString url = listPageUrl(basePath, n);
    ListPageData page;
    static_cast<ListHeadData &>(page) = head(title, isTerm ? title : m_description, url);
    // Its own feed (Hugo's lists have one), else the home page's.
    if (listsHaveFeeds() || homeHasFeed())
        page.feedUrl = relativeUrl(url, (listsHaveFeeds() ? basePath : QStringLiteral("/")) + QStringLiteral("index.xml"));
    if (listsHaveFeeds() && basePath != QLatin1String("/"))
        page.listFeedUrl = page.feedUrl;
    page.pageNumber = n;
    page.pageCount = count;
    page.isTerm = isTerm;
    page.isHome = !isTerm && basePath == QLatin1String("/");
    if (n > 1)
        page.prevUrl = relativeUrl(url, listPageUrl(basePath, n - 1));
    if (n < count)
        page.nextUrl = relativeUrl(url, listPageUrl(basePath, n + 1));
    page.entries.reserve(slice.size());
    for (const ListedPost *post : slice) {
        page.entries.append({&post->entry, relativeUrl(url, post->url).toStdString()});
    }
    return page;
}

// The built _index.md of a taxonomy or (with slug) of its term.
const PostRecord *ListPages::contentPage(const QString &plural, const QString &slug) const
{
    const QString path = m_plan.taxonomies.contentPage(plural, slug);
    return path.isEmpty() ? nullptr : m_plan.index.post(path);
}

void ListPages::addTaxonomy(const Taxonomy &taxonomy, const QSet<QString> &generatedFiles)
{
    const SiteConfig &config = m_plan.config();
    // hugo builds neither the taxonomy's page nor its terms' then.
    const std::optional<BuildOptions> build = m_plan.taxonomies.taxonomy(taxonomy.plural);
    if (!build)
        return;
    // Terms that differ only in case or spacing share a page, as in Hugo.
    QMap<QString, QList<const ListedPost *>> byTerm;
    QHash<QString, QString> names;
    for (qsizetype i = 0; i < m_posts.size(); ++i) {
        QSet<QString> seen;
        for (const QString &term : m_posts.at(i).record->terms.value(taxonomy.plural)) {
            const QString slug = termSlug(config, term);
            if (slug.isEmpty() || seen.contains(slug))
                continue;
            seen.insert(slug);
            byTerm[slug].append(&m_posts.at(i));
            if (!names.contains(slug))
                names.insert(slug, term);
        }
    }
    const QString taxonomyUrl = postwright::taxonomyUrl(config, taxonomy.plural);
    // A term's page in the content folder gives it its title, and a page
    // even without posts (not in the list of terms, as hugo).
    for (const QString &slug : m_plan.taxonomies.termsWithContentPages(taxonomy.plural)) {
        const PostRecord *own = contentPage(taxonomy.plural, slug);
        if (own->title != own->slug)
            names.insert(slug, own->title);
        else if (!names.contains(slug))
            names.insert(slug, slug);
        byTerm[slug];
    }
    QList<TermEntry> terms;
    QList<ListedPost> termItems;
    for (auto it = byTerm.cbegin(); it != byTerm.cend(); ++it) {
        // The term's _build, its own or a cascade's: render: never or
        // link, no page and no feed (link: still listed, by its URL);
        // list other than always, not in the list of terms, the
        // taxonomy's feed or the sitemap; not built, none of these.
        const std::optional<BuildOptions> termBuild = m_plan.taxonomies.term(taxonomy.plural, it.key());
        if (!termBuild)
            continue;
        const QString url = taxonomyUrl + it.key() + QLatin1Char('/');
        const QString output = outputFileForUrl(url);
        const PostRecord *own = contentPage(taxonomy.plural, it.key());
        if (const QString file = generatedFileAt(output, generatedFiles); !file.isEmpty() && termBuild->writesPage()) {
            const QString &path = it.value().isEmpty() ? own->path : it.value().constFirst()->record->path;
            m_warnings.append(Error{path, 0, 0, ExporterText::tr("the %1 term \"%2\": its page %3 would be where %4 is: not written")
                                                    .arg(taxonomy.plural, names.value(it.key()), output, file)});
            ++m_failed;
            continue;
        }
        if (termBuild->listed()) {
            if (!it.value().isEmpty())
                terms.append({names.value(it.key()), url, int(it.value().size())});
            // hugo's feed of the taxonomy has the terms without posts too.
            termItems.append(termItem(names.value(it.key()), url, it.value(), own));
        }
        if (!termBuild->writesPage()) {
            if (termBuild->listed())
                addSitemap(url);   // render: link: a URL, no page
            continue;
        }
        addList(url, names.value(it.key()), it.value(), true, termBuild->listed());
        if (listsHaveFeeds())
            addListFeed(url, names.value(it.key()), it.value());
    }
    if (!build->writesPage()) {
        if (build->listed())
            addSitemap(taxonomyUrl);
        return;
    }
    const PostRecord *own = contentPage(taxonomy.plural);
    const QString title = own && own->title != own->slug ? own->title
                                                         : taxonomy.plural.left(1).toUpper() + taxonomy.plural.mid(1);
    addTermsPages(taxonomyUrl, title, terms, build->listed());
    if (listsHaveFeeds())
        addTermsFeed(taxonomyUrl, title, std::move(termItems));
}

void ListPages::addTermsPages(const QString &url, const QString &title, const QList<TermEntry> &terms, bool inSitemap)
{
    if (inSitemap)
        addSitemap(url);
    const int perPage = m_hugo ? std::max(1, m_plan.settings.pagerSize) : int(std::max<qsizetype>(1, terms.size()));
    const int count = m_hugo ? pageCount(terms.size()) : 1;
    if (m_hugo)
        addFirstPageAlias(url);
    for (int n = 1; n <= count; ++n) {
        const QString pageUrl = listPageUrl(url, n);
        const QList<TermEntry> slice = terms.mid(qsizetype(n - 1) * perPage, perPage);
        m_jobs.append({outputFileForUrl(pageUrl), [this, url, pageUrl, title, slice, n, count] {
                           TermsPageData page;
                           static_cast<ListHeadData &>(page) = head(title, title, pageUrl);
                           if (listsHaveFeeds())
                               page.listFeedUrl = relativeUrl(pageUrl, url + QStringLiteral("index.xml"));
                           page.terms = slice;
                           for (TermEntry &term : page.terms)
                               term.url = relativeUrl(pageUrl, term.url);
                           page.pageNumber = n;
                           page.pageCount = count;
                           if (n > 1)
                               page.prevUrl = relativeUrl(pageUrl, listPageUrl(url, n - 1));
                           if (n < count)
                               page.nextUrl = relativeUrl(pageUrl, listPageUrl(url, n + 1));
                           return m_plan.templates->renderTerms(page);
                       }});
    }
}

// In hugo's order of a list: newest first (a term without posts, undated,
// last), then by name in the site language's collation.
void ListPages::addTermsFeed(const QString &url, const QString &title, QList<ListedPost> terms)
{
    const ListOrder order(m_plan.config().kind, m_plan.settings.language);
    QList<std::pair<ListOrderKey, ListedPost>> keyed;
    for (ListedPost &term : terms) {
        const QDateTime date = feedDate(term);
        ListOrderKey key;
        key.date = date.isValid() ? date.toSecsSinceEpoch() : std::numeric_limits<qint64>::min();
        key.title = QString::fromStdString(term.entry.title);
        key.path = term.url;
        keyed.append({std::move(key), std::move(term)});
    }
    order.sort(keyed, [](const std::pair<ListOrderKey, ListedPost> &item) -> const ListOrderKey & { return item.first; });
    QList<ListedPost> sorted;
    for (auto &[key, term] : keyed)
        sorted.append(std::move(term));
    addListFeed(url, title, {}, sorted);
}

// Hugo's section pages: each lists its posts (list: local ones too) and
// its subsections (but list: never ones; render: link ones without a page
// of their own), in hugo's order; a subsection is as new as its
// _index.md's date, else its newest entry (as hugo dates a section).
void ListPages::addSections(const QSet<QString> &generatedFiles)
{
    const SiteIndex &index = m_plan.index;
    const ListOrder order(m_plan.config().kind, m_plan.settings.language);
    struct Member
    {
        ListOrderKey key;
        QDateTime date;
        const ListedPost *post = nullptr;
    };
    QHash<QString, QList<Member>> members;
    for (const QList<ListedPost> *list : {&m_posts, &m_local}) {
        for (const ListedPost &post : *list) {
            const QDateTime date = sortDate(*post.record);
            members[hugoSectionOf(index, *post.record)].append({order.key(*post.record, date), date, &post});
        }
    }
    QList<const SectionPage *> sections;
    for (const QList<SectionPage> *list : {&m_plan.sections, &m_plan.linkSections}) {
        for (const SectionPage &section : *list)
            sections.append(&section);
    }
    // Parents first, so subsections first below: their parent lists them.
    std::sort(sections.begin(), sections.end(), [](const SectionPage *a, const SectionPage *b) { return a->folder < b->folder; });
    // The lists point into it: no reallocation after this.
    m_sectionEntries.reserve(sections.size());
    for (auto it = sections.crbegin(); it != sections.crend(); ++it) {
        const SectionPage &section = **it;
        QList<Member> list = members.value(section.folder);
        order.sort(list, [](const Member &member) -> const ListOrderKey & { return member.key; });
        if (section.build.writesPage()) {
            const QString output = outputFileForUrl(section.url);
            if (const QString file = generatedFileAt(output, generatedFiles); !file.isEmpty()) {
                m_warnings.append(Error{section.record ? section.record->path : section.folder, 0, 0,
                                        ExporterText::tr("the section %1: its page %2 would be where %3 is: not written")
                                            .arg(section.folder, output, file)});
                ++m_failed;
                continue;
            }
            QList<const ListedPost *> which;
            which.reserve(list.size());
            for (const Member &member : std::as_const(list))
                which.append(member.post);
            addList(section.url, section.title, which, false, section.build.listed());
            if (listsHaveFeeds()) {
                // hugo's feed of a section: its own pages, not its subsections.
                QList<const ListedPost *> pages;
                for (const ListedPost *post : std::as_const(which)) {
                    if (post->record->kind != PostKind::Section)
                        pages.append(post);
                }
                addListFeed(section.url, section.title, pages);
            }
        } else if (section.build.listed()) {
            addSitemap(section.url);   // render: link: a URL, no page
        }
        if (!section.record || section.build.list == ListOption::Never)
            continue;   // a top folder (only the home page is above it), or in no list
        ListedPost entry;
        entry.entry.title = section.title.toStdString();
        entry.url = section.url;
        entry.record = section.record;
        m_sectionEntries.append(entry);
        QDateTime date = sortDate(*section.record);
        for (const Member &member : std::as_const(list)) {
            if (!sortDate(*section.record).isValid() && member.date.isValid() && (!date.isValid() || member.date > date))
                date = member.date;
        }
        members[hugoSectionOf(index, *section.record)].append(
            {order.key(*section.record, date, section.title), date, &m_sectionEntries.back()});
    }
}

} // namespace postwright
