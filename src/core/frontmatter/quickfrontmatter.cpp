// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "frontmatter/quickfrontmatter.h"

#include "frontmatter/formats.h"

#include <QSet>

namespace postwright {
namespace {

bool isKeyChar(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
           || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_') || c == QLatin1Char('-');
}

// Text before a " #" comment, trimmed; quotes are not looked at (callers
// only use it on plain text).
QStringView stripComment(QStringView text)
{
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('#') && (text.at(i - 1) == QLatin1Char(' ')))
            return text.left(i).trimmed();
    }
    return text.trimmed();
}

// A plain scalar this reader is sure about: no indicator first, no ": " or
// " #" inside, nothing a flow context would split when inFlow.
bool simplePlain(QStringView text, bool inFlow)
{
    if (text.isEmpty())
        return false;
    static const QString indicators = QStringLiteral("-?:,[]{}#&*!|>'\"%@`");
    const QChar first = text.front();
    if (indicators.contains(first)) {
        // "-5" and "-1.5" are numbers; "- x" or "-" are not scalars here.
        if (first != QLatin1Char('-') || text.size() < 2 || !text.at(1).isDigit())
            return false;
    }
    if (text.back() == QLatin1Char(':'))
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.unicode() < 0x20 || c == QChar(0xFEFF))
            return false;
        if (c == QLatin1Char(':') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char(' '))
            return false;
        if (c == QLatin1Char('#') && i > 0 && text.at(i - 1) == QLatin1Char(' '))
            return false;
        if (inFlow && (c == QLatin1Char(',') || c == QLatin1Char('[') || c == QLatin1Char(']')
                       || c == QLatin1Char('{') || c == QLatin1Char('}') || c == QLatin1Char(':')))
            return false;
    }
    return true;
}

struct Scalar
{
    QString text;
    bool quoted = false;
};

// A scalar that fills text (plus an optional comment): quoted without
// escapes, or simple plain.
std::optional<Scalar> readScalar(QStringView text, bool inFlow)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    const QChar quote = text.front();
    if (quote == QLatin1Char('"') || quote == QLatin1Char('\'')) {
        // '' is a quote inside single quotes; an escape inside double
        // quotes is left to the full parser.
        QString value;
        qsizetype from = 1;
        qsizetype close = -1;
        while ((close = text.indexOf(quote, from)) >= 0) {
            value += text.sliced(from, close - from);
            if (quote == QLatin1Char('\'') && close + 1 < text.size() && text.at(close + 1) == quote) {
                value += quote;
                from = close + 2;
                continue;
            }
            break;
        }
        if (close < 0)
            return std::nullopt;   // not closed on this line
        if (quote == QLatin1Char('"') && value.contains(QLatin1Char('\\')))
            return std::nullopt;
        const QStringView rest = text.sliced(close + 1).trimmed();
        if (!rest.isEmpty() && !(rest.startsWith(QLatin1Char('#')) && !inFlow))
            return std::nullopt;
        return Scalar{value, true};
    }
    const QStringView plain = inFlow ? text : stripComment(text);
    if (!simplePlain(plain, inFlow))
        return std::nullopt;
    return Scalar{plain.toString(), false};
}

Value scalarValue(const Scalar &scalar)
{
    if (!scalar.quoted)
        return detail::resolvePlainScalar(scalar.text);
    // As the YAML reader: a quoted date is still a date to Hugo.
    if (const auto date = DateTimeValue::parse(scalar.text))
        return Value::fromDate(*date);
    return Value::fromString(scalar.text);
}

std::optional<Value> readFlowList(QStringView text)
{
    text = text.trimmed();
    const qsizetype close = text.lastIndexOf(QLatin1Char(']'));
    if (close < 0)
        return std::nullopt;
    const QStringView after = text.sliced(close + 1).trimmed();
    if (!after.isEmpty() && !after.startsWith(QLatin1Char('#')))
        return std::nullopt;
    const QStringView inner = text.sliced(1, close - 1);
    QStringList items;
    if (!inner.trimmed().isEmpty()) {
        // Items with quotes may hold commas: leave those to the parser.
        for (const QStringView item : inner.split(QLatin1Char(','))) {
            const QStringView trimmed = item.trimmed();
            if (trimmed.isEmpty() || trimmed.contains(QLatin1Char('#')))
                return std::nullopt;
            const auto scalar = readScalar(trimmed, true);
            if (!scalar || (scalar->quoted && (scalar->text.contains(QLatin1Char(',')))))
                return std::nullopt;
            items.append(scalar->text);
        }
    }
    return Value::fromList(items);
}

} // namespace

std::optional<QList<Field>> readSimpleYaml(QStringView content)
{
    QList<Field> fields;
    QSet<QString> keys;
    Field *listField = nullptr;   // a key with no value: block list items may follow
    qsizetype listIndent = -1;
    int lineNumber = 0;
    for (QStringView line : content.split(QLatin1Char('\n'))) {
        ++lineNumber;
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.contains(QLatin1Char('\t')) || line.contains(QLatin1Char('\r')))
            return std::nullopt;
        const QStringView trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype indent = line.indexOf(trimmed.front());
        if (trimmed.startsWith(QLatin1String("- ")) || trimmed == QLatin1String("-")) {
            if (!listField || (listIndent >= 0 && indent != listIndent))
                return std::nullopt;
            listIndent = indent;
            const auto scalar = readScalar(trimmed.sliced(1), false);
            if (!scalar)
                return std::nullopt;
            if (listField->value.type == ValueType::Null)
                listField->value = Value::fromList({});
            listField->value.list.append(scalar->text);
            listField->lastLine = lineNumber;
            continue;
        }
        if (indent != 0)
            return std::nullopt;
        listField = nullptr;
        listIndent = -1;
        qsizetype colon = 0;
        while (colon < line.size() && isKeyChar(line.at(colon)))
            ++colon;
        if (colon == 0 || colon >= line.size() || line.at(colon) != QLatin1Char(':')
            || (colon + 1 < line.size() && line.at(colon + 1) != QLatin1Char(' ')))
            return std::nullopt;
        Field field;
        field.key = line.left(colon).toString();
        field.line = field.lastLine = lineNumber;
        if (keys.contains(field.key))
            return std::nullopt;
        keys.insert(field.key);
        const QStringView rest = line.sliced(colon + 1).trimmed();
        if (rest.isEmpty() || rest.startsWith(QLatin1Char('#'))) {
            field.style = ValueStyle::Empty;
            fields.append(field);
            listField = &fields.last();
            continue;
        }
        if (rest.startsWith(QLatin1Char('['))) {
            const auto list = readFlowList(rest);
            if (!list)
                return std::nullopt;
            field.value = *list;
            field.style = ValueStyle::FlowList;
        } else {
            const auto scalar = readScalar(rest, false);
            if (!scalar)
                return std::nullopt;
            field.value = scalarValue(*scalar);
            field.style = scalar->quoted ? ValueStyle::DoubleQuoted : ValueStyle::Plain;
        }
        fields.append(field);
    }
    return fields;
}

FrontMatter readFrontMatter(QStringView text)
{
    const FrontMatterBlock block = locateFrontMatter(text);
    if (block.format == FrontMatterFormat::Yaml && block.closed) {
        if (std::optional<QList<Field>> fields = readSimpleYaml(text.sliced(block.contentStart, block.contentEnd - block.contentStart))) {
            FrontMatter frontMatter;
            frontMatter.block = block;
            frontMatter.fields = std::move(*fields);
            return frontMatter;
        }
    }
    return parseFrontMatter(text);
}

} // namespace postwright
