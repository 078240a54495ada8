// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A small line scanner over an entry that yaml-cpp has read: after the key
// an anchor, an alias, a flow or block list, a quoted, block or plain scalar
// (on the key line or the lines after it), and where each of them lies.
#include "frontmatter/yamllayout.h"

#include <algorithm>
#include <limits>

namespace postwright::detail {

// yaml-cpp writes what the escapes "\N" and "\_" stand for as the single
// bytes 0x85 and 0xA0 rather than in UTF-8; all else it gives is UTF-8. Such
// a lone byte is U+0085 or U+00A0, as Hugo's and Jekyll's parsers read it.
QString fromStd(const std::string &s)
{
    QString out = QString::fromStdString(s);
    if (!out.contains(QChar::ReplacementCharacter))
        return out;
    out.clear();
    for (std::size_t i = 0; i < s.size();) {
        const auto b = static_cast<unsigned char>(s[i]);
        const std::size_t n = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
        bool valid = n > 0 && i + n <= s.size();
        for (std::size_t k = 1; valid && k < n; ++k)
            valid = (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
        if (valid) {
            out += QString::fromUtf8(s.data() + i, qsizetype(n));
            i += n;
        } else {
            out += (b == 0x85 || b == 0xA0) ? QChar(char16_t(b)) : QChar(QChar::ReplacementCharacter);
            ++i;
        }
    }
    return out;
}

// End of a quoted scalar starting at text[start] (one past the closing
// quote), or -1.
qsizetype quotedEnd(QStringView text, qsizetype start, qsizetype limit)
{
    const QChar quote = text.at(start);
    for (qsizetype i = start + 1; i < limit; ++i) {
        const QChar c = text.at(i);
        if (quote == QLatin1Char('"') && c == QLatin1Char('\\')) {
            ++i;
        } else if (c == quote) {
            if (quote == QLatin1Char('\'') && i + 1 < limit && text.at(i + 1) == quote)
                ++i;
            else
                return i + 1;
        }
    }
    return -1;
}

qsizetype skipBlanks(QStringView text, qsizetype i, qsizetype end)
{
    while (i < end && (text.at(i) == QLatin1Char(' ') || text.at(i) == QLatin1Char('\t')))
        ++i;
    return i;
}

bool isCommentOrBlank(QStringView line)
{
    const QStringView t = line.trimmed();
    return t.isEmpty() || t.startsWith(QLatin1Char('#'));
}

bool isBlank(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

namespace {

// End of a plain scalar on one line: before " #" or trailing blanks.
qsizetype plainEnd(QStringView text, qsizetype start, qsizetype lineEnd)
{
    qsizetype end = lineEnd;
    for (qsizetype i = start; i < lineEnd; ++i) {
        if (text.at(i) == QLatin1Char('#') && i > start && (text.at(i - 1) == QLatin1Char(' ') || text.at(i - 1) == QLatin1Char('\t'))) {
            end = i;
            break;
        }
    }
    while (end > start && (text.at(end - 1) == QLatin1Char(' ') || text.at(end - 1) == QLatin1Char('\t')))
        --end;
    return end;
}

Value scalarValue(const YAML::Node &node)
{
    const QString text = fromStd(node.Scalar());
    if (node.Tag() == "?")
        return resolvePlainScalar(text);
    // Quoted: a string, except that a quoted date is still a date to Hugo.
    if (const auto date = DateTimeValue::parse(text))
        return Value::fromDate(*date);
    return Value::fromString(text);
}

// Where an entry's value begins: after "key:", after an anchor ("&name"),
// and the first character written on the key line.
struct ValueStart
{
    qsizetype colon = -1;
    qsizetype start = 0;      // the value's text starts here (after the anchor)
    qsizetype p = 0;          // first non-blank character after start on the key line
    bool anchored = false;
    bool nothingOnKeyLine = false;
    QChar c;                  // text at p, or null when nothing is on the key line
};

// The plain scalar over file lines [first, last], from offset start to end:
// the widths its line breaks are consistent with, and (when its lines join
// to value) where each break stands in the value.
void measureFold(QStringView text, const LineIndex &lines, qsizetype first, qsizetype last, qsizetype start,
                 qsizetype end, const QString &value, EntryLayout &out)
{
    out.foldColumn = start - lines.line(first).start;
    qsizetype low = 0, high = std::numeric_limits<qsizetype>::max();
    for (qsizetype l = first; l < last; ++l) {
        const auto &line = lines.line(l);
        const QStringView t = text.sliced(line.start, line.end - line.start);
        const qsizetype lastSpace = t.lastIndexOf(QLatin1Char(' '));
        high = std::min(high, t.size() - 1);
        low = std::max(low, lastSpace < 0 ? 0 : lastSpace);
    }
    if (last == first) {
        out.foldWidth = std::numeric_limits<qsizetype>::max();   // written on one line, it stays on one
    } else {
        const auto &second = lines.line(first + 1);
        out.foldIndent = text.sliced(second.start, skipBlanks(text, second.start, second.end) - second.start).toString();
        out.foldWidth = (low <= 80 && 80 <= high) ? 80 : low;
    }
    QString joined;
    QList<FoldBreak> breaks;
    qsizetype from = start, previousEnd = start;
    for (qsizetype l = first; l <= last; ++l) {
        qsizetype contentEnd = l == last ? end : lines.line(l).end;
        while (contentEnd > from && isBlank(text.at(contentEnd - 1)))
            --contentEnd;
        if (l > first) {
            breaks.append({joined.size(), text.sliced(previousEnd, from - previousEnd).toString()});
            joined += QLatin1Char(' ');
        }
        joined += text.sliced(from, contentEnd - from);
        previousEnd = contentEnd;
        if (l < last)
            from = skipBlanks(text, lines.line(l + 1).start, lines.line(l + 1).end);
    }
    if (joined == value)
        out.breaks = breaks;
}

// One past the "]" that closes the flow list opened at text[open], or -1.
// Quoted items and comments may hold brackets.
qsizetype flowListEnd(QStringView text, qsizetype open, qsizetype limit)
{
    int depth = 0;
    bool itemStart = true;
    for (qsizetype i = open; i < limit; ++i) {
        const QChar c = text.at(i);
        if ((c == QLatin1Char('"') || c == QLatin1Char('\'')) && itemStart) {
            const qsizetype end = quotedEnd(text, i, limit);
            if (end < 0)
                return -1;
            i = end - 1;
            itemStart = false;
        } else if (c == QLatin1Char('#') && (isBlank(text.at(i - 1)) || text.at(i - 1) == QLatin1Char('\n')
                                             || text.at(i - 1) == QLatin1Char('\r'))) {
            while (i + 1 < limit && text.at(i + 1) != QLatin1Char('\n') && text.at(i + 1) != QLatin1Char('\r'))
                ++i;
        } else if (c == QLatin1Char('[') || c == QLatin1Char('{')) {
            ++depth;
            itemStart = true;
        } else if (c == QLatin1Char(']') || c == QLatin1Char('}')) {
            if (--depth == 0)
                return i + 1;
            itemStart = false;
        } else if (c == QLatin1Char(',')) {
            itemStart = true;
        } else if (!c.isSpace()) {
            itemStart = false;
        }
    }
    return -1;
}

// A value the key line refers to ("key: *name"): shown as the value it
// stands for, edited only where it is defined.
void layoutAlias(QStringView text, const LineIndex &lines, qsizetype first, const ValueStart &where,
                 const YAML::Node &node, Field &field)
{
    field.valueStart = where.p;
    field.valueEnd = plainEnd(text, where.p, lines.line(first).end);
    if (node.IsScalar()) {
        field.value = scalarValue(node);
        return;
    }
    if (node.IsSequence()) {
        QStringList items;
        for (const auto &item : node) {
            if (!item.IsScalar()) {
                items.clear();
                break;
            }
            items.append(fromStd(item.Scalar()));
        }
        if (items.size() == qsizetype(node.size())) {
            field.value = Value::fromList(items);
            return;
        }
    }
    if (node.IsNull())
        return;
    field.value.type = ValueType::Map;
    field.value.text = text.sliced(field.valueStart, field.valueEnd - field.valueStart).toString();
}

// A block list ("- item" lines after the key line) of simple items, or
// nullopt when an item is not one line.
std::optional<ListLayout> blockListLayout(QStringView text, const LineIndex &lines, qsizetype first, qsizetype last)
{
    ListLayout layout;
    layout.block = true;
    qsizetype groupFirstLine = first + 1;
    for (qsizetype l = first + 1; l <= last; ++l) {
        const auto &line = lines.line(l);
        if (isCommentOrBlank(text.sliced(line.start, line.end - line.start)))
            continue;   // travels with the item after it
        const qsizetype dash = skipBlanks(text, line.start, line.end);
        if (dash >= line.end || text.at(dash) != QLatin1Char('-') || dash + 1 >= line.end || !isBlank(text.at(dash + 1)))
            return std::nullopt;
        const qsizetype token = skipBlanks(text, dash + 1, line.end);
        qsizetype tokenEnd = token;
        if (token < line.end && (text.at(token) == QLatin1Char('"') || text.at(token) == QLatin1Char('\'')))
            tokenEnd = quotedEnd(text, token, line.end);
        else
            tokenEnd = plainEnd(text, token, line.end);
        if (tokenEnd < 0 || token == line.end)
            return std::nullopt;
        if (layout.items.isEmpty()) {
            layout.linePrefix = text.sliced(line.start, token - line.start).toString();
            const QChar q = text.at(token);
            layout.itemStyle = q == QLatin1Char('"')    ? ValueStyle::DoubleQuoted
                               : q == QLatin1Char('\'') ? ValueStyle::SingleQuoted
                                                        : ValueStyle::Plain;
        }
        // The item's source: from the end of the previous item's line
        // (comments above it included) to the end of its line.
        const qsizetype groupStart = lines.line(groupFirstLine).start;
        layout.items.append({QString(), text.sliced(groupStart, line.end - groupStart).toString()});
        groupFirstLine = l + 1;
    }
    return layout;
}

// A list value: flow "[a, b]" (a comment may follow) or block "- a" lines.
void layoutSequence(QStringView text, const LineIndex &lines, qsizetype first, qsizetype last,
                    const ValueStart &where, const YAML::Node &node, EntryLayout &out)
{
    Field &field = out.field;
    QStringList items;
    for (const auto &item : node) {
        if (!item.IsScalar())
            return;
        items.append(fromStd(item.Scalar()));
    }
    field.value = Value::fromList(items);
    const qsizetype lastEnd = lines.line(last).end;
    std::optional<ListLayout> layout;
    if (where.c == QLatin1Char('[')) {
        const qsizetype close = flowListEnd(text, where.p, lastEnd);
        if (close > 0 && isCommentOrBlank(text.sliced(close, lastEnd - close)))
            layout = splitFlowList(text.sliced(where.p, close - where.p), true);
        if (layout) {
            field.style = ValueStyle::FlowList;
            field.valueStart = where.p;
            field.valueEnd = close;
        }
    } else if (where.nothingOnKeyLine) {
        layout = blockListLayout(text, lines, first, last);
        if (layout) {
            field.style = ValueStyle::BlockList;
            field.valueStart = lines.line(first).end;
            field.valueEnd = lastEnd;
        }
    }
    if (!layout || layout->items.size() != items.size()) {
        field.style = ValueStyle::Nested;
        return;
    }
    for (qsizetype k = 0; k < items.size(); ++k)
        layout->items[k].value = items.at(k);
    field.readOnly = false;
    out.list = layout;
}

// A scalar written on the lines after its key ("title:" then an indented
// line): the text before it is kept, the scalar is written in its style.
void layoutNextLineScalar(QStringView text, const LineIndex &lines, qsizetype first, qsizetype last,
                          const ValueStart &where, EntryLayout &out)
{
    Field &field = out.field;
    qsizetype q = -1, qLine = -1;
    for (qsizetype l = first + 1; l <= last && q < 0; ++l) {
        const qsizetype s = skipBlanks(text, lines.line(l).start, lines.line(l).end);
        if (s < lines.line(l).end && text.at(s) != QLatin1Char('#'))
            q = s, qLine = l;
    }
    const QChar c = q < 0 ? QChar() : text.at(q);
    if (q < 0 || QStringView(u"|>[{&*!").contains(c)) {
        field.readOnly = true;
        field.style = ValueStyle::Nested;
        return;
    }
    const qsizetype lastEnd = lines.line(last).end;
    out.leadIn = text.sliced(where.start, q - where.start).toString();
    field.valueStart = where.start;
    if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
        const qsizetype end = quotedEnd(text, q, lastEnd);
        field.style = c == QLatin1Char('"') ? ValueStyle::DoubleQuoted : ValueStyle::SingleQuoted;
        field.valueEnd = end < 0 ? lastEnd : end;
        out.scalarStart = q;
        return;
    }
    field.style = ValueStyle::Plain;
    const qsizetype lastStart = qLine == last ? q : skipBlanks(text, lines.line(last).start, lastEnd);
    field.valueEnd = plainEnd(text, lastStart, lastEnd);
    measureFold(text, lines, qLine, last, q, field.valueEnd, field.value.text, out);
}

// A scalar value: empty, quoted, a block scalar or plain (on the key line
// or over the lines after it).
void layoutScalar(QStringView text, const LineIndex &lines, qsizetype first, qsizetype last,
                  const ValueStart &where, const YAML::Node &node, EntryLayout &out)
{
    Field &field = out.field;
    const auto &keyLine = lines.line(first);
    const qsizetype lastEnd = lines.line(last).end;
    const qsizetype p = where.p;
    const QChar c = where.c;
    field.readOnly = false;
    field.value = node.IsNull() ? Value::null() : scalarValue(node);
    if (node.IsNull() && !where.nothingOnKeyLine)
        field.value.text = text.sliced(p, plainEnd(text, p, keyLine.end) - p).toString();
    if (where.nothingOnKeyLine && node.IsNull()) {
        field.style = ValueStyle::Empty;
        field.valueStart = field.valueEnd = where.colon + 1;
    } else if (where.nothingOnKeyLine) {
        layoutNextLineScalar(text, lines, first, last, where, out);
    } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
        const qsizetype end = quotedEnd(text, p, lastEnd);
        field.style = c == QLatin1Char('"') ? ValueStyle::DoubleQuoted : ValueStyle::SingleQuoted;
        field.valueStart = p;
        field.valueEnd = end < 0 ? lastEnd : end;
        out.scalarStart = p;
    } else if (c == QLatin1Char('|') || c == QLatin1Char('>')) {
        field.style = ValueStyle::BlockScalar;
        field.valueStart = p;
        field.valueEnd = lastEnd;
        out.blockKind = c;
        for (qsizetype l = first + 1; l <= last; ++l) {
            const auto &line = lines.line(l);
            const qsizetype s = skipBlanks(text, line.start, line.end);
            if (s < line.end) {
                out.blockIndent = text.sliced(line.start, s - line.start).toString();
                break;
            }
        }
    } else {
        field.style = ValueStyle::Plain;
        field.valueStart = p;
        const qsizetype lastStart = last == first ? p : skipBlanks(text, lines.line(last).start, lastEnd);
        field.valueEnd = plainEnd(text, lastStart, last == first ? keyLine.end : lastEnd);
        if (last > first)
            measureFold(text, lines, first, last, p, field.valueEnd, field.value.text, out);
    }
}

// Where the value of the entry after "key:" starts, past an anchor.
ValueStart valueStartAfter(QStringView text, qsizetype colon, qsizetype lineEnd)
{
    ValueStart where;
    where.colon = colon;
    where.start = colon + 1;
    where.p = skipBlanks(text, colon + 1, lineEnd);
    if (where.p < lineEnd && text.at(where.p) == QLatin1Char('&')) {
        qsizetype end = where.p + 1;
        while (end < lineEnd && !isBlank(text.at(end)))
            ++end;
        where.anchored = true;
        where.start = end;
        where.p = skipBlanks(text, end, lineEnd);
    }
    where.nothingOnKeyLine = where.p == lineEnd || text.at(where.p) == QLatin1Char('#');
    where.c = where.nothingOnKeyLine ? QChar() : text.at(where.p);
    return where;
}

} // namespace

// Finds where the value of the entry spanning file lines [first, last] lies.
EntryLayout layoutEntry(QStringView text, const LineIndex &lines, qsizetype first, qsizetype last,
                        qsizetype keyColumn, const YAML::Node &node, Field field)
{
    EntryLayout out;
    const auto &keyLine = lines.line(first);
    field.entryStart = keyLine.start;
    field.entryEnd = lines.line(last).next;
    field.line = int(first) + 1;
    field.lastLine = int(last) + 1;
    const qsizetype lastEnd = lines.line(last).end;

    // The colon after the key.
    qsizetype i = keyLine.start + keyColumn;
    if (i < keyLine.end && (text.at(i) == QLatin1Char('"') || text.at(i) == QLatin1Char('\''))) {
        const qsizetype end = quotedEnd(text, i, keyLine.end);
        i = end < 0 ? keyLine.end : end;
    }
    qsizetype colon = -1;
    for (; i < keyLine.end; ++i) {
        if (text.at(i) == QLatin1Char(':') && (i + 1 == keyLine.end || isBlank(text.at(i + 1)))) {
            colon = i;
            break;
        }
    }
    field.readOnly = true;
    field.style = ValueStyle::Nested;
    field.valueStart = colon < 0 ? keyLine.end : colon + 1;
    field.valueEnd = lastEnd;
    out.hasColon = colon >= 0;
    out.field = field;
    if (colon < 0)
        return out;
    const ValueStart where = valueStartAfter(text, colon, keyLine.end);
    if (where.c == QLatin1Char('*')) {
        layoutAlias(text, lines, first, where, node, out.field);
        return out;
    }
    if (node.IsSequence()) {
        layoutSequence(text, lines, first, last, where, node, out);
        return out;
    }
    if (!node.IsScalar() && !node.IsNull()) {
        out.field.value.type = ValueType::Map;
        out.field.value.text = text.sliced(field.valueStart, lastEnd - field.valueStart).toString();
        return out;
    }
    // A tag ("!!str 5"), or an anchor on nothing: kept as written.
    if (where.c == QLatin1Char('&') || where.c == QLatin1Char('!') || (where.anchored && node.IsNull())) {
        out.field.value.type = ValueType::Map;
        out.field.value.text = text.sliced(where.p, lastEnd - where.p).toString();
        return out;
    }
    layoutScalar(text, lines, first, last, where, node, out);
    return out;
}

} // namespace postwright::detail
