// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// YAML front matter: yaml-cpp gives the values and where each top-level key
// starts; a small line scanner finds where each value's text lies, so that
// the writer can replace exactly that text in the same style.
#include "frontmatter/formats.h"
#include "frontmatter/yamllayout.h"
#include "text/textcodec.h"

#include <QCoreApplication>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <optional>

namespace postwright::detail {
namespace {

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

// The top-level mapping of the block, or the error that stops it.
std::optional<Error> loadRoot(const BlockSource &source, YAML::Node &root)
{
    try {
        root = YAML::Load(source.normalizedContent.toStdString());
    } catch (const YAML::DeepRecursion &e) {
        // yaml-cpp's own message for this is "bad file".
        return errorAt(source, e.mark.line, e.mark.column,
                       FrontMatterText::tr("front matter is nested too deeply (%1 levels)").arg(e.depth()));
    } catch (const YAML::Exception &e) {
        return errorAt(source, e.mark.line, e.mark.column, fromStd(e.msg));
    }
    if (!root.IsNull() && !root.IsMap()) {
        return errorAt(source, root.Mark().line, root.Mark().column,
                       FrontMatterText::tr("front matter must be a list of \"key: value\" lines"));
    }
    return std::nullopt;
}

// A top-level key where yaml-cpp found it: file line index and column in
// UTF-16 units.
struct KeyAt
{
    QString key;
    qsizetype line;
    qsizetype column;
    YAML::Node value;
    bool keyIsNull;
};

QList<KeyAt> keysOf(const BlockSource &source, const YAML::Node &root)
{
    QList<KeyAt> keys;
    for (auto it = root.begin(); it != root.end(); ++it) {
        const YAML::Mark mark = it->first.Mark();
        const qsizetype line = source.contentFirstLineIndex + mark.line;
        const auto &l = source.lines.line(line);
        keys.append({it->first.IsScalar() ? fromStd(it->first.Scalar()) : QStringLiteral("?"), line,
                     unitsForBytes(source.text.sliced(l.start, l.end - l.start), mark.column), it->second,
                     it->first.IsNull()});
    }
    return keys;
}

// The last line of the entry whose key is on line first, given the line
// before the next key: blank and comment lines after a value belong to no key.
qsizetype entryLastLine(const BlockSource &source, qsizetype first, qsizetype last)
{
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
    return last;
}

// What Hugo's and Jekyll's parsers reject in an entry that yaml-cpp reads.
std::optional<Error> entryError(const BlockSource &source, const KeyAt &key, const EntryLayout &entry,
                                qsizetype first, qsizetype last)
{
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
        && (key.keyIsNull || QStringView(u"&*!").contains(keyStart.front()))) {
        return Error{{}, int(first) + 1, 1,
                     FrontMatterText::tr("\"%1\" does not start with a key name").arg(keyStart.toString())};
    }
    if (!entry.hasColon && !explicitKey) {
        const auto characters = std::count_if(keyLineText.begin(), keyLineText.begin() + key.column,
                                              [](QChar c) { return !c.isLowSurrogate(); });
        return Error{{}, int(first) + 1, int(characters) + 1,
                     FrontMatterText::tr("\"%1\" is not a \"key: value\" line (no colon after the key)")
                         .arg(keyLineText.trimmed().toString())};
    }
    // yaml-cpp takes a quote left open at the end of the block as closed
    // there; Hugo's and Jekyll's parsers reject it, and so do we.
    const qsizetype quote = entry.scalarStart;
    if (quote >= 0 && quotedEnd(source.text, quote, source.lines.line(last).end) < 0) {
        const qsizetype line = source.lines.lineAt(quote);
        const QStringView before = source.text.sliced(source.lines.line(line).start,
                                                      quote - source.lines.line(line).start);
        const auto characters = std::count_if(before.begin(), before.end(), [](QChar c) { return !c.isLowSurrogate(); });
        return Error{{}, int(line) + 1, int(characters) + 1, FrontMatterText::tr("the quoted value has no closing quote")};
    }
    return std::nullopt;
}

ParsedEntries parseEntries(const BlockSource &source, const FrontMatterBlock &block)
{
    ParsedEntries result;
    YAML::Node root;
    result.error = loadRoot(source, root);
    if (result.error || root.IsNull())
        return result;
    const QList<KeyAt> keys = keysOf(source, root);
    const qsizetype lastContentLine = source.lines.lineAt(block.contentEnd) - 1;
    for (qsizetype k = 0; k < keys.size(); ++k) {
        const qsizetype first = keys.at(k).line;
        const qsizetype last = entryLastLine(source, first, k + 1 < keys.size() ? keys.at(k + 1).line - 1 : lastContentLine);
        Field field;
        field.key = keys.at(k).key;
        result.entries.append(layoutEntry(source.text, source.lines, first, last, keys.at(k).column,
                                          keys.at(k).value, field));
        result.error = entryError(source, keys.at(k), result.entries.constLast(), first, last);
        if (result.error)
            return result;
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
    // Inline values after "key:" or an anchor need a space unless one is
    // already there.
    const bool needsSpace = !old || !isBlank(request.text.at(old->valueStart - 1)) || old->style == ValueStyle::BlockList;
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
            style.oldValue = old->value.text;
            style.breaks = entry->breaks;
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
        // A scalar on the line after its key stays there; a block scalar's
        // header must stand on the key line.
        const bool block = out.startsWith(QLatin1Char('|')) || out.startsWith(QLatin1Char('>'));
        if (entry && !entry->leadIn.isEmpty() && !staysEmpty && !block)
            out.prepend(entry->leadIn);
        else if (needsSpace && !staysEmpty)
            out.prepend(QLatin1Char(' '));
    }
    if (old)
        return out;
    const QString key = plainSafe(request.key, false) ? request.key : doubleQuoted(request.key);
    return indent + key + QLatin1Char(':') + out + request.lineBreak;
}

} // namespace postwright::detail
