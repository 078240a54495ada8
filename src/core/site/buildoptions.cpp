// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "site/buildoptions.h"

#include "frontmatter/frontmatter.h"
#include "site/configfile.h"
#include "site/hugocascade.h"
#include "site/hugovalues.h"
#include "site/postrecord.h"
#include "site/siteindex.h"

#include <QVariantList>

namespace postwright {
namespace {

// `_build`, then (newer hugo) `build`.
std::optional<BuildOptions> buildOf(const QVariantMap &map, bool newerBuildKey)
{
    for (const char *key : {"_build", "build"}) {
        if (!newerBuildKey && key[0] == 'b')
            break;
        const QVariant value = configValue(map, QString::fromLatin1(key));
        if (value.typeId() == QMetaType::QVariantMap)
            return buildOptionsFromMap(value.toMap());
    }
    return std::nullopt;
}

std::optional<bool> headlessOf(const QVariantMap &map)
{
    const QVariant value = configValue(map, u"headless");
    return value.isValid() ? std::optional<bool>(hugoBool(value).value_or(false)) : std::nullopt;
}

bool hasBuildKey(const FrontMatter &frontMatter)
{
    for (const Field &field : frontMatter.fields) {
        for (const char *key : {"_build", "build", "headless", "cascade"}) {
            if (field.key.compare(QLatin1String(key), Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

} // namespace

BuildOptions buildOptionsFromMap(const QVariantMap &map)
{
    BuildOptions options;
    const QVariant render = configValue(map, u"render");
    if (const std::optional<bool> flag = hugoBool(render)) {
        options.render = *flag ? RenderOption::Always : RenderOption::Never;
    } else {
        const QString text = render.toString().trimmed().toLower();
        if (text == QLatin1String("link"))
            options.render = RenderOption::Link;
        else if (text == QLatin1String("never"))
            options.render = RenderOption::Never;
    }
    const QVariant list = configValue(map, u"list");
    if (const std::optional<bool> flag = hugoBool(list)) {
        options.list = *flag ? ListOption::Always : ListOption::Never;
    } else {
        const QString text = list.toString().trimmed().toLower();
        if (text == QLatin1String("local"))
            options.list = ListOption::Local;
        else if (text == QLatin1String("never"))
            options.list = ListOption::Never;
    }
    if (const QVariant publish = configValue(map, u"publishResources"); publish.isValid())
        options.publishResources = hugoBool(publish).value_or(true);
    return options;
}

BuildFrontMatter readBuildFrontMatter(const FrontMatter &frontMatter, QStringView text, bool newerBuildKey)
{
    BuildFrontMatter build;
    // Most posts have none of these keys: their front matter is not read again.
    if (frontMatter.error || !hasBuildKey(frontMatter))
        return build;
    const FrontMatterBlock &block = frontMatter.block;
    const QStringView content = text.sliced(block.contentStart, block.contentEnd - block.contentStart);
    const char *format = block.format == FrontMatterFormat::Toml   ? "toml"
                         : block.format == FrontMatterFormat::Json ? "json"
                                                                   : "yaml";
    const Result<QVariantMap> parsed = parseConfigText(content.toUtf8(), QString::fromLatin1(format), QString());
    if (!parsed)
        return build;
    const QVariantMap &map = parsed.value();
    build.build = buildOf(map, newerBuildKey);
    build.headless = headlessOf(map);
    build.cascade = readCascade(configValue(map, u"cascade"), newerBuildKey);
    return build;
}

BuildOptions buildOptions(const SiteIndex &index, const PostRecord &record)
{
    const SiteConfig &config = index.config();
    // Zola: a page's own `render = false` (read into build by its rules).
    if (config.kind == SiteKind::Zola)
        return record.build.build.value_or(BuildOptions{});
    if (config.kind != SiteKind::Hugo)
        return {};
    BuildOptions options = record.build.build ? *record.build.build : record.inherited.build.value_or(BuildOptions{});
    const bool headless = record.build.headless ? *record.build.headless : record.inherited.headless.value_or(false);
    // As hugo: headless is a leaf bundle's, and beats `_build` but for its resources.
    if (record.kind == PostKind::Bundle && headless) {
        options.render = RenderOption::Never;
        options.list = ListOption::Never;
    }
    return options;
}

QString renderOptionName(RenderOption option)
{
    switch (option) {
    case RenderOption::Link:
        return QStringLiteral("link");
    case RenderOption::Never:
        return QStringLiteral("never");
    case RenderOption::Always:
        break;
    }
    return QStringLiteral("always");
}

QString listOptionName(ListOption option)
{
    switch (option) {
    case ListOption::Local:
        return QStringLiteral("local");
    case ListOption::Never:
        return QStringLiteral("never");
    case ListOption::Always:
        break;
    }
    return QStringLiteral("always");
}

} // namespace postwright
