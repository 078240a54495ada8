// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "liquidvalue.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <memory>
#include <utility>

namespace postwright {

// A value in a template: a literal, a variable path (a.b[0]["c"]), a range
// (1..n), or the special `empty` / `blank`.
struct LiquidExpression
{
    enum class Kind { Literal, Variable, Range, Empty, Blank };
    struct Lookup
    {
        QString key;                               // .key
        std::shared_ptr<LiquidExpression> index;   // [index] when set
    };
    Kind kind = Kind::Literal;
    LiquidValue literal;
    QString name;            // Variable: the first name (empty for [expr] first)
    QList<Lookup> lookups;
    std::shared_ptr<LiquidExpression> from;   // Range, or Variable's [expr] first
    std::shared_ptr<LiquidExpression> to;
};

struct LiquidFilterCall
{
    QString name;
    QList<LiquidExpression> args;
    QList<std::pair<QString, LiquidExpression>> options;   // key: value arguments
};

// value | filter: arg | filter
struct LiquidFilteredExpression
{
    LiquidExpression value;
    QList<LiquidFilterCall> filters;
};

// One comparison of a condition; op empty means "left is truthy".
struct LiquidComparison
{
    LiquidExpression left;
    QString op;
    LiquidExpression right;
};

// a == b and c or d: Liquid evaluates it from the right, a and (c or d).
struct LiquidCondition
{
    QList<LiquidComparison> comparisons;
    QStringList joins;   // "and" / "or" between comparisons
};

// Reads the markup of a tag or output: a small tokenizer with the parsers
// that tags combine. After an error, every call returns empty values and
// error() holds the first message and its offset in the markup.
class LiquidReader
{
public:
    explicit LiquidReader(QStringView markup);

    bool atEnd();
    bool hasError() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    qsizetype errorOffset() const { return m_errorOffset; }
    void fail(const QString &message);

    // Consumes the next token when it is this punctuation or word.
    bool accept(QStringView text);
    // The next token's text without consuming it ("" at the end).
    QString peek();
    // Consumes an identifier (name, name-with-dash, name?).
    QString identifier();
    // The rest of the markup, unread.
    QStringView rest();

    LiquidExpression expression();
    // Filters after the value: | name: arg, key: value | name
    QList<LiquidFilterCall> filters();
    LiquidFilteredExpression filteredExpression();
    LiquidCondition condition();
    // Fails when anything is left.
    void expectEnd();

private:
    struct Token
    {
        enum class Type { End, Identifier, String, Number, Punct, Invalid };
        Type type = Type::End;
        QString text;
        qsizetype offset = 0;
        qsizetype end = 0;
    };
    Token &next();
    Token take();
    Token scan(qsizetype at) const;
    LiquidExpression primary(int depth);
    LiquidExpression variable(const Token &first, int depth);

    QStringView m_markup;
    qsizetype m_pos = 0;
    bool m_haveToken = false;
    Token m_token;
    QString m_error;
    qsizetype m_errorOffset = 0;
};

} // namespace postwright
