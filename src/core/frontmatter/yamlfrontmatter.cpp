// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// YAML front matter: yaml-cpp gives the values and where each top-level key
// starts; a small line scanner finds where each value's text lies, so that
// the writer can replace exactly that text in the same style.
#include "frontmatter/formats.h"
#include "text/textcodec.h"

#include <QCoreApplication>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <limits>
#include <optional>

namespace postwright::detail {
namespace {

QString fromStd(const std::string &s)
{
    return QString::fromStdString(s);
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

// True when the string can be written as a plain scalar and reads back as
// the same string (not as a number, bool, null or date).
bool plainSafe(const QString &s, bool inFlow)
{
    if (s.isEmpty() || s.front().isSpace() || s.back().isSpace())
        return false;
    static const QString indicators = QStringLiteral("-?:,[]{}#&*!|>'\"%@`");
    if (indicators.contains(s.front()))
        return false;
    for (const QChar c : s) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F || c == QChar(0xFEFF))
            return false;
        // yaml-cpp rejects a '?' inside a plain scalar in a flow list.
        if (inFlow && (c == QLatin1Char(',') || c == QLatin1Char('[') || c == QLatin1Char(']')
                       || c == QLatin1Char('{') || c == QLatin1Char('}') || c == QLatin1Char('?')))
            return false;
    }
    if (s.contains(QLatin1String(": ")) || s.contains(QLatin1String(" #")) || s.endsWith(QLatin1Char(':')))
        return false;
    // List items too: Hugo and Jekyll read a plain "yes", "1.50" or "null"
    // item as a bool, number or null, not as the string that was set.
    return resolvePlainScalar(s).type == ValueType::String;
}

QString doubleQuoted(const QString &s)
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
            if (c.unicode() < 0x20 || c.unicode() == 0x7F || c == QChar(0xFEFF))
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + QLatin1Char('"');
}

bool singleQuotable(const QString &s)
{
    for (const QChar c : s) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F || c == QChar(0xFEFF))
            return false;
    }
    return true;
}

QString formatString(const QString &s, ValueStyle style, bool inFlow)
{
    if (style == ValueStyle::SingleQuoted && singleQuotable(s))
        return QLatin1Char('\'') + QString(s).replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\'');
    if ((style == ValueStyle::Plain || style == ValueStyle::Empty) && plainSafe(s, inFlow))
        return s;
    return doubleQuoted(s);
}

// A block scalar "|" or ">" with the header's chomping fitted to the text.
std::optional<QString> blockScalar(const QString &s, QChar kind, const QString &indent, const QString &lineBreak)
{
    if (s.isEmpty() || s.front() == QLatin1Char(' ') || s.front() == QLatin1Char('\n') || s.contains(QLatin1Char('\r')))
        return std::nullopt;
    QString body = s;
    QString chomp;
    if (!body.endsWith(QLatin1Char('\n'))) {
        chomp = QStringLiteral("-");
    } else {
        body.chop(1);
        if (body.endsWith(QLatin1Char('\n')))
            return std::nullopt;   // several trailing breaks: "+" territory, quote instead
    }
    QStringList lines = body.split(QLatin1Char('\n'));
    if (kind == QLatin1Char('>')) {
        // Folded: a single break is written as an empty line; lines that
        // start with a blank would be kept literally, so use "|" for those.
        for (const QString &line : std::as_const(lines)) {
            if (line.isEmpty() || line.front().isSpace() || line.back().isSpace())
                kind = QLatin1Char('|');
        }
    }
    for (const QString &line : std::as_const(lines)) {
        for (const QChar c : line) {
            if (c.unicode() < 0x20 && c != QLatin1Char('\t'))
                return std::nullopt;
        }
    }
    QString out = QString(kind) + chomp;
    const QString separator = kind == QLatin1Char('>') ? lineBreak + lineBreak : lineBreak;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        out += (i == 0 ? lineBreak : separator);
        if (!lines.at(i).isEmpty())
            out += indent + lines.at(i);
    }
    return out;
}

