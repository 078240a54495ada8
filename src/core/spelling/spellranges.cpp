// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spelling/spellranges.h"

#include "render/mathspans.h"

#include <QRegularExpression>
#include <QString>

#include <algorithm>

namespace postwright::spelling {
namespace {

struct Span
{
    qsizetype start = 0;
    qsizetype end = 0;
};

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019';
}

// Columns of leading white space (a tab runs to the next multiple of 4).
int indentColumns(QStringView line)
{
    int columns = 0;
    for (const QChar c : line) {
        if (c == u' ')
            ++columns;
        else if (c == u'\t')
            columns += 4 - columns % 4;
        else
            break;
    }
    return columns;
}

bool isWholeLineSkipped(QStringView line)
{
    static const QRegularExpression fenceOpener(QStringLiteral(R"(^ {0,3}(`{3,}|~{3,}))"));
    static const QRegularExpression listOrQuote(QStringLiteral(R"(^\s*([-*+]|\d{1,9}[.)])(\s|$)|^\s*>)"));
    // "[label]: url "title"" defines a link target; nothing of it is shown.
    static const QRegularExpression referenceDefinition(QStringLiteral(R"(^ {0,3}\[(?!\^)[^\]]+\]:(\s|$))"));
    if (line.trimmed().isEmpty())
        return true;
    if (fenceOpener.match(line).hasMatch() || referenceDefinition.match(line).hasMatch())
        return true;
    // Indented code; an indented list item or quote is text.
    return indentColumns(line) >= 4 && !listOrQuote.match(line).hasMatch();
}

// The end of a link target "(...)" that opens at open, past the ')'; the
// line's end when it does not close on this line.
qsizetype linkTargetEnd(QStringView line, qsizetype open)
{
    qsizetype i = open + 1;
    int depth = 1;
    bool inAngle = i < line.size() && line.at(i) == u'<';
    for (; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == u'\\') {
            ++i;
        } else if (inAngle) {
            if (c == u'>')
                inAngle = false;
        } else if (c == u'(') {
            ++depth;
        } else if (c == u')' && --depth == 0) {
            return i + 1;
        }
    }
    return line.size();
}

// TeX math on a line (the renderer's rule: $…$, $$…$$, \(…\), \[…\]), as
// UTF-16 spans of line from `from` on.
QList<Span> mathSpans(QStringView line, qsizetype from)
{
    const QStringView rest = line.sliced(from);
    if (!rest.contains(u'$') && !rest.contains(u'\\'))
        return {};
    const QByteArray utf8 = rest.toUtf8();
    MathSpans math;
    if (!math.protect(std::string_view(utf8.constData(), std::size_t(utf8.size())), 1))
        return {};
    // Byte offsets to UTF-16 ones, walking both once.
    QList<Span> spans;
    qsizetype byte = 0;
    qsizetype unit = 0;
    const auto unitAt = [&](std::size_t target) {
        while (byte < qsizetype(target) && unit < rest.size()) {
            const char32_t c = rest.at(unit).isHighSurrogate() && unit + 1 < rest.size()
                                   ? QChar::surrogateToUcs4(rest.at(unit), rest.at(unit + 1))
                                   : rest.at(unit).unicode();
            byte += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
            unit += c < 0x10000 ? 1 : 2;
        }
        return from + unit;
    };
    for (const auto &[begin, end] : math.ranges()) {
        const qsizetype start = unitAt(begin);
        spans.append({start, unitAt(end)});
    }
    return spans;
}

// Where display math that an earlier line opened ends on this line: past
// its closer, or -1 when it does not close here.
qsizetype displayMathEnd(QStringView line)
{
    const qsizetype dollars = line.indexOf(u"$$");
    const qsizetype bracket = line.indexOf(u"\\]");
    if (dollars < 0 && bracket < 0)
        return -1;
    if (bracket < 0 || (dollars >= 0 && dollars < bracket))
        return dollars + 2;
    return bracket + 2;
}

// Walks one line and collects what must not be checked.
class ExcludedSpans
{
public:
    ExcludedSpans(QStringView line, LineContext context)
        : m_line(line)
        , m_n(line.size())
    {
        if (context == LineContext::HtmlComment) {
            const qsizetype end = line.indexOf(u"-->");
            skipTo(end < 0 ? m_n : end + 3);
        } else if (context == LineContext::DisplayMath) {
            const qsizetype end = displayMathEnd(line);
            skipTo(end < 0 ? m_n : end);
        }
        m_math = mathSpans(line, m_i);
    }

