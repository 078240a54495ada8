// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace postwright {

// cmark-gfm 0.29.0.gfm.6 (Debian 12) pads every row of a table to the
// header's width, so 1000 header cells over 1000 one-cell rows (7 KB of
// Markdown) make a million cells, and 5000 x 5000 runs for minutes. Later
// versions cap the padding (MAX_AUTOCOMPLETED_CELLS); this does the same
// before parsing: a table whose rows would need more than
// maxPaddedCells(size) empty cells gets a backslash before its delimiter
// row ("\|---|---|"), so that it is not a table and shows as the text it is.
// Nothing else changes, not even a line number. nullopt: no table needs it.
std::optional<std::string> defuseWideTables(std::string_view markdown);

// The padding allowed for a document of size bytes.
constexpr std::size_t maxPaddedCells(std::size_t size)
{
    return size * 4 > 65536 ? size * 4 : 65536;
}

} // namespace postwright
