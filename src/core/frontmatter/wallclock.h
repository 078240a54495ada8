// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace postwright {

// A wall-clock time in a zone (the local one when zone is not valid). A time
// that does not exist there (the hour a spring-forward skips) is read as
// Ruby's Time.local and Jekyll do: at the offset before the change, which
// moves it forward by the gap (2024-03-10 02:30 in New York is 03:30 -0400).
inline QDateTime wallClockTime(const QDate &date, const QTime &time, const QTimeZone &zone = QTimeZone())
{
    const QDateTime exact = zone.isValid() ? QDateTime(date, time, zone) : QDateTime(date, time);
    if (exact.isValid() || !date.isValid() || !time.isValid())
        return exact;
    // A gap is shorter than a day and there is one a day at most: the day
    // before is at the offset the clock had before it.
    const QDateTime before = zone.isValid() ? QDateTime(date.addDays(-1), time, zone)
                                            : QDateTime(date.addDays(-1), time);
    if (!before.isValid())
        return exact;
    const qint64 utc = QDateTime(date, time, Qt::UTC).toSecsSinceEpoch() - before.offsetFromUtc();
    return zone.isValid() ? QDateTime::fromSecsSinceEpoch(utc, zone)
                          : QDateTime::fromSecsSinceEpoch(utc).toLocalTime();
}

} // namespace postwright
