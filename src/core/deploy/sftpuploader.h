// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deploy/deployuploader.h"

#include <QByteArray>

typedef void CURL;

namespace postwright {

// Deploys over SFTP with libcurl (sftp://[USER@]HOST[:PORT]/PATH), one
// connection for the whole deploy. Keys come from the ssh agent, from
// $POSTWRIGHT_SSH_KEY or from ~/.ssh (id_ed25519, id_ecdsa, id_rsa); a
// password from the caller (the GUI's keychain) or $POSTWRIGHT_SFTP_PASSWORD.
// The host's key must be in ~/.ssh/known_hosts ($POSTWRIGHT_SSH_KNOWN_HOSTS).
// SFTP (version 3, OpenSSH) cannot rename onto an existing file: a changed
// file is uploaded under a temporary name, the old one removed and the new
// one renamed in its place at once, on the same connection.
class SftpUploader final : public DeployUploader
{
public:
    SftpUploader(QString localRoot, const DeployTarget &target, QString password = {});
    ~SftpUploader() override;
    Q_DISABLE_COPY_MOVE(SftpUploader)

    Result<Success> put(const QStringList &files, bool replacing) override;
    Result<Success> remove(const QStringList &files) override;

private:
    Result<Success> connectOptions();
    Result<Success> perform(const QString &what);
    Result<Success> putOne(const QString &file);
    QByteArray urlOf(const QString &remotePath) const;
    QByteArray quotedPath(const QString &relative) const;

    QString m_localRoot;
    QString m_base;       // sftp://[USER@]HOST[:PORT]
    QString m_path;       // /PATH
    QString m_password;
    CURL *m_curl = nullptr;
    bool m_configured = false;
    char m_errorText[256] = {};
};

} // namespace postwright
