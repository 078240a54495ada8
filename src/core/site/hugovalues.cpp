// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "site/hugovalues.h"

#include "frontmatter/wallclock.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace postwright {
namespace {

std::optional<bool> parseBool(const QString &text)
{
    static const QStringList yes = {QStringLiteral("1"), QStringLiteral("t"), QStringLiteral("T"), QStringLiteral("true"),
                                    QStringLiteral("True"), QStringLiteral("TRUE")};
    static const QStringList no = {QStringLiteral("0"), QStringLiteral("f"), QStringLiteral("F"), QStringLiteral("false"),
                                   QStringLiteral("False"), QStringLiteral("FALSE")};
    if (yes.contains(text))
        return true;
    if (no.contains(text))
        return false;
    return std::nullopt;
}

// A numeric zone ("+0000", "-07:00") or a name Go knows without a location.
std::optional<QTimeZone> zoneOf(const QString &zone)
{
    static const QRegularExpression offset(QStringLiteral("^([-+])(\\d\\d):?(\\d\\d)$"));
    if (zone.isEmpty() || zone == QLatin1String("UTC") || zone == QLatin1String("GMT") || zone == QLatin1String("Z"))
        return QTimeZone::utc();
    const QRegularExpressionMatch m = offset.match(zone);
    if (!m.hasMatch())
        return std::nullopt;
    const int seconds = m.captured(2).toInt() * 3600 + m.captured(3).toInt() * 60;
    return QTimeZone(m.captured(1) == QLatin1String("-") ? -seconds : seconds);
}

// cast.ToTime's layouts beyond RFC 3339: day-month-year and month-day-time-year forms.
QDateTime goLayoutDate(const QString &text, const QTimeZone &defaultZone)
{
    static const QString month = QStringLiteral("(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)");
    // RFC 1123(Z), RFC 822(Z), RFC 850, "02 Jan 2006": [weekday,] day month year [time [zone]].
    static const QRegularExpression dayFirst(QStringLiteral("^(?:[A-Za-z]+, )?(\\d\\d)[ -]") + month
                                             + QStringLiteral("[ -](\\d\\d(?:\\d\\d)?)(?: (\\d\\d):(\\d\\d)(?::(\\d\\d))?(?: (\\S+))?)?$"));
    // ANSIC, UnixDate, RubyDate: weekday month day time [zone] year.
    static const QRegularExpression monthFirst(QStringLiteral("^[A-Za-z]{3} ") + month
                                               + QStringLiteral(" +(\\d\\d?) (\\d\\d):(\\d\\d):(\\d\\d)(?: (\\S+))? (\\d{4})$"));
    static const QStringList months = {QStringLiteral("Jan"), QStringLiteral("Feb"), QStringLiteral("Mar"), QStringLiteral("Apr"),
                                       QStringLiteral("May"), QStringLiteral("Jun"), QStringLiteral("Jul"), QStringLiteral("Aug"),
                                       QStringLiteral("Sep"), QStringLiteral("Oct"), QStringLiteral("Nov"), QStringLiteral("Dec")};
    int year = 0, monthIndex = 0, day = 0, hour = 0, minute = 0, second = 0;
    QString zone;
    if (const QRegularExpressionMatch m = dayFirst.match(text); m.hasMatch()) {
        day = m.captured(1).toInt();
        monthIndex = int(months.indexOf(m.captured(2))) + 1;
        year = m.captured(3).toInt();
        if (m.captured(3).size() == 2)
            year += year < 69 ? 2000 : 1900;   // Go's two-digit years
        hour = m.captured(4).toInt();
        minute = m.captured(5).toInt();
        second = m.captured(6).toInt();
        zone = m.captured(7);
    } else if (const QRegularExpressionMatch n = monthFirst.match(text); n.hasMatch()) {
        monthIndex = int(months.indexOf(n.captured(1))) + 1;
        day = n.captured(2).toInt();
        hour = n.captured(3).toInt();
        minute = n.captured(4).toInt();
        second = n.captured(5).toInt();
        zone = n.captured(6);
        year = n.captured(7).toInt();
    } else {
        return {};
    }
    const std::optional<QTimeZone> timeZone = zone.isEmpty() ? std::optional(defaultZone) : zoneOf(zone);
    const QDate date(year, monthIndex, day);
    const QTime time(hour, minute, second);
    if (!timeZone || !date.isValid() || !time.isValid())
        return {};
    if (zone.isEmpty() && defaultZone != QTimeZone::utc())
        return wallClockTime(date, time, defaultZone);
    return QDateTime(date, time, *timeZone);
}

// cast.ToTime's numeric layouts ("2006-01-02", RFC 3339, "2006-01-02
// 15:04:05 -0700 MST"...) as Go's time.Parse reads them: four-digit year,
// two-digit month, day, minute and second, a one- or two-digit hour, a
// fraction after the seconds; nothing around it. The text with its zone
// as DateTimeValue reads it (no zone name, a period for the fraction), or
// empty when no layout fits: "2099-1-1" is no date to hugo.
QString castIsoText(const QString &text)
{
    static const QRegularExpression layout(QStringLiteral(
        "^\\d{4}-\\d\\d-\\d\\d(?:"
        // T: RFC 3339 ("Z07:00"), "-0700", or no zone.
        "T\\d{1,2}:\\d\\d:\\d\\d(?:[.,]\\d+)?(?:Z|[-+]\\d\\d:?\\d\\d)?"
        // space: "Z0700", "Z07:00", " -07:00", " -0700", " -0700 MST", or no zone.
        "| \\d{1,2}:\\d\\d:\\d\\d(?:[.,]\\d+)?(?:Z|[-+]\\d\\d:?\\d\\d| [-+]\\d\\d:?\\d\\d(?: [A-Za-z]+)?)?"
        ")?$"));
    if (!layout.match(text).hasMatch())
        return {};
    QString iso = text;
    iso.replace(QLatin1Char(','), QLatin1Char('.'));
    // Time.String()'s zone name follows the offset, which decides.
    static const QRegularExpression zoneName(QStringLiteral(" [A-Za-z]+$"));
    if (iso.count(QLatin1Char(' ')) == 3)
        iso.remove(zoneName);
    return iso;
}

// A value's time; without a zone in its text, the wall-clock time in zone.
QDateTime zonedDate(const DateTimeValue &value, const QTimeZone &zone)
{
    if (value.hasZone)
        return value.toDateTime();
    const QTime time = value.hasTime ? value.time : QTime(0, 0);
    if (zone == QTimeZone::utc())
        return QDateTime(value.date, time, Qt::UTC);
    return wallClockTime(value.date, time, zone);
}

} // namespace

