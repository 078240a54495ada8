// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "frontmatter/frontmatter.h"

#include "frontmatter/formats.h"
#include "text/lineindex.h"
#include "text/textcodec.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace postwright {
namespace {

// A delimiter line: the marker alone, trailing spaces allowed.
bool isDelimiterLine(QStringView line, QStringView marker)
{
    return line.startsWith(marker) && line.sliced(marker.size()).trimmed().isEmpty();
}

// End of the JSON object starting at text[0] == '{', or -1.
qsizetype matchingBrace(QStringView text)
{
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inString) {
            if (c == QLatin1Char('\\'))
                ++i;
            else if (c == QLatin1Char('"'))
                inString = false;
        } else if (c == QLatin1Char('"')) {
            inString = true;
        } else if (c == QLatin1Char('{')) {
            ++depth;
        } else if (c == QLatin1Char('}')) {
            if (--depth == 0)
                return i + 1;
        }
    }
    return -1;
}

} // namespace

FrontMatterBlock locateFrontMatter(QStringView text)
{
    FrontMatterBlock block;
    if (text.isEmpty())
        return block;
    // Lines are found as needed: the body of a 5 MB post is never scanned.
    struct Line
    {
        qsizetype start, end, next;
    };
    const auto lineFrom = [&](qsizetype start) {
        qsizetype end = start;
        while (end < text.size() && text.at(end) != QLatin1Char('\n') && text.at(end) != QLatin1Char('\r'))
            ++end;
        qsizetype next = end;
        if (next < text.size())
            next += (text.at(next) == QLatin1Char('\r') && next + 1 < text.size() && text.at(next + 1) == QLatin1Char('\n')) ? 2 : 1;
        return Line{start, end, next};
    };
    const auto lineText = [&](const Line &l) { return text.sliced(l.start, l.end - l.start); };
    // 1-based number of the line that starts at or holds offset.
    const auto lineNumberAt = [&](qsizetype offset) {
        int number = 1;
        for (Line l = lineFrom(0); l.next <= offset && l.next > l.end; l = lineFrom(l.next))
            ++number;
        return number;
    };
    if (text.front() == QLatin1Char('{')) {
        const qsizetype end = matchingBrace(text);
        block.format = FrontMatterFormat::Json;
        block.contentStart = 0;
        block.contentFirstLine = 1;
        if (end < 0) {
            block.closed = false;
            block.contentEnd = block.bodyStart = text.size();
        } else {
            block.contentEnd = end;
            qsizetype lineStart = end - 1;
            while (lineStart > 0 && text.at(lineStart - 1) != QLatin1Char('\n') && text.at(lineStart - 1) != QLatin1Char('\r'))
                --lineStart;
            block.bodyStart = lineFrom(lineStart).next;
        }
        block.bodyFirstLine = lineNumberAt(block.bodyStart);
        return block;
    }
    QList<QStringView> closers;
    const Line first = lineFrom(0);
    if (isDelimiterLine(lineText(first), u"---")) {
        block.format = FrontMatterFormat::Yaml;
        closers = {u"---", u"..."};
    } else if (isDelimiterLine(lineText(first), u"+++")) {
        block.format = FrontMatterFormat::Toml;
        closers = {u"+++"};
    } else {
        return block;
    }
    // A file that is only "---" has no block: its one line is body.
    if (first.next == first.end) {
        block.format = FrontMatterFormat::None;
        return block;
    }
    block.contentStart = first.next;
    block.contentFirstLine = 2;
    int number = 2;
    for (Line l = lineFrom(first.next);; l = lineFrom(l.next), ++number) {
        for (QStringView closer : closers) {
            if (isDelimiterLine(lineText(l), closer)) {
                block.contentEnd = l.start;
                block.bodyStart = l.next;
                block.bodyFirstLine = l.next == l.end ? number : number + 1;   // closing line without a break
                return block;
            }
        }
        if (l.next == l.end)
            break;
    }
    block.closed = false;
    block.contentEnd = block.bodyStart = text.size();
    block.bodyFirstLine = number;
    return block;
}

