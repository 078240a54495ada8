// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/duetimer.h"

#include "files/atomicwrite.h"
#include "schedule/schedulerecord.h"
#include "schedule/systemduser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimeZone>

#include <algorithm>
#include <utility>

namespace postwright {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postwright", text);
}

const QString calendarFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss");
constexpr qint64 maxUnitBytes = 64 * 1024;

// A word of ExecStart, quoted as systemd reads it: C escapes in double
// quotes, % and $ doubled (no specifier, no variable).
QString execWord(QString word)
{
    word.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    word.replace(QLatin1Char('"'), QLatin1String("\\\""));
    word.replace(QLatin1Char('%'), QLatin1String("%%"));
    word.replace(QLatin1Char('$'), QLatin1String("$$"));
    return QLatin1Char('"') + word + QLatin1Char('"');
}

QString descriptionText(QString text)
{
    return text.replace(QLatin1Char('%'), QLatin1String("%%"));
}

QByteArray readUnit(const QString &path)
{
    QFile file(path);
    if (file.size() > maxUnitBytes || !file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString siteFolder(const QString &siteRoot)
{
    const QString canonical = QFileInfo(siteRoot).canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(QFileInfo(siteRoot).absoluteFilePath()) : canonical;
}

// Reloads the units and (re)starts the timer; why not, when it cannot.
std::optional<QString> startTimer(const QString &unit)
{
    if (const std::optional<QString> missing = systemdUserMissing())
        return missing;
    const QString timer = unit + QStringLiteral(".timer");
    for (const QStringList &args : {QStringList{QStringLiteral("daemon-reload")}, QStringList{QStringLiteral("enable"), timer},
                                    QStringList{QStringLiteral("restart"), timer}}) {
        if (const Result<Success> done = systemctlUser(args); !done)
            return done.error().message;
    }
    return std::nullopt;
}

} // namespace

std::optional<QDateTime> dueTimerTime(const DueState &state)
{
    for (const DuePost &post : state.scheduled) {
        if (post.due.toUTC().date().year() < 2200)
            return post.due;
    }
    return std::nullopt;
}

QString userUnitFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)).filePath(QStringLiteral("systemd/user"));
}

QString dueUnitName(const QString &siteRoot)
{
    return QStringLiteral("postwright-due-") + siteScheduleKey(siteRoot);
}

Result<DueTimerFiles> dueTimerFiles(const QString &siteRoot, const QString &cliPath, const QDateTime &when)
{
    const QString site = siteFolder(siteRoot);
    for (const QString &path : {site, cliPath}) {
        if (path.contains(QLatin1Char('\n')) || path.contains(QLatin1Char('\r')))
            return Error{path, 0, 0, tr("a path with a line break cannot be named in a systemd unit")};
    }
    DueTimerFiles files;
    files.unit = dueUnitName(site);
    files.timerPath = QDir(userUnitFolder()).filePath(files.unit + QStringLiteral(".timer"));
    files.servicePath = QDir(userUnitFolder()).filePath(files.unit + QStringLiteral(".service"));
    const QString comment = QStringLiteral("# Written by Postwright (\"Publish when due\"), which rewrites it when the dates change\n"
                                           "# and removes it when nothing is scheduled.\n");
    files.service = (comment + QStringLiteral("[Unit]\nDescription=Postwright: publish the due posts of %1\n\n"
                                              "[Service]\nType=oneshot\nExecStart=%2 publish --due %3\n")
                                   .arg(descriptionText(site), execWord(cliPath), execWord(site)))
                        .toUtf8();
    files.timer = (comment + QStringLiteral("[Unit]\nDescription=Postwright: publish the posts of %1 when they are due\n\n"
                                            "[Timer]\nOnCalendar=%2 UTC\nPersistent=true\nAccuracySec=1s\nUnit=%3.service\n\n"
                                            "[Install]\nWantedBy=timers.target\n")
                                 .arg(descriptionText(site), when.toUTC().toString(calendarFormat), files.unit))
                      .toUtf8();
    return files;
}

