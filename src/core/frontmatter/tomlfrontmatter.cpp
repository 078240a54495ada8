// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// TOML front matter: toml++ gives values and their source regions.
#include "frontmatter/formats.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <toml++/toml.h>

#include <algorithm>

namespace postwright::detail {
namespace {

// Offset in text of a toml++ position (1-based line inside the block, column
// counted in code points, as toml++ counts them).
qsizetype offsetOf(const BlockSource &source, const toml::source_position &pos)
{
    const qsizetype lineIndex = source.contentFirstLineIndex + pos.line - 1;
    if (lineIndex >= source.lines.count())
        return source.text.size();
    const auto &line = source.lines.line(lineIndex);
    qsizetype offset = line.start;
    for (toml::source_index col = 1; col < pos.column && offset < line.end; ++col)
        offset += source.text.at(offset).isHighSurrogate() ? 2 : 1;
    return offset;
}

bool isCommentOrBlank(QStringView line)
{
    const QStringView t = line.trimmed();
    return t.isEmpty() || t.startsWith(QLatin1Char('#'));
}

QString basicString(const QString &s)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : s) {
        switch (c.unicode()) {
        case '"': out += QLatin1String("\\\""); break;
        case '\\': out += QLatin1String("\\\\"); break;
        case '\n': out += QLatin1String("\\n"); break;
        case '\t': out += QLatin1String("\\t"); break;
        case '\r': out += QLatin1String("\\r"); break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7F)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + QLatin1Char('"');
}

bool hasControl(const QString &s, bool allowNewline)
{
    for (const QChar c : s) {
        if ((c.unicode() < 0x20 && c != QLatin1Char('\t') && !(allowNewline && c == QLatin1Char('\n'))) || c.unicode() == 0x7F)
            return true;
    }
    return false;
}

QString formatString(const QString &s, ValueStyle style, const QString &lineBreak)
{
    switch (style) {
    case ValueStyle::SingleQuoted:
        if (!s.contains(QLatin1Char('\'')) && !hasControl(s, false))
            return QLatin1Char('\'') + s + QLatin1Char('\'');
        break;
    case ValueStyle::MultiLineLiteral:
        if (!s.contains(QLatin1String("'''")) && !s.endsWith(QLatin1Char('\'')) && !hasControl(s, true))
            return QStringLiteral("'''") + lineBreak + QString(s).replace(QLatin1Char('\n'), lineBreak) + QStringLiteral("'''");
        break;
    case ValueStyle::MultiLineBasic: {
        if (hasControl(s, true))
            break;
        QString body = s;
        body.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
        body.replace(QLatin1Char('\n'), lineBreak);
        return QStringLiteral("\"\"\"") + lineBreak + body + QStringLiteral("\"\"\"");
    }
    default:
        break;
    }
    return basicString(s);
}

bool isTomlDateTime(const QString &s)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^\d{4}-\d{2}-\d{2}([Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:\d{2})?)?$)"));
    return re.match(s).hasMatch();
}

QString formatValue(const Value &value, const Field *old, const QString &lineBreak)
{
    const ValueStyle style = old ? old->style : ValueStyle::DoubleQuoted;
    switch (value.type) {
    case ValueType::Bool:
        return value.boolean ? QStringLiteral("true") : QStringLiteral("false");
    case ValueType::Number:
        if (!value.text.isEmpty() && resolvePlainScalar(value.text).type == ValueType::Number)
            return value.text;
        if (value.number == std::floor(value.number) && std::abs(value.number) < 1e15)
            return QString::number(qint64(value.number));
        return QString::number(value.number, 'g', QLocale::FloatingPointShortest);
    case ValueType::Date:
        // Native TOML datetimes stay unquoted; a date written as a string stays one.
        if ((style == ValueStyle::Plain || !old) && isTomlDateTime(value.date.text))
            return value.date.text;
        return formatString(value.date.text, style == ValueStyle::Plain ? ValueStyle::DoubleQuoted : style, lineBreak);
    case ValueType::String:
    case ValueType::Text: {
        ValueStyle s = style == ValueStyle::Plain ? ValueStyle::DoubleQuoted : style;
        // A basic string stays one ("a\nb"); a new or retyped value with
        // line breaks becomes a multi-line string.
        if (value.text.contains(QLatin1Char('\n')) && s == ValueStyle::DoubleQuoted
            && !(old && old->style == ValueStyle::DoubleQuoted))
            s = ValueStyle::MultiLineBasic;
        return formatString(value.text, s, lineBreak);
    }
    case ValueType::Null:
        return QStringLiteral("\"\"");   // TOML has no null
    case ValueType::List:
    case ValueType::Map:
        break;
    }
    return {};
}

