// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vcs/gitsupport.h"

#include <QCoreApplication>

namespace postwright::git {
namespace {

// Function-local static: initialised once, thread-safe (C++11 magic
// statics); libgit2 shuts down when the process ends.
struct Library
{
    Library() { git_libgit2_init(); }
    ~Library() { git_libgit2_shutdown(); }
    Library(const Library &) = delete;
    Library &operator=(const Library &) = delete;
};

} // namespace

void ensureInitialized()
{
    static const Library library;
}

Error lastError(const QString &path, const QString &what)
{
    const git_error *error = git_error_last();
    const QString message = error && error->message ? fromUtf8(error->message)
                                                    : QCoreApplication::translate("postwright", "unknown Git error");
    return Error{path, 0, 0, what.isEmpty() ? message : what + QStringLiteral(": ") + message};
}

QString fromUtf8(const char *text)
{
    return text ? QString::fromUtf8(text) : QString();
}

QString oidText(const git_oid *oid)
{
    char buffer[GIT_OID_HEXSZ + 1] = {};
    git_oid_tostr(buffer, sizeof buffer, oid);
    return QString::fromLatin1(buffer);
}

bool blobAt(git_tree *tree, const QByteArray &path, git_oid *id)
{
    git_tree_entry *raw = nullptr;
    if (!tree || git_tree_entry_bypath(&raw, tree, path.constData()) != 0)
        return false;
    const Owned<git_tree_entry> entry = own(raw, git_tree_entry_free);
    if (git_tree_entry_type(entry.get()) != GIT_OBJECT_BLOB)
        return false;
    git_oid_cpy(id, git_tree_entry_id(entry.get()));
    return true;
}

QByteArray blobBytes(git_repository *repo, const git_oid *id)
{
    git_blob *raw = nullptr;
    if (git_blob_lookup(&raw, repo, id) != 0)
        return {};
    const Owned<git_blob> blob = own(raw, git_blob_free);
    return QByteArray(static_cast<const char *>(git_blob_rawcontent(blob.get())),
                      qsizetype(git_blob_rawsize(blob.get())));
}

} // namespace postwright::git
