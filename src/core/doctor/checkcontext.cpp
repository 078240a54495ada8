// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "doctor/checkcontext.h"

#include "export/hugoshortcodes.h"
#include "export/sitefiles.h"
#include "site/sitelookup.h"

namespace postwright {

CheckContext CheckContexts::forPost(const QString &postPath, bool withRefs)
{
    CheckContext context;
    if (postPath.isEmpty())
        return context;
    const std::optional<SiteConfig> site = findEnclosingSite(postPath);
    if (!site)
        return context;
    const Result<SiteFiles> files = readSiteFiles(*site);
    context.site = files ? files.value() : defaultSiteFiles(*site);
    if (site->kind == SiteKind::Zola)
        context.zolaTaxonomies = site->taxonomyNames();
    if (site->kind == SiteKind::Hugo && withRefs) {
        std::shared_ptr<const HugoRefIndex> &pages = m_pages[site->root];
        if (!pages)
            pages = std::make_shared<const HugoRefIndex>(*site);
        context.hugoRefs = pages;
    }
    return context;
}

CheckContext checkContextFor(const QString &postPath, bool withRefs)
{
    return CheckContexts().forPost(postPath, withRefs);
}

std::shared_ptr<const HugoRefIndex> hugoRefsFor(const CheckContext &context)
{
    if (!context.site || context.site->config.kind != SiteKind::Hugo)
        return {};
    return std::make_shared<const HugoRefIndex>(context.site->config);
}

} // namespace postwright
