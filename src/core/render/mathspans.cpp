// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Finding TeX math in Markdown (MathSpans::protect) and replacing each
// formula by a placeholder; mathrestore.cpp puts the formulas back into the
// parsed document.
#include "render/mathspans.h"

#include "render/mathplaceholders.h"

#include <algorithm>
#include <cstring>
#include <memory>

namespace postwright {

namespace {

using namespace mathplaceholders;

bool isAsciiPunct(char c)
{
    return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`')
        || (c >= '{' && c <= '~');
}

// How a line starts: block-quote markers, indentation, a list marker.
struct LineShape
{
    std::size_t content = 0;       // after quote markers and indentation
    std::size_t afterMarker = 0;   // after a list marker and its spaces
    int quotes = 0;
    int indent = 0;                // columns, after the quote markers
    bool blank = false;
    bool listItem = false;
};

LineShape shapeOf(std::string_view src, std::size_t p, std::size_t end)
{
    LineShape shape;
    for (;;) {
        shape.indent = 0;
        while (p < end && (src[p] == ' ' || src[p] == '\t')) {
            shape.indent += src[p] == '\t' ? 4 - shape.indent % 4 : 1;
            ++p;
        }
        if (p < end && src[p] == '>' && shape.indent < 4) {
            ++shape.quotes;
            ++p;
            if (p < end && src[p] == ' ')
                ++p;
            continue;
        }
        break;
    }
    shape.content = p;
    shape.blank = p == end || (p + 1 == end && src[p] == '\r');
    std::size_t q = p;
    if (q < end && (src[q] == '-' || src[q] == '*' || src[q] == '+')) {
        ++q;
    } else {
        const std::size_t digits = q;
        while (q < end && q - digits < 9 && isDigit(src[q]))
            ++q;
        if (q == digits || q >= end || (src[q] != '.' && src[q] != ')'))
            return shape;
        ++q;
    }
    if (q < end && src[q] != ' ' && src[q] != '\t' && src[q] != '\r')
        return shape;
    while (q < end && (src[q] == ' ' || src[q] == '\t'))
        ++q;
    shape.listItem = true;
    shape.afterMarker = q;
    return shape;
}

// Length of a code fence (``` or ~~~) at p, 0 if none.
int fenceRun(std::string_view src, std::size_t p, std::size_t end, char &fenceChar)
{
    if (p >= end || (src[p] != '`' && src[p] != '~'))
        return 0;
    const char c = src[p];
    std::size_t q = p;
    while (q < end && src[q] == c)
        ++q;
    if (q - p < 3)
        return 0;
    if (c == '`' && src.substr(q, end - q).find('`') != npos)
        return 0;   // a backtick fence's info string has no backtick
    fenceChar = c;
    return int(q - p);
}

// The container prefix of a formula's next line: indentation and up to
// `quotes` block-quote markers. It stays in the Markdown.
std::size_t skipPrefix(std::string_view src, std::size_t p, std::size_t end, int quotes)
{
    for (;;) {
        while (p < end && (src[p] == ' ' || src[p] == '\t'))
            ++p;
        if (quotes > 0 && p < end && src[p] == '>') {
            --quotes;
            ++p;
            continue;
        }
        return p;
    }
}
// What a line is to the formula search: code (skipped), a break (a blank
// line or a fence: formulas do not cross it), or text.
enum class LineClass { Code, Break, Text };

// Classifies lines just enough to leave code blocks alone and to keep
// formulas inside one paragraph-like run of lines (a segment).
class LineClassifier
{
public:
    // inSegment: the line before was text of a segment.
    LineClass classify(std::string_view src, const LineShape &shape, std::size_t eol, bool inSegment)
    {
        if (m_fenceChar != 0 && (shape.blank || shape.quotes >= m_fenceQuotes)) {
            char c = 0;
            const int run = fenceRun(src, shape.content, eol, c);
            if (run >= m_fenceLength && c == m_fenceChar
                && restIsBlank(src, shape.content + std::size_t(run), eol))
                m_fenceChar = 0;
            return LineClass::Code;
        }
        m_fenceChar = 0;   // a quote that ends closes its fence
        if (shape.blank) {
            m_previousBlank = true;
            return LineClass::Break;
        }
        char c = 0;
        const int run = fenceRun(src, shape.listItem ? shape.afterMarker : shape.content, eol, c);
        if (run > 0 && (shape.indent < 4 || shape.listItem)) {
            m_fenceChar = c;
            m_fenceLength = run;
            m_fenceQuotes = shape.quotes;
            m_inList = m_inList || shape.listItem;
            m_previousBlank = m_inIndentedCode = false;
            return LineClass::Break;
        }
        if (shape.indent >= 4 && !m_inList && (m_previousBlank || m_inIndentedCode) && !inSegment) {
            m_inIndentedCode = true;
            m_previousBlank = false;
            return LineClass::Code;
        }
        m_inIndentedCode = false;
        if (shape.listItem)
            m_inList = true;
        else if (m_previousBlank && shape.indent == 0)
            m_inList = false;
        m_previousBlank = false;
        return LineClass::Text;
    }

private:
    char m_fenceChar = 0;
    int m_fenceLength = 0;
    int m_fenceQuotes = 0;
    bool m_previousBlank = true;
    bool m_inIndentedCode = false;
    bool m_inList = false;
};

} // namespace

std::vector<std::pair<std::size_t, std::size_t>> MathSpans::ranges() const
{
    std::vector<std::pair<std::size_t, std::size_t>> out;
    out.reserve(m_spans.size());
    for (const Span &span : m_spans)
        out.emplace_back(span.begin, span.end);
    return out;
}

bool MathSpans::protect(std::string_view src, int firstLine)
{
    m_spans.clear();
    m_text.clear();
    // Most posts have no math at all: three memchr-speed searches.
    if (src.find('$') == npos && src.find("\\(") == npos && src.find("\\[") == npos)
        return false;

    LineClassifier classifier;
    std::size_t segmentBegin = npos;
    int segmentLine = 0;
    const auto endSegment = [&](std::size_t at) {
        if (segmentBegin != npos)
            scanSegment(src, segmentBegin, at, segmentLine);
        segmentBegin = npos;
    };

    int line = firstLine;
    std::size_t pos = 0;
    for (; pos < src.size(); ++line) {
        const auto *newline =
            static_cast<const char *>(std::memchr(src.data() + pos, '\n', src.size() - pos));
        const std::size_t eol = newline ? std::size_t(newline - src.data()) : src.size();
        const std::size_t next = newline ? eol + 1 : src.size();
        switch (classifier.classify(src, shapeOf(src, pos, eol), eol, segmentBegin != npos)) {
        case LineClass::Code:
            break;
        case LineClass::Break:
            endSegment(pos);
            break;
        case LineClass::Text:
            if (segmentBegin == npos) {
                segmentBegin = pos;
                segmentLine = line;
            }
            break;
        }
        pos = next;
    }
    endSegment(src.size());
    if (m_spans.empty())
        return false;
    build(src);
    return true;
}

namespace {

enum class Closer { Paren, Bracket, Display, Inline };

enum class Step { Continue, Found, Missing };

// One step of the search for a closer at `j`: found there, none to the
// end, or the next position to look at (an escape is skipped whole).
Step closerStep(std::string_view src, std::size_t &j, std::size_t end, Closer kind)
{
    switch (kind) {
    case Closer::Paren:
    case Closer::Bracket:
        if (j + 1 >= end)
            return Step::Missing;
        if (src[j] == '\\') {
            if (src[j + 1] == (kind == Closer::Paren ? ')' : ']'))
                return Step::Found;
            j += 2;
        } else {
            ++j;
        }
        return Step::Continue;
    case Closer::Display:
        if (j + 1 >= end)
            return Step::Missing;
        if (src[j] == '\\')
            j += 2;
        else if (src[j] == '$' && src[j + 1] == '$')
            return Step::Found;
        else
            ++j;
        return Step::Continue;
    case Closer::Inline:
        if (j >= end)
            return Step::Missing;
        if (src[j] == '\\') {
            j += 2;
            return Step::Continue;
        }
        if (src[j] == '$' && !isSpace(src[j - 1]) && (j + 1 >= end || !isDigit(src[j + 1])))
            return Step::Found;
        ++j;
        return Step::Continue;
    }
    return Step::Missing;
}

// Finds closers in one segment. A search that finds none marks the
// positions it passed; a later search that reaches one of them would walk
// the same path to the same end, so it stops there. Each position is
// passed by at most one failed search of each kind: the segment is read a
// bounded number of times however many openers lack a closer.
class CloserSearch
{
public:
    CloserSearch(std::string_view src, std::size_t begin, std::size_t end)
        : m_src(src)
        , m_begin(begin)
        , m_end(end)
    {
    }

