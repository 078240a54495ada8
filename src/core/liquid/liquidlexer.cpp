// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "liquidlexer.h"
#include "liquidparser.h"

#include <QCoreApplication>

namespace postwright {

namespace {

struct LiquidText
{
    Q_DECLARE_TR_FUNCTIONS(postwright::Liquid)
};

bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n')
           || c == QLatin1Char('\r') || c == QLatin1Char('\f') || c == QLatin1Char('\v');
}

class Lexer
{
public:
    Lexer(QStringView source, int firstLine) : m_source(source), m_line(firstLine) {}

    LiquidLexResult run();

private:
    // Line and column of an offset at or after the last one asked for.
    void advanceTo(qsizetype offset);
    void addText(qsizetype from, qsizetype to);
    // The end (after the closing delimiter) of a tag block such as
    // {% endraw %} that closes `name`, nested `name` tags counted; -1 if none.
    qsizetype skipBlock(qsizetype from, const QString &name, qsizetype *bodyEnd, bool *trimAfter);
    void trimPreviousText();

    QStringView m_source;
    LiquidLexResult m_result;
    qsizetype m_posOffset = 0;
    int m_line = 1;
    int m_column = 1;
    bool m_trimNext = false;
};

void Lexer::advanceTo(qsizetype offset)
{
    for (; m_posOffset < offset; ++m_posOffset) {
        if (m_source[m_posOffset] == QLatin1Char('\n')) {
            ++m_line;
            m_column = 1;
        } else {
            ++m_column;
        }
    }
}

void Lexer::addText(qsizetype from, qsizetype to)
{
    if (m_trimNext) {
        while (from < to && isSpace(m_source[from]))
            ++from;
        m_trimNext = false;
    }
    if (from >= to)
        return;
    advanceTo(from);
    LiquidToken token;
    token.kind = LiquidToken::Kind::Text;
    token.text = m_source.mid(from, to - from).toString();
    token.line = m_line;
    token.column = m_column;
    m_result.tokens << token;
}

void Lexer::trimPreviousText()
{
    if (m_result.tokens.isEmpty() || m_result.tokens.last().kind != LiquidToken::Kind::Text)
        return;
    QString &text = m_result.tokens.last().text;
    qsizetype end = text.size();
    while (end > 0 && isSpace(text[end - 1]))
        --end;
    text.truncate(end);
    if (text.isEmpty())
        m_result.tokens.removeLast();
}

qsizetype Lexer::skipBlock(qsizetype from, const QString &name, qsizetype *bodyEnd, bool *trimAfter)
{
    int depth = 1;
    qsizetype at = from;
    while (true) {
        const qsizetype open = m_source.indexOf(QLatin1String("{%"), at);
        if (open < 0)
            return -1;
        const qsizetype close = m_source.indexOf(QLatin1String("%}"), open + 2);
        if (close < 0)
            return -1;
        QStringView inner = m_source.mid(open + 2, close - open - 2);
        const bool trim = inner.endsWith(QLatin1Char('-'));
        if (inner.startsWith(QLatin1Char('-')))
            inner = inner.mid(1);
        if (trim)
            inner.chop(1);
        inner = inner.trimmed();
        const QStringView word = inner.left(inner.indexOf(QLatin1Char(' ')) < 0 ? inner.size() : inner.indexOf(QLatin1Char(' ')));
        // raw does not nest; comment does.
        if (word == name && name != QLatin1String("raw"))
            ++depth;
        else if (word == QString(QLatin1String("end") + name) && --depth == 0) {
            *bodyEnd = open;
            *trimAfter = trim;
            return close + 2;
        }
        at = close + 2;
    }
}

LiquidLexResult Lexer::run()
{
    qsizetype at = 0;
    // Past the cap the parser stops with an error: no need to read on.
    while (at < m_source.size() && m_result.tokens.size() <= kMaxLiquidTokens) {
        qsizetype open = m_source.indexOf(QLatin1Char('{'), at);
        while (open >= 0 && open + 1 < m_source.size() && m_source[open + 1] != QLatin1Char('{')
               && m_source[open + 1] != QLatin1Char('%'))
            open = m_source.indexOf(QLatin1Char('{'), open + 1);
        if (open < 0 || open + 1 >= m_source.size()) {
            addText(at, m_source.size());
            break;
        }
        const bool isTag = m_source[open + 1] == QLatin1Char('%');
        const qsizetype close = m_source.indexOf(QLatin1String(isTag ? "%}" : "}}"), open + 2);
        addText(at, open);
        advanceTo(open);
        if (close < 0) {
            m_result.errors << LiquidError{{}, m_line, m_column,
                                           isTag ? LiquidText::tr("Tag '{%' was not properly terminated with '%}'")
                                                 : LiquidText::tr("Variable '{{' was not properly terminated with '}}'")};
            addText(open, m_source.size());
            break;
        }
        QStringView inner = m_source.mid(open + 2, close - open - 2);
        if (inner.startsWith(QLatin1Char('-'))) {
            trimPreviousText();
            inner = inner.mid(1);
        }
        const bool trimAfter = inner.endsWith(QLatin1Char('-'));
        if (trimAfter)
            inner.chop(1);
        inner = inner.trimmed();
        LiquidToken token;
        token.kind = isTag ? LiquidToken::Kind::Tag : LiquidToken::Kind::Output;
        token.line = m_line;
        token.column = m_column;
        at = close + 2;
        if (!isTag) {
            token.text = inner.toString();
            m_result.tokens << token;
            m_trimNext = trimAfter;
            continue;
        }
        qsizetype nameEnd = 0;
        while (nameEnd < inner.size() && !isSpace(inner[nameEnd]))
            ++nameEnd;
        token.name = inner.left(nameEnd).toString();
        token.text = inner.mid(nameEnd).trimmed().toString();
        if (token.name == QLatin1String("raw") || token.name == QLatin1String("comment")) {
            qsizetype bodyEnd = 0;
            bool trimEnd = false;
            const qsizetype end = skipBlock(at, token.name, &bodyEnd, &trimEnd);
            if (end < 0) {
                m_result.errors << LiquidError{{}, token.line, token.column,
                                               LiquidText::tr("'%1' tag was never closed").arg(token.name)};
                addText(open, m_source.size());
                break;
            }
            m_trimNext = trimAfter;
            if (token.name == QLatin1String("raw"))
                addText(at, bodyEnd);
            m_trimNext = trimEnd;
            at = end;
            continue;
        }
        m_result.tokens << token;
        m_trimNext = trimAfter;
    }
    return m_result;
}

} // namespace

LiquidLexResult lexLiquid(QStringView source, int firstLine)
{
    return Lexer(source, firstLine).run();
}

} // namespace postwright
