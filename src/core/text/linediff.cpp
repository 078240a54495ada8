// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/linediff.h"

#include <dtl/dtl.hpp>

#include <QHash>

#include <vector>

namespace postwright {
namespace {

QStringList splitLines(QStringView text)
{
    QStringList lines;
    qsizetype start = 0;
    while (start < text.size()) {
        const qsizetype newline = text.indexOf(QLatin1Char('\n'), start);
        const qsizetype end = newline < 0 ? text.size() : newline + 1;
        lines.append(text.mid(start, end - start).toString());
        start = end;
    }
    return lines;
}

// Pairs of equal lines (mine index, theirs index), in order, that the
// middle of the two texts [from, mineEnd) and [from, theirsEnd) share.
struct Middle
{
    qsizetype mineFrom = 0, mineEnd = 0, theirsFrom = 0, theirsEnd = 0;
};

std::optional<std::vector<std::pair<qsizetype, qsizetype>>> matchedLines(const LineDiff &diff, const Middle &m)
{
    // Each distinct line gets a number; lines found on one side only can
    // never match and are left out of the edit script.
    QHash<QString, int> ids;
    QHash<int, int> sides;  // bit 1: in mine, bit 2: in theirs
    const auto idOf = [&](const QString &line, int side) {
        auto found = ids.constFind(line);
        if (found == ids.constEnd())
            found = ids.insert(line, int(ids.size()));
        const int id = found.value();
        sides[id] |= side;
        return id;
    };
    std::vector<int> mineIds, theirsIds;
    for (qsizetype i = m.mineFrom; i < m.mineEnd; ++i)
        mineIds.push_back(idOf(diff.mine.at(i), 1));
    for (qsizetype i = m.theirsFrom; i < m.theirsEnd; ++i)
        theirsIds.push_back(idOf(diff.theirs.at(i), 2));
    std::vector<int> a, b;
    std::vector<qsizetype> aIndex, bIndex;
    for (size_t i = 0; i < mineIds.size(); ++i)
        if (sides.value(mineIds[i]) == 3) {
            a.push_back(mineIds[i]);
            aIndex.push_back(m.mineFrom + qsizetype(i));
        }
    for (size_t i = 0; i < theirsIds.size(); ++i)
        if (sides.value(theirsIds[i]) == 3) {
            b.push_back(theirsIds[i]);
            bIndex.push_back(m.theirsFrom + qsizetype(i));
        }
    if (qsizetype(a.size() + b.size()) > maxDiffedLines)
        return std::nullopt;
    std::vector<std::pair<qsizetype, qsizetype>> pairs;
    if (a.empty() || b.empty())
        return pairs;
    dtl::Diff<int, std::vector<int>> script(a, b);
    script.compose();
    for (const auto &[id, info] : script.getSes().getSequence()) {
        Q_UNUSED(id);
        if (info.type == dtl::SES_COMMON)
            pairs.emplace_back(aIndex[size_t(info.beforeIdx - 1)], bIndex[size_t(info.afterIdx - 1)]);
    }
    return pairs;
}

} // namespace

QString hunkText(const QStringList &lines, qsizetype first, qsizetype count)
{
    QString text;
    for (qsizetype i = first; i < first + count; ++i)
        text += lines.at(i);
    return text;
}

LineDiff lineDiff(QStringView mine, QStringView theirs)
{
    LineDiff diff;
    diff.mine = splitLines(mine);
    diff.theirs = splitLines(theirs);
    Middle m{0, diff.mine.size(), 0, diff.theirs.size()};
    while (m.mineFrom < m.mineEnd && m.theirsFrom < m.theirsEnd && diff.mine.at(m.mineFrom) == diff.theirs.at(m.theirsFrom)) {
        ++m.mineFrom;
        ++m.theirsFrom;
    }
    while (m.mineEnd > m.mineFrom && m.theirsEnd > m.theirsFrom
           && diff.mine.at(m.mineEnd - 1) == diff.theirs.at(m.theirsEnd - 1)) {
        --m.mineEnd;
        --m.theirsEnd;
    }
    if (m.mineFrom == m.mineEnd && m.theirsFrom == m.theirsEnd)
        return diff;
    auto pairs = matchedLines(diff, m);
    if (!pairs) {
        diff.coarse = true;
        pairs.emplace();
    }
    // The hunks are the gaps between matched lines.
    qsizetype i = m.mineFrom, j = m.theirsFrom;
    pairs->emplace_back(m.mineEnd, m.theirsEnd);
    for (const auto &[mi, tj] : *pairs) {
        if (mi > i || tj > j)
            diff.hunks.append({i, mi - i, j, tj - j});
        i = mi + 1;
        j = tj + 1;
    }
    return diff;
}

QString mergeHunks(const LineDiff &diff, const QList<bool> &takeTheirs)
{
    QString merged;
    qsizetype next = 0;
    for (qsizetype h = 0; h < diff.hunks.size(); ++h) {
        const LineHunk &hunk = diff.hunks.at(h);
        merged += hunkText(diff.mine, next, hunk.mineFirst - next);
        if (h < takeTheirs.size() && takeTheirs.at(h))
            merged += hunkText(diff.theirs, hunk.theirsFirst, hunk.theirsCount);
        else
            merged += hunkText(diff.mine, hunk.mineFirst, hunk.mineCount);
        next = hunk.mineFirst + hunk.mineCount;
    }
    merged += hunkText(diff.mine, next, diff.mine.size() - next);
    return merged;
}

std::optional<QList<DiffSegment>> hunkWords(const LineDiff &diff, const LineHunk &hunk)
{
    const QString mine = hunkText(diff.mine, hunk.mineFirst, hunk.mineCount);
    const QString theirs = hunkText(diff.theirs, hunk.theirsFirst, hunk.theirsCount);
    if (mine.size() + theirs.size() > maxWordDiffChars)
        return std::nullopt;
    return wordDiff(mine, theirs);
}

} // namespace postwright