struct ScalarStyle
{
    ValueStyle style = ValueStyle::Plain;
    QString oldText;                   // the old value's spelling (bools, nulls)
    QChar blockKind = QLatin1Char('|');
    QString blockIndent = QStringLiteral("  ");
    // A plain scalar folded over several lines: where its first line starts,
    // the continuation indent, and the width after which lines were broken.
    qsizetype foldColumn = -1;
    QString foldIndent;
    qsizetype foldWidth = 80;
};

// Folds a plain scalar over lines the way YAML emitters do (PyYAML, go-yaml):
// a line breaks at the first space once it is longer than the width.
std::optional<QString> foldedPlain(const QString &s, const ScalarStyle &style, const QString &lineBreak)
{
    if (style.foldColumn < 0 || !plainSafe(s, false) || s.contains(QLatin1String("  ")))
        return std::nullopt;
    const QStringList words = s.split(QLatin1Char(' '));
    QString out = words.first();
    qsizetype column = style.foldColumn + words.first().size();
    for (qsizetype i = 1; i < words.size(); ++i) {
        if (column > style.foldWidth) {
            out += lineBreak + style.foldIndent + words.at(i);
            column = style.foldIndent.size() + words.at(i).size();
        } else {
            out += QLatin1Char(' ') + words.at(i);
            column += 1 + words.at(i).size();
        }
    }
    return out;
}

QString formatScalar(const Value &value, const ScalarStyle &old, const QString &lineBreak)
{
    switch (value.type) {
    case ValueType::Null:
        return old.oldText.isEmpty() ? QStringLiteral("null") : old.oldText;
    case ValueType::Bool: {
        if (!value.text.isEmpty() && resolvePlainScalar(value.text).type == ValueType::Bool
            && resolvePlainScalar(value.text).boolean == value.boolean)
            return value.text;
        QString word = value.boolean ? QStringLiteral("true") : QStringLiteral("false");
        // Follow the file's spelling: True and TRUE stay capitalised.
        if (old.oldText.size() > 1 && old.oldText.at(1).isUpper())
            word = word.toUpper();
        else if (!old.oldText.isEmpty() && old.oldText.front().isUpper())
            word.front() = word.front().toUpper();
        return word;
    }
    case ValueType::Number:
        if (!value.text.isEmpty() && resolvePlainScalar(value.text).type == ValueType::Number)
            return value.text;
        return QString::number(value.number, 'g', QLocale::FloatingPointShortest);
    case ValueType::Date:
        if (old.style == ValueStyle::SingleQuoted)
            return QLatin1Char('\'') + value.date.text + QLatin1Char('\'');
        if (old.style == ValueStyle::DoubleQuoted)
            return QLatin1Char('"') + value.date.text + QLatin1Char('"');
        return value.date.text;
    case ValueType::String:
    case ValueType::Text: {
        const bool multiLine = value.text.contains(QLatin1Char('\n'));
        const bool quoted = old.style == ValueStyle::DoubleQuoted || old.style == ValueStyle::SingleQuoted;
        if (old.style == ValueStyle::BlockScalar || (multiLine && !quoted)) {
            if (auto block = blockScalar(value.text, old.blockKind, old.blockIndent, lineBreak))
                return *block;
        }
        if (old.style == ValueStyle::Plain) {
            if (auto folded = foldedPlain(value.text, old, lineBreak))
                return *folded;
        }
        return formatString(value.text, old.style == ValueStyle::BlockScalar ? ValueStyle::Plain : old.style, false);
    }
    case ValueType::List:
    case ValueType::Map:
        break;
    }
    return {};
}

struct EntryLayout
{
    Field field;
    std::optional<ListLayout> list;
    QString blockIndent;
    QChar blockKind;
    qsizetype foldColumn = -1;   // see ScalarStyle
    QString foldIndent;
    qsizetype foldWidth = 80;
    bool hasColon = true;        // false: a key line without ": " after the key
};

