// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/systemduser.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace postwright {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postwright", text);
}

// systemctl answers at once or not at all (a hung bus): it is not waited for longer.
constexpr int systemctlMilliseconds = 30000;

QString systemctlProgram()
{
    const QString custom = qEnvironmentVariable("POSTWRIGHT_SYSTEMCTL");
    return custom.isEmpty() ? QStringLiteral("systemctl") : custom;
}

struct Run
{
    bool started = false;
    int exitCode = -1;
    QString output;
};

Run runSystemctl(const QStringList &args)
{
    Run run;
    const QString program = systemctlProgram();
    if (QStandardPaths::findExecutable(program).isEmpty() && !QFileInfo(program).isExecutable())
        return run;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, QStringList{QStringLiteral("--user")} + args);
    if (!process.waitForStarted())
        return run;
    run.started = true;
    if (!process.waitForFinished(systemctlMilliseconds)) {
        process.kill();
        process.waitForFinished();
        run.output = tr("systemctl did not answer");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.output = QString::fromLocal8Bit(process.readAll()).trimmed();
    return run;
}

} // namespace

std::optional<QString> systemdUserMissing()
{
    const Run run = runSystemctl({QStringLiteral("is-system-running")});
    if (!run.started)
        return tr("there is no systemctl command: this system does not run systemd");
    // running, degraded (a unit failed), starting: timers run. offline: no
    // user manager (a container, a session without systemd --user).
    static const QStringList working = {QStringLiteral("running"), QStringLiteral("degraded"), QStringLiteral("starting"),
                                        QStringLiteral("initializing")};
    const QString state = run.output.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (working.contains(state))
        return std::nullopt;
    return tr("systemctl --user cannot reach a user service manager (it says \"%1\")").arg(state.isEmpty() ? run.output : state);
}

Result<Success> systemctlUser(const QStringList &args)
{
    const Run run = runSystemctl(args);
    if (!run.started)
        return Error{systemctlProgram(), 0, 0, tr("there is no systemctl command: this system does not run systemd")};
    if (run.exitCode != 0)
        return Error{systemctlProgram(), 0, 0,
                     tr("systemctl --user %1 failed: %2").arg(args.join(QLatin1Char(' ')), run.output)};
    return Success{};
}

} // namespace postwright
