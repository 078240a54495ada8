// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "liquidvalue.h"

#include "liquidfilters.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace postwright {

namespace {

constexpr qint64 kMaxRangeItems = 1'000'000;

const LiquidValue::Array &emptyArray()
{
    static const LiquidValue::Array empty;
    return empty;
}

const LiquidHash &emptyHash()
{
    static const LiquidHash empty;
    return empty;
}

// Ruby's Hash#inspect, as Liquid writes a hash: {"a"=>1, "b"=>"x"}.
QString inspect(const LiquidValue &value)
{
    switch (value.type()) {
    case LiquidValue::Type::Nil:
        return QStringLiteral("nil");
    case LiquidValue::Type::String: {
        QString text = value.toString();
        text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        text.replace(QLatin1Char('"'), QLatin1String("\\\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    case LiquidValue::Type::Array: {
        QStringList parts;
        for (const LiquidValue &item : value.array())
            parts << inspect(item);
        return QLatin1Char('[') + parts.join(QLatin1String(", ")) + QLatin1Char(']');
    }
    case LiquidValue::Type::Hash: {
        QStringList parts;
        const LiquidHash &hash = value.hash();
        for (const QString &key : hash.keys())
            parts << inspect(LiquidValue(key)) + QLatin1String("=>") + inspect(hash.value(key));
        return QLatin1Char('{') + parts.join(QLatin1String(", ")) + QLatin1Char('}');
    }
    default:
        return value.toString();
    }
}

// Ruby's Time#to_s: 2024-01-05 09:30:00 +0100.
QString rubyTime(const QDateTime &time)
{
    if (time.timeSpec() == Qt::UTC)
        return time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
    const int offset = time.offsetFromUtc() / 60;
    const int hours = std::abs(offset) / 60;
    const int minutes = std::abs(offset) % 60;
    return time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss "))
           + QLatin1Char(offset < 0 ? '-' : '+')
           + QStringLiteral("%1%2").arg(hours, 2, 10, QLatin1Char('0')).arg(minutes, 2, 10, QLatin1Char('0'));
}

} // namespace

namespace {

constexpr qint64 kMaxWeight = qint64(1) << 60;

qint64 addWeights(qint64 a, qint64 b)
{
    return std::min(a + b, kMaxWeight);
}

} // namespace

LiquidValue::LiquidValue(const Array &value)
{
    qint64 weight = 1;
    for (const LiquidValue &item : value)
        weight = addWeights(weight, item.weight());
    m_data = std::make_shared<const SharedArray>(SharedArray{value, weight});
}

qint64 LiquidValue::weight() const
{
    if (type() == Type::Array)
        return std::get<std::shared_ptr<const SharedArray>>(m_data)->weight;
    if (type() == Type::Hash)
        return hash().weight();
    return 1;
}

LiquidValue::LiquidValue(const LiquidHash &value)
    : m_data(std::make_shared<const LiquidHash>(value))
{
}

bool LiquidValue::isTruthy() const
{
    if (isNil())
        return false;
    if (type() == Type::Bool)
        return std::get<bool>(m_data);
    return true;
}

bool LiquidValue::isEmpty() const
{
    switch (type()) {
    case Type::String:
        return std::get<QString>(m_data).isEmpty();
    case Type::Array:
        return array().isEmpty();
    case Type::Hash:
        return hash().isEmpty();
    default:
        return false;
    }
}

bool LiquidValue::toBool() const
{
    return isTruthy();
}

qint64 LiquidValue::toInt() const
{
    switch (type()) {
    case Type::Bool:
        return std::get<bool>(m_data) ? 1 : 0;
    case Type::Int:
        return std::get<qint64>(m_data);
    case Type::Float: {
        const double value = std::get<double>(m_data);
        if (!std::isfinite(value))
            return 0;
        return qint64(std::clamp(value, -9.0e18, 9.0e18));
    }
    case Type::String: {
        // Ruby's to_i: the leading integer, 0 when there is none.
        const QString text = std::get<QString>(m_data).trimmed();
        qsizetype end = 0;
        if (end < text.size() && (text[end] == QLatin1Char('-') || text[end] == QLatin1Char('+')))
            ++end;
        while (end < text.size() && text[end].isDigit() && end < 19)
            ++end;
        return text.left(end).toLongLong();
    }
    case Type::Date:
        return std::get<QDateTime>(m_data).toSecsSinceEpoch();
    default:
        return 0;
    }
}

double LiquidValue::toDouble() const
{
    switch (type()) {
    case Type::Float:
        return std::get<double>(m_data);
    case Type::String: {
        bool ok = false;
        const double value = std::get<QString>(m_data).trimmed().toDouble(&ok);
        return ok ? value : double(toInt());
    }
    default:
        return double(toInt());
    }
}

QDateTime LiquidValue::toDate() const
{
    return type() == Type::Date ? std::get<QDateTime>(m_data) : QDateTime();
}

QString LiquidValue::formatFloat(double value)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity");
    const double magnitude = std::fabs(value);
    if (magnitude != 0 && (magnitude >= 1e16 || magnitude < 1e-4)) {
        QString text = QString::number(value, 'e', QLocale::FloatingPointShortest);
        // Qt writes 1e+20, Ruby 1.0e+20.
        const qsizetype e = text.indexOf(QLatin1Char('e'));
        if (!text.left(e).contains(QLatin1Char('.')))
            text.insert(e, QLatin1String(".0"));
        return text;
    }
    QString text = QString::number(value, 'f', QLocale::FloatingPointShortest);
    if (!text.contains(QLatin1Char('.')))
        text += QLatin1String(".0");
    return text;
}

QString LiquidValue::toString() const
{
    switch (type()) {
    case Type::Nil:
        return {};
    case Type::Bool:
        return std::get<bool>(m_data) ? QStringLiteral("true") : QStringLiteral("false");
    case Type::Int:
        return QString::number(std::get<qint64>(m_data));
    case Type::Float:
        return formatFloat(std::get<double>(m_data));
    case Type::String:
        return std::get<QString>(m_data);
    case Type::Date:
        // Ruby's Time#to_s.
        return rubyTime(std::get<QDateTime>(m_data));
    case Type::Array: {
        QString text;
        for (const LiquidValue &item : array())
            text += item.toString();
        return text;
    }
    case Type::Hash:
        return inspect(*this);
    case Type::Range:
        return QString::number(range().first) + QLatin1String("..") + QString::number(range().last);
    }
    return {};
}

LiquidValue::Array LiquidValue::toArray() const
{
    switch (type()) {
    case Type::Nil:
        return {};
    case Type::Array:
        return array();
    case Type::Range: {
        // (1..1000000000) | join would fill the memory: a range gives at
        // most kMaxRangeItems numbers (loops visit ranges without this).
        Array items;
        const qint64 last = std::min(range().last, range().first + kMaxRangeItems - 1);
        for (qint64 i = range().first; i <= last; ++i)
            items << LiquidValue(i);
        return items;
    }
    case Type::Hash: {
        Array items;
        const LiquidHash &map = hash();
        for (const QString &key : map.keys())
            items << LiquidValue(Array{LiquidValue(key), map.value(key)});
        return items;
    }
    default:
        return {*this};
    }
}

const LiquidValue::Array &LiquidValue::array() const
{
    if (type() == Type::Array)
        return std::get<std::shared_ptr<const SharedArray>>(m_data)->items;
    return emptyArray();
}

const LiquidHash &LiquidValue::hash() const
{
    if (type() == Type::Hash)
        return *std::get<std::shared_ptr<const LiquidHash>>(m_data);
    return emptyHash();
}

LiquidValue::Range LiquidValue::range() const
{
    return type() == Type::Range ? std::get<Range>(m_data) : Range{};
}

qsizetype liquidLength(QStringView text)
{
    qsizetype length = text.size();
    for (const QChar c : text)
        length -= c.isLowSurrogate() ? 1 : 0;
    return length;
}

QString liquidMid(const QString &text, qsizetype from, qsizetype count)
{
    // Walks to the units of the characters asked for.
    auto unitOf = [&text](qsizetype character, qsizetype start, qsizetype startCharacter) {
        qsizetype unit = start;
        for (qsizetype c = startCharacter; c < character && unit < text.size(); ++c)
            unit += text.at(unit).isHighSurrogate() && unit + 1 < text.size() && text.at(unit + 1).isLowSurrogate() ? 2 : 1;
        return unit;
    };
    const qsizetype begin = unitOf(from, 0, 0);
    const qsizetype end = unitOf(from + count, begin, from);
    return text.mid(begin, end - begin);
}

qsizetype LiquidValue::size() const
{
    switch (type()) {
    case Type::String:
        return liquidLength(std::get<QString>(m_data));
    case Type::Array:
        return array().size();
    case Type::Hash:
        return hash().size();
    case Type::Range:
        return std::max<qint64>(0, range().last - range().first + 1);
    default:
        return 0;
    }
}

LiquidValue LiquidValue::member(const QString &key) const
{
    if (type() == Type::Hash) {
        const LiquidHash &map = hash();
        if (map.contains(key))
            return map.value(key);
        if (key == QLatin1String("size"))
            return LiquidValue(qint64(map.size()));
        return {};
    }
    if (key == QLatin1String("size") && (type() == Type::String || type() == Type::Array || type() == Type::Range))
        return LiquidValue(qint64(size()));
    if (type() == Type::Array || type() == Type::Range) {
        if (key == QLatin1String("first"))
            return at(LiquidValue(0));
        if (key == QLatin1String("last"))
            return at(LiquidValue(-1));
    }
    return {};
}

LiquidValue LiquidValue::at(const LiquidValue &index) const
{
    if (type() == Type::Hash)
        return hash().value(index.toString());
    if (type() == Type::Range) {
        const qint64 count = size();
        qint64 i = index.toInt();
        if (i < 0)
            i += count;
        return i >= 0 && i < count ? LiquidValue(range().first + i) : LiquidValue();
    }
    if (type() != Type::Array || !index.isNumber())
        return {};
    const Array &items = array();
    qint64 i = index.toInt();
    if (i < 0)
        i += items.size();
    return i >= 0 && i < items.size() ? items.at(i) : LiquidValue();
}

bool LiquidValue::equals(const LiquidValue &a, const LiquidValue &b)
{
    if (a.isNumber() && b.isNumber()) {
        if (a.type() == Type::Int && b.type() == Type::Int)
            return a.toInt() == b.toInt();
        return a.toDouble() == b.toDouble();
    }
    if (a.type() != b.type())
        return false;
    switch (a.type()) {
    case Type::Nil:
        return true;
    case Type::Bool:
        return a.toBool() == b.toBool();
    case Type::String:
        return a.toString() == b.toString();
    case Type::Date:
        return a.toDate() == b.toDate();
    case Type::Range:
        return a.range().first == b.range().first && a.range().last == b.range().last;
    case Type::Array: {
        const Array &x = a.array();
        const Array &y = b.array();
        if (x.size() != y.size())
            return false;
        for (qsizetype i = 0; i < x.size(); ++i) {
            if (!equals(x.at(i), y.at(i)))
                return false;
        }
        return true;
    }
    case Type::Hash:
        return inspect(a) == inspect(b);
    default:
        return false;
    }
}

std::optional<int> LiquidValue::compare(const LiquidValue &a, const LiquidValue &b)
{
    if (a.isNumber() && b.isNumber()) {
        if (a.type() == Type::Int && b.type() == Type::Int)
            return a.toInt() < b.toInt() ? -1 : (a.toInt() > b.toInt() ? 1 : 0);
        const double x = a.toDouble();
        const double y = b.toDouble();
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    if (a.type() == Type::String && b.type() == Type::String)
        return QString::compare(a.toString(), b.toString()) < 0
                   ? -1
                   : (a.toString() == b.toString() ? 0 : 1);
    if (a.type() == Type::Date && b.type() == Type::Date)
        return a.toDate() < b.toDate() ? -1 : (a.toDate() > b.toDate() ? 1 : 0);
    return std::nullopt;
}

LiquidValue LiquidValue::fromJson(const QJsonValue &json)
{
    switch (json.type()) {
    case QJsonValue::Bool:
        return LiquidValue(json.toBool());
    case QJsonValue::Double: {
        const double value = json.toDouble();
        if (value == std::floor(value) && std::fabs(value) < 9.0e15)
            return LiquidValue(qint64(value));
        return LiquidValue(value);
    }
    case QJsonValue::String:
        return LiquidValue(json.toString());
    case QJsonValue::Array: {
        Array items;
        for (const QJsonValue &item : json.toArray())
            items << fromJson(item);
        return LiquidValue(items);
    }
    case QJsonValue::Object: {
        // QJsonObject sorts its keys; JSON files keep theirs through yaml (site/data).
        LiquidHash hash;
        const QJsonObject object = json.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            hash.insert(it.key(), fromJson(it.value()));
        return LiquidValue(hash);
    }
    default:
        return {};
    }
}

void LiquidHash::insert(const QString &key, const LiquidValue &value)
{
    // One lookup: a loop makes a forloop hash at every iteration.
    const qsizetype before = m_values.size();
    LiquidValue &slot = m_values[key];
    const bool added = m_values.size() != before;
    if (added)
        m_keys << key;
    // weight() in O(1): kept as values come and go.
    m_weight = addWeights(m_weight - (added ? 0 : slot.weight()), value.weight());
    slot = value;
}

} // namespace postwright
