// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/exportposturls.h"

#include "site/siterules.h"


namespace postwright {

namespace {

UrlOverrides urlOverridesFrom(const SiteConfig &config, const QString &ownUrl)
{
    UrlOverrides overrides;
    (config.kind == SiteKind::Jekyll ? overrides.permalink : overrides.url) = ownUrl;
    return overrides;
}

} // namespace

UrlOverrides urlOverridesOf(const SiteConfig &config, const FrontMatter &frontMatter)
{
    return urlOverridesFrom(config, ownUrlOf(config, frontMatter));
}

UrlOverrides urlOverridesOf(const SiteConfig &config, const PostRecord &record)
{
    return urlOverridesFrom(config, record.ownUrl);
}

ExportPostUrls::ExportPostUrls(const SiteIndex &index, const ExportSettings &settings, const QSet<QString> &published)
    : m_index(index)
    , m_settings(settings)
    , m_published(published)
{
}

std::optional<QString> ExportPostUrls::urlOf(const QString &relativePath)
{
    return m_urls.get(relativePath, [&]() -> std::optional<QString> {
        const PostRecord *target = m_index.post(relativePath);
        if (!target || !m_published.contains(relativePath))
            return std::nullopt;
        const SiteConfig &config = m_index.config();
        return postUrl(config, m_settings, *target, urlOverridesOf(config, *target)).path;
    });
}

} // namespace postwright
