// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "frontmatter/value.h"
#include "frontmatter/wallclock.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

namespace postwright {
namespace {

const QRegularExpression &dateRegex()
{
    // 1 year, 2 month, 3 day, 4 separator, 5 hour, 6 minute, 7 seconds, 8 fraction, 9 space before zone, 10 zone
    static const QRegularExpression re(QStringLiteral(
        R"(^(\d{4})-(\d{1,2})-(\d{1,2})(?:([Tt]|[ \t]+)(\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?([ \t]*)(Z|z|[+-]\d{1,2}(?::?\d{2})?)?)?$)"));
    return re;
}

struct DateFormat
{
    int monthWidth = 2;
    int dayWidth = 2;
    int hourWidth = 2;
    QString separator = QStringLiteral("T");
    bool seconds = true;
    int fractionDigits = 0;
    QString zoneSpace;
    QString zoneStyle;   // "Z", "z", "+hh:mm", "+hhmm", "+hh" or empty
};

DateFormat formatOf(const QString &text)
{
    DateFormat format;
    const auto m = dateRegex().match(text);
    if (!m.hasMatch())
        return format;
    format.monthWidth = int(m.capturedLength(2));
    format.dayWidth = int(m.capturedLength(3));
    if (m.capturedLength(4)) {
        format.separator = m.captured(4);
        format.hourWidth = int(m.capturedLength(5));
        format.seconds = m.capturedLength(7) > 0;
        format.fractionDigits = std::max<int>(0, int(m.capturedLength(8)) - 1);
        format.zoneSpace = m.captured(9);
        const QString zone = m.captured(10);
        if (zone == QLatin1String("Z") || zone == QLatin1String("z"))
            format.zoneStyle = zone;
        else if (zone.contains(QLatin1Char(':')))
            format.zoneStyle = QStringLiteral("+hh:mm");
        else if (zone.size() > 3)
            format.zoneStyle = QStringLiteral("+hhmm");
        else if (!zone.isEmpty())
            format.zoneStyle = QStringLiteral("+hh");
    }
    return format;
}

QString padded(int number, int width)
{
    return QStringLiteral("%1").arg(number, width, 10, QLatin1Char('0'));
}

// The translation context of this file's messages (lupdate reads "ValueText::tr").
struct ValueText
{
    Q_DECLARE_TR_FUNCTIONS(postwright::Value)
};

} // namespace

std::optional<DateTimeValue> DateTimeValue::parse(QStringView text)
{
    const auto m = dateRegex().match(text.toString());
    if (!m.hasMatch())
        return std::nullopt;
    DateTimeValue value;
    value.text = text.toString();
    value.date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!value.date.isValid())
        return std::nullopt;
    if (m.capturedLength(4)) {
        const QString fraction = m.captured(8);
        const int ms = fraction.isEmpty() ? 0 : int(std::lround(fraction.toDouble() * 1000));
        value.time = QTime(m.captured(5).toInt(), m.captured(6).toInt(), m.captured(7).toInt(), std::min(ms, 999));
        if (!value.time.isValid())
            return std::nullopt;
        value.hasTime = true;
        const QString zone = m.captured(10);
        if (!zone.isEmpty()) {
            value.hasZone = true;
            if (zone.compare(QLatin1String("z"), Qt::CaseInsensitive) != 0) {
                QString digits = zone.mid(1);
                digits.remove(QLatin1Char(':'));
                const int hours = digits.left(digits.size() > 2 ? digits.size() - 2 : digits.size()).toInt();
                const int minutes = digits.size() > 2 ? digits.right(2).toInt() : 0;
                value.offsetSeconds = (hours * 3600 + minutes * 60) * (zone.startsWith(QLatin1Char('-')) ? -1 : 1);
            }
        }
    }
    return value;
}

QDateTime DateTimeValue::toDateTime() const
{
    const QTime t = hasTime ? time : QTime(0, 0);
    if (hasZone)
        return QDateTime(date, t, QTimeZone(offsetSeconds));
    return wallClockTime(date, t);
}

DateTimeValue DateTimeValue::withDateTime(const QDateTime &dateTime) const
{
    const DateFormat f = formatOf(text);
    QDateTime moment = dateTime;
    // Keep the value's zone: the same instant expressed at the old offset.
    if (hasZone && dateTime.timeSpec() != Qt::LocalTime)
        moment = dateTime.toOffsetFromUtc(offsetSeconds);
    const QDate d = moment.date();
    QString out = padded(d.year(), 4) + QLatin1Char('-') + padded(d.month(), f.monthWidth) + QLatin1Char('-')
                  + padded(d.day(), f.dayWidth);
    if (hasTime) {
        const QTime t = moment.time();
        out += f.separator + padded(t.hour(), f.hourWidth) + QLatin1Char(':') + padded(t.minute(), 2);
        if (f.seconds) {
            out += QLatin1Char(':') + padded(t.second(), 2);
            if (f.fractionDigits > 0) {
                const QString ms = padded(t.msec(), 3) + QString(std::max(0, f.fractionDigits - 3), QLatin1Char('0'));
                out += QLatin1Char('.') + ms.left(f.fractionDigits);
            }
        }
        if (hasZone) {
            out += f.zoneSpace;
            const int offset = moment.offsetFromUtc();
            if ((f.zoneStyle == QLatin1String("Z") || f.zoneStyle == QLatin1String("z")) && offset == 0) {
                out += f.zoneStyle;
            } else {
                const int abs = std::abs(offset);
                out += QLatin1Char(offset < 0 ? '-' : '+') + padded(abs / 3600, 2);
                if (f.zoneStyle == QLatin1String("+hhmm"))
                    out += padded(abs % 3600 / 60, 2);
                else if (f.zoneStyle != QLatin1String("+hh") || abs % 3600 != 0)
                    out += QLatin1Char(':') + padded(abs % 3600 / 60, 2);
            }
        }
    }
    return *parse(out);
}

