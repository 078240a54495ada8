// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/error.h"
#include "vcs/gitmerge.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace postwright {

struct PublishRequest
{
    QString site;          // the site folder, as the user named it (errors name files under it)
    QString message;       // the commit message; empty: from the changed posts' titles
    bool push = true;      // false: commit only, no fetch, merge or push
    // Files outside the plan the user chose to commit too (relative to the site).
    QStringList alsoCommit;
    // Posts both sides changed, as the user merged them (path relative to
    // the repository → the post's bytes): the merge takes these.
    QHash<QString, QByteArray> resolved;
    // publish --due: only these posts (relative to the site) and their
    // images are committed; the other changed posts wait ("not due").
    std::optional<QStringList> onlyPosts;
    // With onlyPosts: when none of them changed (they were committed while
    // scheduled), an empty commit with the message still goes out, so that
    // a host that builds on push builds the site again now they are due.
    bool commitEvenIfUnchanged = false;
};

// What a publish tells while it runs. Every member may be empty.
struct PublishCallbacks
{
    std::function<void(const QString &line)> line;      // a step done ("committed abc1234: …")
    std::function<void(const Error &error)> error;      // a problem, with its file
    std::function<void(const QByteArray &chunk)> gitOutput;  // git's progress as it writes it
    std::function<bool()> canceled;                      // asked between steps and while git runs
};

struct PublishResult
{
    enum class Status {
        Published,   // pushed (or, without push, committed or nothing to commit)
        Refused,     // not a repository, a detached HEAD: nothing was tried
        Failed,      // a step failed (told through error); a commit made stays
        Conflicts,   // both sides changed the same key or block: nothing was merged
        Canceled,    // the user stopped it; a commit made stays
    };
    Status status = Status::Published;
    QString commit;                  // the publish commit made; empty: none
    QString upstream;                // "origin/main" when the sync ran
    QList<FileConflict> conflicts;   // Conflicts: each file with its three versions
};

// Save is the caller's. Commits the site's changed posts and their images
// (planPublish), then fetches, merges (per key and block for posts) and
// pushes to the branch's upstream, fetching and merging again when the push
// is rejected because the remote moved meanwhile. The CLI's publish and the
// window's Publish run this.
PublishResult publishSite(const PublishRequest &request, const PublishCallbacks &callbacks);

} // namespace postwright
