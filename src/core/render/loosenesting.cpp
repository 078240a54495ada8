// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The rule-free bound on how deep containers nest (nestingBound, and the
// second bound that scanBlocks applies to each line): markers counted
// without cmark's block rules.
#include "render/blocklines.h"
#include "render/loosenesting.h"

#include <algorithm>
#include <limits>

namespace postwright {
namespace blocklines {

// The rule-free bound. Every container a line continues or opens takes at
// least one column before the line's text, and only a marker opens one,
// within at most 7 columns of the one before (a list marker's padding and
// less than an indented code block's indent); so a line opens at most as
// many containers as its longest chain of markers that close together, and
// the nesting after it is at most max(before, min(before + that chain,
// text column + 1)), whatever the block rules make of the line (code,
// HTML, laziness). Markers are recognised generously: any indentation, any
// number of digits.
constexpr int maxMarkerGap = 7;

LooseMarker looseMarker(std::string_view line, std::size_t p, bool footnotes)
{
    if (p >= line.size())
        return {};
    const char c = line[p];
    const auto spaceAt = [&](std::size_t q) { return q >= line.size() || isMarkerSpace(line[q]); };
    if (c == '>')
        return {p + 1, p};
    if ((c == '-' || c == '+' || c == '*') && spaceAt(p + 1))
        return {p + 1, p};
    if (isDigit(c)) {
        std::size_t q = p;
        while (q < line.size() && isDigit(line[q]))
            ++q;
        if (q < line.size() && (line[q] == '.' || line[q] == ')') && spaceAt(q + 1))
            return {q + 1, q};
        return {};
    }
    if (footnotes && c == '[' && p + 1 < line.size() && line[p + 1] == '^') {
        std::size_t q = p + 2;
        while (q < line.size() && std::string_view("] \r\n\t").find(line[q]) == npos && line[q] != '\0')
            ++q;
        if (q > p + 2 && q + 1 < line.size() && line[q] == ']' && line[q + 1] == ':')
            return {q + 2, p};
    }
    return {};
}

// Where the first marker of the line that could nest deeper than limit
// starts (npos: none); updates bound.
std::size_t looseStop(std::string_view line, int &bound, int limit, bool footnotes)
{
    int chain = 0;
    int longest = 0;
    int column = 0;
    int markerEnd = 0;   // column after the last marker
    std::size_t p = 0;
    std::size_t stop = npos;
    for (;;) {
        while (p < line.size() && isSpaceOrTab(line[p])) {
            column += line[p] == '\t' ? tabStop - column % tabStop : 1;
            ++p;
        }
        const LooseMarker marker = looseMarker(line, p, footnotes);
        if (marker.end == npos)
            break;
        if (column - markerEnd > maxMarkerGap)
            chain = 0;
        if (std::min(bound + chain + 1, column + 1) > limit) {
            stop = marker.escape;
            break;
        }
        longest = std::max(longest, ++chain);
        column += int(marker.end - p);
        markerEnd = column;
        p = marker.end;
    }
    if (longest > 0)
        bound = std::max(bound, std::min(bound + longest, column + 1));
    return stop;
}
} // namespace blocklines

int nestingBound(std::string_view markdown, bool footnotes)
{
    int bound = 0;
    // Lines end at \n or \r; most texts have no \r, and memchr finds \n
    // many bytes at a time.
    const bool hasCarriageReturn = markdown.find('\r') != std::string_view::npos;
    for (std::size_t start = 0; start < markdown.size();) {
        std::size_t end = start;
        if (!hasCarriageReturn) {
            end = std::min(markdown.find('\n', start), markdown.size());
        } else {
            while (end < markdown.size() && markdown[end] != '\n' && markdown[end] != '\r')
                ++end;
        }
        blocklines::looseStop(markdown.substr(start, end - start), bound, std::numeric_limits<int>::max(), footnotes);
        start = end + 1;
    }
    return bound;
}

} // namespace postwright
