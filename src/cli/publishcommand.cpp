// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "commands.h"
#include "output.h"

#include "vcs/gitcommand.h"
#include "vcs/gitcommit.h"
#include "vcs/gitmerge.h"
#include "vcs/gitrepository.h"
#include "vcs/publishplan.h"

#include <QCoreApplication>

#include <cstdio>

namespace postwright::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postwright::cli", text);
}

// How often a push that the remote rejects (someone pushed meanwhile) is
// fetched, merged and pushed again.
constexpr int pushAttempts = 3;

QString sideText(const std::optional<QString> &value)
{
    return value ? QLatin1Char('"') + value->trimmed() + QLatin1Char('"') : tr("(none)");
}

void printConflicts(const GitRepository &repository, const QList<FileConflict> &conflicts)
{
    for (const FileConflict &file : conflicts) {
        const QString path = repository.workdir() + QLatin1Char('/') + file.path;
        out(tr("conflict: %1").arg(file.path));
        if (!file.reason.isEmpty())
            err(Error{path, 0, 0, file.reason});
        for (const MergeConflict &conflict : file.conflicts) {
            if (conflict.kind == MergeConflict::Kind::Key)
                err(Error{path, 0, 0, tr("both sides changed \"%1\": ours %2, theirs %3")
                                          .arg(conflict.key, sideText(conflict.ours), sideText(conflict.theirs))});
            else
                err(Error{path, conflict.line, 0, tr("both sides changed this part of the text")});
        }
    }
    out(QCoreApplication::translate("postwright::cli", "publish stopped: %n file(s) changed on both sides; nothing was merged and no file was changed", nullptr,
           int(conflicts.size())));
}

// Commits the site's changed posts and their images; false on an error (printed).
bool commitStep(const GitRepository &repository, const QString &site, const QString &message)
{
    const Result<PublishPlan> plan = planPublish(repository, site);
    if (!plan) {
        err(plan.error());
        return false;
    }
    if (!plan.value().conflicted.isEmpty()) {
        for (const GitFileStatus &file : plan.value().conflicted)
            err(Error{sitePath(site, file.path), 0, 0, tr("an unresolved merge: resolve it first")});
        return false;
    }
    if (!plan.value().markers.isEmpty()) {
        for (const Error &marker : plan.value().markers)
            err(marker);
        out(tr("publish stopped: a post holds conflict markers; nothing was committed"));
        return false;
    }
    for (const GitFileStatus &file : plan.value().leftOut)
        out(tr("not committed (not a post or its image): %1 %2").arg(gitFileStateName(file.state), file.path));
    if (plan.value().paths.isEmpty()) {
        out(tr("nothing to commit"));
        return true;
    }
    const QString text = message.isEmpty() ? plan.value().message() : message;
    const Result<QString> commit = commitFiles(repository, plan.value().paths, text);
    if (!commit) {
        err(commit.error());
        return false;
    }
    if (commit.value().isEmpty())
        out(tr("nothing to commit"));
    else
        out(tr("committed %1: %2").arg(commit.value().left(7), text.section(QLatin1Char('\n'), 0, 0)));
    return true;
}

void forwardProgress(const QByteArray &chunk)
{
    std::fwrite(chunk.constData(), 1, size_t(chunk.size()), stderr);
    std::fflush(stderr);
}

// Fetch, merge, push; retried when the push is rejected.
int syncStep(const GitRepository &repository, const GitBranch &branch)
{
    const QString folder = repository.workdir();
    for (int attempt = 1;; ++attempt) {
        const GitCommandResult fetched = runGit(folder, {QStringLiteral("fetch"), QStringLiteral("--progress"), branch.remote}, forwardProgress);
        if (fetched.exitCode != 0) {
            err(Error{folder, 0, 0, tr("fetch from %1 failed; your commit stays here: %2").arg(branch.remote, fetched.errorText)});
            return Findings;
        }
        const Result<MergeOutcome> merged = mergeUpstream(repository, branch.upstreamRef, tr("Merge %1").arg(branch.upstream));
        if (!merged) {
            err(merged.error());
            return Findings;
        }
        if (merged.value().kind == MergeOutcome::Kind::Conflicts) {
            printConflicts(repository, merged.value().conflicts);
            return Findings;
        }
        if (merged.value().kind != MergeOutcome::Kind::UpToDate)
            out(tr("merged %1").arg(branch.upstream));
        for (const QString &post : merged.value().postsMerged)
            out(tr("merged per key and block: %1").arg(post));
        const GitCommandResult pushed = runGit(
            folder, {QStringLiteral("push"), QStringLiteral("--progress"), branch.remote, QStringLiteral("HEAD:refs/heads/") + branch.remoteBranch},
            forwardProgress);
        if (pushed.exitCode == 0) {
            out(tr("pushed to %1").arg(branch.upstream));
            return Ok;
        }
        // Someone pushed first: before our push started ("[rejected]
        // (fetch first)") or while it ran (the remote's ref moved under it).
        const bool rejected = pushed.errorText.contains(QLatin1String("[rejected]"))
                              || pushed.errorText.contains(QLatin1String("cannot lock ref"));
        if (!rejected || attempt == pushAttempts) {
            err(Error{folder, 0, 0, tr("push to %1 failed; your commit stays here: %2").arg(branch.remote, pushed.errorText)});
            return Findings;
        }
        out(tr("the push was rejected (the remote changed meanwhile): fetching again"));
    }
}

} // namespace

int publishCommand(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption message({QStringLiteral("m"), QStringLiteral("message")},
                                     tr("The commit message (default: from the posts' titles)."), QStringLiteral("MSG"));
    const QCommandLineOption noPush(QStringLiteral("no-push"), tr("Commit only: no fetch, merge or push."));
    parser.addOptions({message, noPush});
    if (!parseCommand(parser, args, 1, QStringLiteral("SITE [-m MSG] [--no-push]")))
        return Usage;
    const QString site = parser.positionalArguments().at(1);
    const Result<GitRepository> repository = GitRepository::open(site);
    if (!repository) {
        err(repository.error());
        return Usage;
    }
    const Result<GitBranch> before = repository.value().branch();
    if (!before) {
        err(before.error());
        return Usage;
    }
    if (before.value().detached) {
        err(Error{site, 0, 0, tr("HEAD is detached: check out a branch to publish from")});
        return Usage;
    }
    if (repository.value().operationInProgress()) {
        err(Error{site, 0, 0, tr("a merge or rebase is in progress in %1: finish or abort it first (git status)")
                                  .arg(repository.value().workdir())});
        return Findings;
    }
    if (!commitStep(repository.value(), site, parser.value(message)))
        return Findings;
    if (parser.isSet(noPush))
        return Ok;
    const Result<GitBranch> branch = repository.value().branch();
    if (!branch || branch.value().upstream.isEmpty() || branch.value().remote.isEmpty()) {
        err(Error{site, 0, 0, tr("the branch %1 has no upstream to publish to: push it once with "
                                 "git push -u REMOTE %1, or use --no-push")
                                  .arg(before.value().name)});
        return Findings;
    }
    return syncStep(repository.value(), branch.value());
}

} // namespace postwright::cli