FrontMatter parseFrontMatter(QStringView text)
{
    FrontMatter fm;
    fm.block = locateFrontMatter(text);
    if (fm.block.format == FrontMatterFormat::None)
        return fm;
    if (!fm.block.closed) {
        const char *what = fm.block.format == FrontMatterFormat::Json
                               ? "front matter: the JSON object opened on line 1 is never closed"
                               : "front matter: the block opened on line 1 has no closing delimiter line";
        fm.error = Error{{}, 1, 1, FrontMatterText::tr(what)};
        return fm;
    }
    // yaml-cpp needs tens of bytes of memory per byte of YAML, and every
    // edit parses the block again: a block this large is not a blogger's
    // front matter. It is reported and kept as text, unchanged.
    const qsizetype contentSize = fm.block.contentEnd - fm.block.contentStart;
    if (contentSize > maxFrontMatterSize) {
        fm.error = Error{{}, 1, 1,
                         FrontMatterText::tr("front matter: the block is %1 MB, more than the %2 MB that is read; "
                            "it is kept as text, unchanged")
                             .arg(double(contentSize) / (1024 * 1024), 0, 'f', 1)
                             .arg(maxFrontMatterSize / (1024 * 1024))};
        return fm;
    }
    // Only the block's lines: the parsers never look at the body.
    const LineIndex lines(text.first(fm.block.bodyStart));
    detail::BlockSource source{text, lines,
                               convertLineEndings(text.sliced(fm.block.contentStart,
                                                              fm.block.contentEnd - fm.block.contentStart),
                                                  u"\n"),
                               lines.lineAt(fm.block.contentStart)};
    switch (fm.block.format) {
    case FrontMatterFormat::Yaml:
        detail::parseYaml(source, fm);
        break;
    case FrontMatterFormat::Toml:
        detail::parseToml(source, fm);
        break;
    case FrontMatterFormat::Json:
        detail::parseJson(source, fm);
        break;
    case FrontMatterFormat::None:
        break;
    }
    if (fm.error) {
        fm.fields.clear();
        fm.tableFields.clear();
    } else {
        QSet<QString> seen;
        for (const Field &f : std::as_const(fm.fields)) {
            if (seen.contains(f.key) && !fm.duplicateKeys.contains(f.key))
                fm.duplicateKeys.append(f.key);
            seen.insert(f.key);
        }
    }
    return fm;
}

const Field *FrontMatter::field(const QString &key) const
{
    // Hugo and Jekyll use the last occurrence of a key written twice.
    for (auto it = fields.crbegin(); it != fields.crend(); ++it) {
        if (it->key == key)
            return &*it;
    }
    if (key.contains(QLatin1Char('.'))) {
        for (const Field &f : tableFields) {
            if (f.key == key)
                return &f;
        }
    }
    return nullptr;
}

const Field *FrontMatter::firstField(std::initializer_list<const char *> keys) const
{
    for (const char *key : keys) {
        if (const Field *f = field(QString::fromLatin1(key)))
            return f;
    }
    return nullptr;
}

QString FrontMatter::string(const QString &key) const
{
    const Field *f = field(key);
    return f ? f->value.displayText() : QString();
}

QStringList FrontMatter::keys() const
{
    QStringList out;
    for (const Field &f : fields)
        out.append(f.key);
    return out;
}

QString frontMatterFormatName(FrontMatterFormat format)
{
    switch (format) {
    case FrontMatterFormat::None: return FrontMatterText::tr("none");
    case FrontMatterFormat::Yaml: return QStringLiteral("YAML");
    case FrontMatterFormat::Toml: return QStringLiteral("TOML");
    case FrontMatterFormat::Json: return QStringLiteral("JSON");
    }
    return {};
}

