// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/tableguard.h"

#include <algorithm>
#include <vector>

namespace postwright {
namespace {

// A line without the spaces around it and the block-quote markers before it
// (a table in a block quote or a list item is a table too). A row may end
// in form feeds or vertical tabs; a line of only those is not blank.
std::string_view trimmed(std::string_view line)
{
    const std::size_t first = line.find_first_not_of(" \t\r>");
    if (first == std::string_view::npos)
        return {};
    const std::size_t last = line.find_last_not_of(" \t\v\f\r");
    return line.substr(first, (last == std::string_view::npos || last < first ? first : last) - first + 1);
}

// The cells of a row as cmark-gfm counts them: split at unescaped pipes,
// one leading and one trailing pipe being optional.
std::size_t cellCount(std::string_view line)
{
    const std::string_view row = trimmed(line);
    if (row.empty())
        return 0;
    std::size_t pipes = 0;
    for (std::size_t i = 0; i < row.size(); ++i) {
        if (row[i] == '\\')
            ++i;
        else if (row[i] == '|')
            ++pipes;
    }
    std::size_t cells = pipes + 1;
    if (row.front() == '|')
        --cells;
    if (row.size() > 1 && row.back() == '|' && row[row.size() - 2] != '\\')
        --cells;
    return cells;
}

// "| --- | :-: |", "---|---": only pipes, dashes, colons and spaces (form
// feeds and vertical tabs too), with at least one pipe and one dash.
bool isDelimiterRow(std::string_view line)
{
    const std::string_view row = trimmed(line);
    if (row.empty() || row.find('|') == std::string_view::npos || row.find('-') == std::string_view::npos)
        return false;
    return row.find_first_not_of("|-: \t\v\f") == std::string_view::npos;
}

// The fence that opens or closes a code block ("```", "~~~~"), else empty.
std::string_view fenceOf(std::string_view line)
{
    const std::string_view row = trimmed(line);
    if (row.size() < 3 || (row[0] != '`' && row[0] != '~'))
        return {};
    std::size_t n = 0;
    while (n < row.size() && row[n] == row[0])
        ++n;
    return n >= 3 ? row.substr(0, n) : std::string_view{};
}

} // namespace

std::optional<std::string> defuseWideTables(std::string_view markdown)
{
    // A document without a pipe has no table at all.
    if (markdown.find('|') == std::string_view::npos)
        return std::nullopt;
    std::vector<std::string_view> lines;   // views into markdown
    for (std::size_t start = 0; start < markdown.size();) {
        const std::size_t end = markdown.find('\n', start);
        const std::size_t stop = end == std::string_view::npos ? markdown.size() : end;
        lines.push_back(markdown.substr(start, stop - start));
        start = stop + 1;
    }

    const std::size_t budget = maxPaddedCells(markdown.size());
    std::vector<std::size_t> defuse;   // offsets of delimiter rows to escape
    std::string_view openFence;        // inside a code block: its fence
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (const std::string_view fence = fenceOf(lines[i]); !fence.empty()) {
            if (openFence.empty())
                openFence = fence;
            else if (fence[0] == openFence[0] && fence.size() >= openFence.size())
                openFence = {};
            continue;
        }
        if (!openFence.empty() || i == 0 || !isDelimiterRow(lines[i]) || trimmed(lines[i - 1]).empty())
            continue;
        const std::size_t columns = cellCount(lines[i]);
        const std::size_t headerCells = cellCount(lines[i - 1]);
        // cmark reads the delimiter row and the header before it knows
        // whether their cells agree.
        std::size_t work = columns * columns + headerCells * headerCells;
        std::size_t padded = 0;
        std::size_t row = i + 1;
        // A blank line or a code fence ends the table.
        for (; headerCells == columns && row < lines.size() && !trimmed(lines[row]).empty()
               && fenceOf(lines[row]).empty();
             ++row) {
            const std::size_t cells = cellCount(lines[row]);
            if (cells < columns)
                padded += columns - cells;
            const std::size_t width = std::max(cells, columns);
            work += width * width;
        }
        const std::size_t bytes = std::size_t(lines[row - 1].data() + lines[row - 1].size() - lines[i - 1].data());
        if (padded > budget || work > maxCellWork(bytes))
            defuse.push_back(std::size_t(trimmed(lines[i]).data() - markdown.data()));
        i = row - 1;   // the line that ended the table is looked at next
    }
    if (defuse.empty())
        return std::nullopt;
    std::string out;
    out.reserve(markdown.size() + defuse.size());
    std::size_t copied = 0;
    for (const std::size_t at : defuse) {
        out.append(markdown.substr(copied, at - copied));
        out.push_back('\\');
        copied = at;
    }
    out.append(markdown.substr(copied));
    return out;
}

} // namespace postwright
