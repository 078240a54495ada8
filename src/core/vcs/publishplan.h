// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/error.h"
#include "vcs/gitrepository.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace postwright {

// What a publish commits: the posts the user changed and their images.
struct PublishPlan
{
    QStringList paths;            // relative to the repository: what is committed
    QStringList titles;           // of the changed posts, for the message
    QList<GitFileStatus> leftOut; // other changed files of the site (relative to it): not committed
    QList<GitFileStatus> notDue;  // changed posts left out by onlyPosts (publish --due)
    QList<GitFileStatus> conflicted;  // unresolved merges: nothing can be published
    // Posts that hold a merge's conflict markers ("<<<<<<< ", "=======",
    // ">>>>>>> " lines): one error per "<<<<<<<" line; nothing can be published.
    QList<Error> markers;

    // "Publish: Title" / "Publish: A; B" / "Publish 5 posts: A; B; C; …".
    QString message() const;
};

// The site's changed posts (Markdown files the generator reads: Hugo's and
// Zola's content folder, Jekyll's _posts and _drafts, a plain folder's
// .md files), and the changed images that sit in a changed page bundle's
// folder or that one of them links to or shows (resolved as the export
// resolves it). Nothing else: files from other tools, configuration and
// what the generator writes (Hugo's publishDir and resources/_gen, Jekyll's
// _site and .jekyll-cache, Zola's public) are left out and listed.
// onlyPosts (site-relative): only these posts and their images; the other
// changed posts go to notDue.
Result<PublishPlan> planPublish(const GitRepository &repository, const QString &site,
                                const std::optional<QStringList> &onlyPosts = std::nullopt);

} // namespace postwright
