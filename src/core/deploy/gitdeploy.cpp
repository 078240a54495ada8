// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "deploy/gitdeploy.h"

#include "vcs/gitcommand.h"
#include "vcs/gitsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace postwright {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postwright::Deploy", text);
}

Result<git::Owned<git_repository>> openRepository(const QString &folder)
{
    git::ensureInitialized();
    git_repository *repo = nullptr;
    if (QFileInfo::exists(folder + QStringLiteral("/HEAD"))) {
        if (git_repository_open_bare(&repo, QFile::encodeName(folder).constData()) != 0)
            return git::lastError(folder, tr("cannot open the deploy's repository"));
    } else if (git_repository_init(&repo, QFile::encodeName(folder).constData(), 1) != 0) {
        return git::lastError(folder, tr("cannot create the deploy's repository"));
    }
    return git::own(repo, git_repository_free);
}

int collectBlob(const char *root, const git_tree_entry *entry, void *payload)
{
    if (git_tree_entry_type(entry) == GIT_OBJECT_BLOB) {
        auto *files = static_cast<QHash<QString, QByteArray> *>(payload);
        files->insert(QString::fromUtf8(root) + QString::fromUtf8(git_tree_entry_name(entry)),
                      git::oidText(git_tree_entry_id(entry)).toLatin1());
    }
    return 0;
}

QString refName(const DeployTarget &target)
{
    return QStringLiteral("refs/deploy/") + target.branch;
}

} // namespace

GitDeploy::GitDeploy(QString site, DeployTarget target, QString repoFolder)
    : m_site(std::move(site)), m_target(std::move(target)), m_repoFolder(std::move(repoFolder))
{
}

// A remote of the site's repository by name, else a URL or a path.
Result<QString> GitDeploy::remoteUrl() const
{
    const QString &remote = m_target.remote;
    if (!remote.contains(QLatin1Char('/')) && !remote.contains(QLatin1Char(':')) && !QFileInfo::exists(remote)) {
        git::ensureInitialized();
        git_repository *raw = nullptr;
        if (git_repository_open_ext(&raw, QFile::encodeName(m_site).constData(), 0, nullptr) != 0)
            return Error{m_site, 0, 0, tr("\"%1\" is no remote: the site is not in a Git repository").arg(remote)};
        const auto repo = git::own(raw, git_repository_free);
        git_remote *found = nullptr;
        if (git_remote_lookup(&found, repo.get(), remote.toUtf8().constData()) != 0)
            return Error{m_site, 0, 0, tr("the site's repository has no remote \"%1\"").arg(remote)};
        const auto owned = git::own(found, git_remote_free);
        return git::fromUtf8(git_remote_pushurl(found) ? git_remote_pushurl(found) : git_remote_url(found));
    }
    if (!remote.contains(QLatin1String("://")) && QFileInfo::exists(remote))
        return QFileInfo(remote).absoluteFilePath();
    return remote;
}

Result<Success> GitDeploy::fetch(const std::function<void(const QByteArray &)> &progress)
{
    QDir().mkpath(m_repoFolder);
    const auto repo = openRepository(m_repoFolder);
    if (!repo)
        return repo.error();
    const Result<QString> url = remoteUrl();
    if (!url)
        return url.error();
    m_url = url.value();
    const QString branchRef = QStringLiteral("refs/heads/") + m_target.branch;
    const GitCommandResult listed = runGit(m_repoFolder, {QStringLiteral("ls-remote"), QStringLiteral("--exit-code"), m_url, branchRef});
    if (!listed.started)
        return Error{m_url, 0, 0, tr("cannot run git: %1").arg(listed.errorText)};
    m_parent.clear();
    if (listed.exitCode == 2)
        return Success{};   // no such branch yet: the first deploy makes it
    if (listed.exitCode != 0)
        return Error{m_url, 0, 0, tr("cannot reach the remote: %1").arg(listed.errorText)};
    const GitCommandResult fetched = runGit(m_repoFolder, {QStringLiteral("fetch"), QStringLiteral("--no-tags"), QStringLiteral("--progress"), m_url,
                                                           QLatin1Char('+') + branchRef + QLatin1Char(':') + refName(m_target)}, progress);
    if (fetched.exitCode != 0)
        return Error{m_url, 0, 0, tr("fetching %1 failed: %2").arg(m_target.branch, fetched.errorText)};
    git_oid id;
    if (git_reference_name_to_id(&id, repo.value().get(), refName(m_target).toUtf8().constData()) != 0)
        return git::lastError(m_repoFolder, tr("the fetched branch is missing"));
    m_parent = git::oidText(&id);
    return Success{};
}

Result<QHash<QString, QByteArray>> GitDeploy::remoteFiles() const
{
    QHash<QString, QByteArray> files;
    if (m_parent.isEmpty())
        return files;
    const auto repo = openRepository(m_repoFolder);
    if (!repo)
        return repo.error();
    git_oid id;
    git_oid_fromstr(&id, m_parent.toLatin1().constData());
    git_commit *commit = nullptr;
    if (git_commit_lookup(&commit, repo.value().get(), &id) != 0)
        return git::lastError(m_repoFolder, tr("cannot read the branch's commit"));
    const auto ownedCommit = git::own(commit, git_commit_free);
    git_tree *tree = nullptr;
    if (git_commit_tree(&tree, commit) != 0)
        return git::lastError(m_repoFolder, tr("cannot read the branch's files"));
    const auto ownedTree = git::own(tree, git_tree_free);
    git_tree_walk(tree, GIT_TREEWALK_PRE, collectBlob, &files);
    return files;
}

