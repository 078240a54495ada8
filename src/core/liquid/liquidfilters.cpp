// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Liquid's standard string filters, and the dispatch over all filter groups.
#include "liquidfilters.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace postwright {

namespace {

struct LiquidText
{
    Q_DECLARE_TR_FUNCTIONS(postwright::Liquid)
};

// The number of strings split makes of text, known before it makes them.
qint64 splitCount(QStringView text, const QString &pattern)
{
    if (pattern.isEmpty())
        return text.size();
    if (pattern != QLatin1String(" "))
        return text.count(pattern) + 1;
    qint64 words = 0;
    bool inWord = false;
    for (const QChar c : text) {
        if (c.isSpace())
            inWord = false;
        else if (!inWord)
            ++words, inWord = true;
    }
    return words;
}

QString argText(const LiquidArgs &args, qsizetype index, const QString &fallback = {})
{
    return index < args.size() && !args.at(index).isNil() ? args.at(index).toString() : fallback;
}

QString escapeHtml(const QString &text, bool once)
{
    static const QRegularExpression entity(QStringLiteral("^&(?:[a-zA-Z][a-zA-Z0-9]*|#[0-9]+|#x[0-9a-fA-F]+);"));
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('&'))
            out += once && entity.match(QStringView(text).mid(i)).hasMatch() ? QStringLiteral("&")
                                                                             : QStringLiteral("&amp;");
        else if (c == QLatin1Char('<'))
            out += QLatin1String("&lt;");
        else if (c == QLatin1Char('>'))
            out += QLatin1String("&gt;");
        else if (c == QLatin1Char('"'))
            out += QLatin1String("&quot;");
        else if (c == QLatin1Char('\''))
            out += QLatin1String("&#39;");
        else
            out += c;
    }
    return out;
}

// Ruby's String#split: " " splits at runs of whitespace, "" into
// characters; trailing empty strings are dropped.
LiquidValue::Array split(const QString &text, const QString &pattern)
{
    LiquidValue::Array items;
    if (pattern.isEmpty()) {
        items.reserve(text.size());
        for (const QChar c : text)
            items << LiquidValue(QString(c));
        return items;
    }
    const QStringList parts = pattern == QLatin1String(" ")
                                  ? text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)
                                  : text.split(pattern);
    qsizetype count = parts.size();
    while (count > 0 && parts.at(count - 1).isEmpty())
        --count;
    items.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        items << LiquidValue(parts.at(i));
    return items;
}

LiquidValue slice(const LiquidValue &input, const LiquidArgs &args)
{
    const qint64 length = args.size() > 1 ? args.at(1).toInt() : 1;
    qint64 offset = args.isEmpty() ? 0 : args.at(0).toInt();
    const qint64 size = input.type() == LiquidValue::Type::Array ? input.size() : liquidLength(input.toString());
    if (offset < 0)
        offset += size;
    if (offset < 0 || offset > size || length < 0)
        return input.type() == LiquidValue::Type::Array ? LiquidValue() : LiquidValue(QString());
    if (input.type() == LiquidValue::Type::Array)
        return LiquidValue(input.array().mid(offset, std::min(length, size - offset)));
    return LiquidValue(liquidMid(input.toString(), offset, std::min(length, size - offset)));
}

QString truncateWords(const QString &text, const LiquidArgs &args)
{
    qint64 words = args.isEmpty() ? 15 : args.at(0).toInt();
    if (words <= 0)
        words = 1;
    const QStringList list = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    if (list.size() <= words)
        return text;
    return list.mid(0, words).join(QLatin1Char(' ')) + argText(args, 1, QStringLiteral("..."));
}

