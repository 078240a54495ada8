// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deploy/deployuploader.h"

namespace postwright {

// Deploys into a local folder (a mounted share, a web server's root).
class FolderUploader final : public DeployUploader
{
public:
    FolderUploader(QString localRoot, QString destination);

    Result<Success> put(const QStringList &files, bool replacing) override;
    Result<Success> remove(const QStringList &files) override;

private:
    QString m_localRoot;
    QString m_destination;
};

} // namespace postwright
