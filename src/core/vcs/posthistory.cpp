// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vcs/posthistory.h"

#include "frontmatter/frontmatter.h"
#include "post/post.h"
#include "vcs/gitrepository.h"
#include "vcs/gitsupport.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <optional>

namespace postwright {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postwright", text);
}

// A version's front matter and body; nullopt fields when it is no post
// (undecodable bytes or a front matter that does not parse).
struct Version
{
    std::optional<FrontMatter> frontMatter;
    QString body;
};

Version readVersion(const QByteArray &bytes)
{
    Version version;
    if (bytes.isEmpty())
        return version;
    Result<Post> post = Post::fromBytes(bytes);
    if (!post) {
        version.body = QString::fromUtf8(bytes);
        return version;
    }
    version.body = post.value().body().toString();
    if (post.value().frontMatter().isValid())
        version.frontMatter = post.value().frontMatter();
    return version;
}

const Value *valueOf(const FrontMatter &frontMatter, const QString &key)
{
    const Field *field = frontMatter.field(key);
    return field ? &field->value : nullptr;
}

bool sameValue(const Value *a, const Value *b)
{
    if (!a || !b)
        return a == b;
    return *a == *b;
}

struct Walked
{
    git_oid before;          // the version in the first parent
    bool hasBefore = false;
    QString beforePath;      // where it was (differs when renamed here)
};

// The post at path in the commit's first parent, or the file it was renamed
// from (libgit2's rename detection), or nothing: the commit added it.
Walked previousVersion(git_repository *repo, git_tree *parentTree, git_tree *tree, const QString &path)
{
    Walked walked;
    walked.beforePath = path;
    if (!parentTree)
        return walked;
    if (git::blobAt(parentTree, path.toUtf8(), &walked.before)) {
        walked.hasBefore = true;
        return walked;
    }
    git_diff *rawDiff = nullptr;
    if (git_diff_tree_to_tree(&rawDiff, repo, parentTree, tree, nullptr) != 0)
        return walked;
    const git::Owned<git_diff> diff = git::own(rawDiff, git_diff_free);
    git_diff_find_options find = GIT_DIFF_FIND_OPTIONS_INIT;
    find.flags = GIT_DIFF_FIND_RENAMES;
    if (git_diff_find_similar(diff.get(), &find) != 0)
        return walked;
    const QByteArray wanted = path.toUtf8();
    for (size_t i = 0, n = git_diff_num_deltas(diff.get()); i < n; ++i) {
        const git_diff_delta *delta = git_diff_get_delta(diff.get(), i);
        if (delta->status == GIT_DELTA_RENAMED && wanted == delta->new_file.path) {
            git_oid_cpy(&walked.before, &delta->old_file.id);
            walked.hasBefore = true;
            walked.beforePath = git::fromUtf8(delta->old_file.path);
            break;
        }
    }
    return walked;
}

git::Owned<git_tree> treeOf(git_commit *commit)
{
    git_tree *tree = nullptr;
    if (git_commit_tree(&tree, commit) != 0)
        tree = nullptr;
    return git::own(tree, git_tree_free);
}

// True when the post at path differs from its version in every parent (a
// merge that took one side's version did not change it).
bool changedFromEveryParent(git_commit *commit, const QByteArray &path, const git_oid &id)
{
    const unsigned int parents = git_commit_parentcount(commit);
    for (unsigned int i = 0; i < parents; ++i) {
        git_commit *rawParent = nullptr;
        if (git_commit_parent(&rawParent, commit, i) != 0)
            continue;
        const git::Owned<git_commit> parent = git::own(rawParent, git_commit_free);
        const git::Owned<git_tree> tree = treeOf(parent.get());
        git_oid parentId;
        if (git::blobAt(tree.get(), path, &parentId) && git_oid_equal(&parentId, &id))
            return false;
    }
    return true;
}

PostRevision revisionOf(git_commit *commit, const QString &path)
{
    PostRevision revision;
    revision.commit = git::oidText(git_commit_id(commit));
    revision.path = path;
    const git_signature *author = git_commit_author(commit);
    revision.author = QStringLiteral("%1 <%2>").arg(git::fromUtf8(author->name), git::fromUtf8(author->email));
    revision.date = QDateTime::fromSecsSinceEpoch(author->when.time, QTimeZone(author->when.offset * 60));
    revision.message = git::fromUtf8(git_commit_message(commit));
    while (revision.message.endsWith(QLatin1Char('\n')))
        revision.message.chop(1);
    return revision;
}

} // namespace