bool DateTimeValue::operator==(const DateTimeValue &other) const
{
    return text == other.text;
}

Value Value::fromString(const QString &string)
{
    Value v;
    v.type = string.contains(QLatin1Char('\n')) ? ValueType::Text : ValueType::String;
    v.text = string;
    return v;
}

Value Value::fromBool(bool value)
{
    Value v;
    v.type = ValueType::Bool;
    v.boolean = value;
    return v;
}

Value Value::fromNumber(double value)
{
    Value v;
    v.type = ValueType::Number;
    v.number = value;
    return v;
}

Value Value::fromList(const QStringList &items)
{
    Value v;
    v.type = ValueType::List;
    v.list = items;
    return v;
}

Value Value::fromDate(const DateTimeValue &date)
{
    Value v;
    v.type = ValueType::Date;
    v.date = date;
    v.text = date.text;
    return v;
}

Value Value::guessFromText(const QString &text)
{
    if (text == QLatin1String("true") || text == QLatin1String("false"))
        return fromBool(text == QLatin1String("true"));
    static const QRegularExpression number(QStringLiteral(R"(^[+-]?(\d+(\.\d+)?([eE][+-]?\d+)?)$)"));
    if (number.match(text).hasMatch()) {
        Value v = fromNumber(text.toDouble());
        v.text = text;
        return v;
    }
    if (const auto date = DateTimeValue::parse(text))
        return fromDate(*date);
    return fromString(text);
}

std::optional<Value> Value::fromText(ValueType type, const QString &text)
{
    switch (type) {
    case ValueType::Null:
        return guessFromText(text);
    case ValueType::String:
    case ValueType::Text:
        return fromString(text);
    case ValueType::Date:
        if (const auto date = DateTimeValue::parse(text.trimmed()))
            return fromDate(*date);
        return std::nullopt;
    case ValueType::Bool: {
        const QString t = text.trimmed().toLower();
        if (t == QLatin1String("true") || t == QLatin1String("yes") || t == QLatin1String("on"))
            return fromBool(true);
        if (t == QLatin1String("false") || t == QLatin1String("no") || t == QLatin1String("off"))
            return fromBool(false);
        return std::nullopt;
    }
    case ValueType::Number: {
        bool ok = false;
        const double d = text.trimmed().toDouble(&ok);
        if (!ok)
            return std::nullopt;
        Value v = fromNumber(d);
        v.text = text.trimmed();
        return v;
    }
    case ValueType::List: {
        QStringList items;
        if (!text.trimmed().isEmpty()) {
            for (const QString &item : text.split(QLatin1Char(',')))
                items.append(item.trimmed());
        }
        return fromList(items);
    }
    case ValueType::Map:
        return std::nullopt;
    }
    return std::nullopt;
}

QString Value::displayText() const
{
    switch (type) {
    case ValueType::Null:
        return {};
    case ValueType::List:
        return list.join(QStringLiteral(", "));
    case ValueType::Bool:
        return boolean ? QStringLiteral("true") : QStringLiteral("false");
    case ValueType::Number:
        return text.isEmpty() ? QString::number(number, 'g', QLocale::FloatingPointShortest) : text;
    default:
        return text;
    }
}

bool Value::operator==(const Value &other) const
{
    const auto isString = [](ValueType t) { return t == ValueType::String || t == ValueType::Text; };
    if (isString(type) && isString(other.type))
        return text == other.text;
    if (type != other.type)
        return false;
    switch (type) {
    case ValueType::Null:
        return true;
    case ValueType::Bool:
        return boolean == other.boolean;
    case ValueType::Number:
        return number == other.number;
    case ValueType::List:
        return list == other.list;
    case ValueType::Date:
        return date == other.date;
    default:
        return text == other.text;
    }
}

QString valueTypeName(ValueType type)
{
    switch (type) {
    case ValueType::Null: return ValueText::tr("empty");
    case ValueType::String: return ValueText::tr("text");
    case ValueType::Text: return ValueText::tr("multi-line text");
    case ValueType::Date: return ValueText::tr("date");
    case ValueType::Bool: return ValueText::tr("yes/no");
    case ValueType::Number: return ValueText::tr("number");
    case ValueType::List: return ValueText::tr("list");
    case ValueType::Map: return ValueText::tr("nested");
    }
    return {};
}

} // namespace postwright
