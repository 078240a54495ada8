// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/duestate.h"

#include <algorithm>
#include <cstdlib>

namespace postwright {

QDateTime scheduleNow()
{
    const QString fake = qEnvironmentVariable("POSTWRIGHT_NOW");
    if (!fake.isEmpty()) {
        const QDateTime parsed = QDateTime::fromString(fake, Qt::ISODate);
        if (parsed.isValid())
            return parsed;
    }
    return QDateTime::currentDateTime();
}

std::optional<QDateTime> DueState::next() const
{
    if (scheduled.isEmpty())
        return std::nullopt;
    return scheduled.first().due;
}

DueState dueState(const SiteIndex &index, const QDateTime &now, const std::optional<QDateTime> &lastRun)
{
    DueState state;
    for (const PostRecord &record : index.posts()) {
        if (record.kind == PostKind::Section || record.error)
            continue;
        const QDateTime date = record.effectivePublishDate();
        if (!date.isValid())
            continue;
        const PostState postState = index.state(record, now);
        const DuePost post{record.path, record.title, date};
        if (postState == PostState::Scheduled && date > now) {
            state.scheduled.append(post);
        } else if (postState == PostState::Published && date <= now) {
            QDateTime since = QDateTime::fromMSecsSinceEpoch(record.modified);
            if (lastRun && *lastRun > since)
                since = *lastRun;
            if (date > since)
                state.due.append(post);
        }
    }
    const auto byTime = [](const DuePost &a, const DuePost &b) { return a.due != b.due ? a.due < b.due : a.path < b.path; };
    std::sort(state.due.begin(), state.due.end(), byTime);
    std::sort(state.scheduled.begin(), state.scheduled.end(), byTime);
    return state;
}

QString dueText(const QDateTime &when)
{
    const QDateTime local = when.toLocalTime();
    const int offset = local.offsetFromUtc();
    const QString zone = offset == 0 ? QStringLiteral("UTC")
                                     : QStringLiteral("%1%2:%3")
                                           .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                                           .arg(std::abs(offset) / 3600, 2, 10, QLatin1Char('0'))
                                           .arg(std::abs(offset) % 3600 / 60, 2, 10, QLatin1Char('0'));
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QLatin1Char(' ') + zone;
}

} // namespace postwright
