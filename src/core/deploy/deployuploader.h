// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deploy/deploytarget.h"
#include "text/error.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace postwright {

// Sends files of an exported site (below localRoot) to one destination.
// Each file is put in place whole: written under a temporary name beside
// its place and renamed onto it, so that a reader (a web server) sees the
// old file or the new one, never a part.
class DeployUploader
{
public:
    virtual ~DeployUploader() = default;

    // Puts files (relative paths); replacing: they are there already.
    virtual Result<Success> put(const QStringList &files, bool replacing) = 0;
    // Removes files (a file that is gone already is no error).
    virtual Result<Success> remove(const QStringList &files) = 0;
    // Bytes sent so far (what the transport counted, or the files' sizes).
    qint64 bytesSent() const { return m_bytesSent; }
    // Asked before each file: true stops put() and remove() with an Error.
    void setCanceled(std::function<bool()> canceled) { m_canceled = std::move(canceled); }

    // The uploader for a folder, rsync or SFTP target (not Git).
    static std::unique_ptr<DeployUploader> create(const DeployTarget &target, const QString &localRoot,
                                                  const QString &password = {});

protected:
    bool canceled() const { return m_canceled && m_canceled(); }
    // The Error a canceled put() or remove() returns.
    static Error canceledError(const QString &destination);

    qint64 m_bytesSent = 0;
    std::function<bool()> m_canceled;
};

// Folders below root that held only what was removed go too.
void removeEmptyParents(const QString &root, const QString &file);

} // namespace postwright
