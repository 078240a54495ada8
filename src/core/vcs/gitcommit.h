// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/error.h"

#include <QString>
#include <QStringList>

namespace postwright {

class GitRepository;

// Commits exactly these files (paths relative to the repository; a file
// that no longer exists is removed) on top of HEAD, as they are in the
// working folder (through Git's own filters: line endings). A file whose
// .gitattributes name an external filter driver that is configured (LFS's
// filter=lfs) is refused by name: libgit2 cannot run it. Whatever else
// is staged stays staged and out of the commit; the index is updated for
// these files. The author is the repository's user.name and user.email.
// Returns the new commit's id; empty when the files are as HEAD has them
// (no commit is made) unless allowEmpty (a commit that changes nothing).
Result<QString> commitFiles(const GitRepository &repository, const QStringList &paths, const QString &message,
                            bool allowEmpty = false);

} // namespace postwright
