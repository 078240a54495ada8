// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The date filter: Ruby's strftime and Ruby's reading of a time.
#include "liquidfilters.h"
#include "frontmatter/wallclock.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace postwright {

namespace {

QString pad(qint64 value, int width, QChar flag, QChar fill)
{
    if (flag == QLatin1Char('-'))
        return QString::number(value);
    if (flag == QLatin1Char('_'))
        fill = QLatin1Char(' ');
    else if (flag == QLatin1Char('0'))
        fill = QLatin1Char('0');
    return QStringLiteral("%1").arg(value, width, 10, fill);
}

QString offset(const QDateTime &time, bool colon)
{
    const int minutes = time.offsetFromUtc() / 60;
    const QString sign = minutes < 0 ? QStringLiteral("-") : QStringLiteral("+");
    const QString hours = QStringLiteral("%1").arg(std::abs(minutes) / 60, 2, 10, QLatin1Char('0'));
    const QString mins = QStringLiteral("%1").arg(std::abs(minutes) % 60, 2, 10, QLatin1Char('0'));
    return sign + hours + (colon ? QStringLiteral(":") : QString()) + mins;
}

QString conversion(const QDateTime &time, QChar code, QChar flag)
{
    const QLocale c = QLocale::c();
    const QDate date = time.date();
    const QTime clock = time.time();
    const int hour12 = clock.hour() % 12 == 0 ? 12 : clock.hour() % 12;
    switch (code.unicode()) {
    case 'Y': return QString::number(date.year());
    case 'C': return pad(date.year() / 100, 2, flag, QLatin1Char('0'));
    case 'y': return pad(date.year() % 100, 2, flag, QLatin1Char('0'));
    case 'm': return pad(date.month(), 2, flag, QLatin1Char('0'));
    case 'd': return pad(date.day(), 2, flag, QLatin1Char('0'));
    case 'e': return pad(date.day(), 2, flag, QLatin1Char(' '));
    case 'j': return pad(date.dayOfYear(), 3, flag, QLatin1Char('0'));
    case 'H': return pad(clock.hour(), 2, flag, QLatin1Char('0'));
    case 'k': return pad(clock.hour(), 2, flag, QLatin1Char(' '));
    case 'I': return pad(hour12, 2, flag, QLatin1Char('0'));
    case 'l': return pad(hour12, 2, flag, QLatin1Char(' '));
    case 'M': return pad(clock.minute(), 2, flag, QLatin1Char('0'));
    case 'S': return pad(clock.second(), 2, flag, QLatin1Char('0'));
    case 'L': return pad(clock.msec(), 3, flag, QLatin1Char('0'));
    case 'N': return pad(qint64(clock.msec()) * 1000000, 9, flag, QLatin1Char('0'));
    case 'p': return clock.hour() < 12 ? QStringLiteral("AM") : QStringLiteral("PM");
    case 'P': return clock.hour() < 12 ? QStringLiteral("am") : QStringLiteral("pm");
    case 'A': return c.dayName(date.dayOfWeek(), QLocale::LongFormat);
    case 'a': return c.dayName(date.dayOfWeek(), QLocale::ShortFormat);
    case 'B': return c.monthName(date.month(), QLocale::LongFormat);
    case 'b':
    case 'h': return c.monthName(date.month(), QLocale::ShortFormat);
    case 'u': return QString::number(date.dayOfWeek());
    case 'w': return QString::number(date.dayOfWeek() % 7);
    case 'U': return pad((date.dayOfYear() + 6 - date.dayOfWeek() % 7) / 7, 2, flag, QLatin1Char('0'));
    case 'W': return pad((date.dayOfYear() + 6 - (date.dayOfWeek() + 6) % 7) / 7, 2, flag, QLatin1Char('0'));
    case 'V': return pad(date.weekNumber(), 2, flag, QLatin1Char('0'));
    case 's': return QString::number(time.toSecsSinceEpoch());
    case 'z': return offset(time, false);
    case 'Z': return time.offsetFromUtc() == 0 ? QStringLiteral("UTC") : time.timeZoneAbbreviation();
    case 'F': return liquidStrftime(time, u"%Y-%m-%d");
    case 'T':
    case 'X': return liquidStrftime(time, u"%H:%M:%S");
    case 'D':
    case 'x': return liquidStrftime(time, u"%m/%d/%y");
    case 'R': return liquidStrftime(time, u"%H:%M");
    case 'r': return liquidStrftime(time, u"%I:%M:%S %p");
    case 'c': return liquidStrftime(time, u"%a %b %e %H:%M:%S %Y");
    case 'n': return QStringLiteral("\n");
    case 't': return QStringLiteral("\t");
    case '%': return QStringLiteral("%");
    default: return {};
    }
}

} // namespace

