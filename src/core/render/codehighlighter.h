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

// The HTML inside <code> for `code` in the language of `infoString`: the
// text HTML-escaped, tokens wrapped in <span class="hl-ELEMENT">. Nothing
// when the language is unknown or its definition does not load.
std::optional<std::string> highlight(std::string_view infoString, std::string_view code);

} // namespace codehighlight

} // namespace postwright
