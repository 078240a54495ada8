// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/error.h"

#include <QString>

namespace postwright {

// Where a site is deployed to, as the user wrote it (--to DEST).
struct DeployTarget
{
    enum class Kind { Folder, Git, Rsync, Sftp };
    Kind kind = Kind::Folder;
    QString spec;     // DEST, normalised (a folder: absolute and clean)
    QString folder;   // Folder: the destination folder
    QString remote;   // Git: the remote (URL, path or a remote of the site); Rsync: [USER@]HOST
    QString branch;   // Git: the branch the site is committed to
    QString path;     // Rsync: PATH on the host; Sftp: the URL's path
    QString url;      // Sftp: sftp://[USER@]HOST[:PORT] (without the path)

    // git:REMOTE#BRANCH, rsync:[USER@]HOST:PATH, sftp://[USER@]HOST[:PORT]/PATH,
    // anything else a local folder. A malformed DEST is an Error that says
    // what the form is.
    static Result<DeployTarget> parse(const QString &dest);
};

} // namespace postwright
