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
//
// The same version also walks a row's list of cells for each cell it adds
// to it and for each cell it renders, so a row of n cells costs n x n
// (20,000 columns in 40 KB: seconds; ten such rows: minutes). A table, or
// a delimiter row that is not one, whose rows would cost more than
// maxCellWork(its bytes) shows as text the same way. Tables in block quotes
// and list items count as well.
std::optional<std::string> defuseWideTables(std::string_view markdown);

// The padding allowed for a document of size bytes.
constexpr std::size_t maxPaddedCells(std::size_t size)
{
    return size * 4 > 65536 ? size * 4 : 65536;
}

// The cell work allowed for a table of `bytes` bytes: a row of n cells
// costs n x n, so this allows about 128 columns however many rows follow.
constexpr std::size_t maxCellWork(std::size_t bytes)
{
    return 128 * bytes + 65536;
}

} // namespace postwright
