// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exportcache.h"
#include "export/posturl.h"
#include "frontmatter/frontmatter.h"
#include "site/siteindex.h"

#include <QSet>
#include <QString>

#include <optional>

namespace postwright {

// The URL keys a post's front matter sets (Hugo url, Jekyll permalink, Zola
// path): from the front matter read now, or as the index read it.
UrlOverrides urlOverridesOf(const SiteConfig &config, const FrontMatter &frontMatter);
UrlOverrides urlOverridesOf(const SiteConfig &config, const PostRecord &record);

// The exported URL of each published post of a site, worked out once per
// export from its record (its front matter may move it), for the links and
// refs that name it. Thread-safe.
class ExportPostUrls final
{
public:
    ExportPostUrls(const SiteIndex &index, const ExportSettings &settings, const QSet<QString> &published);
    Q_DISABLE_COPY_MOVE(ExportPostUrls)

    // The URL path of the post at relativePath; nullopt when it is not published.
    std::optional<QString> urlOf(const QString &relativePath);

private:
    const SiteIndex &m_index;
    const ExportSettings &m_settings;
    const QSet<QString> &m_published;
    ExportCache<std::optional<QString>> m_urls;
};

} // namespace postwright
