// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <variant>

namespace postwright {

class LiquidHash;

// A Liquid value: nil, boolean, integer, float, string, time, array, hash
// or range. Only nil and false are falsy (Liquid's rule: 0 and "" are true).
// Arrays and hashes are shared and immutable, so copying a value is cheap.
class LiquidValue
{
public:
    enum class Type { Nil, Bool, Int, Float, String, Date, Array, Hash, Range };
    using Array = QList<LiquidValue>;
    struct Range
    {
        qint64 first = 0;
        qint64 last = -1;
    };

    LiquidValue() = default;
    LiquidValue(bool value) : m_data(value) {}
    LiquidValue(int value) : m_data(qint64(value)) {}
    LiquidValue(qint64 value) : m_data(value) {}
    LiquidValue(double value) : m_data(value) {}
    LiquidValue(const QString &value) : m_data(value) {}
    LiquidValue(const QDateTime &value) : m_data(value) {}
    LiquidValue(const Array &value);
    LiquidValue(const LiquidHash &value);
    LiquidValue(Range value) : m_data(value) {}

    Type type() const { return Type(m_data.index()); }
    bool isNil() const { return type() == Type::Nil; }
    bool isNumber() const { return type() == Type::Int || type() == Type::Float; }
    bool isTruthy() const;
    // Liquid's `empty`: "", [] or {}.
    bool isEmpty() const;

    bool toBool() const;
    qint64 toInt() const;
    double toDouble() const;
    QDateTime toDate() const;
    // The text `{{ value }}` writes (Ruby's to_s for numbers and times).
    QString toString() const;
    // Arrays as they are; a range's numbers; a hash's [key, value] pairs;
    // nil as []; anything else as a one-element array.
    Array toArray() const;
    const Array &array() const;
    const LiquidHash &hash() const;
    Range range() const;

    // value.key: a hash's entry, or size/first/last of arrays, hashes and strings.
    LiquidValue member(const QString &key) const;
    // value[index]: arrays (negative counts from the end) and hashes.
    LiquidValue at(const LiquidValue &index) const;
    qsizetype size() const;
    // The values in this one, nested ones counted, itself too (what writing
    // or flattening it visits); O(1), saturating at 2^60.
    qint64 weight() const;

    // A JSON value (site data, tests): objects keep their key order.
    static LiquidValue fromJson(const QJsonValue &json);

    // Liquid's == (1 == 1.0, strings compare exactly).
    static bool equals(const LiquidValue &a, const LiquidValue &b);
    // <, >: numbers with numbers, strings with strings, times with times.
    static std::optional<int> compare(const LiquidValue &a, const LiquidValue &b);
    // A float as Ruby writes it: 3.0, 0.1, 1.0e+20.
    static QString formatFloat(double value);

private:
    struct SharedArray
    {
        Array items;
        qint64 weight = 1;
    };
    std::variant<std::monostate, bool, qint64, double, QString, QDateTime,
                 std::shared_ptr<const SharedArray>, std::shared_ptr<const LiquidHash>, Range>
        m_data;
};

// A hash that keeps its keys in insertion order (for loops and jsonify).
class LiquidHash
{
public:
    void insert(const QString &key, const LiquidValue &value);
    LiquidValue value(const QString &key) const { return m_values.value(key); }
    bool contains(const QString &key) const { return m_values.contains(key); }
    const QStringList &keys() const { return m_keys; }
    qsizetype size() const { return m_keys.size(); }
    bool isEmpty() const { return m_keys.isEmpty(); }
    // LiquidValue::weight() of the hash.
    qint64 weight() const { return m_weight; }

private:
    QStringList m_keys;
    QHash<QString, LiquidValue> m_values;
    qint64 m_weight = 1;
};

} // namespace postwright