// The fold of a plain scalar written over file lines [first, last], starting
// at text offset start: the widths its line breaks are consistent with.
void measureFold(QStringView text, const LineIndex &lines, qsizetype first, qsizetype last, qsizetype start,
                 EntryLayout &out)
{
    out.foldColumn = start - lines.line(first).start;
    qsizetype low = 0, high = std::numeric_limits<qsizetype>::max();
    for (qsizetype l = first; l <= last; ++l) {
        const auto &line = lines.line(l);
        const QStringView t = text.sliced(line.start, line.end - line.start);
        if (l == first + 1)
            out.foldIndent = t.first(skipBlanks(t, 0, t.size())).toString();
        if (l == last)
            break;
        const qsizetype lastSpace = t.lastIndexOf(QLatin1Char(' '));
        high = std::min(high, t.size() - 1);
        low = std::max(low, lastSpace < 0 ? 0 : lastSpace);
    }
    out.foldWidth = (low <= 80 && 80 <= high) ? 80 : low;
}

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
        if (text.at(i) == QLatin1Char(':') && (i + 1 == keyLine.end || text.at(i + 1) == QLatin1Char(' ') || text.at(i + 1) == QLatin1Char('\t'))) {
            colon = i;
            break;
        }
    }
    field.readOnly = true;
    field.style = ValueStyle::Nested;
    field.valueStart = colon < 0 ? keyLine.end : colon + 1;
    field.valueEnd = lastEnd;
    out.hasColon = colon >= 0;
    if (colon < 0) {
        out.field = field;
        return out;
    }
    const qsizetype p = skipBlanks(text, colon + 1, keyLine.end);
    const bool nothingOnKeyLine = p == keyLine.end || text.at(p) == QLatin1Char('#');
    const QChar c = nothingOnKeyLine ? QChar() : text.at(p);

    if (node.IsSequence()) {
        QStringList items;
        for (const auto &item : node) {
            if (!item.IsScalar()) {
                out.field = field;
                return out;
            }
            items.append(fromStd(item.Scalar()));
        }
        field.value = Value::fromList(items);
        if (c == QLatin1Char('[')) {
            if (auto layout = splitFlowList(text.sliced(p, lastEnd - p).trimmed(), true)) {
                const qsizetype close = p + text.sliced(p, lastEnd - p).lastIndexOf(QLatin1Char(']')) + 1;
                if (layout->items.size() == items.size()) {
                    for (qsizetype k = 0; k < items.size(); ++k)
                        layout->items[k].value = items.at(k);
                    field.style = ValueStyle::FlowList;
                    field.readOnly = false;
                    field.valueStart = p;
                    field.valueEnd = close;
                    out.list = layout;
                }
            }
        } else if (nothingOnKeyLine) {
            ListLayout layout;
            layout.block = true;
            bool simple = true;
            qsizetype groupFirstLine = first + 1;
            for (qsizetype l = first + 1; l <= last && simple; ++l) {
                const auto &line = lines.line(l);
                const QStringView lineText = text.sliced(line.start, line.end - line.start);
                if (isCommentOrBlank(lineText))
                    continue;   // travels with the item after it
                const qsizetype dash = skipBlanks(text, line.start, line.end);
                if (dash >= line.end || text.at(dash) != QLatin1Char('-') || dash + 1 >= line.end
                    || (text.at(dash + 1) != QLatin1Char(' ') && text.at(dash + 1) != QLatin1Char('\t'))) {
                    simple = false;
                    break;
                }
                const qsizetype token = skipBlanks(text, dash + 1, line.end);
                qsizetype tokenEnd = token;
                if (token < line.end && (text.at(token) == QLatin1Char('"') || text.at(token) == QLatin1Char('\'')))
                    tokenEnd = quotedEnd(text, token, line.end);
                else
                    tokenEnd = plainEnd(text, token, line.end);
                if (tokenEnd < 0 || token == line.end) {
                    simple = false;
                    break;
                }
                if (layout.items.isEmpty()) {
                    layout.linePrefix = text.sliced(line.start, token - line.start).toString();
                    const QChar q = text.at(token);
                    layout.itemStyle = q == QLatin1Char('"')    ? ValueStyle::DoubleQuoted
                                       : q == QLatin1Char('\'') ? ValueStyle::SingleQuoted
                                                                : ValueStyle::Plain;
                }
                // The item's source: from the end of the previous item's
                // line (comments above it included) to the end of its line.
                const qsizetype groupStart = lines.line(groupFirstLine).start;
                layout.items.append({QString(), text.sliced(groupStart, line.end - groupStart).toString()});
                groupFirstLine = l + 1;
            }
            if (simple && layout.items.size() == items.size()) {
                for (qsizetype k = 0; k < items.size(); ++k)
                    layout.items[k].value = items.at(k);
                field.style = ValueStyle::BlockList;
                field.readOnly = false;
                field.valueStart = keyLine.end;
                field.valueEnd = lastEnd;
                out.list = layout;
            }
        }
        out.field = field;
        return out;
    }
    if (!node.IsScalar() && !node.IsNull()) {
        field.value.type = ValueType::Map;
        field.value.text = text.sliced(field.valueStart, lastEnd - field.valueStart).toString();
        out.field = field;
        return out;
    }
    if (c == QLatin1Char('&') || c == QLatin1Char('*') || c == QLatin1Char('!')) {
        field.value.type = ValueType::Map;
        field.value.text = text.sliced(p, lastEnd - p).toString();
        out.field = field;
        return out;
    }
    field.readOnly = false;
    field.value = node.IsNull() ? Value::null() : scalarValue(node);
    if (node.IsNull() && !nothingOnKeyLine)
        field.value.text = text.sliced(p, plainEnd(text, p, keyLine.end) - p).toString();
    if (nothingOnKeyLine && node.IsNull()) {
        field.style = ValueStyle::Empty;
        field.valueStart = field.valueEnd = colon + 1;
    } else if (nothingOnKeyLine) {
        // A plain or quoted scalar that starts on the next line.
        field.style = ValueStyle::Plain;
        field.valueStart = colon + 1;
        field.valueEnd = lastEnd;
    } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
        const qsizetype end = quotedEnd(text, p, lastEnd);
        field.style = c == QLatin1Char('"') ? ValueStyle::DoubleQuoted : ValueStyle::SingleQuoted;
        field.valueStart = p;
        field.valueEnd = end < 0 ? lastEnd : end;
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
        field.valueEnd = last == first ? plainEnd(text, p, keyLine.end) : lastEnd;
        if (last > first)
            measureFold(text, lines, first, last, p, out);
    }
    out.field = field;
    return out;
}

