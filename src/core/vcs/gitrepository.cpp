// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vcs/gitrepository.h"

#include "vcs/gitsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <utility>

namespace postwright {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postwright", text);
}

// The canonical form of path; a file that does not exist (deleted) keeps
// its name under its canonical folder.
QString canonical(const QString &path)
{
    const QFileInfo info(QDir::cleanPath(QDir::current().absoluteFilePath(path)));
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : folder + QLatin1Char('/') + info.fileName();
}

GitFileState stateOf(unsigned int flags)
{
    if (flags & GIT_STATUS_CONFLICTED)
        return GitFileState::Conflicted;
    if (flags & GIT_STATUS_WT_NEW)
        return (flags & GIT_STATUS_INDEX_NEW) ? GitFileState::Modified : GitFileState::New;
    if (flags & GIT_STATUS_WT_DELETED)
        return GitFileState::Deleted;
    if (flags & (GIT_STATUS_WT_MODIFIED | GIT_STATUS_WT_TYPECHANGE | GIT_STATUS_WT_RENAMED))
        return GitFileState::Modified;
    if (flags & (GIT_STATUS_INDEX_NEW | GIT_STATUS_INDEX_MODIFIED | GIT_STATUS_INDEX_DELETED
                 | GIT_STATUS_INDEX_RENAMED | GIT_STATUS_INDEX_TYPECHANGE))
        return GitFileState::Staged;
    return GitFileState::Unchanged;
}

} // namespace

QString gitFileStateName(GitFileState state)
{
    switch (state) {
    case GitFileState::Unchanged: return QStringLiteral("unchanged");
    case GitFileState::New: return QStringLiteral("new");
    case GitFileState::Modified: return QStringLiteral("modified");
    case GitFileState::Staged: return QStringLiteral("staged");
    case GitFileState::Conflicted: return QStringLiteral("conflicted");
    case GitFileState::Deleted: return QStringLiteral("deleted");
    }
    return {};
}

GitRepository::GitRepository(git_repository *repo, QString workdir)
    : m_repo(repo)
    , m_workdir(std::move(workdir))
{
}

GitRepository::GitRepository(GitRepository &&other) noexcept
    : m_repo(std::exchange(other.m_repo, nullptr))
    , m_workdir(std::move(other.m_workdir))
{
}

GitRepository &GitRepository::operator=(GitRepository &&other) noexcept
{
    std::swap(m_repo, other.m_repo);
    std::swap(m_workdir, other.m_workdir);
    return *this;
}

GitRepository::~GitRepository()
{
    if (m_repo)
        git_repository_free(m_repo);
}

Result<GitRepository> GitRepository::open(const QString &path)
{
    git::ensureInitialized();
    const QString start = canonical(path);
    git_repository *repo = nullptr;
    const int code = git_repository_open_ext(&repo, QFile::encodeName(start).constData(), 0, nullptr);
    if (code == GIT_ENOTFOUND)
        return Error{path, 0, 0, tr("not in a Git repository"), QStringLiteral("no-repository")};
    if (code != 0)
        return git::lastError(path, tr("cannot open the Git repository"));
    const char *workdir = git_repository_workdir(repo);
    if (!workdir) {
        git_repository_free(repo);
        return Error{path, 0, 0, tr("the Git repository has no working folder (a bare repository)")};
    }
    return GitRepository(repo, canonical(QFile::decodeName(workdir)));
}

QString GitRepository::relativePath(const QString &path) const
{
    const QString absolute = canonical(path);
    if (absolute == m_workdir)
        return QString();
    if (!absolute.startsWith(m_workdir + QLatin1Char('/')))
        return QString();
    return absolute.mid(m_workdir.size() + 1);
}

QString GitRepository::gitDir() const
{
    return QDir::cleanPath(QFile::decodeName(git_repository_path(m_repo)));
}

QString GitRepository::commonDir() const
{
    return QDir::cleanPath(QFile::decodeName(git_repository_commondir(m_repo)));
}

