// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/sitechrome.h"

#include "export/htmltext.h"
#include "export/posturl.h"
#include "export/siteexportplan.h"
#include "site/hugocascade.h"
#include "site/siteindex.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSet>

namespace postwright {
namespace {

bool hasTaxonomy(const SiteConfig &config, const QString &plural)
{
    return std::any_of(config.taxonomies.cbegin(), config.taxonomies.cend(),
                       [&](const Taxonomy &taxonomy) { return taxonomy.plural == plural; });
}

// The site has the taxonomy and one of posts a term of it: its page lists something.
bool hasTerms(const SiteConfig &config, const QList<const PostRecord *> &posts, const QString &plural)
{
    return hasTaxonomy(config, plural) && std::any_of(posts.cbegin(), posts.cend(), [&](const PostRecord *record) {
               return !record->terms.value(plural).isEmpty();
           });
}

bool isWebUrl(const QString &url)
{
    return url.contains(QLatin1String("://")) || url.startsWith(QLatin1String("mailto:"));
}

// A menu entry's URL as the page links it: a site path relative to the
// page, a web address as written.
QString menuUrl(const QString &url, const std::function<QString(const QString &)> &sitePath)
{
    return url.startsWith(QLatin1Char('/')) ? sitePath(url) : url;
}

PageChrome chromeWith(const SiteChrome &site, const QString &pageUrl,
                      const std::function<QString(const QString &)> &sitePath)
{
    PageChrome chrome;
    chrome.siteTitle = site.siteTitle;
    chrome.homeUrl = sitePath(QStringLiteral("/"));
    chrome.hasHome = site.hasHome;
    for (const PageLink &item : site.menu)
        chrome.menu.append({item.label, menuUrl(item.url, sitePath), !pageUrl.isEmpty() && item.url == pageUrl});
    if (!site.tagsUrl.isEmpty())
        chrome.tagsUrl = sitePath(site.tagsUrl);
    if (!site.categoriesUrl.isEmpty())
        chrome.categoriesUrl = sitePath(site.categoriesUrl);
    if (!site.feedUrl.isEmpty())
        chrome.feedUrl = sitePath(site.feedUrl);
    chrome.copyright = site.copyright;
    chrome.author = site.author;
    chrome.madeWith = site.madeWith;
    return chrome;
}

// Hugo's menus.main: name and url, or pageRef (a content path) as the
// section or page URL it names; by weight, then name.
QList<PageLink> hugoMenu(const ExportSettings &settings)
{
    QList<MenuItem> items = settings.mainMenu;
    std::stable_sort(items.begin(), items.end(), [](const MenuItem &a, const MenuItem &b) {
        return a.weight != b.weight ? a.weight < b.weight : a.name.localeAwareCompare(b.name) < 0;
    });
    QList<PageLink> links;
    for (const MenuItem &item : std::as_const(items)) {
        QString url = item.url.trimmed();
        if (url.isEmpty() && !item.pageRef.isEmpty()) {
            QString ref = item.pageRef.trimmed();
            for (const char *suffix : {"/_index.md", "/index.md", ".md"}) {
                if (ref.endsWith(QLatin1String(suffix)))
                    ref.chop(qsizetype(qstrlen(suffix)));
            }
            url = hugoSectionUrl(settings, ref);
        }
        // A javascript: entry would be a link that runs script (the policy
        // stops it, but a reader would see a dead link): left out.
        if (url.isEmpty() || item.name.trimmed().isEmpty() || isScriptUrl(url))
            continue;
        if (!isWebUrl(url) && !url.startsWith(QLatin1Char('/')))
            url.prepend(QLatin1Char('/'));
        links.append({item.name.trimmed(), url});
    }
    return links;
}

} // namespace

PageChrome SiteChrome::forPage(const QString &pageUrl) const
{
    return chromeWith(*this, pageUrl, [&](const QString &path) { return relativeUrl(pageUrl, path); });
}

PageChrome SiteChrome::published(const QString &baseUrl) const
{
    return chromeWith(*this, {}, [&](const QString &path) {
        return baseUrl.isEmpty() ? encodeUrlPath(path) : absoluteUrl(baseUrl, path);
    });
}

QByteArray SiteChrome::fingerprint() const
{
    QStringList parts{siteTitle, tagsUrl, categoriesUrl, feedUrl, copyright, author,
                      madeWith ? QStringLiteral("m") : QStringLiteral("-"), hasHome ? QStringLiteral("h") : QStringLiteral("-")};
    for (const PageLink &item : menu)
        parts << item.label << item.url;
    return QCryptographicHash::hash(parts.join(QChar(0)).toUtf8(), QCryptographicHash::Sha1).toHex();
}

SiteChrome siteChrome(const SiteConfig &config, const ExportSettings &settings, const QList<SectionPage> &sections,
                      const QList<const PostRecord *> &posts, const TaxonomyPages &taxonomies, bool hasHome)
{
    SiteChrome chrome;
    chrome.siteTitle = settings.title.trimmed().isEmpty() ? QFileInfo(config.root).fileName() : settings.title.trimmed();
    chrome.copyright = settings.copyright;
    chrome.author = settings.author;
    chrome.madeWith = settings.madeWith;
    // The site's feed is the home page's.
    chrome.hasHome = hasHome;
    if (!settings.feeds || !hasHome)
        chrome.feedUrl.clear();
    if (config.kind == SiteKind::Hugo)
        chrome.menu = hugoMenu(settings);
    if (chrome.menu.isEmpty()) {
        for (const SectionPage &section : sections) {
            if (!section.folder.contains(QLatin1Char('/')))
                chrome.menu.append({section.title, section.url});
        }
    }
    if (hasTerms(config, posts, QStringLiteral("tags")))
        chrome.tagsUrl = taxonomies.linkUrl(config, QStringLiteral("tags"));
    if (hasTerms(config, posts, QStringLiteral("categories")))
        chrome.categoriesUrl = taxonomies.linkUrl(config, QStringLiteral("categories"));
    return chrome;
}

QList<SectionPage> topSectionsOf(const SiteIndex &index, const ExportSettings &settings)
{
    QList<SectionPage> sections;
    const SiteConfig &config = index.config();
    if (config.kind != SiteKind::Hugo)
        return sections;
    const QString content = config.relativePath(config.contentDir);
    const QString prefix = content == QLatin1String(".") ? QString() : content + QLatin1Char('/');
    QSet<QString> taxonomies;
    for (const Taxonomy &taxonomy : config.taxonomies)
        taxonomies.insert(taxonomy.plural);
    // Hugo's disableKinds "section", or "page" (no post, so no section
    // without an _index.md): the export writes none of these pages.
    if (!settings.sectionPages || !settings.postPages)
        return sections;
    const BuildStates states = index.configStates();
    const QDateTime now = QDateTime::currentDateTimeUtc();   // compared only: UTC asks the system for no time zone
    QSet<QString> seen;
    for (const PostRecord &record : index.posts()) {
        if (record.kind == PostKind::Section || !record.path.startsWith(prefix))
            continue;
        const QStringList parts = record.path.mid(prefix.size()).split(QLatin1Char('/'));
        if (parts.size() < 2 || taxonomies.contains(parts.first()) || seen.contains(parts.first())
            || !index.isBuilt(record, states, now))
            continue;
        seen.insert(parts.first());
        SectionPage section;
        section.folder = parts.first();
        section.url = hugoSectionUrl(settings, section.folder);
        section.record = index.post(prefix + section.folder + QStringLiteral("/_index.md"));
        // As the export's menu: only a section with a page of its own.
        const std::optional<BuildOptions> build =
            listPageBuild(index, section.record, section.folder, QStringLiteral("section"), states, now);
        if (!build || !build->writesPage())
            continue;
        section.build = *build;
        section.title = section.record && section.record->title != section.record->slug
                            ? section.record->title
                            : section.folder.left(1).toUpper() + section.folder.mid(1);
        sections.append(section);
    }
    return sections;
}

void PublishedSite::addTo(PageData &page) const
{
    page.chrome = chrome.published(baseUrl);
    const auto url = [&](const QString &path) { return baseUrl.isEmpty() ? encodeUrlPath(path) : absoluteUrl(baseUrl, path); };
    taxonomies.setChips(config, QStringLiteral("tags"), page.tags, page.tagUrls, url);
    taxonomies.setChips(config, QStringLiteral("categories"), page.categories, page.categoryUrls, url);
}

std::optional<PublishedSite> publishedSite(const SiteIndex &index)
{
    const Result<ExportSettings> settings = readExportSettings(index.config());
    if (!settings)
        return std::nullopt;
    PublishedSite site;
    site.config = index.config();
    site.baseUrl = settings.value().baseUrl;
    QList<const PostRecord *> posts;
    for (const PostRecord &record : index.posts()) {
        if (record.kind != PostKind::Section && !record.isDraft())
            posts.append(&record);
    }
    site.taxonomies = TaxonomyPages(index, settings.value(), index.configStates(), QDateTime::currentDateTimeUtc());
    site.chrome = siteChrome(index.config(), settings.value(), topSectionsOf(index, settings.value()), posts, site.taxonomies,
                             settings.value().homePage);
    return site;
}

} // namespace postwright
