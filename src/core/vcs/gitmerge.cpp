// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vcs/gitmerge.h"

#include "site/siterules.h"
#include "vcs/gitrepository.h"
#include "vcs/gitsupport.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace postwright {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postwright", text);
}

struct ConflictEntry
{
    QString path;
    bool hasBase = false;
    bool hasOurs = false;
    bool hasTheirs = false;
    git_index_entry ours = {};
    git_oid base = {};
    git_oid theirs = {};
};

QList<ConflictEntry> conflictsOf(git_index *index)
{
    QList<ConflictEntry> entries;
    git_index_conflict_iterator *rawIt = nullptr;
    if (git_index_conflict_iterator_new(&rawIt, index) != 0)
        return entries;
    const git::Owned<git_index_conflict_iterator> it = git::own(rawIt, git_index_conflict_iterator_free);
    const git_index_entry *base = nullptr;
    const git_index_entry *ours = nullptr;
    const git_index_entry *theirs = nullptr;
    while (git_index_conflict_next(&base, &ours, &theirs, it.get()) == 0) {
        ConflictEntry entry;
        const git_index_entry *any = ours ? ours : theirs ? theirs : base;
        entry.path = git::fromUtf8(any->path);
        entry.hasBase = base;
        entry.hasOurs = ours;
        entry.hasTheirs = theirs;
        if (base)
            entry.base = base->id;
        if (ours)
            entry.ours = *ours;
        if (theirs)
            entry.theirs = theirs->id;
        entries.append(entry);
    }
    return entries;
}

// Puts bytes into the index as the merged file of entry; false on failure.
bool stage(git_repository *repo, git_index *index, const ConflictEntry &entry, const QByteArray &bytes)
{
    git_index_entry resolved = entry.ours;
    const QByteArray path = entry.path.toUtf8();
    resolved.path = path.constData();
    resolved.flags &= ~GIT_INDEX_ENTRY_STAGEMASK;
    return git_blob_create_from_buffer(&resolved.id, repo, bytes.constData(), size_t(bytes.size())) == 0
           && git_index_conflict_remove(index, path.constData()) == 0 && git_index_add(index, &resolved) == 0;
}

// Merges a conflicted post per key and block into the index (or takes the
// user's merge of it from resolved); returns the conflict that remains (an
// empty path: resolved).
FileConflict resolve(git_repository *repo, git_index *index, const ConflictEntry &entry,
                     const QHash<QString, QByteArray> &resolved)
{
    FileConflict conflict{entry.path, {}, {}, {}, {}, {}};
    if (entry.hasOurs && resolved.contains(entry.path)) {
        if (!stage(repo, index, entry, resolved.value(entry.path)))
            conflict.reason = git::lastError(entry.path, QString()).message;
        else
            conflict.path.clear();
        return conflict;
    }
    if (!isMarkdownFileName(QFileInfo(entry.path).fileName())) {
        conflict.reason = tr("not a post: merge it with git");
        return conflict;
    }
    if (!entry.hasOurs || !entry.hasTheirs) {
        conflict.reason = entry.hasOurs ? tr("deleted on their side, changed on ours")
                                        : tr("deleted on our side, changed on theirs");
        return conflict;
    }
    conflict.base = entry.hasBase ? git::blobBytes(repo, &entry.base) : QByteArray();
    conflict.ours = git::blobBytes(repo, &entry.ours.id);
    conflict.theirs = git::blobBytes(repo, &entry.theirs);
    const Result<PostMergeResult> merged = mergePost(conflict.base, conflict.ours, conflict.theirs, entry.path);
    if (!merged) {
        conflict.reason = merged.error().toString();
        return conflict;
    }
    if (!merged.value().clean()) {
        conflict.conflicts = merged.value().conflicts;
        return conflict;
    }
    if (!stage(repo, index, entry, merged.value().merged)) {
        conflict.reason = git::lastError(entry.path, QString()).message;
        return conflict;
    }
    return {};
}

