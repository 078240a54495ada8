// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// JSON front matter: QJsonDocument gives the values; QJsonObject forgets the
// order and positions of members, so a small scanner finds them.
#include "frontmatter/formats.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace postwright::detail {
namespace {

struct Member
{
    QString key;
    qsizetype keyStart = 0;
    qsizetype valueStart = 0;
    qsizetype valueEnd = 0;
};

qsizetype skipSpace(QStringView text, qsizetype i)
{
    while (i < text.size() && text.at(i).isSpace())
        ++i;
    return i;
}

qsizetype stringEnd(QStringView text, qsizetype i)
{
    for (++i; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\\'))
            ++i;
        else if (text.at(i) == QLatin1Char('"'))
            return i + 1;
    }
    return -1;
}

qsizetype valueEnd(QStringView text, qsizetype i)
{
    if (i >= text.size())
        return -1;
    if (text.at(i) == QLatin1Char('"'))
        return stringEnd(text, i);
    if (text.at(i) == QLatin1Char('[') || text.at(i) == QLatin1Char('{')) {
        int depth = 0;
        for (; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c == QLatin1Char('"')) {
                i = stringEnd(text, i);
                if (i < 0)
                    return -1;
                --i;
            } else if (c == QLatin1Char('[') || c == QLatin1Char('{')) {
                ++depth;
            } else if ((c == QLatin1Char(']') || c == QLatin1Char('}')) && --depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }
    while (i < text.size() && !text.at(i).isSpace() && text.at(i) != QLatin1Char(',') && text.at(i) != QLatin1Char('}'))
        ++i;
    return i;
}

// Top-level members of the object text[start..end) in source order.
QList<Member> scanMembers(QStringView text, qsizetype start, qsizetype end)
{
    QList<Member> members;
    const QStringView object = text.first(end);
    qsizetype i = skipSpace(object, start + 1);
    while (i < object.size() && object.at(i) == QLatin1Char('"')) {
        Member m;
        m.keyStart = i;
        const qsizetype keyEnd = stringEnd(object, i);
        if (keyEnd < 0)
            break;
        m.key = QJsonDocument::fromJson(QStringLiteral("[%1]").arg(object.sliced(i, keyEnd - i)).toUtf8()).array().at(0).toString();
        i = skipSpace(object, keyEnd);
        if (i >= object.size() || object.at(i) != QLatin1Char(':'))
            break;
        m.valueStart = skipSpace(object, i + 1);
        m.valueEnd = valueEnd(object, m.valueStart);
        if (m.valueEnd < 0)
            break;
        members.append(m);
        i = skipSpace(object, m.valueEnd);
        if (i < object.size() && object.at(i) == QLatin1Char(','))
            i = skipSpace(object, i + 1);
    }
    return members;
}

QString jsonString(const QString &s)
{
    const QByteArray array = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.sliced(1, array.size() - 2));
}

Value typedValue(const QJsonValue &json, QStringView sourceText, bool *simple)
{
    *simple = true;
    switch (json.type()) {
    case QJsonValue::String:
        if (const auto date = DateTimeValue::parse(json.toString()))
            return Value::fromDate(*date);
        return Value::fromString(json.toString());
    case QJsonValue::Bool:
        return Value::fromBool(json.toBool());
    case QJsonValue::Double: {
        Value v = Value::fromNumber(json.toDouble());
        v.text = sourceText.toString();
        return v;
    }
    case QJsonValue::Null: {
        Value v;
        v.text = sourceText.toString();
        return v;
    }
    case QJsonValue::Array: {
        QStringList items;
        const QJsonArray array = json.toArray();
        for (const QJsonValue &item : array) {
            if (!item.isString()) {
                *simple = false;
                break;
            }
            items.append(item.toString());
        }
        if (*simple)
            return Value::fromList(items);
        break;
    }
    default:
        break;
    }
    *simple = false;
    Value v;
    v.type = ValueType::Map;
    v.text = sourceText.toString();
    return v;
}

} // namespace