QString stripHtml(QString text)
{
    static const QRegularExpression blocks(QStringLiteral("<script.*?</script>|<!--.*?-->|<style.*?</style>"),
                                           QRegularExpression::CaseInsensitiveOption
                                               | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tags(QStringLiteral("<.*?>"), QRegularExpression::DotMatchesEverythingOption);
    return text.remove(blocks).remove(tags);
}

QString urlEncode(const QString &text)
{
    // Ruby's CGI.escape: unreserved characters stay, space becomes +.
    QString out = QString::fromLatin1(QUrl::toPercentEncoding(text, QByteArrayLiteral(" ")));
    return out.replace(QLatin1Char(' '), QLatin1Char('+'));
}

std::optional<QString> stringFilter(const QString &name, const QString &text, const LiquidArgs &args)
{
    if (name == QLatin1String("append"))
        return text + argText(args, 0);
    if (name == QLatin1String("prepend"))
        return argText(args, 0) + text;
    if (name == QLatin1String("capitalize"))
        return text.left(1).toUpper() + text.mid(1).toLower();
    if (name == QLatin1String("downcase"))
        return text.toLower();
    if (name == QLatin1String("upcase"))
        return text.toUpper();
    if (name == QLatin1String("escape") || name == QLatin1String("h"))
        return escapeHtml(text, false);
    if (name == QLatin1String("escape_once"))
        return escapeHtml(text, true);
    if (name == QLatin1String("strip"))
        return text.trimmed();
    if (name == QLatin1String("lstrip"))
        return text.mid(std::distance(text.begin(), std::find_if(text.begin(), text.end(),
                                                                  [](QChar c) { return !c.isSpace(); })));
    if (name == QLatin1String("rstrip")) {
        qsizetype end = text.size();
        while (end > 0 && text[end - 1].isSpace())
            --end;
        return text.left(end);
    }
    if (name == QLatin1String("strip_html"))
        return stripHtml(text);
    if (name == QLatin1String("strip_newlines"))
        return QString(text).remove(QLatin1Char('\r')).remove(QLatin1Char('\n'));
    if (name == QLatin1String("newline_to_br"))
        return QString(text).replace(QRegularExpression(QStringLiteral("\r?\n")), QStringLiteral("<br />\n"));
    if (name == QLatin1String("remove"))
        return QString(text).remove(argText(args, 0));
    if (name == QLatin1String("replace"))
        return QString(text).replace(argText(args, 0), argText(args, 1));
    if (name == QLatin1String("remove_first") || name == QLatin1String("replace_first")) {
        const QString find = argText(args, 0);
        const QString with = name == QLatin1String("replace_first") ? argText(args, 1) : QString();
        const qsizetype at = text.indexOf(find);
        return at < 0 ? text : text.left(at) + with + text.mid(at + find.size());
    }
    if (name == QLatin1String("truncate")) {
        const qint64 length = args.isEmpty() ? 50 : args.at(0).toInt();
        const QString ellipsis = argText(args, 1, QStringLiteral("..."));
        if (liquidLength(text) <= length)
            return text;
        return liquidMid(text, 0, std::max<qint64>(0, length - liquidLength(ellipsis))) + ellipsis;
    }
    if (name == QLatin1String("truncatewords"))
        return truncateWords(text, args);
    if (name == QLatin1String("url_encode"))
        return urlEncode(text);
    if (name == QLatin1String("url_decode"))
        return QUrl::fromPercentEncoding(QString(text).replace(QLatin1Char('+'), QLatin1Char(' ')).toUtf8());
    return std::nullopt;
}

} // namespace

std::optional<LiquidValue> liquidStringFilter(const QString &name, const LiquidValue &input, const LiquidArgs &args,
                                              LiquidFilterContext &context)
{
    if (name == QLatin1String("replace")) {
        // The size of the result is known before it is built: one past the
        // cap is refused by the renderer with its error, and a chain of
        // replaces cannot build gigabytes first.
        const QString text = input.toString();
        const QString find = argText(args, 0);
        const qint64 growth = qint64(argText(args, 1).size()) - find.size();
        const qint64 count = find.isEmpty() ? text.size() + 1 : text.count(find);
        const qint64 limit = context.options.limits.maxOutput;
        if (growth > 0 && text.size() + count * growth > limit)
            return LiquidValue(QString(qsizetype(limit + 1), QLatin1Char(' ')));
    }
    if (name == QLatin1String("size"))
        return LiquidValue(qint64(input.size()));   // characters of a string, as Ruby
    if (name == QLatin1String("slice"))
        return slice(input, args);
    if (name == QLatin1String("split")) {
        // Refused before it is made: a string of millions of characters
        // split into as many strings took seconds.
        const QString text = input.toString();
        const qint64 parts = splitCount(text, argText(args, 0));
        if (parts > context.options.limits.maxArray)
            context.stop(LiquidText::tr("split would make an array of more than %1 items; the rest is not rendered")
                             .arg(context.options.limits.maxArray));
        context.charge(parts * context.options.limits.itemWork);
        return LiquidValue(split(text, argText(args, 0)));
    }
    if ((name == QLatin1String("escape") || name == QLatin1String("url_encode")) && input.isNil())
        return LiquidValue();
    if (std::optional<QString> text = stringFilter(name, input.toString(), args))
        return LiquidValue(*text);
    return std::nullopt;
}

std::optional<LiquidValue> applyLiquidFilter(const QString &name, const LiquidValue &input, const LiquidArgs &args,
                                             const LiquidHash &options, LiquidFilterContext &context)
{
    if (name == QLatin1String("default")) {
        // The fallback for nil, false and empty; allow_false: true keeps false.
        const bool allowFalse = options.value(QStringLiteral("allow_false")).isTruthy();
        if (input.isNil() || input.isEmpty() || (!input.isTruthy() && !allowFalse))
            return args.value(0);
        return input;
    }
    if (context.options.jekyll) {
        if (std::optional<LiquidValue> value = jekyllFilter(name, input, args, options, context))
            return value;
    }
    if (std::optional<LiquidValue> value = liquidStringFilter(name, input, args, context))
        return value;
    if (std::optional<LiquidValue> value = liquidArrayFilter(name, input, args, context))
        return value;
    if (std::optional<LiquidValue> value = liquidMathFilter(name, input, args, context))
        return value;
    return liquidDateFilter(name, input, args, context);
}

} // namespace postwright