namespace {

Result<QString> writeFor(FrontMatterFormat format, const detail::WriteRequest &request)
{
    switch (format) {
    case FrontMatterFormat::Yaml: return detail::writeYaml(request);
    case FrontMatterFormat::Toml: return detail::writeToml(request);
    case FrontMatterFormat::Json: return detail::writeJson(request);
    case FrontMatterFormat::None: break;
    }
    return Error{{}, 0, 0, FrontMatterText::tr("no front matter")};
}

QString blockLineBreak(QStringView text, const FrontMatterBlock &block)
{
    const QStringView head = text.first(std::max(block.bodyStart, std::min<qsizetype>(text.size(), 1)));
    return dominantLineBreak(head.isEmpty() ? text : head);
}

// The line break an edit of field writes: the one that ends the field's own
// key line, so that a block with mixed line breaks keeps each entry's, and an
// edit does not depend on which other entries were edited before it. A new
// key takes the block's dominant one.
QString entryLineBreak(QStringView text, const FrontMatterBlock &block, const Field *field)
{
    if (field) {
        for (qsizetype i = field->entryStart; i < block.bodyStart && i < text.size(); ++i) {
            if (text.at(i) == QLatin1Char('\n'))
                return QStringLiteral("\n");
            if (text.at(i) == QLatin1Char('\r'))
                return i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n') ? QStringLiteral("\r\n")
                                                                                 : QStringLiteral("\r");
        }
    }
    return blockLineBreak(text, block);
}

// Where a new entry goes: the end of the block; for TOML before the first
// table, since keys after a [table] header belong to that table.
qsizetype insertionPoint(const FrontMatter &fm)
{
    if (fm.format() != FrontMatterFormat::Toml)
        return fm.block.contentEnd;
    qsizetype point = -1;
    bool tableSeen = false;
    for (const Field &f : fm.fields) {
        if (f.section) {
            tableSeen = true;
            continue;
        }
        if (!tableSeen)
            point = std::max(point, f.entryEnd);
    }
    if (point >= 0)
        return point;
    return tableSeen ? fm.block.contentStart : fm.block.contentEnd;
}

// The fields of a block by key, found in constant time; a duplicated key
// through FrontMatter::field, which knows which occurrence counts.
class FieldLookup
{
public:
    explicit FieldLookup(const FrontMatter &fm)
        : m_fm(fm)
    {
        m_fields.reserve(fm.fields.size());
        for (const Field &f : fm.fields)
            m_fields.insert(f.key, &f);
    }

    const Field *find(const QString &key) const
    {
        return m_fm.duplicateKeys.contains(key) ? m_fm.field(key) : m_fields.value(key);
    }

private:
    const FrontMatter &m_fm;
    QHash<QString, const Field *> m_fields;
};

// Where a new "table.key" of a TOML block goes, and the text to insert: the
// end of the [table], or a new [table] at the end of the block. nullopt
// when key names no table of its own (no dot), or the table cannot take a
// key there (an inline table, an array of tables).
struct TableInsertion
{
    qsizetype at = 0;
    QString prefix;   // "[table]" and a line break for a new table
    QString key;      // the key inside the table
};
std::optional<TableInsertion> tableInsertion(const FrontMatter &fm, const QString &key, const QString &lineBreak)
{
    const qsizetype dot = key.indexOf(QLatin1Char('.'));
    if (fm.format() != FrontMatterFormat::Toml || dot <= 0 || dot + 1 >= key.size())
        return std::nullopt;
    const QString table = key.left(dot);
    const Field *parent = fm.field(table);
    if (!parent)
        return TableInsertion{fm.block.contentEnd, QLatin1Char('[') + table + QLatin1Char(']') + lineBreak, key.mid(dot + 1)};
    if (!parent->section || parent->value.text.startsWith(QLatin1String("[[")))
        return std::nullopt;
    return TableInsertion{parent->entryEnd, {}, key.mid(dot + 1)};
}

// The line of the file that an edit of key is reported at.
int editLine(const FrontMatter &fm, const QString &text, const Field *field)
{
    if (field)
        return field->line;
    return int(LineIndex(QStringView(text).first(fm.block.bodyStart)).lineAt(insertionPoint(fm))) + 1;
}

} // namespace

