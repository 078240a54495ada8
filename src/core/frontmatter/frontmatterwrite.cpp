// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Writing front matter: setting and removing keys in the file's own style,
// one key or many in one pass, each edit checked by detail::checkEdit.
#include "frontmatter/frontmatter.h"

#include "frontmatter/formats.h"
#include "text/lineindex.h"
#include "text/textcodec.h"

#include <QHash>
#include <QSet>

namespace postwright {

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
} // namespace postwright
