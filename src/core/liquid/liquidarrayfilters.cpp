// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Liquid's standard array and math filters.
#include "liquidfilters.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace postwright {

namespace {

// A bucket for uniq: values LiquidValue::equals calls equal share it
// (numbers by their value, so 1 and 1.0 meet); arrays and hashes share one.
std::size_t uniqBucket(const LiquidValue &value)
{
    switch (value.type()) {
    case LiquidValue::Type::Int:
    case LiquidValue::Type::Float:
        return std::hash<double>{}(value.toDouble());
    case LiquidValue::Type::String:
        return qHash(value.toString());
    case LiquidValue::Type::Bool:
        return value.toBool() ? 1 : 2;
    case LiquidValue::Type::Date:
        return std::hash<qint64>{}(value.toDate().toMSecsSinceEpoch());
    default:
        return std::size_t(value.type());
    }
}


struct LiquidText
{
    Q_DECLARE_TR_FUNCTIONS(postwright::Liquid)
};

using Array = LiquidValue::Array;

void flattenInto(Array &out, const Array &input, qint64 &visits, LiquidFilterContext &context)
{
    out.reserve(out.size() + input.size());
    for (const LiquidValue &item : input) {
        // An array pushed into itself again and again doubles what
        // flattening visits at each level: counted, and stopped at the cap.
        if (++visits > context.options.limits.maxArray)
            context.stop(LiquidText::tr("Flattening the array would visit more than %1 items; the rest is not rendered")
                             .arg(context.options.limits.maxArray));
        if (item.type() == LiquidValue::Type::Array)
            flattenInto(out, item.array(), visits, context);
        else
            out << item;
    }
}

// The items of an input, nested arrays flattened (Liquid's InputIterator).
Array items(const LiquidValue &input, LiquidFilterContext &context)
{
    if (input.type() != LiquidValue::Type::Array)
        return input.type() == LiquidValue::Type::Hash ? Array{input} : input.toArray();
    Array out;
    qint64 visits = 0;
    flattenInto(out, input.array(), visits, context);
    return out;
}

LiquidValue property(const LiquidValue &item, const LiquidValue &key)
{
    if (key.isNil())
        return item;
    return item.type() == LiquidValue::Type::Hash ? item.member(key.toString()) : LiquidValue();
}

// Liquid's sort order: nils last, numbers by value, otherwise as text.
bool lessThan(const LiquidValue &a, const LiquidValue &b, bool natural)
{
    if (a.isNil() || b.isNil())
        return !a.isNil() && b.isNil();
    if (natural)
        return QString::compare(a.toString(), b.toString(), Qt::CaseInsensitive) < 0;
    if (const std::optional<int> order = LiquidValue::compare(a, b))
        return *order < 0;
    return a.toString() < b.toString();
}

std::optional<LiquidValue> listFilter(const QString &name, const LiquidValue &input, const LiquidArgs &args,
                                      LiquidFilterContext &context)
{
    Array list = items(input, context);
    if (name == QLatin1String("reverse")) {
        std::reverse(list.begin(), list.end());
        return LiquidValue(list);
    }
    if (name == QLatin1String("sort") || name == QLatin1String("sort_natural")) {
        const bool natural = name == QLatin1String("sort_natural");
        const LiquidValue key = args.value(0);
        std::stable_sort(list.begin(), list.end(), [&](const LiquidValue &a, const LiquidValue &b) {
            return lessThan(property(a, key), property(b, key), natural);
        });
        return LiquidValue(list);
    }
    if (name == QLatin1String("uniq") || name == QLatin1String("compact")) {
        Array out;
        std::unordered_multimap<std::size_t, qsizetype> seen;
        const LiquidValue key = args.value(0);
        for (const LiquidValue &item : std::as_const(list)) {
            const LiquidValue value = property(item, key);
            if (name == QLatin1String("compact")) {
                if (!value.isNil())
                    out << item;
                continue;
            }
            // Values that are equal have the same bucket, so each item is
            // compared with the few seen items of its bucket (a linear
            // scan over all of them made 20,000 items take 13 s).
            const std::size_t bucket = uniqBucket(value);
            const auto [first, last] = seen.equal_range(bucket);
            if (std::none_of(first, last, [&](const auto &entry) {
                    return LiquidValue::equals(property(out.at(entry.second), key), value);
                })) {
                seen.emplace(bucket, out.size());
                out << item;
            }
        }
        return LiquidValue(out);
    }
    if (name == QLatin1String("map")) {
        Array out;
        for (const LiquidValue &item : std::as_const(list))
            out << property(item, args.value(0));
        return LiquidValue(out);
    }
    if (name == QLatin1String("where")) {
        Array out;
        for (const LiquidValue &item : std::as_const(list)) {
            const LiquidValue value = property(item, args.value(0));
            if (args.size() < 2 ? value.isTruthy() : LiquidValue::equals(value, args.at(1)))
                out << item;
        }
        return LiquidValue(out);
    }
    return std::nullopt;
}

} // namespace

