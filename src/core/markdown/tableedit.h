// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The editor's table toolbar: finding the GitHub table around a line,
// adding and removing rows and columns, aligning columns and lining the
// pipes up. Pure functions from the table's lines to its new lines.

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <functional>
#include <optional>

namespace postwright::markdown {

// Tables beyond these are left alone (findTable says tooLarge): the
// toolbar stays off rather than rewrite megabytes on a keystroke.
inline constexpr int kMaxTableRows = 10000;     // body rows
inline constexpr int kMaxTableColumns = 1000;

enum class ColumnAlign { None, Left, Center, Right };

// The columns a line of text takes in a monospaced font: East Asian wide
// and fullwidth characters count 2, combining marks and format characters 0
// (Unicode's East_Asian_Width property, from ICU).
int displayWidth(QStringView text);

// The cells of a table row as written (trimmed, escapes kept). The outer
// pipes are optional; "\|" and pipes inside code spans stay in their cell.
QStringList splitTableRow(QStringView line);

// A delimiter row's alignments ("| :-- | :-: |"); nullopt when line is none.
std::optional<QList<ColumnAlign>> parseDelimiterRow(QStringView line);

// The lines [firstLine, firstLine + lineCount) of the text that form a table.
struct TableLines
{
    int firstLine = 0;
    int lineCount = 0;
    bool tooLarge = false;   // more than kMaxTableRows rows or kMaxTableColumns columns
};

// Line number -> its text, nullopt past either end of the text.
using LineSource = std::function<std::optional<QString>(int line)>;

// The table that holds line: a header row, a delimiter row with as many
// cells, then rows up to a blank line or a line without a pipe (GFM). The
// caller rules out code blocks. Reads at most kMaxTableRows + 2 lines each
// way.
std::optional<TableLines> findTable(const LineSource &lines, int line);

enum class TableAction {
    RowAbove, RowBelow, RemoveRow,
    ColumnLeft, ColumnRight, RemoveColumn,
    AlignNone, AlignLeft, AlignCenter, AlignRight,
    Format,
};

// A table's new lines and where the cursor goes (line within the table,
// column within that line).
struct TableEdit
{
    QStringList lines;
    int cursorLine = 0;
    int cursorColumn = 0;
};

// Applies action to the table lines (header, delimiter, rows) for a cursor
// at (cursorLine, cursorColumn) of them, and lines the pipes up. The cursor
// stays in its cell (a removed one: the neighbour). Rows shorter than the
// header get empty cells; cells beyond the header's count, which the
// renderer ignores, are kept after the row. nullopt: the action does not
// apply (removing the header row or the only column, a row above the
// header, lines that are no table).
std::optional<TableEdit> editTable(const QStringList &lines, int cursorLine, int cursorColumn, TableAction action);

} // namespace postwright::markdown