QStringList changedPaths(git_diff *diff)
{
    QStringList paths;
    for (size_t i = 0; i < git_diff_num_deltas(diff); ++i) {
        const git_diff_delta *delta = git_diff_get_delta(diff, i);
        paths.append(git::fromUtf8(delta->old_file.path));
        paths.append(git::fromUtf8(delta->new_file.path));
    }
    return paths;
}

// The checkout below only compares the working folder with HEAD: a change
// the user staged to a file the merge changes would be lost. As git merge
// does, such a merge is refused.
Result<Success> checkStagedUntouched(const GitRepository &repository, git_commit *target)
{
    git_repository *repo = repository.handle();
    git_tree *rawHeadTree = nullptr;
    git_tree *rawTargetTree = nullptr;
    git_object *rawHead = nullptr;
    if (git_revparse_single(&rawHead, repo, "HEAD^{tree}") != 0)
        return git::lastError(repository.workdir(), tr("cannot read HEAD"));
    rawHeadTree = reinterpret_cast<git_tree *>(rawHead);
    const git::Owned<git_tree> headTree = git::own(rawHeadTree, git_tree_free);
    if (git_commit_tree(&rawTargetTree, target) != 0)
        return git::lastError(repository.workdir(), tr("cannot read the merged commit"));
    const git::Owned<git_tree> targetTree = git::own(rawTargetTree, git_tree_free);
    git_diff *rawMerged = nullptr;
    git_diff *rawStaged = nullptr;
    if (git_diff_tree_to_tree(&rawMerged, repo, headTree.get(), targetTree.get(), nullptr) != 0)
        return git::lastError(repository.workdir(), tr("cannot compare the merge with HEAD"));
    const git::Owned<git_diff> merged = git::own(rawMerged, git_diff_free);
    if (git_diff_tree_to_index(&rawStaged, repo, headTree.get(), nullptr, nullptr) != 0)
        return git::lastError(repository.workdir(), tr("cannot read the Git index"));
    const git::Owned<git_diff> staged = git::own(rawStaged, git_diff_free);
    const QStringList changed = changedPaths(merged.get());
    QStringList overwritten;
    for (const QString &path : changedPaths(staged.get())) {
        if (changed.contains(path) && !overwritten.contains(path))
            overwritten.append(path);
    }
    if (overwritten.isEmpty())
        return Success{};
    return Error{repository.workdir() + QLatin1Char('/') + overwritten.first(), 0, 0,
                 tr("your staged changes to %1 would be overwritten by the merge: commit or unstage them first "
                    "(nothing was merged)").arg(overwritten.join(QStringLiteral(", ")))};
}

// Checks the tree out (safely) and moves the branch to commit.
Result<Success> moveTo(const GitRepository &repository, const git_oid *commitId, const QString &log)
{
    git_repository *repo = repository.handle();
    git_commit *rawCommit = nullptr;
    if (git_commit_lookup(&rawCommit, repo, commitId) != 0)
        return git::lastError(repository.workdir(), tr("cannot read the merged commit"));
    const git::Owned<git_commit> commit = git::own(rawCommit, git_commit_free);
    if (Result<Success> untouched = checkStagedUntouched(repository, commit.get()); !untouched)
        return untouched.error();
    git_checkout_options checkout = GIT_CHECKOUT_OPTIONS_INIT;
    checkout.checkout_strategy = GIT_CHECKOUT_SAFE;
    if (git_checkout_tree(repo, reinterpret_cast<const git_object *>(commit.get()), &checkout) != 0)
        return git::lastError(repository.workdir(), tr("cannot update the working folder (commit or undo your other changes first)"));
    git_reference *rawHead = nullptr;
    if (git_repository_head(&rawHead, repo) != 0)
        return git::lastError(repository.workdir(), tr("cannot read the current branch"));
    const git::Owned<git_reference> head = git::own(rawHead, git_reference_free);
    git_reference *moved = nullptr;
    if (git_reference_set_target(&moved, head.get(), commitId, log.toUtf8().constData()) != 0)
        return git::lastError(repository.workdir(), tr("cannot move the branch"));
    git_reference_free(moved);
    return Success{};
}

