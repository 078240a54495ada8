// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deploy/deployplan.h"
#include "deploy/deploytarget.h"
#include "text/error.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <functional>

namespace postwright {

// Deploys to a branch of a Git remote (git:REMOTE#BRANCH): the exported
// site becomes one commit on top of the branch, built with libgit2 from
// blobs and trees in a bare repository of the deploy's own (in the cache
// folder), and pushed with the user's git. Neither the site's working
// tree nor any of its branches is touched; the branch keeps its history,
// and files on it that no deploy uploaded (a CNAME, .nojekyll) stay.
class GitDeploy final
{
public:
    GitDeploy(QString site, DeployTarget target, QString repoFolder);

    // Makes the repository and fetches the branch (none yet: a first deploy).
    Result<Success> fetch(const std::function<void(const QByteArray &)> &progress);
    // The branch's files: path -> blob id (hex).
    Result<QHash<QString, QByteArray>> remoteFiles() const;
    // The blob id git gives bytes, the hash a Git deploy compares by.
    static QByteArray blobHash(const QByteArray &bytes);
    // One commit with plan's files of localRoot put and its stale ones
    // removed; empty when the tree would be the same.
    Result<QString> commit(const QString &localRoot, const DeployPlan &plan, const QString &message);
    Result<Success> push(const QString &commit, const std::function<void(const QByteArray &)> &progress);

private:
    Result<QString> remoteUrl() const;

    QString m_site;
    DeployTarget m_target;
    QString m_repoFolder;
    QString m_url;
    QString m_parent;   // the branch's commit (hex); empty when it has none
};

} // namespace postwright
