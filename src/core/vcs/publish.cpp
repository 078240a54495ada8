// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vcs/publish.h"

#include "vcs/gitcommand.h"
#include "vcs/gitcommit.h"
#include "vcs/gitrepository.h"
#include "vcs/publishplan.h"

#include <QCoreApplication>
#include <QDir>

#include <optional>

namespace postwright {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postwright", text);
}

// How often a push that the remote rejects (someone pushed meanwhile) is
// fetched, merged and pushed again.
constexpr int pushAttempts = 3;
// A git that writes nothing this long is stopped.
constexpr int gitIdleSeconds = 120;

using Status = PublishResult::Status;

// One publish: the request, what it tells, and what it found.
class Publisher
{
public:
    Publisher(const PublishRequest &request, const PublishCallbacks &callbacks) : m_request(request), m_callbacks(callbacks) {}

    PublishResult run();

private:
    void line(const QString &text) const
    {
        if (m_callbacks.line)
            m_callbacks.line(text);
    }
    void error(const Error &error) const
    {
        if (m_callbacks.error)
            m_callbacks.error(error);
    }
    bool canceled() const { return m_callbacks.canceled && m_callbacks.canceled(); }
    QString sitePath(const QString &relative) const { return QDir::cleanPath(m_request.site + QLatin1Char('/') + relative); }
    PublishResult finish(Status status)
    {
        m_result.status = status;
        return m_result;
    }

    bool commitStep(const GitRepository &repository);
    std::optional<Status> commitRefusal(const PublishPlan &plan) const;
    Status syncStep(const GitRepository &repository, const GitBranch &branch);
    Status mergeStep(const GitRepository &repository, const GitBranch &branch);
    void reportConflicts(const GitRepository &repository, const QList<FileConflict> &conflicts) const;

    const PublishRequest &m_request;
    const PublishCallbacks &m_callbacks;
    PublishResult m_result;
};

// Commits the upstream lacks (a publish whose push failed): pushing them
// builds the site again, no empty commit is needed for it.
bool aheadOfUpstream(const GitRepository &repository)
{
    const Result<GitBranch> branch = repository.branch();
    return branch && !branch.value().upstream.isEmpty() && branch.value().ahead > 0;
}

QString sideText(const std::optional<QString> &value)
{
    return value ? QLatin1Char('"') + value->trimmed() + QLatin1Char('"') : tr("(none)");
}

void Publisher::reportConflicts(const GitRepository &repository, const QList<FileConflict> &conflicts) const
{
    for (const FileConflict &file : conflicts) {
        const QString path = repository.workdir() + QLatin1Char('/') + file.path;
        line(tr("conflict: %1").arg(file.path));
        if (!file.reason.isEmpty())
            error(Error{path, 0, 0, file.reason});
        for (const MergeConflict &conflict : file.conflicts) {
            if (conflict.kind == MergeConflict::Kind::Key)
                error(Error{path, 0, 0, tr("both sides changed \"%1\": ours %2, theirs %3")
                                            .arg(conflict.key, sideText(conflict.ours), sideText(conflict.theirs))});
            else
                error(Error{path, conflict.line, 0, tr("both sides changed this part of the text")});
        }
    }
    line(QCoreApplication::translate("postwright", "publish stopped: %n file(s) changed on both sides; nothing was merged and no file was changed",
                                     nullptr, int(conflicts.size())));
}

// Why nothing may be committed (told), or nullopt.
std::optional<Status> Publisher::commitRefusal(const PublishPlan &plan) const
{
    if (!plan.conflicted.isEmpty()) {
        for (const GitFileStatus &file : plan.conflicted)
            error(Error{sitePath(file.path), 0, 0, tr("an unresolved merge: resolve it first")});
        return Status::Failed;
    }
    if (!plan.markers.isEmpty()) {
        for (const Error &marker : plan.markers)
            error(marker);
        line(tr("publish stopped: a post holds conflict markers; nothing was committed"));
        return Status::Failed;
    }
    return std::nullopt;
}

// Commits the site's changed posts and their images; false on an error (told).
bool Publisher::commitStep(const GitRepository &repository)
{
    const Result<PublishPlan> plan = planPublish(repository, m_request.site, m_request.onlyPosts);
    if (!plan) {
        error(plan.error());
        return false;
    }
    if (commitRefusal(plan.value()))
        return false;
    QStringList paths = plan.value().paths;
    for (const QString &extra : m_request.alsoCommit) {
        const QString inRepo = repository.relativePath(sitePath(extra));
        if (!inRepo.isEmpty() && !paths.contains(inRepo))
            paths.append(inRepo);
    }
    for (const GitFileStatus &file : plan.value().leftOut) {
        if (!m_request.alsoCommit.contains(file.path))
            line(tr("not committed (not a post or its image): %1 %2").arg(gitFileStateName(file.state), file.path));
    }
    for (const GitFileStatus &file : plan.value().notDue)
        line(tr("not committed (not due): %1 %2").arg(gitFileStateName(file.state), file.path));
    const bool empty = paths.isEmpty() && m_request.commitEvenIfUnchanged && !aheadOfUpstream(repository);
    if (paths.isEmpty() && !empty) {
        line(tr("nothing to commit"));
        return true;
    }
    const QString text = m_request.message.isEmpty() ? plan.value().message() : m_request.message;
    const Result<QString> commit = commitFiles(repository, paths, text, empty);
    if (!commit) {
        error(commit.error());
        return false;
    }
    m_result.commit = commit.value();
    if (commit.value().isEmpty())
        line(tr("nothing to commit"));
    else
        line(tr("committed %1: %2").arg(commit.value().left(7), text.section(QLatin1Char('\n'), 0, 0)));
    return true;
}

