// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace postwright {

// A date or date-time as written in front matter. The original text is kept:
// writing the value back writes exactly this text.
struct DateTimeValue
{
    QString text;
    QDate date;
    QTime time;
    bool hasTime = false;
    bool hasZone = false;
    int offsetSeconds = 0;   // meaningful when hasZone

    // ISO 8601 / RFC 3339 / YAML timestamp forms: 2025-06-03, 2024-4-09,
    // 2025-06-03T10:00:00Z, 2025-06-03 10:00:00 +0100, fractions allowed.
    static std::optional<DateTimeValue> parse(QStringView text);
    // Zone given: that offset; no zone: local time.
    QDateTime toDateTime() const;
    // The same instant/date written in this value's format: date-only stays
    // date-only, the separator, seconds, fraction and zone style are kept.
    DateTimeValue withDateTime(const QDateTime &dateTime) const;

    bool operator==(const DateTimeValue &other) const;
};

enum class ValueType {
    Null,
    String,   // one line
    Text,     // a string with line breaks
    Date,
    Bool,
    Number,
    List,     // list of strings
    Map,      // anything nested: read-only, kept verbatim
};

struct Value
{
    ValueType type = ValueType::Null;
    // String/Text: the string. Bool/Number: the spelling in the file (may be
    // empty for a new value). Map: the source text, verbatim.
    QString text;
    bool boolean = false;
    double number = 0;
    QStringList list;
    DateTimeValue date;

    static Value null() { return {}; }
    static Value fromString(const QString &string);
    static Value fromBool(bool value);
    static Value fromNumber(double value);
    static Value fromList(const QStringList &items);
    static Value fromDate(const DateTimeValue &date);

    // Reads typed text the way a user types it: true/false, a number, a date,
    // else a string.
    static Value guessFromText(const QString &text);
    // Reads text as a value of the given type (lists: comma-separated).
    static std::optional<Value> fromText(ValueType type, const QString &text);

    // What a user would read: strings as they are, lists joined by ", ".
    QString displayText() const;
    bool isScalar() const { return type != ValueType::List && type != ValueType::Map; }

    // Same type and content (numbers and bools by value, not spelling).
    bool operator==(const Value &other) const;
};

QString valueTypeName(ValueType type);

} // namespace postwright