std::optional<QDateTime> installedDueTime(const QString &siteRoot)
{
    const QByteArray text = readUnit(QDir(userUnitFolder()).filePath(dueUnitName(siteRoot) + QStringLiteral(".timer")));
    for (const QByteArray &line : text.split('\n')) {
        if (!line.startsWith("OnCalendar=") || !line.endsWith(" UTC"))
            continue;
        const QString value = QString::fromUtf8(line.mid(11, line.size() - 11 - 4));
        QDateTime when = QDateTime::fromString(value, calendarFormat);
        if (!when.isValid())
            return std::nullopt;
        when.setTimeZone(QTimeZone::utc());
        return when;
    }
    return std::nullopt;
}

QString findCliProgram()
{
    const QString beside = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("postwright-cli"));
    if (QFileInfo(beside).isExecutable())
        return beside;
    return QStandardPaths::findExecutable(QStringLiteral("postwright-cli"));
}

QString DueTimerUpdate::line() const
{
    QString text;
    switch (kind) {
    case Kind::Off:
        return {};
    case Kind::Set:
    case Kind::Unchanged:
        text = tr("timer: the next run is at %1 (%2.timer)").arg(dueText(when), unit);
        break;
    case Kind::Removed:
        text = tr("timer: nothing is scheduled any more; %1.timer is removed").arg(unit);
        break;
    case Kind::Idle:
        text = tr("timer: nothing is scheduled; no timer is set");
        break;
    }
    if (problem)
        text += QLatin1Char('\n') + tr("timer: the unit files are written, but systemd was not told: %1").arg(*problem);
    return text;
}

Result<DueTimerUpdate> updateDueTimer(const QString &siteRoot, const DueState &state, const QString &cliPath,
                                      const std::optional<QDateTime> &retryAt)
{
    DueTimerUpdate update;
    update.unit = dueUnitName(siteRoot);
    const ScheduleRecord record = ScheduleRecord::load(siteRoot);
    if (!record.enabled)
        return update;
    std::optional<QDateTime> next = dueTimerTime(state);
    // A failed run's retry stays while its posts still wait (the window
    // sets the timer after a save: it must not drop it).
    std::optional<QDateTime> retry = retryAt;
    if (!retry && !state.due.isEmpty() && record.retryAt)
        retry = std::max(*record.retryAt, scheduleNow().addSecs(60));   // one missed: soon
    if (retry && (!next || *retry < *next))
        next = retry;
    if (!next) {
        const bool had = QFileInfo::exists(QDir(userUnitFolder()).filePath(update.unit + QStringLiteral(".timer")));
        if (const Result<Success> removed = removeDueTimer(siteRoot); !removed)
            return removed.error();
        update.kind = had ? DueTimerUpdate::Kind::Removed : DueTimerUpdate::Kind::Idle;
        return update;
    }
    const Result<DueTimerFiles> files = dueTimerFiles(siteRoot, cliPath, *next);
    if (!files)
        return files.error();
    update.when = *next;
    if (readUnit(files.value().timerPath) == files.value().timer && readUnit(files.value().servicePath) == files.value().service) {
        update.kind = DueTimerUpdate::Kind::Unchanged;
        return update;
    }
    QDir().mkpath(userUnitFolder());
    for (const auto &[path, bytes] : {std::pair{files.value().servicePath, files.value().service},
                                      std::pair{files.value().timerPath, files.value().timer}}) {
        if (const Result<Success> written = writeFileAtomically(path, bytes); !written)
            return written.error();
    }
    update.kind = DueTimerUpdate::Kind::Set;
    update.problem = startTimer(update.unit);
    return update;
}

Result<Success> removeDueTimer(const QString &siteRoot)
{
    const QString unit = dueUnitName(siteRoot);
    const QString timer = QDir(userUnitFolder()).filePath(unit + QStringLiteral(".timer"));
    const QString service = QDir(userUnitFolder()).filePath(unit + QStringLiteral(".service"));
    if (!QFileInfo::exists(timer) && !QFileInfo::exists(service))
        return Success{};
    // Stopped first, while systemd still knows the unit; a missing systemd is no error here.
    if (!systemdUserMissing()) {
        systemctlUser({QStringLiteral("disable"), QStringLiteral("--now"), unit + QStringLiteral(".timer")});
    }
    for (const QString &path : {timer, service}) {
        if (QFileInfo::exists(path) && !QFile::remove(path))
            return Error{path, 0, 0, tr("cannot remove the timer's file")};
    }
    if (!systemdUserMissing())
        systemctlUser({QStringLiteral("daemon-reload")});
    return Success{};
}

} // namespace postwright