QString formatKey(const QString &key)
{
    static const QRegularExpression bare(QStringLiteral("^[A-Za-z0-9_-]+$"));
    return bare.match(key).hasMatch() ? key : basicString(key);
}

Value typedValue(const toml::node &node, QStringView sourceText, bool *simple)
{
    *simple = true;
    if (const auto *s = node.as_string()) {
        const QString text = QString::fromStdString(s->get());
        if (const auto date = DateTimeValue::parse(text))
            return Value::fromDate(*date);
        return Value::fromString(text);
    }
    if (const auto *b = node.as_boolean()) {
        Value v = Value::fromBool(b->get());
        v.text = sourceText.toString();
        return v;
    }
    if (const auto *i = node.as_integer()) {
        Value v = Value::fromNumber(double(i->get()));
        v.text = sourceText.toString();
        return v;
    }
    if (const auto *f = node.as_floating_point()) {
        Value v = Value::fromNumber(f->get());
        v.text = sourceText.toString();
        return v;
    }
    if (node.is_date() || node.is_date_time()) {
        if (const auto date = DateTimeValue::parse(sourceText))
            return Value::fromDate(*date);
    }
    if (const auto *a = node.as_array()) {
        QStringList items;
        for (const auto &item : *a) {
            if (!item.is_string()) {
                *simple = false;
                break;
            }
            items.append(QString::fromStdString(*item.value<std::string>()));
        }
        if (*simple)
            return Value::fromList(items);
    }
    *simple = false;
    Value v;
    v.type = ValueType::Map;
    v.text = sourceText.toString();
    return v;
}

// The value of a key = value entry and where it is written.
void fillValue(const BlockSource &source, const toml::node &node, Field &field)
{
    field.valueStart = offsetOf(source, node.source().begin);
    field.valueEnd = offsetOf(source, node.source().end);
    const qsizetype lastLine = source.lines.lineAt(std::max(field.valueStart, field.valueEnd - 1));
    field.lastLine = int(lastLine) + 1;
    field.entryEnd = source.lines.line(lastLine).next;
    const QStringView valueText = source.text.sliced(field.valueStart, field.valueEnd - field.valueStart);
    bool simple = true;
    field.value = typedValue(node, valueText, &simple);
    field.readOnly = !simple;
    if (valueText.startsWith(QLatin1String("\"\"\"")))
        field.style = ValueStyle::MultiLineBasic;
    else if (valueText.startsWith(QLatin1String("'''")))
        field.style = ValueStyle::MultiLineLiteral;
    else if (valueText.startsWith(QLatin1Char('"')))
        field.style = ValueStyle::DoubleQuoted;
    else if (valueText.startsWith(QLatin1Char('\'')))
        field.style = ValueStyle::SingleQuoted;
    else if (valueText.startsWith(QLatin1Char('[')))
        field.style = simple ? ValueStyle::FlowList : ValueStyle::Nested;
    else
        field.style = simple ? ValueStyle::Plain : ValueStyle::Nested;
}

// A [table]'s own plain keys as fields "table.key" (not its sub-tables).
void appendTableFields(const BlockSource &source, const QString &tableName, const toml::table &table,
                       FrontMatter &frontMatter)
{
    for (auto &&[key, node] : table) {
        if (node.is_table() && !node.as_table()->is_inline())
            continue;
        const qsizetype keyStart = offsetOf(source, key.source().begin);
        if (node.is_array() && source.text.sliced(offsetOf(source, node.source().begin)).startsWith(QLatin1String("[[")))
            continue;
        Field field;
        field.key = tableName + QLatin1Char('.') + QString::fromStdString(std::string(key.str()));
        const qsizetype firstLine = source.lines.lineAt(keyStart);
        field.entryStart = source.lines.line(firstLine).start;
        field.line = int(firstLine) + 1;
        fillValue(source, node, field);
        frontMatter.tableFields.append(field);
    }
}

} // namespace

