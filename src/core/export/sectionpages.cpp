// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/sectionpages.h"

#include "export/exportposturls.h"
#include "export/posturl.h"
#include "site/buildoptions.h"
#include "site/hugocascade.h"

#include <QDir>
#include <QMap>

namespace postwright {
namespace {

QString parentOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : path.left(slash);
}

// The record's path inside the content folder; empty when it is not in it.
QString inContent(const SiteConfig &config, const QString &path)
{
    const QString relative = QDir(config.contentDir).relativeFilePath(config.absolutePath(path));
    return relative.startsWith(QLatin1String("../")) ? QString() : relative;
}

bool hasIndexFile(const SiteIndex &index, const QString &folder)
{
    const SiteConfig &config = index.config();
    return index.listPageOf(config.relativePath(config.contentDir + QLatin1Char('/') + folder));
}

// The nearest section at or above folder (content-relative).
QString sectionAtOrAbove(const SiteIndex &index, QString folder)
{
    while (!folder.isEmpty()) {
        if (!folder.contains(QLatin1Char('/')) || hasIndexFile(index, folder))
            return folder;
        folder = parentOf(folder);
    }
    return {};
}

// Hugo's title of a section without one: its name, capitalised and made
// plural (pluralizeListTitles): "upper" -> "Uppers", "guides" -> "Guides".
QString defaultTitle(const QString &folder)
{
    QString name = folder.section(QLatin1Char('/'), -1);
    if (name.isEmpty())
        return name;
    name[0] = name[0].toUpper();
    const QString lower = name.toLower();
    if (lower.endsWith(QLatin1Char('s')))
        return name;
    if (lower.endsWith(QLatin1Char('y')) && lower.size() > 1 && !QStringLiteral("aeiou").contains(lower.at(lower.size() - 2)))
        return name.chopped(1) + QStringLiteral("ies");
    if (lower.endsWith(QLatin1String("ch")) || lower.endsWith(QLatin1String("sh")) || lower.endsWith(QLatin1Char('x'))
        || lower.endsWith(QLatin1Char('z')))
        return name + QStringLiteral("es");
    return name + QLatin1Char('s');
}

// The section's URL: its _index.md's `url`, else its folder's.
QString sectionUrl(const SiteExportPlan &plan, const QString &folder, const PostRecord *record)
{
    if (!record)
        return hugoSectionUrl(plan.settings, folder);
    const SiteConfig &config = plan.config();
    return postUrl(config, plan.settings, *record, urlOverridesOf(config, *record)).path;
}

} // namespace

QString hugoSectionOf(const SiteIndex &index, const PostRecord &record)
{
    const QString relative = inContent(index.config(), record.path);
    QString folder = parentOf(relative);
    if (record.kind == PostKind::Bundle || record.kind == PostKind::Section)
        folder = parentOf(folder);
    return sectionAtOrAbove(index, folder);
}

QList<SectionPage> hugoSectionPages(const SiteExportPlan &plan, const QList<const PostRecord *> &built,
                                    const QList<const PostRecord *> &sections)
{
    const SiteConfig &config = plan.config();
    if (config.kind != SiteKind::Hugo)
        return {};
    QMap<QString, const PostRecord *> found;   // folder -> its _index.md; sorted: parents first
    const auto addTop = [&found](const QString &folder) {
        const QString top = folder.section(QLatin1Char('/'), 0, 0);
        if (!top.isEmpty() && !found.contains(top))
            found.insert(top, nullptr);
    };
    for (const PostRecord *record : sections) {
        const QString folder = parentOf(inContent(config, record->path));
        if (folder.isEmpty())
            continue;   // the home page
        found.insert(folder, record);
        addTop(folder);
    }
    for (const PostRecord *record : built)
        addTop(hugoSectionOf(plan.index, *record));
    QSet<QString> taxonomies;
    for (const Taxonomy &taxonomy : config.taxonomies)
        taxonomies.insert(taxonomy.plural.toLower());
    const QDateTime now = QDateTime::currentDateTimeUtc();   // compared only: UTC asks the system for no time zone
    QList<SectionPage> pages;
    for (auto it = found.cbegin(); it != found.cend(); ++it) {
        const QString &folder = it.key();
        const PostRecord *record = it.value();
        if (taxonomies.contains(folder.section(QLatin1Char('/'), 0, 0).toLower()))
            continue;
        // A folder without an _index.md: what the cascades hand down to it.
        const std::optional<BuildOptions> built = listPageBuild(plan.index, record, folder, QStringLiteral("section"), plan.states, now);
        if (!built || !built->hasUrl())
            continue;
        const BuildOptions build = *built;
        SectionPage page;
        page.folder = folder;
        page.record = record;
        page.build = build;
        page.url = sectionUrl(plan, folder, record);
        page.title = record && record->title != record->slug ? record->title : defaultTitle(folder);
        pages.append(page);
    }
    return pages;
}

SplitSections splitSectionPages(const QList<SectionPage> &sections)
{
    SplitSections split;
    for (const SectionPage &section : sections)
        (section.build.writesPage() ? split.pages : split.linkOnly).append(section);
    return split;
}

std::optional<QString> hugoSectionPageUrl(const QList<SectionPage> &sections, const QString &listUrl)
{
    if (listUrl == QLatin1String("/"))
        return listUrl;
    for (const SectionPage &section : sections) {
        if (QString(QLatin1Char('/') + section.folder + QLatin1Char('/')).compare(listUrl, Qt::CaseInsensitive) == 0)
            return section.url;
    }
    return std::nullopt;
}

} // namespace postwright
