// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "frontmatter/value.h"
#include "text/error.h"

#include <QList>
#include <QString>

#include <optional>

namespace postwright {

enum class FrontMatterFormat { None, Yaml, Toml, Json };

// Where the front-matter block sits in a post's text (offsets into the text).
struct FrontMatterBlock
{
    FrontMatterFormat format = FrontMatterFormat::None;
    qsizetype contentStart = 0;  // first character inside the delimiters (JSON: the '{')
    qsizetype contentEnd = 0;    // start of the closing delimiter line (JSON: after the '}')
    qsizetype bodyStart = 0;     // first character of the Markdown body
    int contentFirstLine = 1;    // 1-based file line of contentStart
    int bodyFirstLine = 1;       // 1-based file line of bodyStart
    bool closed = true;          // false: the opening delimiter has no closing one
};

// Finds the block: YAML "---" closed by "---" or "...", TOML "+++", JSON "{"
// at the very first character (as Hugo reads them).
FrontMatterBlock locateFrontMatter(QStringView text);

// How a value is written in the file; the writer keeps this style.
enum class ValueStyle {
    Empty,         // "key:" with nothing after it
    Plain,
    SingleQuoted,  // YAML '…', TOML literal '…'
    DoubleQuoted,  // YAML/TOML/JSON "…"
    MultiLineBasic,    // TOML """…"""
    MultiLineLiteral,  // TOML '''…'''
    BlockScalar,   // YAML | or >
    FlowList,      // [a, b] (also a TOML/JSON array over several lines)
    BlockList,     // YAML "- a" lines
    Nested,        // maps, tables, anchors: kept verbatim, read-only
};

struct Field
{
    QString key;
    Value value;
    bool readOnly = false;    // nested values are shown but not edited
    bool section = false;     // a TOML [table]: new keys go before the first one
    int line = 0;             // 1-based file line of the key
    int lastLine = 0;         // 1-based file line where the value ends
    // Source layout, used by the writer.
    ValueStyle style = ValueStyle::Plain;
    qsizetype entryStart = 0;  // start of the key's first line
    qsizetype entryEnd = 0;    // start of the line after the entry
    qsizetype valueStart = 0;  // the value's text
    qsizetype valueEnd = 0;
};

// Typed view of a post's front matter. A block that does not parse keeps its
// location and gets an error with file line and column; it has no fields.
struct FrontMatter
{
    FrontMatterBlock block;
    QList<Field> fields;
    std::optional<Error> error;
    QStringList duplicateKeys;
    // TOML: the plain keys directly inside each top-level [table], keyed
    // "table.key" (Zola's `[taxonomies]` `tags`); field() finds them and the
    // writer edits them like top-level keys. Not part of fields: the table
    // itself stays one read-only field there.
    QList<Field> tableFields;

    FrontMatterFormat format() const { return block.format; }
    bool isValid() const { return !error.has_value(); }
    // The key's last occurrence: the one Hugo and Jekyll use when a key is
    // written twice, and the one the writer edits. "table.key" finds a key
    // of a TOML table (tableFields) when no top-level key is spelt so.
    const Field *field(const QString &key) const;
    // The first of the keys that is present ("summary", "description"...).
    const Field *firstField(std::initializer_list<const char *> keys) const;
    QString string(const QString &key) const;
    QStringList keys() const;
};

// Characters of front matter that are parsed; a larger block is an error and
// stays in the text as it is.
inline constexpr qsizetype maxFrontMatterSize = 1024 * 1024;

// Parses the front matter at the start of text.
FrontMatter parseFrontMatter(QStringView text);

enum class WriteMode {
    KeepEqual,   // a key set to the value it has keeps its text as written
    Rewrite,     // always write the value anew (roundtrip checks the writer this way)
};

// Returns text with key set to value: only that key's lines change, in the
// file's own style; a new key is added at the end of the block (TOML
// "table.key": at the end of that [table], which is added when missing); a post
// without front matter gets a YAML block. Fails on an unparseable block or a
// nested field, when the result would not parse back to value, and when any
// other key would read differently afterwards (an alias of this value).
Result<QString> setFrontMatterField(const QString &text, const QString &key, const Value &value,
                                    WriteMode mode = WriteMode::KeepEqual,
                                    FrontMatterFormat newBlockFormat = FrontMatterFormat::Yaml);
struct FieldChange
{
    QString key;
    Value value;
};
// setFrontMatterField for several keys at once (the first change of a key
// counts): the block is parsed once and checked once, however many keys
// change. Fails as a whole when one of them would.
Result<QString> setFrontMatterFields(const QString &text, const QList<FieldChange> &changes,
                                     WriteMode mode = WriteMode::KeepEqual);
// Returns text without key's lines, every occurrence of it (unchanged if the
// key is absent). Fails when another key would read differently afterwards
// (an alias of the anchor the key holds).
Result<QString> removeFrontMatterField(const QString &text, const QString &key);

// A character in a YAML block that YAML 1.1 parsers (go-yaml for Hugo,
// libyaml for Jekyll) read otherwise than it looks: a line break (U+0085,
// U+2028, U+2029) or an invisible byte-order mark (U+FEFF), unescaped.
struct UnsafeYamlCharacter
{
    qsizetype offset = 0;   // in the post's text
    char16_t character = 0;
    QString escape;         // how a double-quoted scalar writes it ("\L")
};
QList<UnsafeYamlCharacter> unsafeYamlCharacters(QStringView text, const FrontMatterBlock &block);

QString frontMatterFormatName(FrontMatterFormat format);

} // namespace postwright