void parseToml(const BlockSource &source, FrontMatter &frontMatter)
{
    toml::table root;
    try {
        root = toml::parse(source.normalizedContent.toStdString());
    } catch (const toml::parse_error &e) {
        frontMatter.error = Error{{}, fileLine(source, qsizetype(e.source().begin.line) - 1),
                                  int(e.source().begin.column), QString::fromStdString(std::string(e.description()))};
        return;
    }
    struct Entry
    {
        const toml::key *key;
        const toml::node *node;
        qsizetype keyStart;
        bool header;   // a [table] or [[array]] header
    };
    QList<Entry> entries;
    for (auto &&[key, node] : root) {
        const bool table = node.is_table() && !node.as_table()->is_inline();
        const qsizetype nodeStart = offsetOf(source, node.source().begin);
        const bool header = table || (node.is_array() && source.text.sliced(nodeStart).startsWith(QLatin1String("[[")));
        entries.append({&key, &node, header ? nodeStart : offsetOf(source, key.source().begin), header});
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.keyStart < b.keyStart; });
    const qsizetype lastContentLine = source.lines.lineAt(frontMatter.block.contentEnd) - 1;
    for (qsizetype k = 0; k < entries.size(); ++k) {
        const Entry &e = entries.at(k);
        Field field;
        field.key = QString::fromStdString(std::string(e.key->str()));
        const qsizetype firstLine = source.lines.lineAt(e.keyStart);
        field.entryStart = source.lines.line(firstLine).start;
        field.line = int(firstLine) + 1;
        if (e.header) {
            // A table runs to the next top-level entry (a later header).
            qsizetype last = k + 1 < entries.size() ? source.lines.lineAt(entries.at(k + 1).keyStart) - 1 : lastContentLine;
            while (last > firstLine) {
                const auto &l = source.lines.line(last);
                if (!isCommentOrBlank(source.text.sliced(l.start, l.end - l.start)))
                    break;
                --last;
            }
            field.section = true;
            field.readOnly = true;
            field.style = ValueStyle::Nested;
            field.valueStart = field.entryStart;
            field.valueEnd = source.lines.line(last).end;
            field.lastLine = int(last) + 1;
            field.entryEnd = source.lines.line(last).next;
            field.value.type = ValueType::Map;
            field.value.text = source.text.sliced(field.valueStart, field.valueEnd - field.valueStart).toString();
            frontMatter.fields.append(field);
            if (const toml::table *table = e.node->as_table())
                appendTableFields(source, field.key, *table, frontMatter);
            continue;
        }
        fillValue(source, *e.node, field);
        frontMatter.fields.append(field);
        // An inline table (Zola's `taxonomies = { tags = [...] }`): its keys
        // read as "table.key" like a [table]'s; they are edited by hand.
        if (const toml::table *table = e.node->as_table(); table && table->is_inline()) {
            const qsizetype from = frontMatter.tableFields.size();
            appendTableFields(source, field.key, *table, frontMatter);
            for (qsizetype i = from; i < frontMatter.tableFields.size(); ++i)
                frontMatter.tableFields[i].readOnly = true;
        }
    }
}

Result<QString> writeToml(const WriteRequest &request)
{
    const Field *old = request.field;
    const Value &value = request.value;
    QString out;
    if (value.type == ValueType::List) {
        ListLayout layout;
        if (old && old->style == ValueStyle::FlowList) {
            const QStringView source = request.text.sliced(old->valueStart, old->valueEnd - old->valueStart);
            if (auto split = splitFlowList(source, true); split && split->items.size() == old->value.list.size()) {
                layout = *split;
                for (qsizetype i = 0; i < layout.items.size(); ++i)
                    layout.items[i].value = old->value.list.at(i);
            }
        }
        const ValueStyle itemStyle = layout.itemStyle == ValueStyle::Plain ? ValueStyle::DoubleQuoted : layout.itemStyle;
        out = rebuildList(layout, value.list,
                          [&](const QString &item) { return formatString(item, itemStyle, request.lineBreak); },
                          request.lineBreak);
    } else {
        out = formatValue(value, old, request.lineBreak);
    }
    if (old)
        return out;
    return formatKey(request.key) + QStringLiteral(" = ") + out + request.lineBreak;
}

} // namespace postwright::detail
