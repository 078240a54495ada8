// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "liquiderror.h"
#include "liquidexpression.h"

#include <QList>
#include <QString>

#include <optional>

namespace postwright {

// One node of a parsed template, with the file line and column of its tag.
struct LiquidNode
{
    enum class Kind {
        Text, Output, Assign, Capture, If, Unless, Case, For, Tablerow, Break, Continue,
        Cycle, Increment, Decrement, Include, IncludeRelative, Highlight, Link, PostUrl
    };
    struct Branch
    {
        LiquidCondition condition;          // if/elsif/unless
        QList<LiquidExpression> values;     // when a, b
        bool isElse = false;
        QList<LiquidNode> body;
    };
    Kind kind = Kind::Text;
    int line = 0;
    int column = 0;
    // Text: the text. Assign, Capture, Increment, Decrement, For,
    // Tablerow: the variable. Include, Highlight, Link, PostUrl: the markup.
    QString text;
    LiquidFilteredExpression value;     // Output, Assign; For/Tablerow/Case: the subject
    QList<Branch> branches;             // If, Unless, Case; For: body then else
    QList<LiquidNode> body;             // Capture, Highlight
    std::optional<LiquidExpression> limit;
    std::optional<LiquidExpression> offset;
    std::optional<LiquidExpression> cols;
    bool reversed = false;
    std::optional<LiquidExpression> group;   // Cycle's group name
    QList<LiquidExpression> values;          // Cycle's values
};

struct LiquidTemplate
{
    QList<LiquidNode> nodes;
    // Syntax errors: an unknown tag, a tag never closed, a bad expression.
    // The node in error is left out; the rest of the template renders.
    QList<LiquidError> errors;
};

// Parses a template. firstLine: the file line of its first line.
// Blocks nest at most kMaxLiquidNesting deep, and a template has at most
// kMaxLiquidTokens tokens.
LiquidTemplate parseLiquid(QStringView source, int firstLine = 1);

inline constexpr int kMaxLiquidNesting = 64;
// Tokens (texts, {{ }} and {% %}) of one template; past them the parse stops
// with an error.
inline constexpr qsizetype kMaxLiquidTokens = 200'000;

} // namespace postwright
