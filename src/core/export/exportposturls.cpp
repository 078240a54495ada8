// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/exportposturls.h"

#include "post/post.h"
#include "site/siterules.h"

#include <QFile>

namespace postwright {

UrlOverrides urlOverridesOf(const SiteConfig &config, const FrontMatter &frontMatter)
{
    UrlOverrides overrides;
    const auto text = [&](const char *key) {
        const Field *field = siteField(config, frontMatter, QString::fromLatin1(key));
        return field && field->value.isScalar() ? field->value.displayText() : QString();
    };
    if (config.kind == SiteKind::Jekyll)
        overrides.permalink = text("permalink");
    else
        overrides.url = text(config.kind == SiteKind::Zola ? "path" : "url");
    return overrides;
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
        UrlOverrides overrides;
        QFile file(config.absolutePath(relativePath));
        if (file.open(QIODevice::ReadOnly)) {
            if (const Result<Post> post = Post::read(file.readAll(), file.fileName()))
                overrides = urlOverridesOf(config, post.value().frontMatter());
        }
        return postUrl(config, m_settings, *target, overrides).path;
    });
}

} // namespace postwright
