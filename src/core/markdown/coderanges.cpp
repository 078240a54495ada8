// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// cmark-gfm says which lines are code blocks, HTML blocks and prose; the
// prose lines are then scanned for code spans and tags, which cmark keeps
// no source columns for.
#include "markdown/coderanges.h"

#include "text/lineindex.h"

#include <QHash>
#include <QSet>
#include <QRegularExpression>

#include <cmark-gfm.h>

#include <algorithm>
#include <memory>

namespace postwright {
namespace {

bool isTagNameChar(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
           || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-');
}

bool isAttributeNameChar(QChar c)
{
    return isTagNameChar(c) || c == QLatin1Char('_') || c == QLatin1Char(':') || c == QLatin1Char('.');
}

qsizetype skipSpace(QStringView text, qsizetype i, qsizetype to)
{
    while (i < to && text.at(i).isSpace())
        ++i;
    return i;
}

// The next place a string (a quote, "-->") starts in text[..., to). The last
// answer for each string is kept: tag after tag that never closes is then
// read once, not once per "<".
class NextFinder final
{
public:
    NextFinder(QStringView text, qsizetype to, Qt::CaseSensitivity cs = Qt::CaseSensitive)
        : m_text(text.first(to))
        , m_cs(cs)
    {
    }

    // First index at or after from where needle starts, or -1.
    qsizetype find(QStringView needle, qsizetype from)
    {
        Memo &memo = m_memo[needle.toString()];
        if (memo.from >= 0 && memo.from <= from && (memo.at < 0 || from <= memo.at))
            return memo.at;
        memo = {from, m_text.indexOf(needle, from, m_cs)};
        return memo.at;
    }

private:
    struct Memo
    {
        qsizetype from = -1;
        qsizetype at = -1;
    };
    QStringView m_text;
    Qt::CaseSensitivity m_cs = Qt::CaseSensitive;
    QHash<QString, Memo> m_memo;
};

// The end of the HTML tag that opens at text[i] ('<'), adding its attribute
// values to out; -1 when no tag starts there (CommonMark's raw HTML: an open
// or closing tag, a comment, a declaration or processing instruction).
qsizetype htmlTagEnd(QStringView text, qsizetype i, qsizetype to, NextFinder &next, QList<TextRange> &out)
{
    const QStringView rest = text.sliced(i, to - i);
    if (rest.startsWith(u"<!--") || rest.startsWith(u"<?") || rest.startsWith(u"<!")) {
        const QStringView close = rest.startsWith(u"<!--") ? QStringView(u"-->") : rest.startsWith(u"<?") ? QStringView(u"?>") : QStringView(u">");
        const qsizetype end = next.find(close, i + 2);
        return end < 0 ? -1 : end + close.size();
    }
    qsizetype j = i + 1;
    const bool closing = j < to && text.at(j) == QLatin1Char('/');
    if (closing)
        ++j;
    if (j >= to || !text.at(j).isLetter() || text.at(j).unicode() > 0x7F)
        return -1;
    while (j < to && isTagNameChar(text.at(j)))
        ++j;
    QList<TextRange> values;
    while (!closing) {
        const qsizetype name = skipSpace(text, j, to);
        if (name == j || name >= to || !(text.at(name).isLetter() || text.at(name) == QLatin1Char('_') || text.at(name) == QLatin1Char(':')))
            break;   // an attribute needs white space before it
        j = name;
        while (j < to && isAttributeNameChar(text.at(j)))
            ++j;
        const qsizetype equals = skipSpace(text, j, to);
        if (equals >= to || text.at(equals) != QLatin1Char('='))
            continue;   // an attribute without a value
        const qsizetype value = skipSpace(text, equals + 1, to);
        if (value >= to)
            return -1;
        const QChar quote = text.at(value);
        qsizetype end = value;
        if (quote == QLatin1Char('"') || quote == QLatin1Char('\'')) {
            end = next.find(text.sliced(value, 1), value + 1);
            if (end < 0)
                return -1;
            ++end;
        } else {
            while (end < to && !text.at(end).isSpace() && !QStringView(u"\"'=<>`").contains(text.at(end)))
                ++end;
            if (end == value)
                return -1;
        }
        values.append({value, end});
        j = end;
    }
    j = skipSpace(text, j, to);
    if (!closing && j < to && text.at(j) == QLatin1Char('/'))
        ++j;
    if (j >= to || text.at(j) != QLatin1Char('>'))
        return -1;
    out.append(values);
    return j + 1;
}

// The end of the destination of an inline link or image whose "(" is at
// text[open], or -1 when none is there (CommonMark: "<...>" on one line, or
// a run without blanks or controls whose parentheses balance, nested at most
// 32 deep as cmark allows, so a scan that fails has read a bounded stretch).
TextRange linkDestination(QStringView text, qsizetype open, qsizetype to, NextFinder &next)
{
    const qsizetype start = skipSpace(text, open + 1, to);
    if (start < to && text.at(start) == QLatin1Char('<')) {
        const qsizetype close = next.find(u">", start + 1);
        const qsizetype breakAt = next.find(u"\n", start + 1);
        const qsizetype reopen = next.find(u"<", start + 1);
        if (close < 0 || (breakAt >= 0 && breakAt < close) || (reopen >= 0 && reopen < close))
            return {-1, -1};
        return {start + 1, close};
    }
    int depth = 0;
    qsizetype i = start;
    for (; i < to; ++i) {
        const QChar c = text.at(i);
        if (c.isSpace() || c.unicode() < 0x20)
            break;
        if (c == QLatin1Char('\\') && i + 1 < to && text.at(i + 1).isPunct()) {
            ++i;
        } else if (c == QLatin1Char('(')) {
            if (++depth > 32)
                return {-1, -1};
        } else if (c == QLatin1Char(')')) {
            if (depth == 0)
                break;
            --depth;
        }
    }
    if (depth != 0 || i == start)
        return {-1, -1};
    return {start, i};
}

// The end of the inline element whose open tag ends at text[from] when it
// holds code, text a reader copies as it is (<code>, <samp>, <kbd>, <var>):
// the start of its closing tag, or -1.
qsizetype inlineCodeEnd(QStringView text, qsizetype tagStart, qsizetype from, NextFinder &closers)
{
    static const QStringView names[] = {u"code", u"samp", u"kbd", u"var"};
    for (const QStringView name : names) {
        const qsizetype after = tagStart + 1 + name.size();
        if (after < text.size() && text.sliced(tagStart + 1, name.size()).compare(name, Qt::CaseInsensitive) == 0
            && !isTagNameChar(text.at(after))) {
            return closers.find(QString(QStringLiteral("</") + name.toString()), from);
        }
    }
    return -1;
}

// Where each run of backticks in text[from, to) starts, by its length: a
// code span's closer is found without reading the text again.
QHash<qsizetype, QList<qsizetype>> backtickRuns(QStringView text, qsizetype from, qsizetype to)
{
    QHash<qsizetype, QList<qsizetype>> runs;
    for (qsizetype i = from; i < to;) {
        if (text.at(i) != QLatin1Char('`')) {
            ++i;
            continue;
        }
        qsizetype run = 1;
        while (i + run < to && text.at(i + run) == QLatin1Char('`'))
            ++run;
        runs[run].append(i);
        i += run;
    }
    return runs;
}

// Code spans and tags in prose text[from, to): a run of backticks opens a
// span that the next run of exactly as many closes (CommonMark); an escaped
// backtick opens nothing.
void scanProse(QStringView text, qsizetype from, qsizetype to, bool codeSpans, QList<TextRange> &out)
{
    const QHash<qsizetype, QList<qsizetype>> runs = codeSpans ? backtickRuns(text, from, to) : QHash<qsizetype, QList<qsizetype>>();
    NextFinder next(text, to);
    NextFinder closers(text, to, Qt::CaseInsensitive);
    qsizetype i = from;
    while (i < to) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') && codeSpans) {
            i += 2;
        } else if (c == QLatin1Char('`') && codeSpans) {
            qsizetype run = 1;
            while (i + run < to && text.at(i + run) == QLatin1Char('`'))
                ++run;
            // The first later run of exactly as many backticks closes it.
            qsizetype close = -1;
            if (const auto same = runs.constFind(run); same != runs.cend()) {
                const auto closer = std::upper_bound(same->cbegin(), same->cend(), i);
                if (closer != same->cend())
                    close = *closer + run;
            }
            if (close >= 0)
                out.append({i, close});
            i = close >= 0 ? close : i + run;
        } else if (c == QLatin1Char('<')) {
            const qsizetype end = htmlTagEnd(text, i, to, next, out);
            const qsizetype codeEnd = end > i ? inlineCodeEnd(text, i, end, closers) : -1;
            if (codeEnd >= 0)
                out.append({end, codeEnd});
            i = codeEnd >= 0 ? codeEnd : end > i ? end : i + 1;
        } else if (c == QLatin1Char(']') && codeSpans && i + 1 < to && text.at(i + 1) == QLatin1Char('(')) {
            // A link's or image's destination is a path or URL: repairing
            // it would point it at a file that is not there.
            const TextRange destination = linkDestination(text, i + 1, to, next);
            if (destination.start >= 0 && destination.end > destination.start)
                out.append(destination);
            i = destination.start >= 0 ? destination.end : i + 1;
        } else {
            ++i;
        }
    }
}