    // Where the closer of `kind` is at or after `from`, or npos.
    std::size_t find(Closer kind, std::size_t from)
    {
        std::vector<bool> &missing = m_missing[std::size_t(kind)];
        if (missing.empty())
            missing.resize(m_end - m_begin);
        std::size_t j = from;
        for (;;) {
            if (j < m_end && missing[j - m_begin])
                break;
            const std::size_t at = j;
            const Step step = closerStep(m_src, j, m_end, kind);
            if (step == Step::Found)
                return at;
            if (step == Step::Missing)
                break;
        }
        for (j = from; j < m_end && !missing[j - m_begin];) {
            missing[j - m_begin] = true;
            if (closerStep(m_src, j, m_end, kind) != Step::Continue)
                break;
        }
        return npos;
    }

private:
    std::string_view m_src;
    std::size_t m_begin;
    std::size_t m_end;
    std::vector<bool> m_missing[4];
};

} // namespace

void MathSpans::scanSegment(std::string_view src, std::size_t begin, std::size_t end, int line)
{
    const std::string_view segment = src.substr(begin, end - begin);
    if (segment.find('$') == npos && segment.find('\\') == npos)
        return;

    std::size_t counted = begin;
    const auto lineOf = [&](std::size_t p) {
        line += int(std::count(src.begin() + std::ptrdiff_t(counted), src.begin() + std::ptrdiff_t(p), '\n'));
        counted = p;
        return line;
    };
    CloserSearch closers(src, begin, end);

    std::size_t i = begin;
    while (i < end) {
        i = src.find_first_of("\\`$", i);
        if (i == npos || i >= end)
            return;
        const char c = src[i];
        if (c == '\\') {
            if (i + 1 >= end)
                return;
            const char n = src[i + 1];
            if (n == '(' || n == '[') {
                const std::size_t j = closers.find(n == '(' ? Closer::Paren : Closer::Bracket, i + 2);
                if (j != npos && addSpan(src, i, j + 2, i + 2, j, n == '[', lineOf(i))) {
                    i = j + 2;
                    continue;
                }
                i += 2;
                continue;
            }
            i += isAsciiPunct(n) ? 2 : 1;
            continue;
        }
        if (c == '`') {
            // A code span: skip to the closing run of as many backticks.
            std::size_t run = 0;
            while (i + run < end && src[i + run] == '`')
                ++run;
            std::size_t j = i + run;
            std::size_t after = i + run;
            while (j < end) {
                const std::size_t k = src.find('`', j);
                if (k == npos || k >= end)
                    break;
                std::size_t r = 0;
                while (k + r < end && src[k + r] == '`')
                    ++r;
                if (r == run) {
                    after = k + r;
                    break;
                }
                j = k + r;
            }
            i = after;
            continue;
        }
        // '$'
        if (i + 1 < end && src[i + 1] == '$') {
            const std::size_t j = closers.find(Closer::Display, i + 2);
            if (j != npos && addSpan(src, i, j + 2, i + 2, j, true, lineOf(i))) {
                i = j + 2;
                continue;
            }
            i += 2;
            continue;
        }
        if (i + 1 < end && !isSpace(src[i + 1])) {
            const std::size_t j = closers.find(Closer::Inline, i + 1);
            if (j != npos && addSpan(src, i, j + 1, i + 1, j, false, lineOf(i))) {
                i = j + 1;
                continue;
            }
        }
        ++i;
    }
}

bool MathSpans::addSpan(std::string_view src, std::size_t begin, std::size_t end,
                        std::size_t texBegin, std::size_t texEnd, bool display, int line)
{
    if (restIsBlank(src, texBegin, texEnd))
        return false;
    Span span;
    span.begin = begin;
    span.end = end;
    span.display = display;
    span.firstLine = span.lastLine = line;

    int quotes = 0;
    if (src.substr(begin, end - begin).find('\n') != npos) {
        const std::size_t lineStart = src.rfind('\n', begin) == npos ? 0 : src.rfind('\n', begin) + 1;
        quotes = shapeOf(src, lineStart, begin).quotes;
    }
    // Walk the lines of the span: each one's text without its prefix.
    std::size_t p = begin;
    for (;;) {
        const std::size_t newline = src.find('\n', p);
        const std::size_t stop = newline == npos || newline >= end ? end : newline;
        span.pieces.emplace_back(src.substr(p, stop - p));
        const std::size_t from = std::max(p, texBegin);
        const std::size_t to = std::min(stop, texEnd);
        if (from < to)
            span.tex.append(src.substr(from, to - from));
        if (stop == end)
            break;
        span.tex += '\n';
        ++span.lastLine;
        const std::size_t nextLine = stop + 1;
        const std::size_t lineEnd = std::min(src.find('\n', nextLine), src.size());
        p = std::min(skipPrefix(src, nextLine, std::min(lineEnd, end), quotes), end);
        span.prefixes.emplace_back(src.substr(nextLine, p - nextLine));
    }
    m_spans.push_back(std::move(span));
    return true;
}

void MathSpans::build(std::string_view src)
{
    m_text.reserve(src.size() + m_spans.size() * 8);
    std::size_t last = 0;
    for (std::size_t k = 0; k < m_spans.size(); ++k) {
        const Span &span = m_spans[k];
        m_text.append(src.substr(last, span.begin - last));
        m_text.append(tokenOpen).append(std::to_string(k)).append(tokenClose);
        for (const std::string &prefix : span.prefixes)
            m_text.append(1, '\n').append(prefix).append(lineMarker);
        last = span.end;
    }
    m_text.append(src.substr(last));
}

} // namespace postwright