// yaml-cpp counts columns in UTF-8 bytes; offsets here count UTF-16 units.
qsizetype unitsForBytes(QStringView line, qsizetype bytes)
{
    qsizetype i = 0;
    while (i < line.size() && bytes > 0) {
        const char16_t c = line.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < line.size() && line.at(i + 1).isLowSurrogate()) {
            bytes -= 4;
            i += 2;
        } else {
            bytes -= c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
            ++i;
        }
    }
    return i;
}

// An error at a yaml-cpp mark (0-based content line, byte column), reported
// at its file line and its column in characters, as an editor shows it.
Error errorAt(const BlockSource &source, int contentLine, int byteColumn, const QString &message)
{
    const qsizetype lineIndex = std::min(source.contentFirstLineIndex + std::max(contentLine, 0), source.lines.count() - 1);
    const auto &l = source.lines.line(lineIndex);
    const QStringView line = source.text.sliced(l.start, l.end - l.start);
    const QStringView before = line.first(unitsForBytes(line, std::max(byteColumn, 0)));
    const auto characters = std::count_if(before.begin(), before.end(), [](QChar c) { return !c.isLowSurrogate(); });
    return Error{{}, int(lineIndex) + 1, byteColumn < 0 ? 0 : int(characters) + 1, message};
}

