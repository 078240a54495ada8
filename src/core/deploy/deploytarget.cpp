// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "deploy/deploytarget.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace postwright {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postwright::DeployTarget", text);
}

Result<DeployTarget> parseGit(const QString &dest)
{
    DeployTarget target;
    target.kind = DeployTarget::Kind::Git;
    target.spec = dest;
    const QString rest = dest.mid(4);
    const qsizetype hash = rest.lastIndexOf(QLatin1Char('#'));
    target.remote = hash < 0 ? rest : rest.left(hash);
    target.branch = hash < 0 ? QString() : rest.mid(hash + 1);
    if (target.remote.isEmpty() || target.branch.isEmpty() || target.branch.startsWith(QLatin1Char('-'))
        || target.branch.contains(QLatin1Char(' ')) || target.branch.contains(QLatin1String("..")))
        return Error{dest, 0, 0, tr("a Git destination is git:REMOTE#BRANCH, for example git:origin#gh-pages")};
    return target;
}

Result<DeployTarget> parseRsync(const QString &dest)
{
    DeployTarget target;
    target.kind = DeployTarget::Kind::Rsync;
    target.spec = dest;
    const QString rest = dest.mid(6);
    const qsizetype colon = rest.indexOf(QLatin1Char(':'));
    target.remote = colon < 0 ? QString() : rest.left(colon);
    target.path = colon < 0 ? QString() : rest.mid(colon + 1);
    if (target.remote.isEmpty() || target.path.isEmpty() || target.remote.startsWith(QLatin1Char('-')))
        return Error{dest, 0, 0, tr("an rsync destination is rsync:[USER@]HOST:PATH, for example rsync:me@example.org:/var/www/blog")};
    return target;
}

Result<DeployTarget> parseSftp(const QString &dest)
{
    const QUrl url(dest, QUrl::StrictMode);
    DeployTarget target;
    target.kind = DeployTarget::Kind::Sftp;
    target.spec = dest;
    if (!url.isValid() || url.host().isEmpty() || url.path().size() < 2 || !url.password().isEmpty()) {
        // Never repeat a password typed into the address.
        const QString shown = url.password().isEmpty() ? dest : url.toString(QUrl::RemovePassword);
        return Error{shown, 0, 0, url.password().isEmpty()
                                     ? tr("an SFTP destination is sftp://[USER@]HOST[:PORT]/PATH")
                                     : tr("no password in the address: the system keychain or $POSTWRIGHT_SFTP_PASSWORD holds it")};
    }
    QUrl base = url;
    base.setPath({});
    target.url = base.toString(QUrl::FullyEncoded);
    target.path = url.path();
    while (target.path.size() > 1 && target.path.endsWith(QLatin1Char('/')))
        target.path.chop(1);
    return target;
}

} // namespace

Result<DeployTarget> DeployTarget::parse(const QString &dest)
{
    if (dest.startsWith(QLatin1String("git:")))
        return parseGit(dest);
    if (dest.startsWith(QLatin1String("rsync:")))
        return parseRsync(dest);
    if (dest.startsWith(QLatin1String("sftp://")))
        return parseSftp(dest);
    if (dest.isEmpty())
        return Error{dest, 0, 0, tr("no destination given")};
    DeployTarget target;
    target.folder = QDir::cleanPath(QFileInfo(dest).absoluteFilePath());
    target.spec = target.folder;
    return target;
}

} // namespace postwright
