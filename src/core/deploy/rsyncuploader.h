// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deploy/deployuploader.h"

namespace postwright {

// Deploys with the rsync command over ssh (rsync:[USER@]HOST:PATH). ssh
// runs with -o BatchMode=yes (it fails instead of asking); $RSYNC_RSH
// names another ssh command, as for rsync itself. rsync writes each file
// under a temporary name and renames it into place.
class RsyncUploader final : public DeployUploader
{
public:
    RsyncUploader(QString localRoot, const DeployTarget &target);

    Result<Success> put(const QStringList &files, bool replacing) override;
    Result<Success> remove(const QStringList &files) override;

private:
    Result<Success> run(const QString &sourceRoot, const QStringList &files, const QStringList &options);

    QString m_localRoot;
    QString m_remote;   // [USER@]HOST:PATH/
};

} // namespace postwright
