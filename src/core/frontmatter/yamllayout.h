// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/frontmatter: where each part of a top-level YAML entry
// lies in the text (the key, an anchor, the value in its style), so that
// the writer replaces exactly the value's text.

#include "frontmatter/formats.h"
#include "frontmatter/yamlstyle.h"

#include <yaml-cpp/yaml.h>

#include <string>

namespace postwright::detail {

// yaml-cpp writes what the escapes "\N" and "\_" stand for as the single
// bytes 0x85 and 0xA0 rather than in UTF-8; all else it gives is UTF-8. Such
// a lone byte is U+0085 or U+00A0, as Hugo's and Jekyll's parsers read it.
QString fromStd(const std::string &s);
// End of a quoted scalar starting at text[start] (one past the closing
// quote), or -1.
qsizetype quotedEnd(QStringView text, qsizetype start, qsizetype limit);
// First character at or after i (before end) that is not a space or tab.
qsizetype skipBlanks(QStringView text, qsizetype i, qsizetype end);
// A line with nothing but blanks or a comment.
bool isCommentOrBlank(QStringView line);
bool isBlank(QChar c);

// Where an entry's parts lie, and what the writer keeps of its style.
struct EntryLayout
{
    Field field;
    std::optional<ListLayout> list;
    QString blockIndent;
    QChar blockKind;
    qsizetype foldColumn = -1;   // see ScalarStyle
    QString foldIndent;
    qsizetype foldWidth = 80;
    QList<FoldBreak> breaks;
    // A scalar that starts on a line after its key: the text from the
    // value's start (after "key:" or its anchor) up to the scalar.
    QString leadIn;
    qsizetype scalarStart = -1;  // a quoted scalar's opening quote
    bool hasColon = true;        // false: a key line without ": " after the key
};

// Finds where the value of the entry spanning file lines [first, last]
// lies; node is the entry's value as yaml-cpp reads it.
EntryLayout layoutEntry(QStringView text, const LineIndex &lines, qsizetype first, qsizetype last,
                        qsizetype keyColumn, const YAML::Node &node, Field field);

} // namespace postwright::detail
