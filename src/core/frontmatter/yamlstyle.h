// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/frontmatter: how a YAML scalar is written so that the
// parsers Hugo (go-yaml) and Jekyll (libyaml/Psych) use read it back as the
// same string, in the style it was written in.

#include "frontmatter/frontmatter.h"

#include <QList>
#include <QString>

namespace postwright::detail {

// True for a character that YAML 1.1 parsers read as a line break (U+0085,
// U+2028, U+2029) or that YAML emitters always escape (the non-printable
// ones and U+FEFF): written only as an escape in a double-quoted scalar.
bool yamlNeedsEscape(char16_t c);
// The escape a double-quoted scalar writes for such a character ("\L").
QString yamlEscape(char16_t c);

// A line break inside a plain scalar written over several lines: the space
// of the value it stands for, and the source text that replaces that space
// (trailing blanks, the break and the next line's indentation).
struct FoldBreak
{
    qsizetype at = 0;
    QString text;
};

// What the writer keeps of an old value's spelling.
struct ScalarStyle
{
    ValueStyle style = ValueStyle::Plain;
    QString oldText;                   // the old value's spelling (bools, nulls)
    QChar blockKind = QLatin1Char('|');
    QString blockIndent = QStringLiteral("  ");
    // A plain scalar over several lines: the column its first line starts
    // at, the indentation of further lines, the width after which lines were
    // broken, the old value and where its lines broke.
    qsizetype foldColumn = -1;
    QString foldIndent;
    qsizetype foldWidth = 80;
    QString oldValue;
    QList<FoldBreak> breaks;
};

// True when the string can be written as a plain scalar and reads back as
// the same string (not as a number, bool, null or date).
bool plainSafe(const QString &s, bool inFlow);
QString doubleQuoted(const QString &s);
QString formatString(const QString &s, ValueStyle style, bool inFlow);
QString formatScalar(const Value &value, const ScalarStyle &old, const QString &lineBreak);

} // namespace postwright::detail