PostChange comparePostVersions(const QByteArray &before, const QByteArray &after)
{
    const Version old = readVersion(before);
    const Version now = readVersion(after);
    PostChange change;
    change.bodyChanged = old.body != now.body;
    static const FrontMatter none;
    const FrontMatter &oldFront = old.frontMatter ? *old.frontMatter : none;
    const FrontMatter &newFront = now.frontMatter ? *now.frontMatter : none;
    for (const QString &key : newFront.keys()) {
        if (!change.changedKeys.contains(key) && !sameValue(valueOf(oldFront, key), valueOf(newFront, key)))
            change.changedKeys.append(key);
    }
    for (const QString &key : oldFront.keys()) {
        if (!change.changedKeys.contains(key) && !valueOf(newFront, key))
            change.changedKeys.append(key);
    }
    return change;
}

Result<QList<PostRevision>> postHistory(const QString &postPath)
{
    Result<GitRepository> opened = GitRepository::open(postPath);
    if (!opened)
        return opened.error();
    const GitRepository &repository = opened.value();
    git_repository *repo = repository.handle();
    QString path = repository.relativePath(postPath);
    if (path.isEmpty())
        return Error{postPath, 0, 0, tr("not a file in the Git repository at %1").arg(repository.workdir())};

    QList<PostRevision> revisions;
    git_revwalk *rawWalk = nullptr;
    if (git_revwalk_new(&rawWalk, repo) != 0)
        return git::lastError(postPath, tr("cannot read the Git history"));
    const git::Owned<git_revwalk> walk = git::own(rawWalk, git_revwalk_free);
    git_revwalk_sorting(walk.get(), GIT_SORT_TOPOLOGICAL | GIT_SORT_TIME);
    if (git_revwalk_push_head(walk.get()) != 0)
        return revisions;  // no commit yet
    git_oid id;
    while (git_revwalk_next(&id, walk.get()) == 0) {
        git_commit *rawCommit = nullptr;
        if (git_commit_lookup(&rawCommit, repo, &id) != 0)
            return git::lastError(postPath, tr("cannot read commit %1").arg(git::oidText(&id)));
        const git::Owned<git_commit> commit = git::own(rawCommit, git_commit_free);
        const git::Owned<git_tree> tree = treeOf(commit.get());
        git_oid blob;
        const QByteArray wanted = path.toUtf8();
        if (!git::blobAt(tree.get(), wanted, &blob) || !changedFromEveryParent(commit.get(), wanted, blob))
            continue;
        git::Owned<git_tree> parentTree = git::own<git_tree>(nullptr, git_tree_free);
        git_commit *rawParent = nullptr;
        if (git_commit_parentcount(commit.get()) > 0 && git_commit_parent(&rawParent, commit.get(), 0) == 0) {
            const git::Owned<git_commit> parent = git::own(rawParent, git_commit_free);
            parentTree = treeOf(parent.get());
        }
        const Walked walked = previousVersion(repo, parentTree.get(), tree.get(), path);
        const QByteArray before = walked.hasBefore ? git::blobBytes(repo, &walked.before) : QByteArray();
        const PostChange change = comparePostVersions(before, git::blobBytes(repo, &blob));
        PostRevision revision = revisionOf(commit.get(), path);
        revision.changedKeys = change.changedKeys;
        revision.bodyChanged = change.bodyChanged;
        if (walked.beforePath != path)
            revision.renamedFrom = walked.beforePath;
        revisions.append(revision);
        path = walked.beforePath;
    }
    return revisions;
}

Result<QByteArray> postVersion(const QString &repositoryPath, const QString &commit, const QString &path)
{
    Result<GitRepository> opened = GitRepository::open(repositoryPath);
    if (!opened)
        return opened.error();
    git_repository *repo = opened.value().handle();
    git_oid id;
    git_commit *rawCommit = nullptr;
    if (git_oid_fromstr(&id, commit.toLatin1().constData()) != 0 || git_commit_lookup(&rawCommit, repo, &id) != 0)
        return git::lastError(repositoryPath, tr("cannot read commit %1").arg(commit));
    const git::Owned<git_commit> found = git::own(rawCommit, git_commit_free);
    const git::Owned<git_tree> tree = treeOf(found.get());
    git_oid blob;
    if (!tree || !git::blobAt(tree.get(), path.toUtf8(), &blob))
        return Error{repositoryPath, 0, 0, tr("%1 is not in commit %2").arg(path, commit.left(7))};
    return git::blobBytes(repo, &blob);
}

} // namespace postwright
