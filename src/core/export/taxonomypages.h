// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "site/buildoptions.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

#include <optional>

namespace postwright {

class SiteIndex;
struct BuildStates;
struct ExportSettings;
struct PostRecord;
struct SiteConfig;

// What hugo 0.111 builds of a site's taxonomies: each taxonomy's page
// (/tags/) and each term's (/tags/go/) as the `_build` of its page in the
// content folder says (content/tags/_index.md, content/tags/go/_index.md),
// else as the cascades hand down to it (content/tags/_index.md,
// content/_index.md, the config's), matched against its folder's path
// ("/tags/go"); disableKinds turns them off. A taxonomy or term whose
// _index.md hugo does not build (a draft, in the future, expired) has
// nothing built: no page, no feed, no place in a list. One rule for the export's term pages, its lists and
// feeds, the chips of posts and list entries, and the preview's chips.
// Other sites: every taxonomy and term has its page.
class TaxonomyPages
{
public:
    TaxonomyPages() = default;
    // settings: Hugo's disableKinds "taxonomy" is a taxonomy page with
    // render and list never, "term" no term built.
    TaxonomyPages(const SiteIndex &index, const ExportSettings &settings, const BuildStates &states, const QDateTime &now);

    // nullopt: hugo builds nothing of it.
    std::optional<BuildOptions> taxonomy(const QString &plural) const;
    std::optional<BuildOptions> term(const QString &plural, const QString &slug) const;
    // The built _index.md (index-relative path) of the taxonomy, or with
    // slug of its term; empty for none.
    QString contentPage(const QString &plural, const QString &slug = {}) const;
    // The slugs of the terms with a built _index.md of their own.
    QList<QString> termsWithContentPages(const QString &plural) const;

    // The export: its posts, and those of them its lists do not show
    // (list: never or local: on no term's page). A term only these have,
    // without an _index.md of its own, has no page, and its chips no link.
    void setPublishedPosts(const SiteConfig &config, const QList<const PostRecord *> &published, const QSet<QString> &unlisted);

    // A post's chip for term, as hugo's .GetTerms: nullopt for none (the
    // term is not built, or in no list); an empty URL for its name alone
    // (render: never, or a term without a page); else the term page's
    // site-absolute URL.
    std::optional<QString> chipUrl(const SiteConfig &config, const QString &plural, const QString &term) const;
    // The site-absolute URL pages link the taxonomy's page by; empty when
    // it has no page (or the site no such taxonomy).
    QString linkUrl(const SiteConfig &config, const QString &plural) const;
    // A post's terms of plural (its tags or categories) with the URL of
    // each chip (url of the site-absolute one; empty: the name alone),
    // without those chipUrl shows no chip for.
    void setChips(const SiteConfig &config, const QString &plural, QStringList &terms, QStringList &urls,
                  const std::function<QString(const QString &)> &url) const;
    // Changes whenever what is built of a taxonomy or term changes.
    QByteArray fingerprint() const;

private:
    struct Term
    {
        std::optional<BuildOptions> build;
        QString contentPage;
    };
    struct Built
    {
        std::optional<BuildOptions> build = BuildOptions{};      // nullopt: nothing of it built
        QString contentPage;
        std::optional<BuildOptions> fileless = BuildOptions{};   // a term without an _index.md, unless terms says otherwise
        bool noTerms = false;         // disableKinds "term"
        QSet<QString> pagelessTerms;  // setPublishedPosts: slugs only unlisted posts have
        QHash<QString, Term> terms;   // by slug: those with an _index.md, and those a path cascade reaches
    };
    QHash<QString, Built> m_taxonomies;   // Hugo's; none elsewhere
};

} // namespace postwright
