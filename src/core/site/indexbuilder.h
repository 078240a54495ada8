// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "site/siteindex.h"

#include <QFuture>

#include <functional>
#include <optional>

namespace postwright {

// The index family: SiteIndex (site/siteindex.h) is the data; this file
// builds it from the site's files and the on-disk cache (IndexCache,
// site/indexcache.h); BackgroundIndexer (site/backgroundindexer.h) runs the
// build off the GUI thread; SiteWatcher keeps it in step with the disk.

struct IndexOptions
{
    std::optional<SiteKind> kind;   // force the site's kind instead of detecting it
    QString cacheDir;               // empty: IndexCache::defaultDirectory()
    bool useCache = true;           // read and write the on-disk cache
    // Read each file only up to the end of its front matter, for a caller
    // that reads the posts it wants itself (the site export): bad bytes in
    // a body go unnoticed, so such an index is never saved to the cache.
    bool frontMatterOnly = false;
};

// Progress reports and the cancel question, both asked from the indexing
// thread between batches of files.
struct IndexProgress
{
    std::function<void(int done, int total)> report;
    std::function<bool()> canceled;
};

// Indexes every post of the site at root: lists the files (while the cache
// is read), reuses cached records whose file has the same size and
// modification time, reads the
// others on all cores (only their front-matter blocks are parsed), and
// updates the on-disk cache. Synchronous; call it from a worker thread in a
// GUI. Fails when root is not a folder, its config does not parse, or it is
// canceled; a post that cannot be read is a record with an error.
Result<SiteIndex> indexSite(const QString &root, const IndexOptions &options = {}, const IndexProgress &progress = {});

// The same for a site already open: previous's records are reused for
// unchanged files (the watcher calls this after a change on disk).
Result<SiteIndex> refreshSiteIndex(const SiteIndex &previous, const IndexOptions &options = {},
                                   const IndexProgress &progress = {});

// indexSite in the background, on a thread pool of its own whose threads
// run at a lower priority (a GUI's first preview and its snapshots do not
// wait for a big site); the future reports progress
// (QFutureWatcher::progressValueChanged) and can be canceled. A canceled run
// has no result.
QFuture<Result<SiteIndex>> indexSiteInBackground(const QString &root, const IndexOptions &options = {});

} // namespace postwright
