// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vcs/gitcommand.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QProcess>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

namespace postwright {
namespace {

QString shellQuoted(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

// The ssh command git would use in folder (GIT_SSH_COMMAND, core.sshCommand,
// GIT_SSH, ssh), told never to ask: BatchMode fails instead of prompting
// for a host key or a password (plink: -batch).
QString batchSshCommand(const QString &folder, const QProcessEnvironment &env)
{
    QString command = env.value(QStringLiteral("GIT_SSH_COMMAND"));
    if (command.isEmpty()) {
        QProcess config;
        config.setProcessEnvironment(env);
        config.setWorkingDirectory(folder);
        config.setStandardInputFile(QProcess::nullDevice());
        config.start(QStringLiteral("git"), {QStringLiteral("config"), QStringLiteral("--get"), QStringLiteral("core.sshCommand")});
        if (config.waitForFinished(30000) && config.exitCode() == 0)
            command = QString::fromLocal8Bit(config.readAllStandardOutput()).trimmed();
    }
    if (command.isEmpty() && !env.value(QStringLiteral("GIT_SSH")).isEmpty())
        command = shellQuoted(env.value(QStringLiteral("GIT_SSH")));
    if (command.isEmpty())
        command = QStringLiteral("ssh");
    // PuTTY's plink has its own switch for the same (git knows it by name too).
    const QString program = command.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty).toLower();
    if (program.contains(QLatin1String("plink")) || program.contains(QLatin1String("putty")))
        return command + QStringLiteral(" -batch");
    return command + QStringLiteral(" -o BatchMode=yes");
}

} // namespace

GitCommandResult runGit(const QString &folder, const QStringList &args,
                        const std::function<void(const QByteArray &)> &progress, int idleSeconds,
                        const std::function<bool()> &canceled)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GIT_TERMINAL_PROMPT"), QStringLiteral("0"));
    env.insert(QStringLiteral("GIT_SSH_COMMAND"), batchSshCommand(folder, env));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(folder);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.setStandardInputFile(QProcess::nullDevice());
    // A new session has no controlling terminal: nothing git starts (ssh,
    // a credential helper) can open /dev/tty and wait for an answer there.
    process.setChildProcessModifier([] { ::setsid(); });
    QByteArray errors;
    QDeadlineTimer idle(idleSeconds * 1000);
    const auto take = [&](const QByteArray &chunk) {
        if (chunk.isEmpty())
            return;
        idle.setRemainingTime(idleSeconds * 1000);
        errors += chunk;
        if (progress)
            progress(chunk);
    };
    QObject::connect(&process, &QProcess::readyReadStandardError, [&] { take(process.readAllStandardError()); });
    QObject::connect(&process, &QProcess::readyReadStandardOutput, [&] {
        process.readAllStandardOutput();
        idle.setRemainingTime(idleSeconds * 1000);
    });
    process.start(QStringLiteral("git"), args);
    GitCommandResult result;
    if (!process.waitForStarted()) {
        result.errorText = process.errorString();
        return result;
    }
    result.started = true;
    // git leads its own session: stop ssh and the rest with it.
    const auto stop = [&process] {
        ::kill(-pid_t(process.processId()), SIGKILL);
        process.kill();
        process.waitForFinished(-1);
    };
    while (!process.waitForFinished(100)) {
        if (process.state() == QProcess::NotRunning)
            break;
        if (canceled && canceled()) {
            stop();
            result.canceled = true;
            result.errorText = QCoreApplication::translate("postwright", "git %1 was canceled").arg(args.value(0));
            return result;
        }
        if (idle.hasExpired()) {
            stop();
            result.errorText = QCoreApplication::translate("postwright", "git %1 was stopped: it wrote nothing for %2 seconds")
                                   .arg(args.value(0))
                                   .arg(idleSeconds);
            return result;
        }
    }
    take(process.readAllStandardError());
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.errorText = QString::fromLocal8Bit(errors).trimmed();
    return result;
}

} // namespace postwright
