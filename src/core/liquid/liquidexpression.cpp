// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "liquidexpression.h"

#include <QCoreApplication>

namespace postwright {

namespace {

struct LiquidText
{
    Q_DECLARE_TR_FUNCTIONS(postwright::Liquid)
};

// Brackets and ranges nest at most this deep in one expression.
constexpr int kMaxExpressionDepth = 32;

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-');
}

} // namespace

LiquidReader::LiquidReader(QStringView markup) : m_markup(markup) {}

void LiquidReader::fail(const QString &message)
{
    if (m_error.isEmpty()) {
        m_error = message;
        m_errorOffset = m_haveToken ? m_token.offset : m_pos;
    }
}

LiquidReader::Token LiquidReader::scan(qsizetype at) const
{
    while (at < m_markup.size() && m_markup[at].isSpace())
        ++at;
    Token token;
    token.offset = at;
    if (at >= m_markup.size()) {
        token.end = at;
        return token;
    }
    const QChar c = m_markup[at];
    qsizetype end = at + 1;
    if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
        const qsizetype close = m_markup.indexOf(c, at + 1);
        if (close < 0) {
            token.type = Token::Type::Invalid;
            token.text = m_markup.mid(at).toString();
            token.end = m_markup.size();
            return token;
        }
        token.type = Token::Type::String;
        token.text = m_markup.mid(at + 1, close - at - 1).toString();
        token.end = close + 1;
        return token;
    }
    const bool negative = c == QLatin1Char('-') && end < m_markup.size() && m_markup[end].isDigit();
    if (c.isDigit() || negative) {
        while (end < m_markup.size() && m_markup[end].isDigit())
            ++end;
        // 1.5 is a number, 1..5 a range.
        if (end + 1 < m_markup.size() && m_markup[end] == QLatin1Char('.') && m_markup[end + 1].isDigit()) {
            end += 2;
            while (end < m_markup.size() && m_markup[end].isDigit())
                ++end;
        }
        token.type = Token::Type::Number;
    } else if (c.isLetter() || c == QLatin1Char('_')) {
        while (end < m_markup.size() && isWordChar(m_markup[end]))
            ++end;
        if (end < m_markup.size() && m_markup[end] == QLatin1Char('?'))
            ++end;
        token.type = Token::Type::Identifier;
    } else {
        static const char *const pairs[] = {"..", "==", "!=", "<>", "<=", ">="};
        token.type = Token::Type::Punct;
        for (const char *pair : pairs) {
            if (m_markup.mid(at).startsWith(QLatin1String(pair))) {
                end = at + 2;
                break;
            }
        }
        if (end == at + 1 && !QStringView(u".[]()|:,=<>").contains(c))
            token.type = Token::Type::Invalid;
    }
    token.text = m_markup.mid(at, end - at).toString();
    token.end = end;
    return token;
}

LiquidReader::Token &LiquidReader::next()
{
    if (!m_haveToken) {
        m_token = scan(m_pos);
        m_haveToken = true;
    }
    return m_token;
}

LiquidReader::Token LiquidReader::take()
{
    Token token = next();
    m_pos = token.end;
    m_haveToken = false;
    return token;
}

bool LiquidReader::atEnd()
{
    return hasError() || next().type == Token::Type::End;
}

bool LiquidReader::accept(QStringView text)
{
    if (hasError())
        return false;
    const Token &token = next();
    if (token.type == Token::Type::String || token.text != text)
        return false;
    take();
    return true;
}

QString LiquidReader::peek()
{
    return hasError() ? QString() : next().text;
}

QString LiquidReader::identifier()
{
    if (hasError())
        return {};
    if (next().type != Token::Type::Identifier) {
        fail(LiquidText::tr("Expected a name but found '%1'").arg(next().text));
        return {};
    }
    return take().text;
}

QStringView LiquidReader::rest()
{
    const qsizetype at = m_haveToken ? m_token.offset : m_pos;
    return m_markup.mid(at).trimmed();
}

LiquidExpression LiquidReader::expression()
{
    return primary(0);
}