std::optional<bool> hugoBool(const QVariant &value)
{
    if (!value.isValid())
        return std::nullopt;
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return value.toDouble() != 0;
    default:
        break;
    }
    return parseBool(value.toString().trimmed());
}

std::optional<bool> hugoBool(const Field &field, FrontMatterFormat format)
{
    const Value &value = field.value;
    if (value.type == ValueType::Bool)
        return value.boolean;
    if (value.type == ValueType::Number)
        return value.number != 0;
    if (value.type != ValueType::String)
        return std::nullopt;
    // go-yaml v2 reads a plain y or n as a boolean too (YAML 1.1).
    if (format == FrontMatterFormat::Yaml && field.style == ValueStyle::Plain) {
        if (value.text == QLatin1String("y") || value.text == QLatin1String("Y"))
            return true;
        if (value.text == QLatin1String("n") || value.text == QLatin1String("N"))
            return false;
    }
    return parseBool(value.text.trimmed());
}

QDateTime hugoDateText(const QString &text, const QTimeZone &zone)
{
    // cast.ToTime does not trim: " 2099-01-01" is no date to hugo.
    if (text.isEmpty())
        return {};
    if (const QString iso = castIsoText(text); !iso.isEmpty()) {
        if (const auto parsed = DateTimeValue::parse(iso))
            return zonedDate(*parsed, zone);
        return {};
    }
    return goLayoutDate(text, zone);
}

QDateTime hugoDate(const QVariant &value, const QTimeZone &zone)
{
    switch (value.typeId()) {
    case QMetaType::QDateTime:
        return value.toDateTime();
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return QDateTime::fromSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
    default:
        break;
    }
    // Text of digits ("4102444800" quoted) is no time to cast.ToTime.
    return hugoDateText(value.toString(), zone);
}

QDateTime hugoDate(const Field &field, FrontMatterFormat format, const QTimeZone &zone)
{
    // A TOML date (not a quoted one) is one to hugo; YAML's and JSON's
    // reach cast.ToTime as text (go-yaml v2 hands a timestamp to hugo as
    // its text).
    const Value &value = field.value;
    if (value.type == ValueType::Date) {
        const bool tomlDate = format == FrontMatterFormat::Toml && field.style == ValueStyle::Plain;
        return tomlDate ? zonedDate(value.date, zone) : hugoDateText(value.date.text, zone);
    }
    if (value.type == ValueType::Number)
        return QDateTime::fromSecsSinceEpoch(qint64(value.number), QTimeZone::utc());
    if (value.type == ValueType::String)
        return hugoDateText(value.text, zone);
    return {};
}

} // namespace postwright
