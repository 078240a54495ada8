// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "site/siteindex.h"

#include "site/hugocascade.h"
#include "site/siterules.h"

#include <QDir>
#include <QSet>

#include <algorithm>

namespace postwright {

SiteIndex::SiteIndex(SiteConfig config, QList<PostRecord> posts, QList<Error> warnings)
    : m_config(std::move(config)), m_posts(std::move(posts)), m_warnings(std::move(warnings))
{
    std::sort(m_posts.begin(), m_posts.end(), [](const PostRecord &a, const PostRecord &b) { return a.path < b.path; });
    resolveCascades();
}

void SiteIndex::resolveCascades()
{
    if (m_config.kind != SiteKind::Hugo)
        return;
    const bool any = !m_config.cascade.isEmpty() || std::any_of(m_posts.cbegin(), m_posts.cend(), [](const PostRecord &r) {
                         return r.kind == PostKind::Section && !r.build.cascade.isEmpty();
                     });
    // Records taken over from another index may carry what its cascades
    // handed down: without a cascade here, that goes.
    m_filelessSections.clear();
    if (!any && !m_cascaded
        && std::none_of(m_posts.cbegin(), m_posts.cend(), [](const PostRecord &r) { return !r.inherited.isEmpty(); }))
        return;
    m_cascaded = any;
    QSet<QString> folders;
    for (qsizetype i = 0; i < m_posts.size(); ++i) {
        const CascadeValues values = inheritedValues(*this, m_posts.at(i));
        if (m_posts.at(i).inherited != values)
            m_posts[i].inherited = values;
        folders.insert(topFolderOf(m_posts.at(i)));
    }
    for (const QString &folder : std::as_const(folders))
        resolveFilelessSection(folder);
}

QString SiteIndex::topFolderOf(const PostRecord &record) const
{
    QString content = m_config.relativePath(m_config.contentDir);
    if (content == QLatin1String("."))
        content.clear();
    const QString prefix = content.isEmpty() ? QString() : content + QLatin1Char('/');
    if (!record.path.startsWith(prefix))
        return {};
    const qsizetype slash = record.path.indexOf(QLatin1Char('/'), prefix.size());
    return slash < 0 ? QString() : record.path.left(slash);
}

void SiteIndex::resolveFilelessSection(const QString &folder)
{
    if (folder.isEmpty() || !m_cascaded)
        return;
    QString content = m_config.relativePath(m_config.contentDir);
    const QString name = content == QLatin1String(".") ? folder : folder.mid(content.size() + 1);
    if (m_config.hasTaxonomy(name) || listPageOf(folder))
        return;
    const CascadeValues values = inheritedValuesOfFilelessPage(*this, name, QStringLiteral("section"));
    if (values.isEmpty())
        m_filelessSections.remove(folder);
    else
        m_filelessSections.insert(folder, values);
}

QList<const PostRecord *> SiteIndex::sectionsAbove(const PostRecord &record) const
{
    QList<const PostRecord *> sections;
    if (m_config.kind != SiteKind::Hugo)
        return sections;
    QString content = m_config.relativePath(m_config.contentDir);
    if (content == QLatin1String("."))
        content.clear();
    QString folder = record.path.section(QLatin1Char('/'), 0, -2);
    while (!folder.isEmpty() && folder != content && (content.isEmpty() || folder.startsWith(content + QLatin1Char('/')))) {
        for (const char *name : {"/_index.md", "/_index.markdown"}) {
            const PostRecord *section = post(folder + QLatin1String(name));
            if (section && section != &record)
                sections.append(section);
        }
        folder = folder.section(QLatin1Char('/'), 0, -2);
    }
    // The home page: hugo builds nothing when it does not build it.
    for (const char *name : {"_index.md", "_index.markdown"}) {
        const QString file = content.isEmpty() ? QString::fromLatin1(name) : content + QLatin1Char('/') + QLatin1String(name);
        const PostRecord *home = post(file);
        if (home && home != &record)
            sections.append(home);
    }
    return sections;
}

const PostRecord *SiteIndex::listPageOf(const QString &folder) const
{
    const QString prefix = folder.isEmpty() || folder == QLatin1String(".") ? QString() : folder + QLatin1Char('/');
    for (const char *name : {"_index.md", "_index.markdown"}) {
        if (const PostRecord *page = post(prefix + QLatin1String(name)))
            return page;
    }
    return nullptr;
}

BuildStates SiteIndex::configStates() const
{
    return {m_config.buildDrafts, m_config.buildFuture, m_config.buildExpired};
}

bool SiteIndex::isBuilt(const PostRecord &record, const BuildStates &states, const QDateTime &now) const
{
    return !notBuiltAs(record, states, now);
}

std::optional<PostState> SiteIndex::notBuiltAs(const PostRecord &record, const BuildStates &states,
                                               const QDateTime &now) const
{
    if (const std::optional<PostState> own = record.unbuiltAs(states, now))
        return own;
    for (const PostRecord *section : sectionsAbove(record)) {
        if (const std::optional<PostState> above = section->unbuiltAs(states, now))
            return above;
    }
    if (!m_filelessSections.isEmpty()) {
        if (const auto it = m_filelessSections.constFind(topFolderOf(record)); it != m_filelessSections.cend()) {
            PostRecord section;
            section.inherited = *it;
            return section.unbuiltAs(states, now);
        }
    }
    return std::nullopt;
}

PostState SiteIndex::state(const PostRecord &record, const QDateTime &now) const
{
    return notBuiltAs(record, BuildStates{}, now).value_or(PostState::Published);
}

QString SiteIndex::relative(const QString &path) const
{
    return QDir::isAbsolutePath(path) ? m_config.relativePath(path) : QDir::cleanPath(path);
}

qsizetype SiteIndex::lowerBound(const QString &path) const
{
    const auto it = std::lower_bound(m_posts.cbegin(), m_posts.cend(), path,
                                     [](const PostRecord &r, const QString &p) { return r.path < p; });
    return it - m_posts.cbegin();
}

const PostRecord *SiteIndex::post(const QString &path) const
{
    const QString rel = relative(path);
    const qsizetype i = lowerBound(rel);
    if (i < m_posts.size() && m_posts.at(i).path == rel)
        return &m_posts.at(i);
    return nullptr;
}

QList<Error> SiteIndex::errors() const
{
    QList<Error> errors = m_folderErrors;
    for (const PostRecord &r : m_posts) {
        if (r.error)
            errors.append(*r.error);
    }
    return errors;
}

void SiteIndex::insert(const PostRecord &record)
{
    const qsizetype i = lowerBound(record.path);
    bool section = record.kind == PostKind::Section;
    if (i < m_posts.size() && m_posts.at(i).path == record.path) {
        section = section || m_posts.at(i).kind == PostKind::Section;
        m_posts[i] = record;
    } else {
        m_posts.insert(i, record);
    }
    // A section's cascade reaches every page below it.
    if (section)
        resolveCascades();
    else if (m_cascaded) {
        m_posts[i].inherited = inheritedValues(*this, m_posts.at(i));
        resolveFilelessSection(topFolderOf(m_posts.at(i)));
    }
    else
        m_posts[i].inherited = {};
}

bool SiteIndex::remove(const QString &path)
{
    const QString rel = relative(path);
    const qsizetype i = lowerBound(rel);
    if (i < m_posts.size() && m_posts.at(i).path == rel) {
        const bool section = m_posts.at(i).kind == PostKind::Section;
        m_posts.removeAt(i);
        if (section)
            resolveCascades();
        return true;
    }
    return false;
}

QMap<QString, int> SiteIndex::termCounts(const QString &taxonomy) const
{
    QMap<QString, int> counts;
    for (const PostRecord &r : m_posts) {
        if (r.kind == PostKind::Section)
            continue;
        const auto it = r.terms.constFind(taxonomy);
        if (it == r.terms.cend())
            continue;
        for (const QString &term : *it)
            ++counts[term];
    }
    return counts;
}

QStringList SiteIndex::postsWithTerm(const QString &taxonomy, const QString &term) const
{
    QStringList paths;
    for (const PostRecord &r : m_posts) {
        if (r.kind != PostKind::Section && r.terms.value(taxonomy).contains(term))
            paths.append(r.path);
    }
    return paths;
}

bool SiteIndex::isPublished(const PostRecord &record, const QDateTime &now) const
{
    return !record.error && isBuilt(record, configStates(), now);
}

} // namespace postwright
