// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "liquiderror.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace postwright {

// One piece of a template: text, an output {{ }} or a tag {% %}.
struct LiquidToken
{
    enum class Kind { Text, Output, Tag };
    Kind kind = Kind::Text;
    // Text: the text as written, after whitespace control. Output: the
    // markup between the delimiters. Tag: the markup after the tag's name.
    QString text;
    QString name;       // a tag's name (raw and comment never reach the parser)
    int line = 1;       // 1-based line of the token's first character
    int column = 1;     // 1-based column of the token's first character
};

struct LiquidLexResult
{
    QList<LiquidToken> tokens;
    QList<LiquidError> errors;
};

// Splits a template into tokens. Whitespace control ({%- -%} {{- -}})
// trims the neighbouring text; {% raw %} becomes text, {% comment %}
// disappears. An unclosed {{ or {% is an error and stays text.
// firstLine: the file line of the template's first line.
LiquidLexResult lexLiquid(QStringView source, int firstLine = 1);

} // namespace postwright