Result<QString> commitMerge(const GitRepository &repository, git_index *index, git_commit *ours, git_commit *theirs,
                            const QString &message)
{
    git_repository *repo = repository.handle();
    git_oid treeId;
    git_tree *rawTree = nullptr;
    if (git_index_write_tree_to(&treeId, index, repo) != 0 || git_tree_lookup(&rawTree, repo, &treeId) != 0)
        return git::lastError(repository.workdir(), tr("cannot write the merged files"));
    const git::Owned<git_tree> tree = git::own(rawTree, git_tree_free);
    git_signature *rawSignature = nullptr;
    if (git_signature_default(&rawSignature, repo) != 0)
        return git::lastError(repository.workdir(), tr("who commits? Set user.name and user.email"));
    const git::Owned<git_signature> signature = git::own(rawSignature, git_signature_free);
    const git_commit *parents[] = {ours, theirs};
    git_oid commitId;
    if (git_commit_create(&commitId, repo, nullptr, signature.get(), signature.get(), nullptr,
                          message.toUtf8().constData(), tree.get(), 2, parents) != 0)
        return git::lastError(repository.workdir(), tr("cannot commit the merge"));
    if (Result<Success> moved = moveTo(repository, &commitId, message); !moved)
        return moved.error();
    return git::oidText(&commitId);
}

} // namespace

Result<MergeOutcome> mergeUpstream(const GitRepository &repository, const QString &upstreamRef, const QString &message,
                                   const QHash<QString, QByteArray> &resolved)
{
    git_repository *repo = repository.handle();
    MergeOutcome outcome;
    git_oid ourId;
    git_oid theirId;
    if (git_reference_name_to_id(&ourId, repo, "HEAD") != 0)
        return git::lastError(repository.workdir(), tr("nothing is committed yet"));
    if (git_reference_name_to_id(&theirId, repo, upstreamRef.toUtf8().constData()) != 0)
        return git::lastError(repository.workdir(), tr("cannot read %1").arg(upstreamRef));
    git_oid baseId;
    const int found = git_merge_base(&baseId, repo, &ourId, &theirId);
    if (found == 0 && git_oid_equal(&baseId, &theirId))
        return outcome;  // up to date
    if (found == 0 && git_oid_equal(&baseId, &ourId)) {
        if (Result<Success> moved = moveTo(repository, &theirId, tr("fast-forward to %1").arg(upstreamRef)); !moved)
            return moved.error();
        outcome.kind = MergeOutcome::Kind::FastForward;
        outcome.commit = git::oidText(&theirId);
        return outcome;
    }
    git_commit *rawOurs = nullptr;
    git_commit *rawTheirs = nullptr;
    if (git_commit_lookup(&rawOurs, repo, &ourId) != 0)
        return git::lastError(repository.workdir(), tr("cannot read HEAD"));
    const git::Owned<git_commit> ours = git::own(rawOurs, git_commit_free);
    if (git_commit_lookup(&rawTheirs, repo, &theirId) != 0)
        return git::lastError(repository.workdir(), tr("cannot read %1").arg(upstreamRef));
    const git::Owned<git_commit> theirs = git::own(rawTheirs, git_commit_free);
    git_merge_options options = GIT_MERGE_OPTIONS_INIT;
    git_index *rawIndex = nullptr;
    if (git_merge_commits(&rawIndex, repo, ours.get(), theirs.get(), &options) != 0)
        return git::lastError(repository.workdir(), tr("cannot merge %1").arg(upstreamRef));
    const git::Owned<git_index> index = git::own(rawIndex, git_index_free);
    for (const ConflictEntry &entry : conflictsOf(index.get())) {
        FileConflict conflict = resolve(repo, index.get(), entry, resolved);
        if (conflict.path.isEmpty())
            outcome.postsMerged.append(entry.path);
        else
            outcome.conflicts.append(conflict);
    }
    if (!outcome.conflicts.isEmpty()) {
        outcome.kind = MergeOutcome::Kind::Conflicts;
        return outcome;
    }
    const Result<QString> merged = commitMerge(repository, index.get(), ours.get(), theirs.get(), message);
    if (!merged)
        return merged.error();
    outcome.kind = MergeOutcome::Kind::Merged;
    outcome.commit = merged.value();
    return outcome;
}

} // namespace postwright
