// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vcs/gitcommit.h"

#include "vcs/gitrepository.h"
#include "vcs/gitsupport.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <vector>

namespace postwright {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postwright", text);
}

git_filemode_t fileMode(const QFileInfo &info)
{
    if (info.isSymLink())
        return GIT_FILEMODE_LINK;
    return info.isExecutable() ? GIT_FILEMODE_BLOB_EXECUTABLE : GIT_FILEMODE_BLOB;
}

// HEAD's tree, or an empty tree before the first commit.
git::Owned<git_tree> baselineTree(git_repository *repo, git_commit *head)
{
    git_tree *tree = nullptr;
    if (head) {
        if (git_commit_tree(&tree, head) != 0)
            tree = nullptr;
        return git::own(tree, git_tree_free);
    }
    git_treebuilder *rawBuilder = nullptr;
    git_oid empty;
    if (git_treebuilder_new(&rawBuilder, repo, nullptr) == 0) {
        const git::Owned<git_treebuilder> builder = git::own(rawBuilder, git_treebuilder_free);
        if (git_treebuilder_write(&empty, builder.get()) == 0 && git_tree_lookup(&tree, repo, &empty) != 0)
            tree = nullptr;
    }
    return git::own(tree, git_tree_free);
}

Result<Success> updateIndex(const GitRepository &repository, const QStringList &paths)
{
    git_index *rawIndex = nullptr;
    if (git_repository_index(&rawIndex, repository.handle()) != 0)
        return git::lastError(repository.workdir(), tr("cannot read the Git index"));
    const git::Owned<git_index> index = git::own(rawIndex, git_index_free);
    for (const QString &path : paths) {
        const QByteArray name = path.toUtf8();
        const bool exists = QFileInfo(repository.workdir() + QLatin1Char('/') + path).exists();
        if ((exists ? git_index_add_bypath(index.get(), name.constData())
                    : git_index_remove_bypath(index.get(), name.constData())) != 0)
            return git::lastError(path, tr("cannot update the Git index"));
    }
    if (git_index_write(index.get()) != 0)
        return git::lastError(repository.workdir(), tr("cannot write the Git index"));
    return Success{};
}

// libgit2 runs no external filter (clean = git-lfs clean, ...): a file whose
// attributes name a configured filter driver would be stored as it is on
// disk, not as the user's git stores it. Such a file is refused by name.
Result<Success> checkNoExternalFilter(const GitRepository &repository, const QStringList &paths)
{
    git_repository *repo = repository.handle();
    git_config *rawConfig = nullptr;
    if (git_repository_config_snapshot(&rawConfig, repo) != 0)
        return git::lastError(repository.workdir(), tr("cannot read the Git configuration"));
    const git::Owned<git_config> config = git::own(rawConfig, git_config_free);
    for (const QString &path : paths) {
        const QFileInfo info(repository.workdir() + QLatin1Char('/') + path);
        if (!info.exists())
            continue;
        const char *value = nullptr;
        if (git_attr_get(&value, repo, GIT_ATTR_CHECK_FILE_THEN_INDEX, path.toUtf8().constData(), "filter") != 0)
            return git::lastError(info.filePath(), tr("cannot read the file's Git attributes"));
        if (git_attr_value(value) != GIT_ATTR_VALUE_STRING)
            continue;
        const QString driver = QString::fromUtf8(value);
        bool configured = false;
        for (const char *kind : {"clean", "process"}) {
            git_config_entry *entry = nullptr;
            const QByteArray name = QStringLiteral("filter.%1.%2").arg(driver, QLatin1String(kind)).toUtf8();
            if (git_config_get_entry(&entry, config.get(), name.constData()) == 0) {
                configured = true;
                git_config_entry_free(entry);
            }
        }
        if (configured)
            return Error{info.filePath(), 0, 0,
                         tr("Git stores this file through the filter \"%1\" (filter=%1 in .gitattributes), which publish "
                            "cannot run: nothing was committed; commit it with git add and git commit")
                             .arg(driver)};
    }
    return Success{};
}

} // namespace

Result<QString> commitFiles(const GitRepository &repository, const QStringList &paths, const QString &message, bool allowEmpty)
{
    if (Result<Success> filtered = checkNoExternalFilter(repository, paths); !filtered)
        return filtered.error();
    git_repository *repo = repository.handle();
    git_oid headId;
    git_commit *rawHead = nullptr;
    if (git_reference_name_to_id(&headId, repo, "HEAD") == 0 && git_commit_lookup(&rawHead, repo, &headId) != 0)
        return git::lastError(repository.workdir(), tr("cannot read HEAD"));
    const git::Owned<git_commit> head = git::own(rawHead, git_commit_free);
    const git::Owned<git_tree> baseline = baselineTree(repo, head.get());
    if (!baseline)
        return git::lastError(repository.workdir(), tr("cannot read HEAD's files"));

    std::vector<QByteArray> names;
    names.reserve(size_t(paths.size()));
    std::vector<git_tree_update> updates;
    for (const QString &path : paths) {
        names.push_back(path.toUtf8());
        const QFileInfo info(repository.workdir() + QLatin1Char('/') + path);
        git_tree_update update = {};
        update.path = names.back().constData();
        if (info.exists() || info.isSymLink()) {
            if (git_blob_create_from_workdir(&update.id, repo, update.path) != 0)
                return git::lastError(info.filePath(), tr("cannot store the file in Git"));
            update.action = GIT_TREE_UPDATE_UPSERT;
            update.filemode = fileMode(info);
        } else {
            git_oid unused;
            if (!git::blobAt(baseline.get(), names.back(), &unused))
                continue;
            update.action = GIT_TREE_UPDATE_REMOVE;
        }
        updates.push_back(update);
    }
    git_oid treeId;
    git_tree *rawTree = nullptr;
    if (git_tree_create_updated(&treeId, repo, baseline.get(), updates.size(), updates.data()) != 0
        || git_tree_lookup(&rawTree, repo, &treeId) != 0)
        return git::lastError(repository.workdir(), tr("cannot write the commit's files"));
    const git::Owned<git_tree> tree = git::own(rawTree, git_tree_free);
    // The files are as HEAD has them (changed and changed back, or only
    // staged and deleted): no empty commit.
    if (head && !allowEmpty && git_oid_equal(&treeId, git_tree_id(baseline.get()))) {
        if (Result<Success> indexed = updateIndex(repository, paths); !indexed)
            return indexed.error();
        return QString();
    }

    git_signature *rawSignature = nullptr;
    if (git_signature_default(&rawSignature, repo) != 0)
        return git::lastError(repository.workdir(),
                              tr("who commits? Set user.name and user.email (git config --global user.name ...)"));
    const git::Owned<git_signature> signature = git::own(rawSignature, git_signature_free);
    const git_commit *parents[] = {head.get()};
    git_oid commitId;
    if (git_commit_create(&commitId, repo, "HEAD", signature.get(), signature.get(), nullptr,
                          message.toUtf8().constData(), tree.get(), head ? 1 : 0, parents) != 0)
        return git::lastError(repository.workdir(), tr("cannot commit"));
    if (Result<Success> indexed = updateIndex(repository, paths); !indexed)
        return indexed.error();
    return git::oidText(&commitId);
}

} // namespace postwright
