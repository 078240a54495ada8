// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/worddiff.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace postwright {

// One run of lines that differ: mine's lines [mineFirst, mineFirst +
// mineCount) stand where theirs has [theirsFirst, theirsFirst + theirsCount).
// A count of 0 is a pure insertion on the other side.
struct LineHunk
{
    qsizetype mineFirst = 0;
    qsizetype mineCount = 0;
    qsizetype theirsFirst = 0;
    qsizetype theirsCount = 0;
    bool operator==(const LineHunk &other) const = default;
};

struct LineDiff
{
    QStringList mine;      // the lines, each with its '\n' (the last one may lack it)
    QStringList theirs;
    QList<LineHunk> hunks; // in order; between them the lines are the same
    // The texts were too different to compare line by line in reasonable
    // time: everything between their common start and end is one hunk.
    bool coarse = false;
};

// Lines compared by dtl's shortest edit script over what differs (the
// common start and end, and lines found on one side only, are set aside
// first, so two texts that differ everywhere cost nothing). When more than
// maxDiffedLines remain, the result is coarse instead.
LineDiff lineDiff(QStringView mine, QStringView theirs);
inline constexpr qsizetype maxDiffedLines = 10000;

// Mine, with each hunk i for which takeTheirs[i] is true replaced by theirs.
QString mergeHunks(const LineDiff &diff, const QList<bool> &takeTheirs);

// The text of a hunk's side.
QString hunkText(const QStringList &lines, qsizetype first, qsizetype count);

// A hunk by words (wordDiff of its two sides), or nullopt when it is larger
// than maxWordDiffChars: then it is shown by lines only.
std::optional<QList<DiffSegment>> hunkWords(const LineDiff &diff, const LineHunk &hunk);
inline constexpr qsizetype maxWordDiffChars = 20000;

} // namespace postwright