Result<QString> setFrontMatterField(const QString &text, const QString &key, const Value &value,
                                    WriteMode mode, FrontMatterFormat newBlockFormat)
{
    if (value.type == ValueType::Map)
        return Error{{}, 0, 0, FrontMatterText::tr("nested values cannot be set")};
    const FrontMatter fm = parseFrontMatter(text);
    if (fm.error)
        return *fm.error;
    // A blank key is never added, but one the file has ({"": ...} is legal
    // JSON and YAML) is edited like any other, as setFrontMatterFields does.
    if (key.trimmed().isEmpty() && !fm.field(key))
        return Error{{}, 0, 0, FrontMatterText::tr("a front-matter key cannot be empty")};
    QString out;
    if (fm.format() == FrontMatterFormat::None) {
        // A post without front matter gets a block of its own.
        const QString lb = dominantLineBreak(text);
        QString empty;
        switch (newBlockFormat) {
        case FrontMatterFormat::Toml: empty = QStringLiteral("+++") + lb + QStringLiteral("+++") + lb; break;
        case FrontMatterFormat::Json: empty = QStringLiteral("{") + lb + QStringLiteral("}") + lb; break;
        default: empty = QStringLiteral("---") + lb + QStringLiteral("---") + lb; break;
        }
        return setFrontMatterField(empty + text, key, value, mode, newBlockFormat);
    }
    const Field *field = fm.field(key);
    if (field && field->readOnly && fm.format() == FrontMatterFormat::Yaml && text.at(field->valueStart) == QLatin1Char('*'))
        return Error{{}, field->line, 1, FrontMatterText::tr("\"%1\" is an alias (%2): edit the value where its anchor is")
                                             .arg(key, text.mid(field->valueStart, field->valueEnd - field->valueStart))};
    const auto inlineTable = [&fm, &key]() -> std::optional<Error> {
        const qsizetype dot = key.indexOf(QLatin1Char('.'));
        const Field *parent = dot > 0 ? fm.field(key.left(dot)) : nullptr;
        if (fm.format() != FrontMatterFormat::Toml || !parent || parent->section)
            return std::nullopt;
        // "table.key" whose table is an inline table or another value: a
        // top-level key spelt "table.key" would be another key, not this one.
        return Error{{}, parent->line, 1, FrontMatterText::tr("\"%1\" is written as one value (an inline table): "
                                                              "edit %2 there by hand").arg(parent->key, key)};
    };
    if (field && field->readOnly) {
        if (const std::optional<Error> error = inlineTable())
            return *error;
        return Error{{}, field->line, 1, FrontMatterText::tr("\"%1\" is a nested value and cannot be edited here").arg(key)};
    }
    if (mode == WriteMode::KeepEqual && field && field->value == value)
        return text;
    const QString lineBreak = entryLineBreak(text, fm.block, field);
    const std::optional<TableInsertion> inTable = field ? std::nullopt : tableInsertion(fm, key, lineBreak);
    if (!field && !inTable) {
        if (const std::optional<Error> error = inlineTable())
            return *error;
    }
    const detail::WriteRequest request{text, fm, field, inTable ? inTable->key : key, value, lineBreak};
    const Result<QString> written = writeFor(fm.format(), request);
    if (!written)
        return written.error();
    if (inTable) {
        out = text.left(inTable->at) + inTable->prefix + written.value() + text.mid(inTable->at);
    } else if (field) {
        out = text.left(field->valueStart) + written.value() + text.mid(field->valueEnd);
    } else if (fm.format() == FrontMatterFormat::Json) {
        out = written.value();   // the JSON writer rewrites around the closing brace itself
    } else {
        const qsizetype at = insertionPoint(fm);
        out = text.left(at) + written.value() + text.mid(at);
    }
    if (const auto error = detail::checkEdit(text, fm, out, {{key, value}}, editLine(fm, text, field)))
        return *error;
    return out;
}