Status Publisher::mergeStep(const GitRepository &repository, const GitBranch &branch)
{
    const Result<MergeOutcome> merged = mergeUpstream(repository, branch.upstreamRef, tr("Merge %1").arg(branch.upstream),
                                                      m_request.resolved);
    if (!merged) {
        error(merged.error());
        return Status::Failed;
    }
    if (merged.value().kind == MergeOutcome::Kind::Conflicts) {
        reportConflicts(repository, merged.value().conflicts);
        m_result.conflicts = merged.value().conflicts;
        return Status::Conflicts;
    }
    if (merged.value().kind != MergeOutcome::Kind::UpToDate)
        line(tr("merged %1").arg(branch.upstream));
    for (const QString &post : merged.value().postsMerged)
        line(tr("merged per key and block: %1").arg(post));
    return Status::Published;
}

// Fetch, merge, push; retried when the push is rejected.
Status Publisher::syncStep(const GitRepository &repository, const GitBranch &branch)
{
    const QString folder = repository.workdir();
    const auto canceledNow = [this] { return canceled(); };
    for (int attempt = 1;; ++attempt) {
        const GitCommandResult fetched = runGit(folder, {QStringLiteral("fetch"), QStringLiteral("--progress"), branch.remote},
                                                m_callbacks.gitOutput, gitIdleSeconds, canceledNow);
        if (fetched.canceled)
            return Status::Canceled;
        if (fetched.exitCode != 0) {
            error(Error{folder, 0, 0, tr("fetch from %1 failed; your commit stays here: %2").arg(branch.remote, fetched.errorText)});
            return Status::Failed;
        }
        if (canceled())
            return Status::Canceled;
        if (const Status merged = mergeStep(repository, branch); merged != Status::Published)
            return merged;
        if (canceled())
            return Status::Canceled;
        const GitCommandResult pushed = runGit(
            folder, {QStringLiteral("push"), QStringLiteral("--progress"), branch.remote, QStringLiteral("HEAD:refs/heads/") + branch.remoteBranch},
            m_callbacks.gitOutput, gitIdleSeconds, canceledNow);
        if (pushed.canceled)
            return Status::Canceled;
        if (pushed.exitCode == 0) {
            line(tr("pushed to %1").arg(branch.upstream));
            return Status::Published;
        }
        // Someone pushed first: before our push started ("[rejected]
        // (fetch first)") or while it ran (the remote's ref moved under it).
        const bool rejected = pushed.errorText.contains(QLatin1String("[rejected]"))
                              || pushed.errorText.contains(QLatin1String("cannot lock ref"));
        if (!rejected || attempt == pushAttempts) {
            error(Error{folder, 0, 0, tr("push to %1 failed; your commit stays here: %2").arg(branch.remote, pushed.errorText)});
            return Status::Failed;
        }
        line(tr("the push was rejected (the remote changed meanwhile): fetching again"));
    }
}

PublishResult Publisher::run()
{
    const QString &site = m_request.site;
    const Result<GitRepository> repository = GitRepository::open(site);
    if (!repository) {
        error(repository.error());
        return finish(Status::Refused);
    }
    const Result<GitBranch> before = repository.value().branch();
    if (!before) {
        error(before.error());
        return finish(Status::Refused);
    }
    if (before.value().detached) {
        error(Error{site, 0, 0, tr("HEAD is detached: check out a branch to publish from")});
        return finish(Status::Refused);
    }
    if (repository.value().operationInProgress()) {
        error(Error{site, 0, 0, tr("a merge or rebase is in progress in %1: finish or abort it first (git status)")
                                    .arg(repository.value().workdir())});
        return finish(Status::Failed);
    }
    if (!commitStep(repository.value()))
        return finish(Status::Failed);
    if (!m_request.push)
        return finish(Status::Published);
    const Result<GitBranch> branch = repository.value().branch();
    if (!branch || branch.value().upstream.isEmpty() || branch.value().remote.isEmpty()) {
        error(Error{site, 0, 0, tr("the branch %1 has no upstream to publish to: push it once with "
                                   "git push -u REMOTE %1, or use --no-push")
                                    .arg(before.value().name)});
        return finish(Status::Failed);
    }
    m_result.upstream = branch.value().upstream;
    return finish(syncStep(repository.value(), branch.value()));
}

} // namespace

PublishResult publishSite(const PublishRequest &request, const PublishCallbacks &callbacks)
{
    return Publisher(request, callbacks).run();
}

} // namespace postwright