struct ParsedEntries
{
    QList<EntryLayout> entries;
    std::optional<Error> error;
};

ParsedEntries parseEntries(const BlockSource &source, const FrontMatterBlock &block)
{
    ParsedEntries result;
    YAML::Node root;
    try {
        root = YAML::Load(source.normalizedContent.toStdString());
    } catch (const YAML::DeepRecursion &e) {
        // yaml-cpp's own message for this is "bad file".
        result.error = errorAt(source, e.mark.line, e.mark.column,
                               FrontMatterText::tr("front matter is nested too deeply (%1 levels)").arg(e.depth()));
        return result;
    } catch (const YAML::Exception &e) {
        result.error = errorAt(source, e.mark.line, e.mark.column, fromStd(e.msg));
        return result;
    }
    if (root.IsNull())
        return result;
    if (!root.IsMap()) {
        result.error = errorAt(source, root.Mark().line, root.Mark().column,
                               FrontMatterText::tr("front matter must be a list of \"key: value\" lines"));
        return result;
    }
    struct KeyAt
    {
        QString key;
        qsizetype line;
        qsizetype column;
        YAML::Node value;
        bool keyIsNull;
    };
    QList<KeyAt> keys;
    for (auto it = root.begin(); it != root.end(); ++it) {
        const YAML::Mark mark = it->first.Mark();
        const qsizetype line = source.contentFirstLineIndex + mark.line;
        const auto &l = source.lines.line(line);
        keys.append({it->first.IsScalar() ? fromStd(it->first.Scalar()) : QStringLiteral("?"), line,
                     unitsForBytes(source.text.sliced(l.start, l.end - l.start), mark.column), it->second,
                     it->first.IsNull()});
    }
    const qsizetype lastContentLine = source.lines.lineAt(block.contentEnd) - 1;
    for (qsizetype k = 0; k < keys.size(); ++k) {
        const qsizetype first = keys.at(k).line;
        qsizetype last = k + 1 < keys.size() ? keys.at(k + 1).line - 1 : lastContentLine;
        // Blank and comment lines after a value belong to no key.
        const bool blockScalar = [&] {
            const auto &l = source.lines.line(first);
            const QStringView t = source.text.sliced(l.start, l.end - l.start);
            const qsizetype colon = t.indexOf(QLatin1String(": "));
            const QStringView rest = colon < 0 ? QStringView() : t.sliced(colon + 2).trimmed();
            return rest.startsWith(QLatin1Char('|')) || rest.startsWith(QLatin1Char('>'));
        }();
        while (last > first) {
            const auto &l = source.lines.line(last);
            const QStringView t = source.text.sliced(l.start, l.end - l.start);
            const bool columnZeroComment = t.startsWith(QLatin1Char('#'));
            if (t.trimmed().isEmpty() || columnZeroComment || (!blockScalar && isCommentOrBlank(t)))
                --last;
            else
                break;
        }
        Field field;
        field.key = keys.at(k).key;
        result.entries.append(layoutEntry(source.text, source.lines, first, last, keys.at(k).column,
                                          keys.at(k).value, field));
        // yaml-cpp takes a line without a colon ("title: x" then "foo bar")
        // as a key with no value; Hugo's and Jekyll's parsers reject it, and
        // the writer could not edit around it. An explicit "? key" is fine.
        const auto &keyLine = source.lines.line(first);
        const QStringView keyLineText = source.text.sliced(keyLine.start, keyLine.end - keyLine.start);
        // An anchored, aliased, tagged or empty key ("&a: x" reads as a null
        // key here and as a scalar once alone): no field a form can show,
        // and yaml-cpp reads it differently as the lines around it change.
        const QStringView keyStart = keyLineText.trimmed();
        // "? key" is YAML's explicit key; yaml-cpp also takes "?key" as one.
        const bool explicitKey = keyStart == u"?" || keyStart.startsWith(u"? ") || keyStart.startsWith(u"?\t");
        if (!keyStart.isEmpty() && !explicitKey
            && (keys.at(k).keyIsNull || QStringView(u"&*!").contains(keyStart.front()))) {
            result.error = Error{{}, int(first) + 1, 1,
                                 FrontMatterText::tr("\"%1\" does not start with a key name").arg(keyStart.toString())};
            return result;
        }
        if (!result.entries.constLast().hasColon && !explicitKey) {
            const auto characters = std::count_if(keyLineText.begin(), keyLineText.begin() + keys.at(k).column,
                                                  [](QChar c) { return !c.isLowSurrogate(); });
            result.error = Error{{}, int(first) + 1, int(characters) + 1,
                                 FrontMatterText::tr("\"%1\" is not a \"key: value\" line (no colon after the key)")
                                     .arg(keyLineText.trimmed().toString())};
            return result;
        }
        // yaml-cpp takes a quote left open at the end of the block as closed
        // there; Hugo's and Jekyll's parsers reject it, and so do we.
        const Field &f = result.entries.constLast().field;
        if ((f.style == ValueStyle::DoubleQuoted || f.style == ValueStyle::SingleQuoted)
            && quotedEnd(source.text, f.valueStart, source.lines.line(last).end) < 0) {
            const qsizetype line = source.lines.lineAt(f.valueStart);
            const QStringView before = source.text.sliced(source.lines.line(line).start,
                                                          f.valueStart - source.lines.line(line).start);
            const auto characters = std::count_if(before.begin(), before.end(), [](QChar c) { return !c.isLowSurrogate(); });
            result.error = Error{{}, int(line) + 1, int(characters) + 1, FrontMatterText::tr("the quoted value has no closing quote")};
            return result;
        }
    }
    return result;
}

} // namespace

