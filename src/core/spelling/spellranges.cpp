// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spelling/spellranges.h"

#include <QRegularExpression>
#include <QString>

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

bool at(QStringView line, qsizetype i, QStringView what)
{
    return line.sliced(i).startsWith(what);
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

// What must not be checked, as sorted, non-overlapping spans.
QList<Span> excludedSpans(QStringView line, LineContext context)
{
    static const QRegularExpression autolink(
        QStringLiteral(R"(<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*|[^\s<>@]+@[^\s<>]+)>)"));
    static const QRegularExpression htmlTag(QStringLiteral(
        R"(</?[A-Za-z][A-Za-z0-9-]*(?:\s(?:[^<>"']|"[^"]*"|'[^']*')*)?/?>|<[!?][^>]*>)"));
    static const QRegularExpression entity(QStringLiteral(R"(&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)"));
    constexpr auto anchored = QRegularExpression::AnchorAtOffsetMatchOption;

    QList<Span> spans;
    const qsizetype n = line.size();
    qsizetype i = 0;
    auto skipTo = [&](qsizetype end) {
        spans.append({i, end});
        i = end;
    };
    auto closeOf = [&](QStringView open, QStringView close) {
        const qsizetype end = line.indexOf(close, i + open.size());
        return end < 0 ? n : end + close.size();
    };

    if (context == LineContext::HtmlComment) {
        const qsizetype end = line.indexOf(u"-->");
        skipTo(end < 0 ? n : end + 3);
    }
    while (i < n) {
        const QChar c = line.at(i);
        if (c == u'\\' && i + 1 < n) {
            skipTo(i + 2);
        } else if (c == u'`') {
            // A code span closes with a run of exactly as many backticks.
            qsizetype run = 1;
            while (i + run < n && line.at(i + run) == u'`')
                ++run;
            qsizetype j = i + run;
            qsizetype close = -1;
            while (j < n) {
                if (line.at(j) != u'`') {
                    ++j;
                    continue;
                }
                qsizetype other = 1;
                while (j + other < n && line.at(j + other) == u'`')
                    ++other;
                if (other == run) {
                    close = j + other;
                    break;
                }
                j += other;
            }
            if (close < 0)
                i += run;
            else
                skipTo(close);
        } else if (c == u'<') {
            if (at(line, i, u"<!--")) {
                skipTo(closeOf(u"<!--", u"-->"));
            } else if (const auto m = autolink.match(line, i, QRegularExpression::NormalMatch, anchored); m.hasMatch()) {
                skipTo(m.capturedEnd());
            } else if (const auto t = htmlTag.match(line, i, QRegularExpression::NormalMatch, anchored); t.hasMatch()) {
                skipTo(t.capturedEnd());
            } else {
                ++i;
            }
        } else if (c == u'{' && at(line, i, u"{{<")) {
            skipTo(closeOf(u"{{<", u">}}"));
        } else if (c == u'{' && at(line, i, u"{{%")) {
            skipTo(closeOf(u"{{%", u"%}}"));
        } else if (c == u'{' && at(line, i, u"{%")) {
            skipTo(closeOf(u"{%", u"%}"));
        } else if (c == u'{' && at(line, i, u"{{")) {
            skipTo(closeOf(u"{{", u"}}"));
        } else if (c == u']' && at(line, i, u"](")) {
            ++i;
            skipTo(linkTargetEnd(line, i));
        } else if (c == u']' && at(line, i, u"][")) {
            ++i;
            skipTo(closeOf(u"[", u"]"));
        } else if (c == u'[' && at(line, i, u"[^")) {
            skipTo(closeOf(u"[^", u"]"));
        } else if (c == u'&') {
            if (const auto m = entity.match(line, i, QRegularExpression::NormalMatch, anchored); m.hasMatch())
                skipTo(m.capturedEnd());
            else
                ++i;
        } else if ((c == u':' && at(line, i, u"://")) || ((c == u'w' || c == u'W') && (i == 0 || !isWordChar(line.at(i - 1)))
                                                          && line.sliced(i).startsWith(u"www.", Qt::CaseInsensitive))) {
            // A bare URL: from its scheme to the next space.
            qsizetype start = i;
            while (c == u':' && start > 0 && (line.at(start - 1).isLetterOrNumber() || line.at(start - 1) == u'+'
                                              || line.at(start - 1) == u'-' || line.at(start - 1) == u'.'))
                --start;
            qsizetype end = i;
            while (end < n && !line.at(end).isSpace() && line.at(end) != u'<')
                ++end;
            // The scheme's letters were passed already and may be in no span.
            while (!spans.isEmpty() && spans.constLast().end > start)
                start = std::min(start, spans.takeLast().start);
            i = start;
            skipTo(end);
        } else {
            ++i;
        }
    }
    return spans;
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

QString normalizedWord(QStringView word)
{
    QString out = word.toString();
    out.replace(QChar(0x2019), QLatin1Char('\''));
    return out;
}

} // namespace postwright::spelling