    // Sorted, non-overlapping spans.
    QList<Span> take()
    {
        while (m_i < m_n)
            step();
        return std::move(m_spans);
    }

private:
    void skipTo(qsizetype end)
    {
        m_spans.append({m_i, end});
        m_i = end;
    }
    qsizetype closeOf(QStringView open, QStringView close) const
    {
        const qsizetype end = m_line.indexOf(close, m_i + open.size());
        return end < 0 ? m_n : end + close.size();
    }
    bool at(QStringView what) const { return m_line.sliced(m_i).startsWith(what); }

    void step()
    {
        while (m_nextMath < m_math.size() && m_math.at(m_nextMath).start < m_i)
            ++m_nextMath;
        if (m_nextMath < m_math.size() && m_math.at(m_nextMath).start == m_i)
            return skipTo(m_math.at(m_nextMath).end);
        const QChar c = m_line.at(m_i);
        if (c == u'\\' && m_i + 1 < m_n)
            return skipTo(m_i + 2);
        if (c == u'`')
            return codeSpan();
        if (c == u'<')
            return angle();
        if (c == u'{' && at(u"{{<"))
            return skipTo(closeOf(u"{{<", u">}}"));
        if (c == u'{' && at(u"{{%"))
            return skipTo(closeOf(u"{{%", u"%}}"));
        if (c == u'{' && at(u"{%"))
            return skipTo(closeOf(u"{%", u"%}"));
        if (c == u'{' && at(u"{{"))
            return skipTo(closeOf(u"{{", u"}}"));
        if (c == u']' && at(u"](")) {
            ++m_i;
            return skipTo(linkTargetEnd(m_line, m_i));
        }
        if (c == u']' && at(u"][")) {
            ++m_i;
            return skipTo(closeOf(u"[", u"]"));
        }
        if (c == u'[' && at(u"[^"))
            return skipTo(closeOf(u"[^", u"]"));
        if (c == u'&')
            return entity();
        if ((c == u':' && at(u"://"))
            || ((c == u'w' || c == u'W') && (m_i == 0 || !isWordChar(m_line.at(m_i - 1)))
                && m_line.sliced(m_i).startsWith(u"www.", Qt::CaseInsensitive)))
            return bareUrl(c);
        ++m_i;
    }

    // A code span closes with a run of exactly as many backticks.
    void codeSpan()
    {
        qsizetype run = 1;
        while (m_i + run < m_n && m_line.at(m_i + run) == u'`')
            ++run;
        for (qsizetype j = m_i + run; j < m_n;) {
            if (m_line.at(j) != u'`') {
                ++j;
                continue;
            }
            qsizetype other = 1;
            while (j + other < m_n && m_line.at(j + other) == u'`')
                ++other;
            if (other == run)
                return skipTo(j + other);
            j += other;
        }
        m_i += run;
    }

    void angle()
    {
        static const QRegularExpression autolink(
            QStringLiteral(R"(<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*|[^\s<>@]+@[^\s<>]+)>)"));
        static const QRegularExpression htmlTag(QStringLiteral(
            R"(</?[A-Za-z][A-Za-z0-9-]*(?:\s(?:[^<>"']|"[^"]*"|'[^']*')*)?/?>|<[!?][^>]*>)"));
        if (at(u"<!--"))
            return skipTo(closeOf(u"<!--", u"-->"));
        for (const QRegularExpression *pattern : {&autolink, &htmlTag}) {
            if (const auto m = pattern->match(m_line, m_i, QRegularExpression::NormalMatch, kAnchored); m.hasMatch())
                return skipTo(m.capturedEnd());
        }
        ++m_i;
    }

    void entity()
    {
        static const QRegularExpression pattern(
            QStringLiteral(R"(&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)"));
        if (const auto m = pattern.match(m_line, m_i, QRegularExpression::NormalMatch, kAnchored); m.hasMatch())
            return skipTo(m.capturedEnd());
        ++m_i;
    }

    // A bare URL: from its scheme to the next space.
    void bareUrl(QChar c)
    {
        qsizetype start = m_i;
        const auto inScheme = [&](QChar s) { return s.isLetterOrNumber() || s == u'+' || s == u'-' || s == u'.'; };
        while (c == u':' && start > 0 && inScheme(m_line.at(start - 1)))
            --start;
        qsizetype end = m_i;
        while (end < m_n && !m_line.at(end).isSpace() && m_line.at(end) != u'<')
            ++end;
        // The scheme's letters were passed already and may be in no span.
        while (!m_spans.isEmpty() && m_spans.constLast().end > start)
            start = std::min(start, m_spans.takeLast().start);
        m_i = start;
        skipTo(end);
    }