Result<GitBranch> GitRepository::branch() const
{
    GitBranch result;
    git_reference *rawHead = nullptr;
    const int code = git_repository_head(&rawHead, m_repo);
    if (code == GIT_EUNBORNBRANCH || code == GIT_ENOTFOUND) {
        result.unborn = true;
        git_reference *symbolic = nullptr;
        if (git_reference_lookup(&symbolic, m_repo, "HEAD") == 0) {
            const git::Owned<git_reference> head = git::own(symbolic, git_reference_free);
            QString target = git::fromUtf8(git_reference_symbolic_target(head.get()));
            const QLatin1String heads("refs/heads/");
            result.name = target.startsWith(heads) ? target.mid(heads.size()) : target;
        }
        return result;
    }
    if (code != 0)
        return git::lastError(m_workdir, tr("cannot read the current branch"));
    const git::Owned<git_reference> head = git::own(rawHead, git_reference_free);
    if (git_repository_head_detached(m_repo) == 1) {
        result.detached = true;
        return result;
    }
    const char *name = nullptr;
    if (git_branch_name(&name, head.get()) == 0)
        result.name = git::fromUtf8(name);
    git_reference *rawUpstream = nullptr;
    if (git_branch_upstream(&rawUpstream, head.get()) != 0)
        return result;  // no upstream configured, or it is gone
    const git::Owned<git_reference> upstream = git::own(rawUpstream, git_reference_free);
    if (git_branch_name(&name, upstream.get()) == 0)
        result.upstream = git::fromUtf8(name);
    result.upstreamRef = git::fromUtf8(git_reference_name(upstream.get()));
    const char *headName = git_reference_name(head.get());
    git_buf buffer = GIT_BUF_INIT;
    if (git_branch_upstream_remote(&buffer, m_repo, headName) == 0)
        result.remote = git::fromUtf8(buffer.ptr);
    git_buf_dispose(&buffer);
    if (git_branch_upstream_merge(&buffer, m_repo, headName) == 0) {
        const QString merge = git::fromUtf8(buffer.ptr);
        const QLatin1String heads("refs/heads/");
        result.remoteBranch = merge.startsWith(heads) ? merge.mid(heads.size()) : merge;
    }
    git_buf_dispose(&buffer);
    const git_oid *local = git_reference_target(head.get());
    const git_oid *remote = git_reference_target(upstream.get());
    size_t ahead = 0;
    size_t behind = 0;
    if (local && remote && git_graph_ahead_behind(&ahead, &behind, m_repo, local, remote) == 0) {
        result.ahead = int(ahead);
        result.behind = int(behind);
    }
    return result;
}

bool GitRepository::operationInProgress() const
{
    return git_repository_state(m_repo) != GIT_REPOSITORY_STATE_NONE;
}

Result<QList<GitFileStatus>> GitRepository::status(const QString &folder) const
{
    const QString prefix = relativePath(folder);
    if (prefix.isEmpty() && canonical(folder) != m_workdir)
        return Error{folder, 0, 0, tr("not inside the Git repository at %1").arg(m_workdir)};
    git_status_options options = GIT_STATUS_OPTIONS_INIT;
    options.show = GIT_STATUS_SHOW_INDEX_AND_WORKDIR;
    options.flags = GIT_STATUS_OPT_INCLUDE_UNTRACKED | GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS
                    | GIT_STATUS_OPT_EXCLUDE_SUBMODULES;
    // A literal path, not a pattern: a site folder named "[draft]" is itself.
    const QByteArray spec = prefix.toUtf8();
    char *specs[] = {const_cast<char *>(spec.constData())};
    if (!prefix.isEmpty()) {
        options.pathspec = {specs, 1};
        options.flags |= GIT_STATUS_OPT_DISABLE_PATHSPEC_MATCH;
    }
    git_status_list *rawList = nullptr;
    if (git_status_list_new(&rawList, m_repo, &options) != 0)
        return git::lastError(folder, tr("cannot read the Git status"));
    const git::Owned<git_status_list> list = git::own(rawList, git_status_list_free);
    QList<GitFileStatus> files;
    const QString under = prefix.isEmpty() ? QString() : prefix + QLatin1Char('/');
    for (size_t i = 0, n = git_status_list_entrycount(list.get()); i < n; ++i) {
        const git_status_entry *entry = git_status_byindex(list.get(), i);
        const git_diff_delta *delta = entry->index_to_workdir ? entry->index_to_workdir : entry->head_to_index;
        if (!delta)
            continue;
        const char *raw = delta->new_file.path ? delta->new_file.path : delta->old_file.path;
        const QString path = git::fromUtf8(raw);
        if (!path.startsWith(under))
            continue;
        const GitFileState state = stateOf(entry->status);
        if (state != GitFileState::Unchanged)
            files.append({path.mid(under.size()), state});
    }
    std::sort(files.begin(), files.end(),
              [](const GitFileStatus &a, const GitFileStatus &b) { return a.path < b.path; });
    return files;
}

} // namespace postwright
