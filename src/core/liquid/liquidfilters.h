// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "liquid.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace postwright {

// What a filter may use of the render it runs in.
struct LiquidFilterContext
{
    const LiquidOptions &options;
    QDateTime now;
    // A filter error ("divided by 0"), reported at the filter's tag.
    std::function<void(const QString &message)> error;
    // where_exp, group_by_exp: evaluates `expression` with `name` bound to `item`
    // (as a condition when condition is true).
    std::function<LiquidValue(const QString &name, const LiquidValue &item, const QString &expression,
                              bool condition)>
        evaluate;
    // A filter about to build a large value charges its work first (see
    // LiquidLimits::maxWork): past the budget the render stops, and so it
    // does with stop (a cap the value would pass). Neither returns then.
    std::function<void(qint64 work)> charge;
    std::function<void(const QString &message)> stop;
};

using LiquidArgs = QList<LiquidValue>;

// Applies a filter; nullopt when no filter has that name.
std::optional<LiquidValue> applyLiquidFilter(const QString &name, const LiquidValue &input, const LiquidArgs &args,
                                             const LiquidHash &options, LiquidFilterContext &context);

// The groups applyLiquidFilter tries in turn (each nullopt for a name it lacks).
// Ruby counts a string's characters, not its UTF-16 units: an emoji is one.
qsizetype liquidLength(QStringView text);
// Characters [from, from + count) of text, counted as liquidLength does.
QString liquidMid(const QString &text, qsizetype from, qsizetype count);

std::optional<LiquidValue> liquidStringFilter(const QString &name, const LiquidValue &input, const LiquidArgs &args,
                                              LiquidFilterContext &context);
std::optional<LiquidValue> liquidArrayFilter(const QString &name, const LiquidValue &input, const LiquidArgs &args,
                                             LiquidFilterContext &context);
std::optional<LiquidValue> liquidMathFilter(const QString &name, const LiquidValue &input, const LiquidArgs &args,
                                            LiquidFilterContext &context);
std::optional<LiquidValue> liquidDateFilter(const QString &name, const LiquidValue &input, const LiquidArgs &args,
                                            LiquidFilterContext &context);
std::optional<LiquidValue> jekyllFilter(const QString &name, const LiquidValue &input, const LiquidArgs &args,
                                        const LiquidHash &options, LiquidFilterContext &context);

// Ruby's strftime (%-d, %e, %B, %j...) on a time.
QString liquidStrftime(const QDateTime &time, QStringView format);
// A time from a value: a time, a Unix time, "now"/"today", or a date string
// (2024-01-05, 2024-01-05 10:00:00 +0100, RFC 2822...); invalid when none.
QDateTime liquidToTime(const LiquidValue &value, const QDateTime &now);

} // namespace postwright