Result<QString> setFrontMatterFields(const QString &text, const QList<FieldChange> &changes, WriteMode mode)
{
    const FrontMatter fm = parseFrontMatter(text);
    if (fm.error)
        return *fm.error;
    // Writes into the spans of the fields as they are now, from the last one
    // back, so that one parse serves them all.
    struct Edit
    {
        qsizetype start;
        qsizetype end;
        QString text;
    };
    QList<Edit> edits;
    QList<detail::KeyEdit> inPlace;       // keys the block has: checked after the edits
    int line = 0;                         // the first of them, for an error
    QList<const FieldChange *> added;     // the rest: through the one-key path
    QSet<QString> seen;
    // Computed once: each is a pass over the whole text.
    const FieldLookup fields(fm);
    const LineIndex lines(text);
    for (const FieldChange &change : changes) {
        if (seen.contains(change.key))
            continue;
        seen.insert(change.key);
        const Field *field = fields.find(change.key);
        if (fm.format() == FrontMatterFormat::None || !field || field->readOnly || change.value.type == ValueType::Map) {
            added.append(&change);   // the one-key path says what is wrong, or adds it
            continue;
        }
        inPlace.append({change.key, change.value});
        if (line == 0)
            line = field->line;
        if (mode == WriteMode::KeepEqual && field->value == change.value)
            continue;
        const detail::WriteRequest request{text,         fm, field, change.key, change.value,
                                           entryLineBreak(text, fm.block, field), &lines};
        const Result<QString> written = writeFor(fm.format(), request);
        if (!written)
            return written.error();
        edits.append({field->valueStart, field->valueEnd, written.value()});
    }
    std::sort(edits.begin(), edits.end(), [](const Edit &a, const Edit &b) { return a.start > b.start; });
    QString out = text;
    for (const Edit &edit : std::as_const(edits))
        out.replace(edit.start, edit.end - edit.start, edit.text);
    if (!edits.isEmpty()) {
        if (const auto error = detail::checkEdit(text, fm, out, inPlace, line))
            return *error;
    }
    for (const FieldChange *change : std::as_const(added)) {
        Result<QString> next = setFrontMatterField(out, change->key, change->value, mode);
        if (!next)
            return next.error();
        out = std::move(next).value();
    }
    return out;
}

namespace {

// text without field's entry (JSON: its member and the comma that joined it).
QString withoutEntry(const QString &text, const FrontMatter &fm, const Field &field)
{
    if (fm.format() != FrontMatterFormat::Json)
        return text.left(field.entryStart) + text.mid(field.entryEnd);
    const qsizetype index = &field - fm.fields.constData();
    if (index + 1 < fm.fields.size())
        return text.left(field.entryStart) + text.mid(fm.fields.at(index + 1).entryStart);
    if (index > 0)
        return text.left(fm.fields.at(index - 1).valueEnd) + text.mid(field.valueEnd);
    return text.left(field.entryStart) + text.mid(field.valueEnd);
}

} // namespace