// Characters YAML does not allow unescaped (YAML 1.2, 5.1). yaml-cpp stops
// reading at a NUL and so sees another block than the one in the file.
bool yamlPrintable(char16_t c)
{
    if (c < 0x20)
        return c == u'\t' || c == u'\n' || c == u'\r';
    if (c >= 0x7F && c <= 0x9F)
        return c == 0x85;
    return c != 0xFFFE && c != 0xFFFF;
}

std::optional<Error> nonPrintableError(const BlockSource &source)
{
    const QString &content = source.normalizedContent;
    qsizetype line = 0, lineStart = 0;
    for (qsizetype i = 0; i < content.size(); ++i) {
        const char16_t c = content.at(i).unicode();
        if (c == u'\n') {
            ++line;
            lineStart = i + 1;
        } else if (!yamlPrintable(c)) {
            const QStringView before = QStringView(content).sliced(lineStart, i - lineStart);
            const auto characters = std::count_if(before.begin(), before.end(), [](QChar ch) { return !ch.isLowSurrogate(); });
            return Error{{}, fileLine(source, line), int(characters) + 1,
                         FrontMatterText::tr("the control character U+%1 is not allowed in YAML front matter")
                             .arg(QString::number(uint(c), 16).toUpper().rightJustified(4, QLatin1Char('0')))};
        }
    }
    return std::nullopt;
}

void parseYaml(const BlockSource &source, FrontMatter &frontMatter)
{
    if (const std::optional<Error> error = nonPrintableError(source)) {
        frontMatter.error = error;
        return;
    }
    ParsedEntries parsed = parseEntries(source, frontMatter.block);
    if (parsed.error) {
        frontMatter.error = parsed.error;
        return;
    }
    for (const EntryLayout &entry : std::as_const(parsed.entries))
        frontMatter.fields.append(entry.field);
}

