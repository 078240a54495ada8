// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/error.h"
#include "vcs/postmerge.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace postwright {

class GitRepository;

// A file that both sides changed and that could not be merged.
struct FileConflict
{
    QString path;                     // relative to the repository
    QList<MergeConflict> conflicts;   // a post: its conflicting keys and blocks
    QString reason;                   // otherwise: why it is not merged per key
    // A post's three versions (the merge view shows them and merges them
    // with the user's choices: resolvePostMerge).
    QByteArray base;
    QByteArray ours;
    QByteArray theirs;
};

struct MergeOutcome
{
    enum class Kind { UpToDate, FastForward, Merged, Conflicts };
    Kind kind = Kind::UpToDate;
    QString commit;                  // the new HEAD (FastForward, Merged)
    QStringList postsMerged;         // posts that both sides changed, merged per key and block
    QList<FileConflict> conflicts;   // Conflicts: nothing was changed
};

// Merges the commit at upstreamRef ("refs/remotes/origin/main") into the
// current branch. Files that Git's line merge leaves conflicted are merged
// per front-matter key and body block when they are posts (mergePost);
// any conflict left stops the merge before anything is written: HEAD, the
// index and the working folder stay as they were, and no file gets
// conflict markers. A clean merge is committed and checked out safely
// (files the user changed and did not commit, or staged, are never
// overwritten: that is an error and nothing is merged). resolved holds
// posts the user merged (path in the repository → bytes): taken as they are.
Result<MergeOutcome> mergeUpstream(const GitRepository &repository, const QString &upstreamRef,
                                   const QString &message, const QHash<QString, QByteArray> &resolved = {});

} // namespace postwright
