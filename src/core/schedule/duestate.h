// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "site/siteindex.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace postwright {

// The time what is due is judged at: the clock, or POSTWRIGHT_NOW when set
// (ISO 8601 with its zone, "2030-01-01T09:00:00Z"). Only tests set it, to
// let a post's date pass without waiting for it.
QDateTime scheduleNow();

struct DuePost
{
    QString path;    // relative to the site root
    QString title;
    QDateTime due;   // its publish date (Hugo's publishDate, else its date)
};

struct DueState
{
    QList<DuePost> due;         // became due: to publish now, oldest first
    QList<DuePost> scheduled;   // dated after now, soonest first
    // The first scheduled post's time; nullopt when nothing is scheduled.
    std::optional<QDateTime> next() const;
};

// The posts of index that became due by now: published at now as the
// generator judges it (no draft, not expired, no longer in the future),
// dated after the last run (lastRun) and after the file's last save (a
// post saved after its date was never scheduled: a later edit of an old
// post is the user's to publish, never the timer's). And the posts still
// scheduled after now. Sections (Hugo's _index.md) are no posts here.
DueState dueState(const SiteIndex &index, const QDateTime &now, const std::optional<QDateTime> &lastRun);

// "2026-12-08 09:00 UTC"-style text of a due time, in local time with its
// offset, for lines and lists.
QString dueText(const QDateTime &when);

} // namespace postwright
