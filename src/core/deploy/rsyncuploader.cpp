// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "deploy/rsyncuploader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTemporaryFile>

#include <unistd.h>

namespace postwright {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postwright::Deploy", text);
}

QString sshCommand()
{
    const QString rsh = qEnvironmentVariable("RSYNC_RSH");
    return (rsh.isEmpty() ? QStringLiteral("ssh") : rsh) + QStringLiteral(" -o BatchMode=yes");
}

} // namespace

RsyncUploader::RsyncUploader(QString localRoot, const DeployTarget &target)
    : m_localRoot(std::move(localRoot)),
      m_remote(target.remote + QLatin1Char(':') + (target.path.endsWith(QLatin1Char('/')) ? target.path : target.path + QLatin1Char('/')))
{
}

Result<Success> RsyncUploader::run(const QString &sourceRoot, const QStringList &files, const QStringList &options)
{
    if (files.isEmpty())
        return Success{};
    QTemporaryFile list;
    if (!list.open())
        return Error{list.fileName(), 0, 0, tr("cannot write the list of files for rsync: %1").arg(list.errorString())};
    list.write(files.join(QLatin1Char('\0')).toUtf8() + '\0');
    list.flush();
    QProcess rsync;
    rsync.setStandardInputFile(QProcess::nullDevice());
    // No controlling terminal: ssh cannot ask for a password there.
    rsync.setChildProcessModifier([] { ::setsid(); });
    QStringList args{QStringLiteral("--from0"), QStringLiteral("--files-from=") + list.fileName(),
                     QStringLiteral("--stats"), QStringLiteral("-e"), sshCommand(), QStringLiteral("--")};
    args = options + args;
    args << sourceRoot + QLatin1Char('/') << m_remote;
    rsync.start(QStringLiteral("rsync"), args);
    if (!rsync.waitForStarted())
        return Error{m_remote, 0, 0, tr("cannot run rsync: %1").arg(rsync.errorString())};
    while (!rsync.waitForFinished(200)) {
        if (rsync.state() == QProcess::NotRunning)
            break;
        if (canceled()) {
            // rsync removes the file it was writing under its temporary name.
            rsync.terminate();
            rsync.waitForFinished(-1);
            return canceledError(m_remote);
        }
    }
    const QString output = QString::fromLocal8Bit(rsync.readAllStandardOutput());
    const QRegularExpressionMatch sent = QRegularExpression(QStringLiteral("Total bytes sent: ([0-9,.]+)")).match(output);
    if (sent.hasMatch())
        m_bytesSent += sent.captured(1).remove(QLatin1Char(',')).remove(QLatin1Char('.')).toLongLong();
    if (rsync.exitStatus() != QProcess::NormalExit || rsync.exitCode() != 0) {
        return Error{m_remote, 0, 0, tr("rsync failed (exit %1): %2")
                                         .arg(rsync.exitCode())
                                         .arg(QString::fromLocal8Bit(rsync.readAllStandardError()).trimmed())};
    }
    return Success{};
}

Result<Success> RsyncUploader::put(const QStringList &files, bool)
{
    // -I: every listed file is sent (its hash changed), whatever its time
    // and size; rsync's delta still sends only the changed blocks.
    return run(m_localRoot, files, {QStringLiteral("-I"), QStringLiteral("-t")});
}

Result<Success> RsyncUploader::remove(const QStringList &files)
{
    // rsync removes a listed file that the source does not have: the
    // source is an empty tree with just the files' folders.
    QTemporaryDir empty;
    if (!empty.isValid())
        return Error{empty.path(), 0, 0, tr("cannot create a temporary folder: %1").arg(empty.errorString())};
    for (const QString &file : files)
        QDir().mkpath(QFileInfo(empty.filePath(file)).path());
    return run(empty.path(), files, {QStringLiteral("--delete-missing-args")});
}

} // namespace postwright