// The layout of an existing entry, read again from its own lines.
std::optional<EntryLayout> entryLayout(QStringView text, const Field &field, const LineIndex *knownLines)
{
    const QString entryText = convertLineEndings(text.sliced(field.entryStart, field.entryEnd - field.entryStart), u"\n");
    YAML::Node node;
    try {
        node = YAML::Load(entryText.toStdString());
    } catch (const YAML::Exception &) {
        return std::nullopt;
    }
    if (!node.IsMap() || node.size() != 1)
        return std::nullopt;
    std::optional<LineIndex> ownLines;
    const LineIndex &lines = knownLines ? *knownLines : ownLines.emplace(text);
    const qsizetype first = lines.lineAt(field.entryStart);
    const qsizetype keyColumn = skipBlanks(text, field.entryStart, lines.line(first).end) - field.entryStart;
    return layoutEntry(text, lines, first, field.lastLine - 1, keyColumn, node.begin()->second, Field{field.key, {}});
}

bool fileUsesBlockLists(const FrontMatter &frontMatter)
{
    for (const Field &f : frontMatter.fields) {
        if (f.style == ValueStyle::BlockList)
            return true;
    }
    return false;
}

Result<QString> writeYaml(const WriteRequest &request)
{
    const Field *old = request.field;
    const Value &value = request.value;
    const std::optional<EntryLayout> entry = old ? entryLayout(request.text, *old, request.lines) : std::nullopt;
    // Inline values after "key:" need a space unless one is already there.
    const bool needsSpace = !old || request.text.at(old->valueStart - 1) == QLatin1Char(':')
                            || old->style == ValueStyle::BlockList;
    // A new key lines up with the others: an indented mapping stays one.
    QString indent;
    if (!old && !request.frontMatter.fields.isEmpty()) {
        const qsizetype start = request.frontMatter.fields.constFirst().entryStart;
        qsizetype i = start;
        while (i < request.text.size() && (request.text.at(i) == QLatin1Char(' ') || request.text.at(i) == QLatin1Char('\t')))
            ++i;
        indent = request.text.sliced(start, i - start).toString();
    }
    QString out;
    if (value.type == ValueType::List) {
        ListLayout layout;
        if (entry && entry->list)
            layout = *entry->list;
        else if (!old && fileUsesBlockLists(request.frontMatter))
            layout = ListLayout{true, {}, {}, {}, indent + QStringLiteral("  - "), {}, ValueStyle::Plain};
        const ValueStyle itemStyle = layout.itemStyle;
        const bool inFlow = !layout.block;
        if (layout.block && value.list.isEmpty())
            out = QStringLiteral("[]");
        else
            out = rebuildList(layout, value.list,
                              [&](const QString &item) { return formatString(item, itemStyle, inFlow); },
                              request.lineBreak);
        if (!out.startsWith(request.lineBreak) && needsSpace)
            out.prepend(QLatin1Char(' '));
    } else {
        ScalarStyle style;
        if (old && old->style != ValueStyle::BlockList) {
            style.style = old->style;
            if (old->value.type == ValueType::Bool || old->value.type == ValueType::Null)
                style.oldText = old->value.text;
        }
        if (entry && entry->field.style == ValueStyle::Plain) {
            style.foldColumn = entry->foldColumn;
            style.foldIndent = entry->foldIndent;
            style.foldWidth = entry->foldWidth;
        }
        if (!old)
            style.blockIndent = indent + style.blockIndent;
        if (entry && entry->field.style == ValueStyle::BlockScalar) {
            style.blockKind = entry->blockKind;
            if (!entry->blockIndent.isEmpty())
                style.blockIndent = entry->blockIndent;
        }
        // "key:" with nothing after it stays so while the value is null.
        const bool staysEmpty = old && old->style == ValueStyle::Empty && value.type == ValueType::Null;
        out = staysEmpty ? QString() : formatScalar(value, style, request.lineBreak);
        if (needsSpace && !staysEmpty)
            out.prepend(QLatin1Char(' '));
    }
    if (old)
        return out;
    const QString key = plainSafe(request.key, false) ? request.key : doubleQuoted(request.key);
    return indent + key + QLatin1Char(':') + out + request.lineBreak;
}

} // namespace postwright::detail
