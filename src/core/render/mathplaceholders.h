// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to MathSpans: the placeholder alphabet that protect() writes into
// the Markdown (mathspans.cpp) and restore() reads back (mathrestore.cpp),
// and the character tests both use.

#include <cstddef>
#include <cstring>
#include <string_view>

namespace postwright::mathplaceholders {

// Private-use characters: Markdown gives them no meaning, and they are
// letters to cmark's emphasis rules, as the formula they stand for.
inline constexpr std::string_view tokenOpen = "\xEE\x80\x80";    // U+E000, then the index
inline constexpr std::string_view tokenClose = "\xEE\x80\x81";   // U+E001
inline constexpr std::string_view lineMarker = "\xEE\x80\x82";   // U+E002: a formula's next line
inline constexpr std::string_view markPrefix = "\xEE\x80";

inline constexpr std::size_t npos = std::string_view::npos;

inline bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

inline bool hasMarks(const char *text)
{
    return text && std::strstr(text, "\xEE\x80") != nullptr;
}

inline bool restIsBlank(std::string_view src, std::size_t p, std::size_t end)
{
    for (; p < end; ++p) {
        if (!isSpace(src[p]))
            return false;
    }
    return true;
}

// Calls onText for plain runs, onToken for each placeholder and onMarker for
// each line marker of `literal`, in order.
template<typename Text, typename Token, typename Marker>
void forEachPart(std::string_view literal, std::size_t spanCount, Text onText, Token onToken,
                 Marker onMarker)
{
    std::size_t i = 0;
    while (i < literal.size()) {
        const std::size_t k = literal.find(markPrefix, i);
        if (k == npos) {
            onText(literal.substr(i));
            return;
        }
        onText(literal.substr(i, k - i));
        const std::string_view rest = literal.substr(k);
        if (rest.starts_with(tokenOpen)) {
            std::size_t d = tokenOpen.size();
            std::size_t index = 0;
            while (d < rest.size() && isDigit(rest[d]) && d < 12)
                index = index * 10 + std::size_t(rest[d++] - '0');
            if (d > tokenOpen.size() && rest.substr(d).starts_with(tokenClose) && index < spanCount) {
                onToken(index);
                i = k + d + tokenClose.size();
                continue;
            }
        } else if (rest.starts_with(lineMarker)) {
            onMarker();
            i = k + lineMarker.size();
            continue;
        }
        onText(rest.substr(0, markPrefix.size()));
        i = k + markPrefix.size();
    }
}

} // namespace postwright::mathplaceholders
