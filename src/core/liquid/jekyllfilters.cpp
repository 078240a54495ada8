// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Jekyll's filters (jekyll/filters.rb, jekyll/filters/*.rb in Jekyll 4.3).
#include "liquidfilters.h"
#include "jekyllurls.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>
#include <QUrl>

namespace postwright {

namespace {

using Array = LiquidValue::Array;

LiquidValue siteValue(const LiquidFilterContext &context, const QString &key)
{
    return context.options.globals.value(QStringLiteral("site")).member(key);
}

bool isAbsoluteUrl(const QString &text)
{
    static const QRegularExpression scheme(QStringLiteral("^[a-zA-Z][a-zA-Z0-9+.-]*:"));
    return scheme.match(text).hasMatch();
}

QString relativeUrl(const LiquidFilterContext &context, const QString &input)
{
    if (isAbsoluteUrl(input))
        return input;
    QString base = siteValue(context, QStringLiteral("baseurl")).toString();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    if (!base.isEmpty() && !base.startsWith(QLatin1Char('/')))
        base.prepend(QLatin1Char('/'));
    return base + (input.startsWith(QLatin1Char('/')) ? input : QLatin1Char('/') + input);
}

// Jekyll's xml_escape: & < > and " (what Qt's toHtmlEscaped escapes).
QString xmlEscape(const QString &text)
{
    return text.toHtmlEscaped();
}

QString jsonString(const QString &text)
{
    // A one-element array gives Qt's string escaping.
    const QString array = QString::fromUtf8(QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact));
    return array.mid(1, array.size() - 2);
}

// Ruby's to_json: hashes keep their key order (QJsonObject would sort them).
QString jsonify(const LiquidValue &value)
{
    switch (value.type()) {
    case LiquidValue::Type::Nil:
        return QStringLiteral("null");
    case LiquidValue::Type::Bool:
    case LiquidValue::Type::Int:
    case LiquidValue::Type::Float:
        return value.toString();
    case LiquidValue::Type::Array:
    case LiquidValue::Type::Range: {
        QStringList items;
        for (const LiquidValue &item : value.toArray())
            items << jsonify(item);
        return QLatin1Char('[') + items.join(QLatin1Char(',')) + QLatin1Char(']');
    }
    case LiquidValue::Type::Hash: {
        QStringList items;
        for (const QString &key : value.hash().keys())
            items << jsonString(key) + QLatin1Char(':') + jsonify(value.hash().value(key));
        return QLatin1Char('{') + items.join(QLatin1Char(',')) + QLatin1Char('}');
    }
    default:
        return jsonString(value.toString());
    }
}

// Kramdown's SmartyPants, for smartify: quotes, dashes and ellipses.
QString smartify(QString text)
{
    text.replace(QLatin1String("---"), QStringLiteral("\u2014"));
    text.replace(QLatin1String("--"), QStringLiteral("\u2013"));
    text.replace(QLatin1String("..."), QStringLiteral("\u2026"));
    static const QRegularExpression openDouble(QStringLiteral("(^|[\\s(\\[{\u2014\u2013])\""));
    static const QRegularExpression openSingle(QStringLiteral("(^|[\\s(\\[{\u2014\u2013])'"));
    text.replace(openDouble, QStringLiteral("\\1\u201c"));
    text.replace(openSingle, QStringLiteral("\\1\u2018"));
    text.replace(QLatin1Char('"'), QChar(0x201d));
    text.replace(QLatin1Char('\''), QChar(0x2019));
    return text;
}

QString dateToString(const QDateTime &time, const QString &month, const LiquidArgs &args)
{
    const QString type = args.value(0).toString();
    const QString style = args.value(1).toString();
    if (type != QLatin1String("ordinal"))
        return liquidStrftime(time, QString(QStringLiteral("%d ") + month + QStringLiteral(" %Y")));
    const int day = time.date().day();
    const QString suffix = (day % 100 >= 11 && day % 100 <= 13) ? QStringLiteral("th")
                           : day % 10 == 1                      ? QStringLiteral("st")
                           : day % 10 == 2                      ? QStringLiteral("nd")
                           : day % 10 == 3                      ? QStringLiteral("rd")
                                                                : QStringLiteral("th");
    if (style == QLatin1String("US"))
        return liquidStrftime(time, month) + QLatin1Char(' ') + QString::number(day) + suffix
               + liquidStrftime(time, u", %Y");
    return QString::number(day) + suffix + QLatin1Char(' ') + liquidStrftime(time, QString(month + QStringLiteral(" %Y")));
}

std::optional<LiquidValue> dateFilter(const QString &name, const LiquidValue &input, const LiquidArgs &args,
                                      LiquidFilterContext &context)
{
    static const QStringList names = {QStringLiteral("date_to_string"), QStringLiteral("date_to_long_string"),
                                      QStringLiteral("date_to_xmlschema"), QStringLiteral("date_to_rfc822")};
    if (!names.contains(name))
        return std::nullopt;
    if (input.isNil() || input.toString().isEmpty())
        return input;
    // Jekyll shows these in the site's zone (its time(input).localtime).
    const QDateTime time = liquidToTime(input, context.now).toTimeZone(context.now.timeZone());
    if (!time.isValid())
        return input;
    if (name == QLatin1String("date_to_string"))
        return LiquidValue(dateToString(time, QStringLiteral("%b"), args));
    if (name == QLatin1String("date_to_long_string"))
        return LiquidValue(dateToString(time, QStringLiteral("%B"), args));
    if (name == QLatin1String("date_to_xmlschema")) {
        const QString zone = time.offsetFromUtc() == 0 ? QStringLiteral("+00:00") : liquidStrftime(time, u"%z").insert(3, QLatin1Char(':'));
        return LiquidValue(liquidStrftime(time, u"%Y-%m-%dT%H:%M:%S") + zone);
    }
    return LiquidValue(liquidStrftime(time, u"%a, %d %b %Y %H:%M:%S %z"));
}

// Jekyll's where: the property's text equals the value's text; an array
// property matches when one of its items does.
bool matches(const LiquidValue &property, const LiquidValue &target)
{
    if (target.isNil())
        return property.isNil();
    const QString text = target.toString();
    if (property.type() == LiquidValue::Type::String)
        return property.toString() == text;
    for (const LiquidValue &item : property.toArray()) {
        if (item.toString() == text)
            return true;
    }
    return false;
}

LiquidValue groups(const Array &input, const std::function<LiquidValue(const LiquidValue &)> &key)
{
    QList<std::pair<LiquidValue, Array>> grouped;
    for (const LiquidValue &item : input) {
        const LiquidValue name = key(item);
        auto found = std::find_if(grouped.begin(), grouped.end(),
                                  [&](const auto &group) { return LiquidValue::equals(group.first, name); });
        if (found == grouped.end())
            grouped.append({name, Array{item}});
        else
            found->second << item;
    }
    Array out;
    for (const auto &[name, items] : grouped) {
        LiquidHash group;
        group.insert(QStringLiteral("name"), name);
        group.insert(QStringLiteral("items"), LiquidValue(items));
        group.insert(QStringLiteral("size"), LiquidValue(qint64(items.size())));
        out << LiquidValue(group);
    }
    return LiquidValue(out);
}

Array inputItems(const LiquidValue &input)
{
    if (input.type() == LiquidValue::Type::Hash) {
        Array values;
        for (const QString &key : input.hash().keys())
            values << input.hash().value(key);
        return values;
    }
    return input.toArray();
}

std::optional<LiquidValue> collectionFilter(const QString &name, const LiquidValue &input, const LiquidArgs &args,
                                            LiquidFilterContext &context)
{
    // Names first: the key is the first argument as text, and push's
    // argument may be a large array.
    static const QSet<QString> names{QStringLiteral("where"),    QStringLiteral("where_exp"),
                                     QStringLiteral("find"),     QStringLiteral("find_exp"),
                                     QStringLiteral("group_by"), QStringLiteral("group_by_exp")};
    if (!names.contains(name))
        return std::nullopt;
    const Array items = inputItems(input);
    const QString key = args.value(0).toString();
    if (name == QLatin1String("where")) {
        Array out;
        for (const LiquidValue &item : items) {
            if (matches(item.member(key), args.value(1)))
                out << item;
        }
        return LiquidValue(out);
    }
    if (name == QLatin1String("where_exp") || name == QLatin1String("find_exp") || name == QLatin1String("find")) {
        Array out;
        for (const LiquidValue &item : items) {
            const bool keep = name == QLatin1String("find")
                                  ? matches(item.member(key), args.value(1))
                                  : context.evaluate(key, item, args.value(1).toString(), true).isTruthy();
            if (keep && name != QLatin1String("where_exp"))
                return item;
            if (keep)
                out << item;
        }
        return name == QLatin1String("where_exp") ? LiquidValue(out) : LiquidValue();
    }
    if (name == QLatin1String("group_by"))
        return groups(items, [&](const LiquidValue &item) { return LiquidValue(item.member(key).toString()); });
    if (name == QLatin1String("group_by_exp"))
        return groups(items, [&](const LiquidValue &item) {
            return context.evaluate(key, item, args.value(1).toString(), false);
        });
    return std::nullopt;
}

std::optional<LiquidValue> sortFilter(const LiquidValue &input, const LiquidArgs &args)
{
    Array items = input.toArray();
    const LiquidValue key = args.value(0);
    const bool nilsLast = args.value(1).toString() == QLatin1String("last");
    std::stable_sort(items.begin(), items.end(), [&](const LiquidValue &a, const LiquidValue &b) {
        const LiquidValue x = key.isNil() ? a : a.member(key.toString());
        const LiquidValue y = key.isNil() ? b : b.member(key.toString());
        if (x.isNil() || y.isNil())
            return x.isNil() != y.isNil() && (x.isNil() != nilsLast);
        const std::optional<int> order = LiquidValue::compare(x, y);
        return order ? *order < 0 : x.toString() < y.toString();
    });
    return LiquidValue(items);
}

std::optional<LiquidValue> arrayFilter(const QString &name, const LiquidValue &input, const LiquidArgs &args)
{
    Array items = input.toArray();
    if (name == QLatin1String("push") || name == QLatin1String("unshift")) {
        if (name == QLatin1String("push"))
            items.append(args.value(0));
        else
            items.prepend(args.value(0));
        return LiquidValue(items);
    }
    if (name == QLatin1String("pop") || name == QLatin1String("shift")) {
        const qint64 count = std::clamp<qint64>(args.isEmpty() ? 1 : args.at(0).toInt(), 0, items.size());
        return LiquidValue(name == QLatin1String("pop") ? items.mid(0, items.size() - count) : items.mid(count));
    }
    if (name == QLatin1String("array_to_sentence_string")) {
        const QString connector = args.isEmpty() ? QStringLiteral("and") : args.at(0).toString();
        QStringList parts;
        for (const LiquidValue &item : std::as_const(items))
            parts << item.toString();
        if (parts.size() <= 1)
            return LiquidValue(parts.value(0));
        if (parts.size() == 2)
            return LiquidValue(parts.at(0) + QLatin1Char(' ') + connector + QLatin1Char(' ') + parts.at(1));
        const QString last = parts.takeLast();
        return LiquidValue(parts.join(QLatin1String(", ")) + QLatin1String(", ") + connector + QLatin1Char(' ') + last);
    }
    return std::nullopt;
}

// Jekyll's filters of a value's text. The text is made only for them: a
// loop's modulo or where must not turn its input into a string first.
std::optional<LiquidValue> jekyllTextFilter(const QString &name, const LiquidValue &input, const LiquidArgs &args,
                                            LiquidFilterContext &context)
{
    static const QSet<QString> names{
        QStringLiteral("relative_url"), QStringLiteral("absolute_url"), QStringLiteral("xml_escape"),
        QStringLiteral("cgi_escape"), QStringLiteral("uri_escape"), QStringLiteral("slugify"),
        QStringLiteral("markdownify"), QStringLiteral("jsonify"), QStringLiteral("number_of_words"),
        QStringLiteral("smartify"), QStringLiteral("normalize_whitespace"), QStringLiteral("to_integer"),
        QStringLiteral("inspect")};
    if (!names.contains(name))
        return std::nullopt;
    const QString text = input.toString();
    if (name == QLatin1String("relative_url"))
        return input.isNil() ? LiquidValue() : LiquidValue(relativeUrl(context, text));
    if (name == QLatin1String("absolute_url")) {
        if (input.isNil())
            return LiquidValue();
        if (isAbsoluteUrl(text))
            return input;
        return LiquidValue(siteValue(context, QStringLiteral("url")).toString() + relativeUrl(context, text));
    }
    if (name == QLatin1String("xml_escape"))
        return LiquidValue(xmlEscape(text));
    if (name == QLatin1String("cgi_escape"))
        return LiquidValue(QString::fromLatin1(QUrl::toPercentEncoding(text, " ")).replace(QLatin1Char(' '), QLatin1Char('+')));
    if (name == QLatin1String("uri_escape"))
        return LiquidValue(QString::fromLatin1(QUrl::toPercentEncoding(text, "!#$&'()*+,/:;=?@[]~%")));
    if (name == QLatin1String("slugify"))
        return LiquidValue(jekyllSlugify(text, args.isEmpty() ? QStringLiteral("default") : args.at(0).toString()));
    if (name == QLatin1String("markdownify"))
        return LiquidValue(context.options.site.markdownify ? context.options.site.markdownify(text) : text);
    if (name == QLatin1String("jsonify"))
        return LiquidValue(jsonify(input));
    if (name == QLatin1String("number_of_words"))
        return LiquidValue(qint64(text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts).size()));
    if (name == QLatin1String("smartify"))
        return LiquidValue(smartify(text));
    if (name == QLatin1String("normalize_whitespace"))
        return LiquidValue(text.simplified());
    if (name == QLatin1String("to_integer"))
        return LiquidValue(input.toInt());
    if (name == QLatin1String("inspect"))
        return LiquidValue(xmlEscape(input.type() == LiquidValue::Type::String ? QLatin1Char('"') + text + QLatin1Char('"')
                                     : input.isNil()                           ? QStringLiteral("nil")
                                                                               : text));
    return std::nullopt;
}

} // namespace

