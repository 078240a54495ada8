// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace postwright {

// Static code highlighting with GNU source-highlight: spans with CSS classes
// ("hl-keyword", "hl-string", "hl-comment"...), no inline colours, so the
// page's stylesheet decides the colours for light and dark pages.
//
// Thread-safe. Source-highlight's objects live per thread; finished blocks
// are remembered process-wide (by language and text), because the preview
// renders the same post again after each keystroke and source-highlight's
// regular expressions cost about 2 µs per byte of code.
namespace codehighlight {

// The source-highlight language file (e.g. "cpp.lang") for a fenced code
// block's info string ("c++", "js", "yaml", "python {linenos=true}"...);
// empty when the language is unknown or means plain text.
std::string languageFile(std::string_view infoString);

// Source-highlight looks for each token from where the last one ended to
// the end of the line, so a line costs the square of its length (16 KB:
// 14 s; a line of minified JavaScript: minutes). Lines longer than this are
// written as plain, escaped text; the lines around them are highlighted.
constexpr std::size_t maxHighlightedLine = 1000;

// Under that limit a line still costs the square of its length (a line
// of 991 characters: 17 ms). A render highlights lines while the squares
// of their lengths add up to no more than this budget for its Markdown;
// the lines after that are plain, escaped text. Ordinary code (lines of
// 40 to 80 characters) stays well within it.
constexpr std::size_t highlightBudgetFor(std::size_t markdownBytes)
{
    return 4'000'000 + 32 * markdownBytes;
}

// The HTML inside <code> for `code` in the language of `infoString`: the
// text HTML-escaped, tokens wrapped in <span class="hl-ELEMENT">. Nothing
// when the language is unknown or its definition does not load. With a
// `budget`, each highlighted line takes the square of its length from it,
// and lines it cannot pay for are plain.
std::optional<std::string> highlight(std::string_view infoString, std::string_view code,
                                     std::size_t *budget = nullptr);

} // namespace codehighlight

} // namespace postwright