void parseJson(const BlockSource &source, FrontMatter &frontMatter)
{
    const FrontMatterBlock &block = frontMatter.block;
    QJsonParseError parseError;
    const QByteArray utf8 = source.text.sliced(block.contentStart, block.contentEnd - block.contentStart).toUtf8();
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        // The error offset is in UTF-8 bytes; map it back to a text offset.
        // Qt reports it after the blanks that follow the bad token: step
        // back over them, so that the error is on the token's line.
        const qsizetype units = QString::fromUtf8(utf8.left(parseError.offset)).size();
        qsizetype at = block.contentStart + units;
        while (at > block.contentStart + 1 && source.text.at(at - 1).isSpace())
            --at;
        const qsizetype line = source.lines.lineAt(at);
        const QStringView before = source.text.sliced(source.lines.line(line).start, at - source.lines.line(line).start);
        const auto characters = std::count_if(before.begin(), before.end(), [](QChar c) { return !c.isLowSurrogate(); });
        frontMatter.error = Error{{}, int(line) + 1, int(characters) + 1,
                                  doc.isObject() || parseError.error != QJsonParseError::NoError
                                      ? parseError.errorString()
                                      : FrontMatterText::tr("JSON front matter must be an object")};
        return;
    }
    const QJsonObject object = doc.object();
    const QList<Member> members = scanMembers(source.text, block.contentStart, block.contentEnd);
    // QJsonObject keeps one value per key; a key written twice gets each
    // occurrence's own value from its text.
    QHash<QString, int> count;
    for (const Member &m : members)
        ++count[m.key];
    for (const Member &m : members) {
        Field field;
        field.key = m.key;
        const qsizetype keyLine = source.lines.lineAt(m.keyStart);
        const qsizetype lastLine = source.lines.lineAt(std::max(m.valueStart, m.valueEnd - 1));
        field.line = int(keyLine) + 1;
        field.lastLine = int(lastLine) + 1;
        field.entryStart = m.keyStart;
        field.entryEnd = m.valueEnd;
        field.valueStart = m.valueStart;
        field.valueEnd = m.valueEnd;
        const QStringView valueText = source.text.sliced(m.valueStart, m.valueEnd - m.valueStart);
        bool simple = true;
        const QJsonValue json = count.value(m.key) > 1
                                    ? QJsonDocument::fromJson(QByteArray("[") + valueText.toUtf8() + ']').array().at(0)
                                    : object.value(m.key);
        field.value = typedValue(json, valueText, &simple);
        field.readOnly = !simple;
        field.style = valueText.startsWith(QLatin1Char('"')) ? ValueStyle::DoubleQuoted
                      : valueText.startsWith(QLatin1Char('[')) ? (simple ? ValueStyle::FlowList : ValueStyle::Nested)
                      : simple ? ValueStyle::Plain : ValueStyle::Nested;
        frontMatter.fields.append(field);
    }
}

Result<QString> writeJson(const WriteRequest &request)
{
    const Field *old = request.field;
    const Value &value = request.value;
    QString out;
    switch (value.type) {
    case ValueType::List: {
        ListLayout layout;
        if (old && old->style == ValueStyle::FlowList) {
            const QStringView source = request.text.sliced(old->valueStart, old->valueEnd - old->valueStart);
            if (auto split = splitFlowList(source, false); split && split->items.size() == old->value.list.size()) {
                layout = *split;
                for (qsizetype i = 0; i < layout.items.size(); ++i)
                    layout.items[i].value = old->value.list.at(i);
            }
        }
        out = rebuildList(layout, value.list, jsonString, request.lineBreak);
        break;
    }
    case ValueType::Bool:
        out = value.boolean ? QStringLiteral("true") : QStringLiteral("false");
        break;
    case ValueType::Number:
        out = !value.text.isEmpty() && resolvePlainScalar(value.text).type == ValueType::Number
                  ? value.text
                  : QString::number(value.number, 'g', QLocale::FloatingPointShortest);
        break;
    case ValueType::Null:
        out = QStringLiteral("null");
        break;
    case ValueType::Date:
        out = jsonString(value.date.text);
        break;
    case ValueType::String:
    case ValueType::Text:
        out = jsonString(value.text);
        break;
    case ValueType::Map:
        return Error{{}, 0, 0, FrontMatterText::tr("nested values cannot be set")};
    }
    if (old)
        return out;
    // A new member goes after the last one, laid out like it.
    const FrontMatter &fm = request.frontMatter;
    const QString &text = request.text.toString();
    const QString member = jsonString(request.key) + QStringLiteral(": ") + out;
    if (fm.fields.isEmpty()) {
        const qsizetype close = fm.block.contentEnd - 1;
        return text.left(1) + request.lineBreak + QStringLiteral("  ") + member + request.lineBreak + text.mid(close);
    }
    const Field &last = fm.fields.constLast();
    QString gap = QStringLiteral(", ");
    if (fm.fields.size() > 1) {
        const Field &before = fm.fields.at(fm.fields.size() - 2);
        gap = text.mid(before.valueEnd, last.entryStart - before.valueEnd);
    } else {
        const qsizetype open = fm.block.contentStart + 1;
        const QString lead = text.mid(open, last.entryStart - open);
        // {"a": 1} is followed by ", ", {\n  "a": 1\n} by ",\n  ".
        gap = QLatin1Char(',') + (lead.isEmpty() ? QStringLiteral(" ") : lead);
    }
    return text.left(last.valueEnd) + gap + member + text.mid(last.valueEnd);
}

} // namespace postwright::detail