Result<QString> removeFrontMatterField(const QString &text, const QString &key)
{
    const FrontMatter fm = parseFrontMatter(text);
    if (fm.error)
        return *fm.error;
    const Field *field = fm.field(key);
    if (!field)
        return text;
    // Every occurrence goes: with the last one gone, an earlier one would
    // become the value generators use.
    QString out = text;
    FrontMatter current = fm;
    while (const Field *f = current.field(key)) {
        out = withoutEntry(out, current, *f);
        current = parseFrontMatter(out);
        if (current.error)
            break;
    }
    if (const auto error = detail::checkEdit(text, fm, out, {{key, std::nullopt}}, field->line))
        return *error;
    return out;
}

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
    Value v;
    if (nullRe.match(text).hasMatch()) {
        v.text = text;
        return v;
    }
    if (boolTrue.match(text).hasMatch() || boolFalse.match(text).hasMatch()) {
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

std::optional<ListLayout> splitFlowList(QStringView source, bool allowComments)
{
    if (!source.startsWith(QLatin1Char('[')))
        return std::nullopt;
    ListLayout layout;
    struct Token { qsizetype start, end; };
    QList<Token> tokens;
    QList<qsizetype> commas;
    qsizetype i = 1;
    qsizetype tokenStart = -1, tokenEnd = -1;
    const auto flush = [&] {
        if (tokenStart >= 0)
            tokens.append({tokenStart, tokenEnd});
        tokenStart = tokenEnd = -1;
    };
    for (; i < source.size(); ++i) {
        const QChar c = source.at(i);
        if ((c == QLatin1Char('"') || c == QLatin1Char('\'')) && tokenStart >= 0) {
            // A quote inside a plain item ("it's") is part of it.
            tokenEnd = i + 1;
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            const qsizetype start = i;
            for (++i; i < source.size(); ++i) {
                if (c == QLatin1Char('"') && source.at(i) == QLatin1Char('\\')) {
                    ++i;
                } else if (source.at(i) == c) {
                    if (c == QLatin1Char('\'') && i + 1 < source.size() && source.at(i + 1) == c)
                        ++i;
                    else
                        break;
                }
            }
            if (i >= source.size())
                return std::nullopt;
            if (tokenStart < 0)
                tokenStart = start;
            tokenEnd = i + 1;
        } else if (c == QLatin1Char(',')) {
            if (tokenStart < 0)
                return std::nullopt;   // empty item
            flush();
            commas.append(i);
        } else if (c == QLatin1Char(']')) {
            flush();
            break;
        } else if (c == QLatin1Char('[') || c == QLatin1Char('{') || c == QLatin1Char('}')) {
            return std::nullopt;       // nested: not a list of strings
        } else if (c == QLatin1Char('#') && allowComments && (tokenStart < 0 || tokenEnd < i)) {
            while (i < source.size() && source.at(i) != QLatin1Char('\n') && source.at(i) != QLatin1Char('\r'))
                ++i;
            --i;
        } else if (!c.isSpace()) {
            if (tokenStart < 0)
                tokenStart = i;
            tokenEnd = i + 1;
        }
    }
    if (i >= source.size() || i + 1 != source.size())
        return std::nullopt;
    if (tokens.isEmpty()) {
        layout.open = source.first(source.size() - 1).toString();
        layout.close = QStringLiteral("]");
        return layout;
    }
    // A trailing comma belongs to the closing part.
    layout.open = source.first(tokens.first().start).toString();
    layout.close = source.sliced(tokens.last().end).toString();
    if (tokens.size() > 1)
        layout.separator = source.sliced(tokens.at(0).end, tokens.at(1).start - tokens.at(0).end).toString();
    for (const Token &t : tokens)
        layout.items.append({QString(), source.sliced(t.start, t.end - t.start).toString()});
    const QChar first = source.at(tokens.first().start);
    layout.itemStyle = first == QLatin1Char('"')    ? ValueStyle::DoubleQuoted
                       : first == QLatin1Char('\'') ? ValueStyle::SingleQuoted
                                                    : ValueStyle::Plain;
    return layout;
}

QString rebuildList(const ListLayout &layout, const QStringList &items,
                    const std::function<QString(const QString &)> &formatItem, const QString &lineBreak)
{
    QList<bool> used(layout.items.size(), false);
    const auto sourceFor = [&](const QString &item) -> std::optional<QString> {
        for (qsizetype i = 0; i < layout.items.size(); ++i) {
            if (!used[i] && layout.items.at(i).value == item) {
                used[i] = true;
                return layout.items.at(i).source;
            }
        }
        return std::nullopt;
    };
    QString out;
    if (layout.block) {
        for (const QString &item : items)
            out += lineBreak + sourceFor(item).value_or(layout.linePrefix + formatItem(item));
        return out;
    }
    QString separator = layout.separator;
    if (separator.isEmpty())
        separator = QStringLiteral(", ");
    QStringList tokens;
    for (const QString &item : items)
        tokens.append(sourceFor(item).value_or(formatItem(item)));
    if (tokens.isEmpty()) {
        // "[ a ]" emptied is "[]"; an originally empty list keeps its inside.
        return layout.items.isEmpty() && !layout.open.isEmpty() ? layout.open + layout.close : QStringLiteral("[]");
    }
    QString open = layout.open, close = layout.close;
    if (layout.items.isEmpty()) {
        open = QStringLiteral("[");
        close = QStringLiteral("]");
    }
    return open + tokens.join(separator) + close;
}

} // namespace detail
} // namespace postwright
