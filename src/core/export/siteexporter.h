// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exportoptions.h"
#include "text/error.h"

#include <QFuture>

namespace postwright {

// Exports the site at root as a static site into options.outDir: one page
// per published post at the URL the site's generator would give it, the
// paginated home page, a page per taxonomy term and per taxonomy, the RSS
// feed (index.xml), the sitemap and the files the posts refer to. Pages run
// in parallel on options.jobs threads. Incremental: pages whose inputs did
// not change since the last export into the same folder are left alone.
// Never reads outside root nor writes outside outDir. Every new or changed
// file is written to a temporary name first and put in place only when all
// are written (lists, feed, sitemap and manifest last), so an export that
// fails or is canceled leaves the previous one whole. Fails (an Error naming
// the file and the cause) when the site cannot be read or a file in outDir
// cannot be written; a post that fails is counted in pagesFailed with its
// error among the warnings.
Result<SiteExportReport> exportSite(const QString &root, const SiteExportOptions &options,
                                    const ExportProgress &progress = {});

// exportSite on the global thread pool; the future reports progress and can
// be canceled (a canceled export publishes nothing and says so).
QFuture<Result<SiteExportReport>> exportSiteInBackground(const QString &root, const SiteExportOptions &options);

} // namespace postwright
