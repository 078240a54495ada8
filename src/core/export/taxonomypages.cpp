// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/taxonomypages.h"

#include "export/exportsettings.h"
#include "export/posturl.h"
#include "site/hugocascade.h"
#include "site/siteindex.h"

#include <QCryptographicHash>
#include <QSet>

#include <algorithm>

namespace postwright {
namespace {

// The _index.md (or _index.markdown) of folder (content-relative; empty:
// the content folder) when the index has one that parses.
const PostRecord *indexPageOf(const SiteIndex &index, const QString &folder)
{
    const SiteConfig &config = index.config();
    const QString path = folder.isEmpty() ? config.contentDir : config.contentDir + QLatin1Char('/') + folder;
    const PostRecord *record = index.listPageOf(config.relativePath(path));
    return record && !record->error ? record : nullptr;
}

// Whether a cascade could tell the taxonomy's terms apart by their path:
// one with a path target in the config, the home page or the taxonomy's
// _index.md.
bool pathCascadeReaches(const SiteIndex &index, const QString &plural)
{
    const auto hasPathTarget = [](const QList<CascadeEntry> &entries) {
        return std::any_of(entries.cbegin(), entries.cend(), [](const CascadeEntry &entry) { return !entry.target.path.isEmpty(); });
    };
    const PostRecord *home = indexPageOf(index, {});
    const PostRecord *taxonomy = indexPageOf(index, plural);
    return hasPathTarget(index.config().cascade) || (home && hasPathTarget(home->build.cascade))
        || (taxonomy && hasPathTarget(taxonomy->build.cascade));
}

} // namespace

TaxonomyPages::TaxonomyPages(const SiteIndex &index, const ExportSettings &settings, const BuildStates &states,
                             const QDateTime &now)
{
    const SiteConfig &config = index.config();
    if (config.kind != SiteKind::Hugo)
        return;
    const QString contentPrefix = config.relativePath(config.contentDir) + QLatin1Char('/');
    for (const Taxonomy &each : config.taxonomies) {
        Built &taxonomy = m_taxonomies[each.plural];
        const PostRecord *own = indexPageOf(index, each.plural);
        taxonomy.build = listPageBuild(index, own, each.plural, QStringLiteral("taxonomy"), states, now);
        if (own && taxonomy.build)
            taxonomy.contentPage = own->path;
        if (!settings.taxonomyPages && taxonomy.build)
            taxonomy.build = BuildOptions{RenderOption::Never, ListOption::Never};
        if (!settings.termPages) {
            taxonomy.noTerms = true;
            continue;
        }
        // A term that no cascade names by its path (one a path target
        // names has its own entry below); "\x01" is no term's slug.
        taxonomy.fileless = listPageBuild(index, nullptr, each.plural + QStringLiteral("/\x01"), QStringLiteral("term"), states, now);
        // The terms with an _index.md of their own.
        const QString folder = contentPrefix + each.plural + QLatin1Char('/');
        for (const PostRecord &record : index.posts()) {
            if (record.kind != PostKind::Section || record.error || !record.path.startsWith(folder))
                continue;
            const QStringList parts = record.path.mid(folder.size()).split(QLatin1Char('/'));
            if (parts.size() != 2 || indexPageOf(index, each.plural + QLatin1Char('/') + parts.first()) != &record)
                continue;   // deeper, or the _index.markdown beside an _index.md
            Term term;
            term.build = listPageBuild(index, &record, {}, {}, states, now);
            if (term.build)
                term.contentPage = record.path;
            taxonomy.terms.insert(termSlug(config, parts.first()), term);
        }
        if (!pathCascadeReaches(index, each.plural))
            continue;
        // A cascade that targets paths: each term without a page of its own.
        QSet<QString> slugs;
        for (const PostRecord &record : index.posts()) {
            for (const QString &name : record.terms.value(each.plural))
                slugs.insert(termSlug(config, name));
        }
        for (const QString &slug : std::as_const(slugs)) {
            if (!slug.isEmpty() && !taxonomy.terms.contains(slug))
                taxonomy.terms.insert(slug, Term{listPageBuild(index, nullptr, each.plural + QLatin1Char('/') + slug, QStringLiteral("term"), states, now), {}});
        }
    }
}

std::optional<BuildOptions> TaxonomyPages::taxonomy(const QString &plural) const
{
    const auto it = m_taxonomies.constFind(plural);
    return it == m_taxonomies.cend() ? BuildOptions{} : it->build;
}

std::optional<BuildOptions> TaxonomyPages::term(const QString &plural, const QString &slug) const
{
    const auto it = m_taxonomies.constFind(plural);
    if (it == m_taxonomies.cend())
        return BuildOptions{};
    if (!it->build || it->noTerms)
        return std::nullopt;   // hugo builds none of the taxonomy's pages, or no term page
    const auto own = it->terms.constFind(slug);
    return own == it->terms.cend() ? it->fileless : own->build;
}

QString TaxonomyPages::contentPage(const QString &plural, const QString &slug) const
{
    const auto it = m_taxonomies.constFind(plural);
    if (it == m_taxonomies.cend())
        return {};
    return slug.isEmpty() ? it->contentPage : it->terms.value(slug).contentPage;
}

QList<QString> TaxonomyPages::termsWithContentPages(const QString &plural) const
{
    QList<QString> slugs;
    const auto it = m_taxonomies.constFind(plural);
    if (it == m_taxonomies.cend())
        return slugs;
    for (auto term = it->terms.cbegin(); term != it->terms.cend(); ++term) {
        if (!term->contentPage.isEmpty())
            slugs.append(term.key());
    }
    return slugs;
}

void TaxonomyPages::setPublishedPosts(const SiteConfig &config, const QList<const PostRecord *> &published,
                                      const QSet<QString> &unlisted)
{
    for (const Taxonomy &each : config.taxonomies) {
        const auto found = m_taxonomies.find(each.plural);
        if (found == m_taxonomies.end())
            continue;   // not a Hugo site's: every term has its page
        QSet<QString> listed;
        QSet<QString> unlistedOnly;
        for (const PostRecord *record : published) {
            for (const QString &name : record->terms.value(each.plural))
                (unlisted.contains(record->path) ? unlistedOnly : listed).insert(termSlug(config, name));
        }
        Built &taxonomy = *found;
        taxonomy.pagelessTerms.clear();
        for (const QString &slug : std::as_const(unlistedOnly)) {
            if (!listed.contains(slug) && taxonomy.terms.value(slug).contentPage.isEmpty())
                taxonomy.pagelessTerms.insert(slug);
        }
    }
}

std::optional<QString> TaxonomyPages::chipUrl(const SiteConfig &config, const QString &plural, const QString &term) const
{
    if (!config.hasTaxonomy(plural) || term.trimmed().isEmpty())
        return QString();
    const QString slug = termSlug(config, term);
    const std::optional<BuildOptions> build = this->term(plural, slug);
    if (!build || build->list != ListOption::Always)
        return std::nullopt;
    const auto taxonomy = m_taxonomies.constFind(plural);
    const bool pageless = taxonomy != m_taxonomies.cend() && taxonomy->pagelessTerms.contains(slug);
    if (!build->hasUrl() || pageless)
        return QString();
    return taxonomyUrl(config, plural) + slug + QLatin1Char('/');
}

QString TaxonomyPages::linkUrl(const SiteConfig &config, const QString &plural) const
{
    const std::optional<BuildOptions> build = taxonomy(plural);
    if (!config.hasTaxonomy(plural) || !build || !build->writesPage())
        return {};
    return taxonomyUrl(config, plural);
}

void TaxonomyPages::setChips(const SiteConfig &config, const QString &plural, QStringList &terms, QStringList &urls,
                             const std::function<QString(const QString &)> &url) const
{
    QStringList shown;
    urls.clear();
    for (const QString &term : std::as_const(terms)) {
        const std::optional<QString> path = chipUrl(config, plural, term);
        if (!path)
            continue;
        shown.append(term);
        urls.append(path->isEmpty() ? QString() : url(*path));
    }
    terms = shown;
}

QByteArray TaxonomyPages::fingerprint() const
{
    const auto options = [](const std::optional<BuildOptions> &build) {
        return build ? renderOptionName(build->render) + QLatin1Char('/') + listOptionName(build->list) : QStringLiteral("none");
    };
    QStringList parts;
    for (auto taxonomy = m_taxonomies.cbegin(); taxonomy != m_taxonomies.cend(); ++taxonomy) {
        parts << taxonomy.key() + QLatin1Char('=') + options(taxonomy->build) + QLatin1Char(',') + options(taxonomy->fileless)
                 + (taxonomy->noTerms ? QStringLiteral(",no terms") : QString());
        for (auto term = taxonomy->terms.cbegin(); term != taxonomy->terms.cend(); ++term)
            parts << taxonomy.key() + QLatin1Char('/') + term.key() + QLatin1Char('=') + options(term->build);
        for (const QString &slug : taxonomy->pagelessTerms)
            parts << taxonomy.key() + QLatin1Char('/') + slug + QStringLiteral("=no page");
    }
    parts.sort();
    return QCryptographicHash::hash(parts.join(QChar(0)).toUtf8(), QCryptographicHash::Sha1).toHex();
}

} // namespace postwright