QString jekyllSlugify(const QString &text, const QString &mode, bool cased)
{
    // A mode Jekyll does not know (none) only makes lower case.
    static const QStringList modes{QStringLiteral("raw"), QStringLiteral("default"), QStringLiteral("pretty"),
                                   QStringLiteral("ascii"), QStringLiteral("latin")};
    if (!modes.contains(mode))
        return cased ? text : text.toLower();
    QString source = text;
    if (mode == QLatin1String("latin")) {
        source = source.normalized(QString::NormalizationForm_D);
        source.remove(QRegularExpression(QStringLiteral("\\p{Mn}")));
    }
    // Jekyll's patterns, as a loop over the characters: a regular
    // expression over millions of them took seconds.
    const bool ascii = mode == QLatin1String("ascii") || mode == QLatin1String("latin");
    const bool raw = mode == QLatin1String("raw");
    const bool pretty = mode == QLatin1String("pretty");
    const auto kept = [&](char32_t c) {
        if (raw)
            return !QChar::isSpace(c);
        if (c < 0x80) {
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
                return true;
            return pretty && QByteArrayView("._~!$&'()+,;=@").contains(char(c));
        }
        if (ascii)
            return false;
        const QChar::Category category = QChar::category(c);
        return (category >= QChar::Mark_NonSpacing && category <= QChar::Mark_Enclosing)
               || category == QChar::Number_DecimalDigit
               || (category >= QChar::Letter_Uppercase && category <= QChar::Letter_Other);
    };
    QString slug(source.size() + 1, Qt::Uninitialized);
    QChar *out = slug.data();
    bool run = false;
    const QChar *in = source.constData();
    const QChar *end = in + source.size();
    while (in < end) {
        const bool pair = in->isHighSurrogate() && in + 1 < end && in[1].isLowSurrogate();
        const char32_t c = pair ? QChar::surrogateToUcs4(in[0], in[1]) : in->unicode();
        const int units = pair ? 2 : 1;
        if (!kept(c)) {
            run = true;
            in += units;
            continue;
        }
        if (run)
            *out++ = QLatin1Char('-');
        run = false;
        for (int i = 0; i < units; ++i)
            *out++ = *in++;
    }
    if (run)
        *out++ = QLatin1Char('-');
    slug.resize(out - slug.constData());
    // Ruby's gsub(/^-|-$/): one hyphen at each end.
    if (slug.startsWith(QLatin1Char('-')))
        slug.remove(0, 1);
    if (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    return cased ? slug : slug.toLower();
}

std::optional<LiquidValue> jekyllFilter(const QString &name, const LiquidValue &input, const LiquidArgs &args,
                                        const LiquidHash &, LiquidFilterContext &context)
{
    if (std::optional<LiquidValue> value = jekyllTextFilter(name, input, args, context))
        return value;
    if (name == QLatin1String("sort"))
        return sortFilter(input, args);
    if (std::optional<LiquidValue> value = dateFilter(name, input, args, context))
        return value;
    if (std::optional<LiquidValue> value = collectionFilter(name, input, args, context))
        return value;
    return arrayFilter(name, input, args);
}

} // namespace postwright
