// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "site/siteeditjournal.h"
#include "site/siteindex.h"
#include "site/siterewrite.h"
#include "text/textsearch.h"

#include <QList>
#include <QString>

#include <atomic>

namespace postwright {

// One changed line of a post, for the preview.
struct ReplaceExcerpt
{
    int line = 0;    // 1-based, in the whole file
    QString before;
    QString after;
};

// A post that Replace in All Posts changes, as it was when searched.
struct SiteReplaceFile
{
    QString path;            // relative to the site root
    QByteArray hash;         // of its bytes when searched (SiteFileEdit::hash)
    int matches = 0;
    QList<ReplaceExcerpt> excerpts;   // the first few changed lines
};

// Caps for hostile posts and patterns: a regular expression has no timeout,
// so what it may search and how much it may find is limited.
struct SiteReplaceLimits
{
    qsizetype maxFileBytes = 4 * 1024 * 1024;   // larger posts are skipped (a problem)
    qsizetype maxMatchesPerFile = 10000;        // more: the post is skipped (a problem)
    qsizetype maxMatches = 100000;              // more in all: the search stops (truncated)
    int maxExcerpts = 20;
};

// What Replace in All Posts will do: the matches in the body of each post
// (front matter is never searched: its values change through the form or
// the term edits), each file's hash when searched.
struct SiteReplacePlan
{
    SearchQuery query;
    QList<SiteReplaceFile> files;
    QList<Error> problems;   // posts not searched (unreadable, too large, too many matches, search gave up)
    bool truncated = false;  // stopped at maxMatches
    bool canceled = false;
    int totalMatches() const;
};

struct SiteReplaceReport
{
    QStringList written;
    QList<Error> changedSince;   // changed since the preview: left as they are
    QList<Error> failed;
    QList<SiteFileEdit> edits;   // for undo
    bool canceled = false;       // stopped by the user: the posts not reached are as they were
};


// Searches the body of every post of the index. cancel (when given) is
// looked at between posts and matches; run it off the GUI thread.
SiteReplacePlan planSiteReplace(const SiteIndex &index, const SearchQuery &query,
                                const std::atomic_bool *cancel = nullptr, const SiteReplaceLimits &limits = {});

// Takes the plan's entry for path again from the file as it is now, when
// its body still has exactly the matches the preview showed (the user saved
// the open post, after the preview, to let the replace reach it); false,
// and the entry as it was, otherwise.
bool refreshSiteReplaceFile(const SiteConfig &config, SiteReplacePlan &plan, const QString &path,
                            const SiteReplaceLimits &limits = {});

// Replaces the matches in the posts of plan named in paths, each through the
// lossless writer (front matter, BOM, line endings and encoding kept) and the
// safe site writer; a post whose bytes are not the ones searched any more is
// left alone (changedSince). progress hears of each post and may stop the
// replace between posts (canceled); run it off the GUI thread.
SiteReplaceReport applySiteReplace(const SiteConfig &config, const SiteReplacePlan &plan, const QStringList &paths,
                                   const RewriteProgress &progress = {}, const SiteReplaceLimits &limits = {});

} // namespace postwright
