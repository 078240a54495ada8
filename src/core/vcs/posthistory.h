// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/error.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace postwright {

// One commit that changed a post.
struct PostRevision
{
    QString commit;       // full hex id
    QDateTime date;       // the author's date, in the author's offset
    QString author;       // "Name <email>"
    QString message;      // the whole message, without its final line break
    QString path;         // the post's path in that commit, relative to the repository
    QString renamedFrom;  // the path before, when this commit renamed it
    QStringList changedKeys;  // front-matter keys whose values differ from the commit before
    bool bodyChanged = false;
};

// What changed between two versions of a post: the front-matter keys whose
// parsed values differ (added and removed keys too; new version's key order,
// then removed keys), and whether the Markdown body differs. An empty
// `before` is a post that did not exist.
struct PostChange
{
    QStringList changedKeys;
    bool bodyChanged = false;
};
PostChange comparePostVersions(const QByteArray &before, const QByteArray &after);

// Every commit reachable from HEAD that changed the post, newest first,
// following renames (a commit that only renames it is listed with no
// changed keys). A post in no repository is an error with code "no-repository".
Result<QList<PostRevision>> postHistory(const QString &postPath);

// The bytes of the file at path (relative to the repository, as
// PostRevision::path names it) in commit, in the repository that holds
// repositoryPath.
Result<QByteArray> postVersion(const QString &repositoryPath, const QString &commit, const QString &path);

} // namespace postwright
