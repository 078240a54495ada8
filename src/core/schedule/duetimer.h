// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/duestate.h"
#include "text/error.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace postwright {

// The systemd user timer of "Publish when due": postwright-due-KEY.timer
// and .service in $XDG_CONFIG_HOME/systemd/user (~/.config/systemd/user),
// the service running `postwright-cli publish --due SITE`, the timer set to
// the site's next due time (Persistent: a time missed while the computer
// was off runs at the next start).
struct DueTimerFiles
{
    QString unit;         // "postwright-due-KEY" (add .timer or .service)
    QString timerPath;
    QString servicePath;
    QByteArray timer;
    QByteArray service;
};

QString userUnitFolder();
QString dueUnitName(const QString &siteRoot);
// The two files for the site at siteRoot, run by the CLI at cliPath at
// when. An Error when a path cannot be put in a unit file (a line break).
Result<DueTimerFiles> dueTimerFiles(const QString &siteRoot, const QString &cliPath, const QDateTime &when);
// The time the site's installed timer is set to; nullopt: none installed.
std::optional<QDateTime> installedDueTime(const QString &siteRoot);
// The time the timer is set to for state: its next scheduled post's, but
// systemd's calendar ends with 2199 (a post dated later, a typo or hostile,
// gets none); nullopt: no timer.
std::optional<QDateTime> dueTimerTime(const DueState &state);
// postwright-cli beside this program, else on PATH; empty: not found.
QString findCliProgram();

// What keeping the timer in step did.
struct DueTimerUpdate
{
    enum class Kind {
        Off,        // "Publish when due" is off for the site: nothing touched
        Set,        // written (or rewritten) for `when`
        Unchanged,  // already set for `when`
        Removed,    // nothing is scheduled any more: the timer is gone
        Idle,       // nothing scheduled and no timer
    };
    Kind kind = Kind::Off;
    QDateTime when;
    QString unit;
    // The files are right but systemd could not be told (why): the user's
    // systemd is missing, or systemctl failed.
    std::optional<QString> problem;

    // One line that says it ("timer: next run at ...").
    QString line() const;
};

// Keeps the site's timer at its next due time when "Publish when due" is on
// (its ScheduleRecord): writes it and has systemd reload and (re)start it,
// or removes it when nothing is scheduled. The app calls this after a save
// that changed a date; publish --due after each run. retryAt: a run that
// failed (the network, the remote) is tried again then, when that is
// before the next due time: the timer has fired and would not again.
// Without retryAt, the record's (a failed run's) is kept while posts are
// due and unpublished (state.due).
Result<DueTimerUpdate> updateDueTimer(const QString &siteRoot, const DueState &state, const QString &cliPath,
                                      const std::optional<QDateTime> &retryAt = std::nullopt);
// Turns "Publish when due" off: stops and removes the timer, keeps the record's last run.
Result<Success> removeDueTimer(const QString &siteRoot);

} // namespace postwright
