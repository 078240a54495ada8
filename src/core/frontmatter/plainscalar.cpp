// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// YAML 1.1 plain-scalar resolution (null, booleans, numbers, dates), shared
// by the YAML parser and writer.
#include "frontmatter/formats.h"

#include <QRegularExpression>

namespace postwright {
namespace detail {

Value resolvePlainScalar(const QString &text)
{
    static const QRegularExpression boolTrue(QStringLiteral("^(true|True|TRUE|yes|Yes|YES|on|On|ON)$"));
    static const QRegularExpression boolFalse(QStringLiteral("^(false|False|FALSE|no|No|NO|off|Off|OFF)$"));
    static const QRegularExpression nullRe(QStringLiteral("^(~|null|Null|NULL|)$"));
    static const QRegularExpression intRe(QStringLiteral("^[-+]?([0-9][0-9_]*|0x[0-9a-fA-F]+|0o[0-7]+)$"));
    static const QRegularExpression floatRe(
        QStringLiteral(R"(^([-+]?(\.[0-9]+|[0-9][0-9_]*(\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$)"));
    // Every null, boolean, number and date below starts with one of these;
    // titles, names and tags mostly do not, and skip the patterns.
    if (!text.isEmpty() && !QStringView(u"~nNtTyYoOfF+-.0123456789").contains(text.front()))
        return Value::fromString(text);
    // Nulls and booleans are "~", "" or words of five letters at most
    // ("false"): a number or a date skips their patterns, and so do
    // "Notes on…" or "tooling", which are nothing else either.
    const bool word = text.isEmpty() || text.front().isLetter() || text.front() == u'~';
    if (word && text.size() > 5)
        return Value::fromString(text);
    Value v;
    if (word && nullRe.match(text).hasMatch()) {
        v.text = text;
        return v;
    }
    if (word && (boolTrue.match(text).hasMatch() || boolFalse.match(text).hasMatch())) {
        v = Value::fromBool(boolTrue.match(text).hasMatch());
        v.text = text;
        return v;
    }
    if (intRe.match(text).hasMatch() || floatRe.match(text).hasMatch()) {
        QString t = text;
        t.remove(QLatin1Char('_'));
        bool ok = false;
        double d = 0;
        if (t.contains(QLatin1String("0x")))
            d = double(t.toLongLong(&ok, 16));
        else if (t.contains(QLatin1String("0o")))
            d = double(t.mid(t.indexOf(QLatin1Char('o')) + 1).toLongLong(&ok, 8)) * (t.startsWith(QLatin1Char('-')) ? -1 : 1);
        else if (t.contains(QLatin1String("inf"), Qt::CaseInsensitive))
            d = t.startsWith(QLatin1Char('-')) ? -qInf() : qInf(), ok = true;
        else if (t.contains(QLatin1String("nan"), Qt::CaseInsensitive))
            d = qQNaN(), ok = true;
        else
            d = t.toDouble(&ok);
        if (ok) {
            v = Value::fromNumber(d);
            v.text = text;
            return v;
        }
    }
    if (const auto date = DateTimeValue::parse(text))
        return Value::fromDate(*date);
    return Value::fromString(text);
}

} // namespace detail
} // namespace postwright