LiquidExpression LiquidReader::primary(int depth)
{
    LiquidExpression result;
    if (hasError())
        return result;
    if (depth > kMaxExpressionDepth) {
        fail(LiquidText::tr("Expression nested too deeply"));
        return result;
    }
    const Token token = take();
    switch (token.type) {
    case Token::Type::String:
        result.literal = LiquidValue(token.text);
        return result;
    case Token::Type::Number:
        if (token.text.contains(QLatin1Char('.')))
            result.literal = LiquidValue(token.text.toDouble());
        else
        {
            // Ruby's integers have no size limit: one beyond 64 bits keeps
            // every digit when it is printed (it is held as its text).
            bool fits = false;
            const qint64 value = token.text.toLongLong(&fits);
            result.literal = fits ? LiquidValue(value) : LiquidValue(token.text);
        }
        return result;
    case Token::Type::Identifier:
        if (token.text == QLatin1String("true") || token.text == QLatin1String("false")) {
            result.literal = LiquidValue(token.text == QLatin1String("true"));
            return result;
        }
        if (token.text == QLatin1String("nil") || token.text == QLatin1String("null"))
            return result;
        if (token.text == QLatin1String("empty") || token.text == QLatin1String("blank")) {
            result.kind = token.text == QLatin1String("empty") ? LiquidExpression::Kind::Empty
                                                               : LiquidExpression::Kind::Blank;
            return result;
        }
        return variable(token, depth);
    case Token::Type::Punct:
        if (token.text == QLatin1String("(")) {
            result.kind = LiquidExpression::Kind::Range;
            result.from = std::make_shared<LiquidExpression>(primary(depth + 1));
            if (!accept(u".."))
                fail(LiquidText::tr("Expected '..' in a range"));
            result.to = std::make_shared<LiquidExpression>(primary(depth + 1));
            if (!accept(u")"))
                fail(LiquidText::tr("Expected ')' to close a range"));
            return result;
        }
        if (token.text == QLatin1String("["))
            return variable(token, depth);
        break;
    default:
        break;
    }
    m_haveToken = true;
    m_token = token;
    m_pos = token.offset;
    fail(token.type == Token::Type::End ? LiquidText::tr("Expected a value")
                                        : LiquidText::tr("Unexpected '%1'").arg(token.text));
    return result;
}

LiquidExpression LiquidReader::variable(const Token &first, int depth)
{
    LiquidExpression result;
    result.kind = LiquidExpression::Kind::Variable;
    if (first.text == QLatin1String("[")) {
        result.from = std::make_shared<LiquidExpression>(primary(depth + 1));
        if (!accept(u"]"))
            fail(LiquidText::tr("Expected ']'"));
    } else {
        result.name = first.text;
    }
    while (!hasError()) {
        if (accept(u".")) {
            LiquidExpression::Lookup lookup;
            lookup.key = identifier();
            result.lookups << lookup;
        } else if (accept(u"[")) {
            LiquidExpression::Lookup lookup;
            lookup.index = std::make_shared<LiquidExpression>(primary(depth + 1));
            if (!accept(u"]"))
                fail(LiquidText::tr("Expected ']'"));
            result.lookups << lookup;
        } else {
            break;
        }
    }
    return result;
}

QList<LiquidFilterCall> LiquidReader::filters()
{
    QList<LiquidFilterCall> result;
    while (!hasError() && accept(u"|")) {
        LiquidFilterCall call;
        call.name = identifier();
        if (accept(u":")) {
            do {
                // key: value is an option, anything else an argument.
                const Token ahead = next();
                if (ahead.type == Token::Type::Identifier && scan(ahead.end).text == QLatin1String(":")) {
                    take();
                    take();
                    call.options.append({ahead.text, expression()});
                } else {
                    call.args << expression();
                }
            } while (!hasError() && accept(u","));
        }
        result << call;
    }
    return result;
}

LiquidFilteredExpression LiquidReader::filteredExpression()
{
    LiquidFilteredExpression result;
    result.value = expression();
    result.filters = filters();
    return result;
}

LiquidCondition LiquidReader::condition()
{
    static const QStringList operators = {QStringLiteral("=="), QStringLiteral("!="), QStringLiteral("<>"),
                                          QStringLiteral("<"),  QStringLiteral(">"),  QStringLiteral("<="),
                                          QStringLiteral(">="), QStringLiteral("contains")};
    LiquidCondition result;
    while (!hasError()) {
        LiquidComparison comparison;
        comparison.left = expression();
        const QString op = peek();
        if (operators.contains(op) && next().type != Token::Type::String) {
            take();
            comparison.op = op;
            comparison.right = expression();
        }
        result.comparisons << comparison;
        if (accept(u"and"))
            result.joins << QStringLiteral("and");
        else if (accept(u"or"))
            result.joins << QStringLiteral("or");
        else
            break;
    }
    return result;
}

void LiquidReader::expectEnd()
{
    if (!atEnd())
        fail(LiquidText::tr("Unexpected '%1'").arg(next().text));
}

} // namespace postwright
