// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to render/blocklines: the characters of cmark's block rules, and
// the rule-free bound on container nesting (loosenesting.cpp) that
// scanBlocks also applies to every line.

#include <cstddef>
#include <string_view>

namespace postwright::blocklines {

inline constexpr int tabStop = 4;
inline constexpr std::size_t npos = std::string_view::npos;

inline bool isSpaceOrTab(char c)
{
    return c == ' ' || c == '\t';
}

// cmark_isspace: what may follow a list marker.
inline bool isMarkerSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// A container marker recognised generously (loosenesting.cpp): the end of
// the marker and where a backslash would make it text; npos when there is
// none at p.
struct LooseMarker
{
    std::size_t end = npos;
    std::size_t escape = npos;
};

LooseMarker looseMarker(std::string_view line, std::size_t p, bool footnotes);

// Where the first marker of the line that could nest deeper than limit
// starts (npos: none); updates bound.
std::size_t looseStop(std::string_view line, int &bound, int limit, bool footnotes);

} // namespace postwright::blocklines
