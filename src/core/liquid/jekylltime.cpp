// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Times as Ruby reads them for Jekyll: TZ settings and YAML timestamps.
#include "jekylltime.h"

#include "frontmatter/wallclock.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace postwright {

namespace {

// The zoneinfo database the C library reads TZ names from.
QString zoneInfoFolder()
{
    const QString folder = qEnvironmentVariable("TZDIR");
    return folder.isEmpty() ? QStringLiteral("/usr/share/zoneinfo") : folder;
}

bool isZoneInfoName(const QString &name)
{
    if (name.startsWith(QLatin1Char('/')) || name.contains(QLatin1String("..")))
        return false;
    return QFileInfo(QDir(zoneInfoFolder()).filePath(name)).isFile();
}

struct PosixZone
{
    QString name;
    int utcOffset = 0;   // seconds east of UTC
    bool hasSummerTime = false;
};

// "UTC+5", "<+0530>-5:30", "EST5EDT,M3.2.0,M11.1.0": the standard time's
// name and offset, as POSIX writes them (west of UTC positive).
std::optional<PosixZone> parsePosix(const QString &setting)
{
    static const QRegularExpression posix(QStringLiteral(
        R"(^(<[A-Za-z0-9+-]{3,}>|[A-Za-z]{3,})([+-]?)(\d{1,2})(?::(\d{1,2})(?::(\d{1,2}))?)?(.*)$)"));
    const QRegularExpressionMatch m = posix.match(setting);
    if (!m.hasMatch())
        return std::nullopt;
    const int west = m.captured(3).toInt() * 3600 + m.captured(4).toInt() * 60 + m.captured(5).toInt();
    if (west > 24 * 3600)
        return std::nullopt;
    QString name = m.captured(1);
    if (name.startsWith(QLatin1Char('<')))
        name = name.mid(1, name.size() - 2);
    return PosixZone{name, m.captured(2) == QLatin1String("-") ? west : -west, !m.captured(6).isEmpty()};
}

} // namespace

QTimeZone jekyllTimeZone(const QString &setting)
{
    const QString name = setting.trimmed();
    if (name.isEmpty())
        return {};
    if (isZoneInfoName(name)) {
        const QTimeZone zone(name.toUtf8());
        if (zone.isValid())
            return zone;
    }
    const std::optional<PosixZone> posix = parsePosix(name);
    // Neither: the C library falls back to UTC.
    if (!posix)
        return QTimeZone(QByteArrayLiteral("UTC"));
    if (posix->hasSummerTime) {
        // Qt reads a POSIX rule where the name is not a file: take it when
        // it agrees with the standard time's offset.
        const QTimeZone rule(name.toUtf8());
        if (rule.isValid() && rule.standardTimeOffset(QDateTime::currentDateTimeUtc()) == posix->utcOffset)
            return rule;
    }
    return QTimeZone(posix->utcOffset);
}

std::optional<QDateTime> jekyllYamlTime(const QString &plainScalar, const QTimeZone &zone)
{
    // Psych's timestamp: seconds are required, the zone is optional.
    static const QRegularExpression timestamp(QStringLiteral(
        R"(^(\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt]|[ \t]+)(\d{1,2}):(\d\d):(\d\d)(?:\.(\d*))?)"
        R"((?:[ \t]*(Z|[-+]\d{1,2}(?::?\d\d)?))?$)"));
    const QRegularExpressionMatch m = timestamp.match(plainScalar);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const int msec = (m.captured(7) + QStringLiteral("000")).left(3).toInt();
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), msec);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    const QString offset = m.captured(8);
    // Z stays UTC (Ruby prints it so); no zone is UTC too, but local.
    if (offset == QLatin1String("Z"))
        return QDateTime(date, time, Qt::UTC);
    if (offset.isEmpty())
        return jekyllInZone(QDateTime(date, time, Qt::UTC), zone);
    QString digits = offset.mid(1);
    digits.remove(QLatin1Char(':'));
    const int hours = digits.size() > 2 ? digits.left(digits.size() - 2).toInt() : digits.toInt();
    const int minutes = digits.size() > 2 ? digits.right(2).toInt() : 0;
    const int seconds = (hours * 60 + minutes) * 60 * (offset.startsWith(QLatin1Char('-')) ? -1 : 1);
    return QDateTime(date, time, QTimeZone(seconds));
}

QDateTime jekyllInZone(const QDateTime &time, const QTimeZone &zone)
{
    if (!time.isValid())
        return time;
    if (!zone.isValid())
        return time.toLocalTime();
    if (time.timeSpec() == Qt::LocalTime)
        return wallClockTime(time.date(), time.time(), zone);
    return time.toTimeZone(zone);
}

} // namespace postwright
