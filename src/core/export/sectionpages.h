// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/siteexportplan.h"

#include <QList>
#include <QString>

#include <optional>

namespace postwright {

// The content-relative folder of the section a Hugo page (or, for a
// section's _index.md, the section above it) belongs to, as hugo 0.111
// sees it: the nearest folder above it with an _index.md, else its folder
// at the top of the content folder; empty: the home page's.
QString hugoSectionOf(const SiteIndex &index, const PostRecord &record);

// The section list pages hugo 0.111 writes for a Hugo site (none for other
// sites), parents first. built: the pages hugo builds (published, and
// render never too), sections: the _index.md files it builds. A section
// whose build options give it no URL (render never) is left out; so is a
// taxonomy's folder. One with render: link (a URL in its parent's list, no
// page) is in; splitSectionPages takes it out.
QList<SectionPage> hugoSectionPages(const SiteExportPlan &plan, const QList<const PostRecord *> &built,
                                    const QList<const PostRecord *> &sections);

// Sections split by whether they have a page of their own: render: link
// ones have a URL in their parent's list, but no page.
struct SplitSections
{
    QList<SectionPage> pages;
    QList<SectionPage> linkOnly;
};
SplitSections splitSectionPages(const QList<SectionPage> &sections);

// The URL of the section page that a ref's list page ("/", "/posts/",
// lower case) names: "/" is the home page; nullopt when no page is written.
std::optional<QString> hugoSectionPageUrl(const QList<SectionPage> &sections, const QString &listUrl);

} // namespace postwright