    static constexpr auto kAnchored = QRegularExpression::AnchorAtOffsetMatchOption;
    QStringView m_line;
    qsizetype m_n;
    qsizetype m_i = 0;
    QList<Span> m_spans;
    QList<Span> m_math;
    qsizetype m_nextMath = 0;
};

// What must not be checked, as sorted, non-overlapping spans.
QList<Span> excludedSpans(QStringView line, LineContext context)
{
    return ExcludedSpans(line, context).take();
}

bool isUpper(QChar c)
{
    return c.isUpper() || c.isTitleCase();
}

// Words that are names in code, addresses or numbers rather than prose.
bool looksLikeName(QStringView line, qsizetype start, qsizetype end)
{
    const QStringView word = line.sliced(start, end - start);
    int letters = 0;
    int uppers = 0;
    bool innerUpper = false;
    for (qsizetype k = 0; k < word.size(); ++k) {
        const QChar c = word.at(k);
        if (c.isDigit())
            return true;
        if (c.isLetter()) {
            ++letters;
            if (isUpper(c)) {
                ++uppers;
                if (k > 0)
                    innerUpper = true;
            }
        }
    }
    if (letters < 2)
        return true;
    if (uppers == letters || innerUpper)
        return true;   // ALL CAPS acronyms, camelCase and PascalCase identifiers
    const QChar before = start > 0 ? line.at(start - 1) : QChar();
    const QChar beforeThat = start > 1 ? line.at(start - 2) : QChar();
    const QChar after = end < line.size() ? line.at(end) : QChar();
    const QChar afterThat = end + 1 < line.size() ? line.at(end + 1) : QChar();
    if (before == u'@' || after == u'@' || before == u'#')
        return true;   // e-mail addresses, @mentions, #hashtags
    if ((before == u'_' && isWordChar(beforeThat)) || (after == u'_' && isWordChar(afterThat)))
        return true;   // snake_case
    if ((before == u'.' && isWordChar(beforeThat)) || (after == u'.' && afterThat.isLetter()))
        return true;   // file.md, example.com, module.member
    if (before == u':' && after == u':')
        return true;   // :emoji:
    return false;
}

} // namespace

QList<WordRange> wordsToCheck(QStringView line, LineContext context)
{
    QList<WordRange> words;
    if (context == LineContext::FrontMatter || context == LineContext::Code)
        return words;
    if (context == LineContext::Text && isWholeLineSkipped(line))
        return words;
    const QList<Span> spans = excludedSpans(line, context);
    const qsizetype n = line.size();
    qsizetype next = 0;   // the next excluded span
    qsizetype i = 0;
    while (i < n) {
        while (next < spans.size() && spans.at(next).end <= i)
            ++next;
        const qsizetype limit = next < spans.size() ? spans.at(next).start : n;
        if (i >= limit) {
            i = spans.at(next).end;
            continue;
        }
        if (!isWordChar(line.at(i))) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < limit) {
            const QChar c = line.at(i);
            if (isWordChar(c))
                ++i;
            else if (isApostrophe(c) && i + 1 < limit && isWordChar(line.at(i + 1)))
                i += 2;   // don't, l'homme
            else
                break;
        }
        if (!looksLikeName(line, start, i))
            words.append({start, i - start});
    }
    return words;
}

bool leavesDisplayMathOpen(QStringView line, LineContext context)
{
    if (context == LineContext::FrontMatter || context == LineContext::Code)
        return false;
    if (context == LineContext::DisplayMath && displayMathEnd(line) < 0)
        return !line.trimmed().isEmpty();   // math does not cross a blank line
    const QList<Span> spans = excludedSpans(line, context);
    for (const QStringView opener : {QStringView(u"$$"), QStringView(u"\\[")}) {
        for (qsizetype at = line.indexOf(opener); at >= 0; at = line.indexOf(opener, at + 1)) {
            // Inside a span (a closed formula, code, a tag) it opens
            // nothing; "\\[" itself is the escape span that starts there.
            const bool covered = std::any_of(spans.begin(), spans.end(), [&](const Span &span) {
                const bool ownEscape = opener.front() == u'\\' && span.start == at && span.end == at + 2;
                return !ownEscape && span.start <= at && at < span.end;
            });
            if (!covered)
                return true;
        }
    }
    return false;
}

QString normalizedWord(QStringView word)
{
    QString out = word.toString();
    out.replace(QChar(0x2019), QLatin1Char('\''));
    return out;
}

} // namespace postwright::spelling
