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
    NextFinder(QStringView text, qsizetype to)
        : m_text(text.first(to))
    {
    }

    // First index at or after from where needle starts, or -1.
    qsizetype find(QStringView needle, qsizetype from)
    {
        Memo &memo = m_memo[needle.toString()];
        if (memo.from >= 0 && memo.from <= from && (memo.at < 0 || from <= memo.at))
            return memo.at;
        memo = {from, m_text.indexOf(needle, from)};
        return memo.at;
    }

private:
    struct Memo
    {
        qsizetype from = -1;
        qsizetype at = -1;
    };
    QStringView m_text;
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
            i = end > i ? end : i + 1;
        } else {
            ++i;
        }
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
    const std::unique_ptr<cmark_iter, void (*)(cmark_iter *)> iter(cmark_iter_new(document.get()), cmark_iter_free);
    for (cmark_event_type event; (event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE;) {
        if (event != CMARK_EVENT_ENTER)
            continue;
        cmark_node *node = cmark_iter_get_node(iter.get());
        const cmark_node_type type = cmark_node_get_type(node);
        if (type == CMARK_NODE_CODE_BLOCK) {
            ranges.append(lineSpan(node));
        } else if (type == CMARK_NODE_HTML_BLOCK) {
            const TextRange span = lineSpan(node);
            const auto &first = lines.line(lines.lineAt(span.start));
            if (isPreformattedBlock(markdown.sliced(first.start, first.end - first.start)))
                ranges.append(span);
            else
                scanProse(markdown, span.start, span.end, false, ranges);
        } else if (type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING) {
            const TextRange span = lineSpan(node);
            scanProse(markdown, span.start, span.end, true, ranges);
        }
    }
    std::sort(ranges.begin(), ranges.end(), [](const TextRange &a, const TextRange &b) { return a.start < b.start; });
    return ranges;
}

} // namespace postwright
