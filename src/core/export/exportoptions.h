// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/error.h"

#include <QList>
#include <QString>

#include <functional>

namespace postwright {

struct SiteExportOptions
{
    QString outDir;
    bool drafts = false;    // also drafts
    bool future = false;    // also posts dated in the future
    int jobs = 0;           // worker threads; 0: one per core
    QString baseUrl;        // empty: the site config's baseURL/url
    bool clean = false;     // rebuild everything and remove stale files
    bool pruneStale = false; // remove stale files without rebuilding (a deploy's own export folder)
    bool useIndexCache = true;
    QString indexCacheDir;  // empty: the user's cache folder
};

// Reports from worker threads; canceled is asked between pages.
struct ExportProgress
{
    std::function<void(int done, int total)> report;
    std::function<bool()> canceled;
};

struct SiteExportReport
{
    QString outDir;
    QString homePage;        // OUT/index.html
    int pagesWritten = 0;    // HTML pages, the feed and the sitemap
    int pagesUnchanged = 0;  // left as they were (incremental export)
    int pagesFailed = 0;     // pages and files that could not be read, rendered or written
    int filesCopied = 0;     // images and other files
    int staleRemoved = 0;    // --clean: outputs of an earlier export that are gone now
    int staleKept = 0;       // without --clean: such outputs left in place
    int posts = 0;           // posts published with a page of their own
    bool canceled = false;
    qint64 elapsedMs = 0;
    QList<Error> warnings;   // paths relative to the site
    QStringList written;     // files written, relative to OUT
};

struct PostExportOptions
{
    QString output;         // FILE.html
    bool assets = false;    // copy images into FILE_files/ instead of data: URIs
};

struct PostExportReport
{
    QString output;
    QStringList assets;     // files copied (absolute)
    int embedded = 0;       // images embedded as data: URIs
    QList<Error> warnings;
};

} // namespace postwright