// The destinations of link reference definitions ("[label]: destination"),
// which cmark takes out of the paragraphs; the destination may stand on
// the next line. Lines in code blocks are skipped.
void referenceDestinations(QStringView markdown, const LineIndex &lines, const QList<TextRange> &blocks,
                           QList<TextRange> &out)
{
    static const QRegularExpression definition(QStringLiteral(R"(^[ \t>]*\[(?:[^\]\\]|\\.)+\]:[ \t]*)"));
    qsizetype block = 0;
    for (qsizetype n = 0; n < lines.count(); ++n) {
        const auto &line = lines.line(n);
        while (block < blocks.size() && blocks.at(block).end <= line.start)
            ++block;
        if (block < blocks.size() && blocks.at(block).start <= line.start)
            continue;
        const QStringView text = markdown.sliced(line.start, line.end - line.start);
        const QRegularExpressionMatch m = definition.match(text);
        if (!m.hasMatch())
            continue;
        qsizetype start = line.start + m.capturedEnd();
        qsizetype end = line.end;
        if (start >= end && n + 1 < lines.count()) {
            const auto &nextLine = lines.line(n + 1);
            start = skipSpace(markdown, nextLine.start, nextLine.end);
            end = nextLine.end;
        }
        if (start < end && markdown.at(start) == QLatin1Char('<')) {
            const qsizetype close = markdown.sliced(start, end - start).indexOf(QLatin1Char('>'));
            if (close > 0)
                out.append({start + 1, start + close});
            continue;
        }
        qsizetype stop = start;
        while (stop < end && !markdown.at(stop).isSpace())
            ++stop;
        if (stop > start)
            out.append({start, stop});
    }
}

