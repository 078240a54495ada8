// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exportmanifest.h"
#include "export/exportoptions.h"
#include "export/exportsettings.h"
#include "export/exporttemplates.h"
#include "export/sitechrome.h"
#include "export/sitefiles.h"
#include "export/taxonomypages.h"
#include "site/buildoptions.h"
#include "site/siteindex.h"
#include "text/error.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace postwright {

// A section's list page as hugo 0.111 writes it: a folder with an
// _index.md, or a folder at the top of the content folder with a page
// hugo builds (also one below it in a section).
struct SectionPage
{
    QString folder;                     // content-relative, as on disk ("posts/series")
    QString url;                        // "/posts/series/" (its _index.md's `url` moves it)
    QString title;                      // its _index.md's, else the folder's name as hugo titles it
    const PostRecord *record = nullptr; // its _index.md, or none
    BuildOptions build;                 // its _index.md's (render: link: a URL in its parent's list, no page)
};

// Hugo's home page (content/_index.md, or the config's cascade to it).
struct HomePage
{
    QString unbuilt;      // a draft, in the future or expired: the file that says so (hugo builds nothing)
    BuildOptions build;   // render never or link: no home page, no pages after it, no feed
};

// What a site export works from, read and checked before anything is
// written: the site's index and settings, the output folder, the posts to
// publish and the previous export's manifest.
struct SiteExportPlan
{
    SiteIndex index;
    QString out;                 // the output folder: absolute, clean, made
    ExportSettings settings;
    SiteFiles files;             // what the site publishes (basePath from the base URL)
    std::optional<ExportTemplates> templates;
    QString baseUrl;             // normalized; empty when none is known
    // The posts that get a URL, newest first (pointers into index).
    QList<const PostRecord *> published;
    QSet<QString> pageless;      // Hugo's render: link: a URL, but no page
    QSet<QString> unlisted;      // not in the lists (Hugo's list: never/local)
    QSet<QString> localOnly;     // Hugo's list: local: only in its section's list
    QList<SectionPage> sections; // Hugo: the section list pages, parents first
    QList<SectionPage> linkSections; // Hugo: render: link sections (a URL, in their parent's list, no page)
    HomePage home;               // Hugo: what its home page is built as; defaults elsewhere
    TaxonomyPages taxonomies;    // Hugo: which taxonomy and term pages are built, and as what
    SiteChrome chrome;           // every page's header and footer
    BuildStates states;          // what is built beyond published posts (the config's, --drafts, --future)
    ExportManifest previous;     // what the last export wrote (empty with --clean)
    ExportManifest cleaned;      // --clean: the manifest whose outputs may go
    QByteArray settingsKey;      // changes whenever every page must be made again
    QList<Error> warnings;       // about the site as a whole

    const SiteConfig &config() const { return index.config(); }
};

// Reads the site at root and checks options (the output folder is neither
// the site nor inside a folder the export reads; the base URL is valid),
// makes the output folder, and lists the posts to publish. Nothing of the
// previous export is touched.
Result<SiteExportPlan> planSiteExport(const QString &root, const SiteExportOptions &options);

// Why outDir cannot take the export of the site (it is the site, holds it,
// or lies in a folder the export reads, links resolved); none when it can.
// Deploying to a folder follows the same rule.
std::optional<Error> outputFolderProblem(const SiteConfig &config, const QString &outDir);

// The date lists sort by and the feed shows: date, else publishDate (each
// its own, else a cascade's); none for an undated post (as hugo: it goes
// last, and the feed gives it no pubDate), never the file's time, which a
// checkout changes.
QDateTime sortDate(const PostRecord &record);

} // namespace postwright
