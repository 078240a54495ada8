// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/error.h"

#include <QList>
#include <QString>

struct git_repository;

namespace postwright {

// A file's Git state as the post list shows it.
enum class GitFileState {
    Unchanged,
    New,         // not tracked yet
    Modified,    // changed in the working folder (staged or not)
    Staged,      // every change of it is in the index
    Conflicted,  // an unresolved merge
    Deleted,     // deleted in the working folder
};
QString gitFileStateName(GitFileState state);

struct GitFileStatus
{
    QString path;  // relative to the folder asked about, with '/'
    GitFileState state = GitFileState::Unchanged;
};

struct GitBranch
{
    QString name;       // "main"; empty for a detached HEAD
    QString upstream;   // "origin/main"; empty when the branch has none
    QString upstreamRef;     // "refs/remotes/origin/main"
    QString remote;          // "origin": where fetch and push go
    QString remoteBranch;    // "main": the branch on the remote
    int ahead = 0;      // commits on the branch that the upstream lacks
    int behind = 0;     // commits on the upstream that the branch lacks
    bool detached = false;
    bool unborn = false;  // no commit yet
};

// The Git repository that holds a site (the site may be a folder inside it).
class GitRepository final
{
public:
    // The repository holding path (a folder or a file), searched upwards
    // as git does. A path in no repository is an error with code "no-repository".
    static Result<GitRepository> open(const QString &path);

    GitRepository(GitRepository &&other) noexcept;
    GitRepository &operator=(GitRepository &&other) noexcept;
    GitRepository(const GitRepository &) = delete;
    GitRepository &operator=(const GitRepository &) = delete;
    ~GitRepository();

    // The working folder, canonical, without a trailing '/'.
    QString workdir() const { return m_workdir; }
    // path (absolute or relative to the current folder) relative to the
    // working folder with '/', as Git names it; empty when outside it.
    QString relativePath(const QString &path) const;
    // The folders git keeps HEAD and the index in (.git, or a worktree's
    // own), and the refs in (the common .git of all worktrees): what
    // changes when a commit, fetch or checkout is made in a terminal.
    QString gitDir() const;
    QString commonDir() const;

    Result<GitBranch> branch() const;
    // True while a merge, rebase, cherry-pick or revert started elsewhere
    // waits to be finished (nothing should be committed over it).
    bool operationInProgress() const;
    // The changed files under folder (ignored files left out), their paths
    // relative to folder, sorted.
    Result<QList<GitFileStatus>> status(const QString &folder) const;

    git_repository *handle() const { return m_repo; }

private:
    explicit GitRepository(git_repository *repo, QString workdir);

    git_repository *m_repo = nullptr;
    QString m_workdir;
};

} // namespace postwright
