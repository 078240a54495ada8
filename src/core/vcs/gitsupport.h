// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// libgit2 for the files of core/vcs only: the rest of core sees Qt types.
#include <git2.h>

#include "text/error.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace postwright::git {

// git_libgit2_init once per process (thread-safe); every libgit2 call in
// core goes through a function that calls this first.
void ensureInitialized();

// The last libgit2 error as an Error about path ("what: libgit2's message").
Error lastError(const QString &path, const QString &what);

// An owned libgit2 object, freed with its own function.
template<typename T>
using Owned = std::unique_ptr<T, void (*)(T *)>;
template<typename T>
Owned<T> own(T *object, void (*free)(T *))
{
    return Owned<T>(object, free);
}

QString fromUtf8(const char *text);
QString oidText(const git_oid *oid);
// The id of the file at path in tree; false when the path is not a file there.
bool blobAt(git_tree *tree, const QByteArray &path, git_oid *id);
QByteArray blobBytes(git_repository *repo, const git_oid *id);

} // namespace postwright::git