std::optional<LiquidValue> liquidArrayFilter(const QString &name, const LiquidValue &input, const LiquidArgs &args,
                                             LiquidFilterContext &context)
{
    if (name == QLatin1String("join")) {
        // The length is counted as the parts are made, and the join refused
        // before it builds a string past the cap.
        const QString separator = args.isEmpty() ? QStringLiteral(" ") : args.at(0).toString();
        QStringList parts;
        qint64 length = 0;
        const Array list = items(input, context);
        parts.reserve(list.size());
        for (const LiquidValue &item : list) {
            parts << item.toString();
            length += parts.last().size() + separator.size();
            if (length > context.options.limits.maxOutput)
                context.stop(LiquidText::tr("join would make a value of more than %1 characters; the rest is not rendered")
                                 .arg(context.options.limits.maxOutput));
        }
        context.charge(length);
        return LiquidValue(parts.join(separator));
    }
    if (name == QLatin1String("first") || name == QLatin1String("last")) {
        if (input.type() != LiquidValue::Type::Array && input.type() != LiquidValue::Type::Range)
            return LiquidValue();
        return input.member(name);
    }
    if (name == QLatin1String("concat")) {
        if (args.value(0).type() != LiquidValue::Type::Array) {
            context.error(LiquidText::tr("concat filter requires an array argument"));
            return input;
        }
        // Checked before the copy: doubling an array in a loop reaches any
        // size in a few steps.
        const LiquidValue::Array left = items(input, context);
        if (left.size() + args.at(0).array().size() > context.options.limits.maxArray) {
            context.error(LiquidText::tr("concat would make an array of more than %1 items; not joined")
                              .arg(context.options.limits.maxArray));
            return input;
        }
        context.charge((left.size() + args.at(0).array().size()) * context.options.limits.itemWork);
        return LiquidValue(left + args.at(0).array());
    }
    return listFilter(name, input, args, context);
}

namespace {

// Liquid's number of an input: integers stay integers, "1.5" is a float.
LiquidValue number(const LiquidValue &value)
{
    if (value.isNumber())
        return value;
    if (value.type() == LiquidValue::Type::String) {
        const QString text = value.toString().trimmed();
        static const QRegularExpression decimal(QStringLiteral("^-?\\d+\\.\\d+$"));
        if (decimal.match(text).hasMatch())
            return LiquidValue(text.toDouble());
    }
    return LiquidValue(value.toInt());
}

// Ruby's BigDecimal arithmetic: 0.1 + 0.2 is 0.3, not 0.30000000000000004.
double decimal(double value)
{
    return QString::number(value, 'g', 15).toDouble();
}

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

std::optional<LiquidValue> arithmetic(const QString &name, const LiquidValue &a, const LiquidValue &b,
                                      LiquidFilterContext &context)
{
    const bool integers = a.type() == LiquidValue::Type::Int && b.type() == LiquidValue::Type::Int;
    const double x = a.toDouble();
    const double y = b.toDouble();
    if (name == QLatin1String("plus"))
        return integers ? LiquidValue(a.toInt() + b.toInt()) : LiquidValue(decimal(x + y));
    if (name == QLatin1String("minus"))
        return integers ? LiquidValue(a.toInt() - b.toInt()) : LiquidValue(decimal(x - y));
    if (name == QLatin1String("times"))
        return integers ? LiquidValue(a.toInt() * b.toInt()) : LiquidValue(decimal(x * y));
    if (name == QLatin1String("divided_by") || name == QLatin1String("modulo")) {
        if (integers && b.toInt() == 0) {
            context.error(LiquidText::tr("divided by 0"));
            return LiquidValue();
        }
        if (name == QLatin1String("divided_by"))
            return integers ? LiquidValue(floorDiv(a.toInt(), b.toInt())) : LiquidValue(decimal(x / y));
        if (integers)
            return LiquidValue(a.toInt() - b.toInt() * floorDiv(a.toInt(), b.toInt()));
        const double r = std::fmod(x, y);
        return LiquidValue(decimal(r != 0 && ((r < 0) != (y < 0)) ? r + y : r));
    }
    if (name == QLatin1String("at_least") || name == QLatin1String("at_most")) {
        const bool least = name == QLatin1String("at_least");
        return (least ? x < y : x > y) ? b : a;
    }
    return std::nullopt;
}

} // namespace

std::optional<LiquidValue> liquidMathFilter(const QString &name, const LiquidValue &input, const LiquidArgs &args,
                                            LiquidFilterContext &context)
{
    const LiquidValue value = number(input);
    if (name == QLatin1String("abs"))
        return value.type() == LiquidValue::Type::Int ? LiquidValue(std::abs(value.toInt()))
                                                      : LiquidValue(std::fabs(value.toDouble()));
    if (name == QLatin1String("ceil"))
        return LiquidValue(qint64(std::ceil(value.toDouble())));
    if (name == QLatin1String("floor"))
        return LiquidValue(qint64(std::floor(value.toDouble())));
    if (name == QLatin1String("round")) {
        const qint64 digits = args.isEmpty() ? 0 : args.at(0).toInt();
        if (value.type() == LiquidValue::Type::Int)
            return value;
        const double scale = std::pow(10.0, double(std::clamp<qint64>(digits, 0, 15)));
        const double rounded = std::round(value.toDouble() * scale) / scale;
        return digits <= 0 ? LiquidValue(qint64(rounded)) : LiquidValue(rounded);
    }
    return arithmetic(name, value, number(args.value(0)), context);
}

} // namespace postwright
