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
};

// The query as a regular expression (literal text escaped, whole word as \b).
QRegularExpression searchPattern(const SearchQuery &query);

// Non-empty matches of re in text from the start, at most limit. With
// withReplacement, each match carries query's replacement expanded.
TextMatches findMatches(QStringView text, const QRegularExpression &re, qsizetype limit,
                        const SearchQuery *withReplacement = nullptr);

// The text with each match replaced by its replacement.
QString replaceMatches(QStringView text, const QList<TextMatch> &matches);

// The replacement for one match: \N is group N when the query is a regex.
QString expandReplacement(const SearchQuery &query, const QRegularExpressionMatch &match);

} // namespace postwright