QByteArray GitDeploy::blobHash(const QByteArray &bytes)
{
    git::ensureInitialized();
    git_oid id;
    git_odb_hash(&id, bytes.constData(), size_t(bytes.size()), GIT_OBJECT_BLOB);
    return git::oidText(&id).toLatin1();
}

namespace {

// The index of the branch's tree with plan's changes, in memory.
Result<git::Owned<git_index>> changedIndex(git_repository *repo, git_tree *parentTree, const QString &localRoot,
                                           const DeployPlan &plan)
{
    git_index *raw = nullptr;
    if (git_index_new(&raw) != 0)
        return git::lastError(localRoot, tr("cannot build the commit"));
    auto index = git::own(raw, git_index_free);
    if (parentTree && git_index_read_tree(raw, parentTree) != 0)
        return git::lastError(localRoot, tr("cannot read the branch's files"));
    for (const QString &file : plan.added + plan.changed) {
        QFile in(localRoot + QLatin1Char('/') + file);
        if (!in.open(QIODevice::ReadOnly))
            return Error{in.fileName(), 0, 0, tr("cannot read the exported file: %1").arg(in.errorString())};
        const QByteArray bytes = in.readAll();
        git_index_entry entry{};
        if (git_blob_create_from_buffer(&entry.id, repo, bytes.constData(), size_t(bytes.size())) != 0)
            return git::lastError(in.fileName(), tr("cannot store the file in the deploy's repository"));
        const QByteArray path = file.toUtf8();
        entry.path = path.constData();
        entry.mode = GIT_FILEMODE_BLOB;
        entry.file_size = uint32_t(bytes.size());
        if (git_index_add(raw, &entry) != 0)
            return git::lastError(in.fileName(), tr("cannot add the file to the commit"));
    }
    for (const QString &file : plan.stale)
        git_index_remove(raw, file.toUtf8().constData(), 0);
    return index;
}

git::Owned<git_signature> deploySignature(git_repository *repo)
{
    git_signature *signature = nullptr;
    // The user's name from their Git configuration; a neutral one without.
    if (git_signature_default(&signature, repo) != 0)
        git_signature_now(&signature, "Postwright", "postwright@localhost");
    return git::own(signature, git_signature_free);
}

} // namespace

Result<QString> GitDeploy::commit(const QString &localRoot, const DeployPlan &plan, const QString &message)
{
    const auto repo = openRepository(m_repoFolder);
    if (!repo)
        return repo.error();
    git_repository *r = repo.value().get();
    git_commit *parent = nullptr;
    git_tree *parentTree = nullptr;
    if (!m_parent.isEmpty()) {
        git_oid id;
        git_oid_fromstr(&id, m_parent.toLatin1().constData());
        if (git_commit_lookup(&parent, r, &id) != 0 || git_commit_tree(&parentTree, parent) != 0)
            return git::lastError(m_repoFolder, tr("cannot read the branch's commit"));
    }
    const auto ownedParent = git::own(parent, git_commit_free);
    const auto ownedParentTree = git::own(parentTree, git_tree_free);
    const auto index = changedIndex(r, parentTree, localRoot, plan);
    if (!index)
        return index.error();
    git_oid treeId;
    if (git_index_write_tree_to(&treeId, index.value().get(), r) != 0)
        return git::lastError(m_repoFolder, tr("cannot build the commit"));
    if (parentTree && git_oid_equal(&treeId, git_tree_id(parentTree)))
        return QString();
    git_tree *tree = nullptr;
    if (git_tree_lookup(&tree, r, &treeId) != 0)
        return git::lastError(m_repoFolder, tr("cannot build the commit"));
    const auto ownedTree = git::own(tree, git_tree_free);
    const auto signature = deploySignature(r);
    const git_commit *parents[] = {parent};
    git_oid commitId;
    if (git_commit_create(&commitId, r, nullptr, signature.get(), signature.get(), nullptr, message.toUtf8().constData(),
                          tree, parent ? 1 : 0, parents) != 0)
        return git::lastError(m_repoFolder, tr("cannot make the commit"));
    return git::oidText(&commitId);
}

Result<Success> GitDeploy::push(const QString &commit, const std::function<void(const QByteArray &)> &progress)
{
    const GitCommandResult pushed = runGit(m_repoFolder, {QStringLiteral("push"), QStringLiteral("--progress"), m_url,
                                                          commit + QStringLiteral(":refs/heads/") + m_target.branch}, progress);
    if (!pushed.started)
        return Error{m_url, 0, 0, tr("cannot run git: %1").arg(pushed.errorText)};
    if (pushed.exitCode != 0) {
        const bool moved = pushed.errorText.contains(QLatin1String("[rejected]"));
        return Error{m_url, 0, 0, moved ? tr("the branch %1 changed on the remote meanwhile: nothing was deployed; deploy again")
                                              .arg(m_target.branch)
                                        : tr("push to %1 failed: nothing was deployed: %2").arg(m_url, pushed.errorText)};
    }
    // The next deploy starts from here even before it fetches.
    const auto repo = openRepository(m_repoFolder);
    git_oid id;
    git_reference *ref = nullptr;
    if (repo && git_oid_fromstr(&id, commit.toLatin1().constData()) == 0
        && git_reference_create(&ref, repo.value().get(), refName(m_target).toUtf8().constData(), &id, 1, "deploy") == 0)
        git_reference_free(ref);
    m_parent = commit;
    return Success{};
}

} // namespace postwright