// A block of raw HTML that is code from its first line to its last.
bool isPreformattedBlock(QStringView firstLine)
{
    static const QRegularExpression opener(QStringLiteral(R"(^[\s>]*<(pre|script|style|textarea)(\s|>|$))"),
                                           QRegularExpression::CaseInsensitiveOption);
    return opener.match(firstLine).hasMatch();
}

} // namespace

QList<TextRange> markdownCodeRanges(QStringView markdown)
{
    QList<TextRange> ranges;
    const QByteArray utf8 = markdown.toUtf8();
    const std::unique_ptr<cmark_node, void (*)(cmark_node *)> document(
        cmark_parse_document(utf8.constData(), size_t(utf8.size()), CMARK_OPT_DEFAULT), cmark_node_free);
    if (!document)
        return ranges;
    const LineIndex lines(markdown);
    const auto lineSpan = [&](cmark_node *node) {
        const qsizetype first = std::clamp<qsizetype>(cmark_node_get_start_line(node) - 1, 0, lines.count() - 1);
        const qsizetype last = std::clamp<qsizetype>(cmark_node_get_end_line(node) - 1, first, lines.count() - 1);
        return TextRange{lines.line(first).start, lines.line(last).end};
    };
    QList<TextRange> codeBlocks;   // in document order
    const std::unique_ptr<cmark_iter, void (*)(cmark_iter *)> iter(cmark_iter_new(document.get()), cmark_iter_free);
    for (cmark_event_type event; (event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE;) {
        if (event != CMARK_EVENT_ENTER)
            continue;
        cmark_node *node = cmark_iter_get_node(iter.get());
        const cmark_node_type type = cmark_node_get_type(node);
        if (type == CMARK_NODE_CODE_BLOCK) {
            ranges.append(lineSpan(node));
            codeBlocks.append(ranges.back());
        } else if (type == CMARK_NODE_HTML_BLOCK) {
            const TextRange span = lineSpan(node);
            const auto &first = lines.line(lines.lineAt(span.start));
            codeBlocks.append(span);
            if (isPreformattedBlock(markdown.sliced(first.start, first.end - first.start)))
                ranges.append(span);
            else
                scanProse(markdown, span.start, span.end, false, ranges);
        } else if (type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING) {
            const TextRange span = lineSpan(node);
            scanProse(markdown, span.start, span.end, true, ranges);
        }
    }
    std::sort(codeBlocks.begin(), codeBlocks.end(), [](const TextRange &a, const TextRange &b) { return a.start < b.start; });
    referenceDestinations(markdown, lines, codeBlocks, ranges);
    std::sort(ranges.begin(), ranges.end(), [](const TextRange &a, const TextRange &b) { return a.start < b.start; });
    return ranges;
}

} // namespace postwright
