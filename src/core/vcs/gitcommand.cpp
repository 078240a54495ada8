// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vcs/gitcommand.h"

#include <QProcess>

namespace postwright {

GitCommandResult runGit(const QString &folder, const QStringList &args,
                        const std::function<void(const QByteArray &)> &progress)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GIT_TERMINAL_PROMPT"), QStringLiteral("0"));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(folder);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.setStandardInputFile(QProcess::nullDevice());
    QByteArray errors;
    QObject::connect(&process, &QProcess::readyReadStandardError, [&] {
        const QByteArray chunk = process.readAllStandardError();
        errors += chunk;
        if (progress)
            progress(chunk);
    });
    process.start(QStringLiteral("git"), args);
    GitCommandResult result;
    if (!process.waitForStarted()) {
        result.errorText = process.errorString();
        return result;
    }
    result.started = true;
    process.waitForFinished(-1);
    errors += process.readAllStandardError();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.errorText = QString::fromLocal8Bit(errors).trimmed();
    return result;
}

} // namespace postwright
