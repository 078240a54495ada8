// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringView>

namespace postwright {

// What the user looks for (the find bar, Replace in All Posts).
struct SearchQuery
{
    QString text;
    bool caseSensitive = false;
    bool wholeWord = false;
    bool regex = false;
    // With regex, \0..\99 in it name the match's groups; otherwise literal.
    QString replacement;

    bool operator==(const SearchQuery &other) const = default;
};

struct TextMatch
{
    qsizetype start = 0;
    qsizetype length = 0;
    // The replacement for this match (filled by findMatches when asked).
    QString replacement;
};

// The matches of a text, at most limit of them (truncated says so).
struct TextMatches
{
    QList<TextMatch> matches;
    bool truncated = false;
    // The pattern took too many steps at one place (it backtracks without
    // end, "(x+x+)+y"): the search ended there, and matches further on may
    // be missing.
    bool gaveUp = false;
};

// What the user is told when a search gave up (TextMatches::gaveUp) in a
// post: the find bar's count and Replace in All Posts' entry for the post.
QString searchGaveUpMessage();

// The query as a regular expression (literal text escaped, whole word as \b).
QRegularExpression searchPattern(const SearchQuery &query);

// Non-empty matches of re in text from the start, at most limit. With
// withReplacement, each match carries query's replacement expanded.
// A search that gives up (gaveUp) keeps the matches found before.
TextMatches findMatches(QStringView text, const QRegularExpression &re, qsizetype limit,
                        const SearchQuery *withReplacement = nullptr);

// The text with each match replaced by its replacement.
QString replaceMatches(QStringView text, const QList<TextMatch> &matches);

// The replacement for one match: \N is group N when the query is a regex.
QString expandReplacement(const SearchQuery &query, const QRegularExpressionMatch &match);

} // namespace postwright
