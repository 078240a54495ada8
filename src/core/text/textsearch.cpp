// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/textsearch.h"

#include <QCoreApplication>

namespace postwright {
namespace {

struct SearchText
{
    Q_DECLARE_TR_FUNCTIONS(postwright::TextSearch)
};

} // namespace

QString searchGaveUpMessage()
{
    return SearchText::tr("search gave up in this post: the pattern is too complex; simplify it");
}

QRegularExpression searchPattern(const SearchQuery &query)
{
    QString source = query.regex ? query.text : QRegularExpression::escape(query.text);
    if (query.wholeWord)
        source = QStringLiteral("\\b(?:%1)\\b").arg(source);
    // A line ends at CR, LF or CRLF, as in the editor: "." and "$" stop
    // before a post's CR, so a CRLF or CR post keeps its line endings.
    // A pattern that backtracks without end ("(x+x+)+y") gives up after a
    // bounded number of steps at each place instead of freezing the
    // window: the search then ends there, with the matches found so far,
    // and says so (TextMatches::gaveUp).
    if (!source.isEmpty())
        source.prepend(QLatin1String("(*LIMIT_MATCH=200000)(*ANYCRLF)"));
    QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
    if (!query.caseSensitive)
        options |= QRegularExpression::CaseInsensitiveOption;
    return QRegularExpression(source, options);
}

QString expandReplacement(const SearchQuery &query, const QRegularExpressionMatch &match)
{
    if (!query.regex)
        return query.replacement;
    const QString &in = query.replacement;
    QString out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in.at(i) != QLatin1Char('\\') || i + 1 >= in.size()) {
            out += in.at(i);
            continue;
        }
        const QChar next = in.at(i + 1);
        if (next.isDigit()) {
            int group = next.digitValue();
            ++i;
            // \12 is group 12 when the pattern has that many.
            if (i + 1 < in.size() && in.at(i + 1).isDigit()
                && group * 10 + in.at(i + 1).digitValue() <= match.lastCapturedIndex()) {
                group = group * 10 + in.at(i + 1).digitValue();
                ++i;
            }
            out += match.captured(group);
        } else if (next == QLatin1Char('n')) {
            out += QLatin1Char('\n');
            ++i;
        } else {
            out += next;
            ++i;
        }
    }
    return out;
}

TextMatches findMatches(QStringView text, const QRegularExpression &re, qsizetype limit, const SearchQuery *withReplacement)
{
    TextMatches result;
    if (!re.isValid() || re.pattern().isEmpty())
        return result;
    auto it = re.globalMatch(text);
    qsizetype lastEnd = -1;
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        lastEnd = match.capturedEnd();
        if (match.capturedLength() == 0)
            continue;
        if (result.matches.size() >= limit) {
            result.truncated = true;
            break;
        }
        TextMatch found{match.capturedStart(), match.capturedLength(), {}};
        if (withReplacement)
            found.replacement = expandReplacement(*withReplacement, match);
        result.matches.append(found);
    }
    // The iterator ends on a failed match: no match further on (valid), or
    // PCRE gave up at the step limit (not valid). After a match that ends
    // the text ("a*", "$") the next try lies past the end: not valid either,
    // and no sign of giving up.
    result.gaveUp = !result.truncated && !it.isValid() && lastEnd != text.size();
    return result;
}

QString replaceMatches(QStringView text, const QList<TextMatch> &matches)
{
    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    for (const TextMatch &match : matches) {
        out += text.sliced(last, match.start - last);
        out += match.replacement;
        last = match.start + match.length;
    }
    out += text.sliced(last);
    return out;
}

} // namespace postwright