QString liquidStrftime(const QDateTime &time, QStringView format)
{
    QString out;
    for (qsizetype i = 0; i < format.size(); ++i) {
        if (format[i] != QLatin1Char('%') || i + 1 >= format.size()) {
            out += format[i];
            continue;
        }
        qsizetype at = i + 1;
        QChar flag;
        bool upper = false;
        while (at < format.size() && QStringView(u"-_0^#").contains(format[at])) {
            if (format[at] == QLatin1Char('^'))
                upper = true;
            else
                flag = format[at];
            ++at;
        }
        if (at >= format.size())
            break;
        const QString text = conversion(time, format[at], flag);
        if (text.isEmpty() && format[at] != QLatin1Char('%')) {
            out += format.mid(i, at - i + 1);   // unknown: as written, like Ruby
        } else {
            out += upper ? text.toUpper() : text;
        }
        i = at;
    }
    return out;
}

QDateTime liquidToTime(const LiquidValue &value, const QDateTime &now)
{
    if (value.type() == LiquidValue::Type::Date)
        return value.toDate();
    if (value.type() == LiquidValue::Type::Int)
        return QDateTime::fromSecsSinceEpoch(value.toInt(), now.timeZone());
    const QString text = value.toString().trimmed();
    if (text == QLatin1String("now") || text == QLatin1String("today"))
        return now;
    static const QRegularExpression numeric(QStringLiteral("^\\d+$"));
    if (numeric.match(text).hasMatch())
        return QDateTime::fromSecsSinceEpoch(text.toLongLong(), now.timeZone());
    // 2024-01-05, 2024-01-05 10:30[:00][ +0100 | Z], 2024-01-05T10:30:00+01:00
    static const QRegularExpression iso(QStringLiteral(
        R"(^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|UTC|[+-]\d{2}:?\d{2})?$)"));
    const QRegularExpressionMatch m = iso.match(text);
    if (m.hasMatch()) {
        const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
        const QString zone = m.captured(7);
        if (zone.isEmpty())
            return wallClockTime(date, time, now.timeZone());
        int seconds = 0;
        if (zone != QLatin1String("Z") && zone != QLatin1String("UTC")) {
            const QString digits = QString(zone).remove(QLatin1Char(':'));
            seconds = (digits.mid(1, 2).toInt() * 60 + digits.mid(3, 2).toInt()) * 60;
            if (digits.startsWith(QLatin1Char('-')))
                seconds = -seconds;
        }
        return QDateTime(date, time, QTimeZone(seconds));
    }
    QDateTime parsed = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!parsed.isValid())
        parsed = QLocale::c().toDateTime(text, QStringLiteral("MMMM d, yyyy"));
    if (!parsed.isValid())
        parsed = QLocale::c().toDateTime(text, QStringLiteral("MMM d, yyyy"));
    if (!parsed.isValid())
        parsed = QLocale::c().toDateTime(text, QStringLiteral("d MMMM yyyy"));
    if (!parsed.isValid())
        parsed = QLocale::c().toDateTime(text, QStringLiteral("d MMM yyyy"));
    return parsed;
}

std::optional<LiquidValue> liquidDateFilter(const QString &name, const LiquidValue &input, const LiquidArgs &args,
                                            LiquidFilterContext &context)
{
    if (name != QLatin1String("date"))
        return std::nullopt;
    const QString format = args.value(0).toString();
    if (format.isEmpty())
        return input;
    const QDateTime time = liquidToTime(input, context.now);
    if (!time.isValid())
        return input;
    return LiquidValue(liquidStrftime(time, format));
}

} // namespace postwright
