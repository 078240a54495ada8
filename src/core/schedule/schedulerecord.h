// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/error.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace postwright {

// What "Publish when due" remembers of a site, in the user's data folder
// (never in the site): dataFolder()/schedule/KEY.json. A missing or
// unreadable file is a site without it (nothing on, no run yet).
struct ScheduleRecord
{
    bool enabled = false;              // "Publish when due" is on: the timer follows the dates
    std::optional<QDateTime> lastRun;  // the time the last publish --due that finished judged at
    QString deployTo;                  // empty: commit and push; else deploy there (DEST, as deploy --to)
    bool removeStale = false;          // the deploy's --delete
    // A publish --due that failed (no network, the remote down) runs again
    // then: whoever sets the timer keeps it while posts wait. Cleared by a
    // run that finished.
    std::optional<QDateTime> retryAt;

    static QString fileFor(const QString &siteRoot);
    static ScheduleRecord load(const QString &siteRoot);
    Result<Success> save(const QString &siteRoot) const;
};

// The site's key in file and unit names: 12 hex digits of its folder's
// canonical path (the same site, however it was named, has one key).
QString siteScheduleKey(const QString &siteRoot);

} // namespace postwright
