// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exportsettings.h"
#include "export/taxonomypages.h"
#include "page/pagechrome.h"
#include "page/pagetemplate.h"
#include "site/siteconfig.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace postwright {

class SiteIndex;
struct PostRecord;
struct SectionPage;

// The header and footer of every page of a site, with site-absolute URL
// paths ("/tags/") or, for a menu entry, the URL as the config writes it.
struct SiteChrome
{
    QString siteTitle;
    QList<PageLink> menu;
    QString tagsUrl;         // empty: the site has no tags
    QString categoriesUrl;   // empty: the site has no categories
    QString feedUrl = QStringLiteral("/index.xml");   // empty: no feed
    bool hasHome = true;     // false: no home page (Hugo's disableKinds home, render: never)
    QString copyright;
    QString author;
    bool madeWith = true;

    // As the page at pageUrl (site-absolute) links it: relative URLs, so
    // that the site also works opened from disk.
    PageChrome forPage(const QString &pageUrl) const;
    // With absolute URLs under baseUrl (the preview: a click opens the
    // published site); without one, relative to the site's root.
    PageChrome published(const QString &baseUrl) const;
    // Changes whenever what a page shows of the chrome changes.
    QByteArray fingerprint() const;
};

// The chrome of a site: its title (else the folder's name), Hugo's main
// menu (menus.main, by weight) or else its top sections (sections: the
// section pages the export writes), its tags and categories pages when the
// site has those taxonomies and one of posts has such a term, and the
// footer's settings.
SiteChrome siteChrome(const SiteConfig &config, const ExportSettings &settings, const QList<SectionPage> &sections,
                      const QList<const PostRecord *> &posts, const TaxonomyPages &taxonomies, bool hasHome);

// The top sections of a Hugo site as its index knows them, for the preview
// (the export has its own list): top folders of the content folder with a
// published post, but the taxonomies' folders.
QList<SectionPage> topSectionsOf(const SiteIndex &index, const ExportSettings &settings);

// A post's page in the preview as its site shows it: the header and
// footer, and chips that link the term pages, with the published site's
// URLs (a click opens them in the browser).
struct PublishedSite
{
    SiteConfig config;
    QString baseUrl;
    SiteChrome chrome;
    TaxonomyPages taxonomies;

    // Sets page's chrome and the links of its tags and categories.
    void addTo(PageData &page) const;
};

// The published site of index (its settings read again); nullopt when its
// config does not parse.
std::optional<PublishedSite> publishedSite(const SiteIndex &index);

} // namespace postwright
