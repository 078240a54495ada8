// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdown/tableedit.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringView>

#include <unicode/uchar.h>

#include <algorithm>

namespace postwright::markdown {
namespace {

// Where a cell lies in its line, pipes not included, spaces included.
struct CellSpan
{
    qsizetype start = 0;
    qsizetype end = 0;
};

// The backtick runs of a line: run length -> where such runs start, in order.
QHash<qsizetype, QList<qsizetype>> backtickRuns(QStringView line)
{
    QHash<qsizetype, QList<qsizetype>> runs;
    for (qsizetype i = 0; i < line.size();) {
        if (line.at(i) != QLatin1Char('`')) {
            ++i;
            continue;
        }
        qsizetype k = i;
        while (k < line.size() && line.at(k) == QLatin1Char('`'))
            ++k;
        runs[k - i].append(i);
        i = k;
    }
    return runs;
}

// The pipes of a line that separate cells: not escaped, not in a code span
// (a run of backticks up to the next run of the same length). Linear: the
// closing run is looked up, not searched for.
QList<qsizetype> separatingPipes(QStringView line)
{
    QList<qsizetype> pipes;
    const QHash<qsizetype, QList<qsizetype>> runs = backtickRuns(line);
    for (qsizetype i = 0; i < line.size();) {
        const QChar c = line.at(i);
        if (c == QLatin1Char('\\')) {
            i += 2;
        } else if (c == QLatin1Char('`')) {
            qsizetype run = 0;
            while (i + run < line.size() && line.at(i + run) == QLatin1Char('`'))
                ++run;
            // (A run that starts after an escaped backtick is not in runs.)
            qsizetype next = i + run;
            if (const auto same = runs.constFind(run); same != runs.cend()) {
                const auto closer = std::upper_bound(same->cbegin(), same->cend(), i);
                if (closer != same->cend())
                    next = *closer + run;
            }
            i = next;
        } else {
            if (c == QLatin1Char('|'))
                pipes.append(i);
            ++i;
        }
    }
    return pipes;
}

// The cells of a row; empty when the line has no separating pipe.
QList<CellSpan> cellSpans(QStringView line)
{
    QList<qsizetype> pipes = separatingPipes(line);
    if (pipes.isEmpty())
        return {};
    const QStringView trimmed = line.trimmed();
    qsizetype start = 0;
    qsizetype end = line.size();
    const qsizetype first = trimmed.isEmpty() ? -1 : qsizetype(trimmed.data() - line.data());
    const qsizetype last = first + trimmed.size() - 1;
    if (pipes.first() == first) {
        start = first + 1;
        pipes.removeFirst();
    }
    if (!pipes.isEmpty() && pipes.last() == last) {
        end = last;
        pipes.removeLast();
    }
    QList<CellSpan> spans;
    for (const qsizetype pipe : std::as_const(pipes)) {
        spans.append({start, pipe});
        start = pipe + 1;
    }
    spans.append({start, end});
    return spans;
}

// A line that starts a block of its own (a heading, quote, list item or
// fence, after at most three spaces) ends a table, pipes or not (GFM).
bool startsOtherBlock(const QString &line)
{
    static const QRegularExpression block(QStringLiteral(R"(^ {0,3}(#{1,6}(\s|$)|>|[-+*](\s|$)|\d{1,9}[.)](\s|$)|```|~~~))"));
    return block.match(line).hasMatch();
}

bool hasPipe(const std::optional<QString> &line)
{
    return line && !line->trimmed().isEmpty() && line->contains(QLatin1Char('|')) && !startsOtherBlock(*line);
}

QString delimiterCell(ColumnAlign align, int width)
{
    switch (align) {
    case ColumnAlign::Left:
        return QLatin1Char(':') + QString(width - 1, QLatin1Char('-'));
    case ColumnAlign::Right:
        return QString(width - 1, QLatin1Char('-')) + QLatin1Char(':');
    case ColumnAlign::Center:
        return QLatin1Char(':') + QString(width - 2, QLatin1Char('-')) + QLatin1Char(':');
    case ColumnAlign::None:
        break;
    }
    return QString(width, QLatin1Char('-'));
}

// A table read into cells: row 0 is the header, each row has one cell per
// column; cells past the header's count are kept in extra.
struct Grid
{
    QList<QStringList> rows;
    QList<QStringList> extra;
    QList<ColumnAlign> aligns;
};

// Where the cursor is: row (0 header), column, characters into the cell's
// text; onDelimiter when it sits on the delimiter row.
struct CellCursor
{
    int row = 0;
    int column = 0;
    qsizetype offset = 0;
    bool onDelimiter = false;
};

std::optional<Grid> readGrid(const QStringList &lines)
{
    if (lines.size() < 2)
        return std::nullopt;
    Grid grid;
    const std::optional<QList<ColumnAlign>> aligns = parseDelimiterRow(lines.at(1));
    const QStringList header = splitTableRow(lines.at(0));
    if (!aligns || header.isEmpty() || header.size() != aligns->size())
        return std::nullopt;
    grid.aligns = *aligns;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i == 1)
            continue;
        QStringList cells = splitTableRow(lines.at(i));
        QStringList extra = cells.mid(header.size());
        cells = cells.mid(0, header.size());
        while (cells.size() < header.size())
            cells.append(QString());
        grid.rows.append(cells);
        grid.extra.append(extra);
    }
    return grid;
}

CellCursor cursorCell(const QStringList &lines, int line, int column)
{
    CellCursor cursor;
    line = std::clamp(line, 0, int(lines.size()) - 1);
    cursor.onDelimiter = line == 1;
    cursor.row = line == 0 ? 0 : std::max(0, line - 1);
    const QString &text = lines.at(line);
    const QList<CellSpan> spans = cellSpans(text);
    if (spans.isEmpty())
        return cursor;
    int index = int(spans.size()) - 1;
    for (int i = 0; i < spans.size(); ++i) {
        if (column <= spans.at(i).end) {
            index = i;
            break;
        }
    }
    const CellSpan span = spans.at(index);
    qsizetype contentStart = span.start;
    while (contentStart < span.end && text.at(contentStart).isSpace())
        ++contentStart;
    cursor.column = index;
    if (!cursor.onDelimiter)
        cursor.offset = std::max<qsizetype>(0, column - contentStart);
    return cursor;
}

// Changes the grid; false when the action does not apply.
bool applyAction(Grid &grid, CellCursor &cursor, TableAction action)
{
    const int columns = int(grid.aligns.size());
    const auto insertRow = [&grid, columns](int at) {
        grid.rows.insert(at, QStringList(columns, QString()));
        grid.extra.insert(at, QStringList());
    };
    const auto insertColumn = [&grid](int at) {
        for (QStringList &row : grid.rows)
            row.insert(at, QString());
        grid.aligns.insert(at, ColumnAlign::None);
    };
    switch (action) {
    case TableAction::RowAbove:
        if (cursor.row == 0 || grid.rows.size() > kMaxTableRows)
            return false;
        insertRow(cursor.row++);
        return true;
    case TableAction::RowBelow:
        if (grid.rows.size() > kMaxTableRows)
            return false;
        insertRow(cursor.row + 1);
        return true;
    case TableAction::RemoveRow:
        if (cursor.row == 0 || cursor.onDelimiter)
            return false;
        grid.rows.removeAt(cursor.row);
        grid.extra.removeAt(cursor.row);
        cursor.row = std::min(cursor.row, int(grid.rows.size()) - 1);
        return true;
    case TableAction::ColumnLeft:
    case TableAction::ColumnRight:
        if (columns >= kMaxTableColumns)
            return false;
        insertColumn(cursor.column + (action == TableAction::ColumnRight ? 1 : 0));
        cursor.column += action == TableAction::ColumnLeft ? 1 : 0;
        return true;
    case TableAction::RemoveColumn:
        if (columns <= 1)
            return false;
        for (QStringList &row : grid.rows)
            row.removeAt(cursor.column);
        grid.aligns.removeAt(cursor.column);
        cursor.column = std::min(cursor.column, columns - 2);
        return true;
    case TableAction::AlignNone: grid.aligns[cursor.column] = ColumnAlign::None; return true;
    case TableAction::AlignLeft: grid.aligns[cursor.column] = ColumnAlign::Left; return true;
    case TableAction::AlignCenter: grid.aligns[cursor.column] = ColumnAlign::Center; return true;
    case TableAction::AlignRight: grid.aligns[cursor.column] = ColumnAlign::Right; return true;
    case TableAction::Format: return true;
    }
    return false;
}

// One row with its cells padded to widths; cellStarts receives where each
// cell's text starts in the line.
QString layoutRow(const QStringList &cells, const QStringList &extra, const QList<int> &widths,
                  const QList<ColumnAlign> &aligns, QList<qsizetype> *cellStarts)
{
    QString line = QStringLiteral("|");
    for (qsizetype c = 0; c < cells.size(); ++c) {
        const int pad = widths.at(c) - displayWidth(cells.at(c));
        int left = 0;
        if (aligns.at(c) == ColumnAlign::Right)
            left = pad;
        else if (aligns.at(c) == ColumnAlign::Center)
            left = pad / 2;
        line += QLatin1Char(' ') + QString(left, QLatin1Char(' '));
        if (cellStarts)
            cellStarts->append(line.size());
        line += cells.at(c) + QString(pad - left, QLatin1Char(' ')) + QStringLiteral(" |");
    }
    for (const QString &cell : extra)
        line += QLatin1Char(' ') + cell + QStringLiteral(" |");
    return line;
}

TableEdit layoutGrid(const Grid &grid, const CellCursor &cursor)
{
    QList<int> widths(grid.aligns.size(), 3);
    for (const QStringList &row : grid.rows) {
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths.at(c), displayWidth(row.at(c)));
    }
    TableEdit edit;
    QStringList delimiter;
    for (qsizetype c = 0; c < widths.size(); ++c)
        delimiter.append(delimiterCell(grid.aligns.at(c), widths.at(c)));
    const QList<ColumnAlign> none(grid.aligns.size(), ColumnAlign::None);
    for (int r = 0; r < grid.rows.size(); ++r) {
        QList<qsizetype> starts;
        const bool here = r == cursor.row;
        edit.lines.append(layoutRow(grid.rows.at(r), grid.extra.at(r), widths, grid.aligns, here ? &starts : nullptr));
        if (here && !cursor.onDelimiter) {
            edit.cursorLine = int(edit.lines.size()) - 1;
            const qsizetype length = grid.rows.at(r).at(cursor.column).size();
            edit.cursorColumn = int(starts.at(cursor.column) + std::min(cursor.offset, length));
        }
        if (r == 0) {
            QList<qsizetype> delimiterStarts;
            edit.lines.append(layoutRow(delimiter, {}, widths, none, &delimiterStarts));
            if (cursor.onDelimiter) {
                edit.cursorLine = 1;
                edit.cursorColumn = int(delimiterStarts.at(cursor.column));
            }
        }
    }
    return edit;
}

} // namespace

int displayWidth(QStringView text)
{
    int width = 0;
    for (const char32_t code : text.toUcs4()) {
        const int8_t category = u_charType(UChar32(code));
        if (category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK || category == U_FORMAT_CHAR)
            continue;
        const int eastAsian = u_getIntPropertyValue(UChar32(code), UCHAR_EAST_ASIAN_WIDTH);
        width += eastAsian == U_EA_WIDE || eastAsian == U_EA_FULLWIDTH ? 2 : 1;
    }
    return width;
}

QStringList splitTableRow(QStringView line)
{
    QStringList cells;
    for (const CellSpan &span : cellSpans(line))
        cells.append(line.mid(span.start, span.end - span.start).trimmed().toString());
    return cells;
}

std::optional<QList<ColumnAlign>> parseDelimiterRow(QStringView line)
{
    if (!line.contains(QLatin1Char('|')))
        return std::nullopt;
    QList<ColumnAlign> aligns;
    for (const QString &cell : splitTableRow(line)) {
        const bool left = cell.startsWith(QLatin1Char(':'));
        const bool right = cell.endsWith(QLatin1Char(':'));
        const QStringView dashes = QStringView(cell).mid(left ? 1 : 0, cell.size() - (left ? 1 : 0) - (right ? 1 : 0));
        if (dashes.isEmpty() || std::any_of(dashes.begin(), dashes.end(), [](QChar c) { return c != QLatin1Char('-'); }))
            return std::nullopt;
        aligns.append(left && right ? ColumnAlign::Center : left ? ColumnAlign::Left : right ? ColumnAlign::Right : ColumnAlign::None);
    }
    if (aligns.isEmpty())
        return std::nullopt;
    return aligns;
}

std::optional<TableLines> findTable(const LineSource &lines, int line)
{
    if (!hasPipe(lines(line)))
        return std::nullopt;
    // The run of lines with pipes around line, read no further than a table may reach.
    const int reach = kMaxTableRows + 2;
    int top = line;
    while (top > line - reach && hasPipe(lines(top - 1)))
        --top;
    int bottom = line;
    while (bottom < line + reach && hasPipe(lines(bottom + 1)))
        ++bottom;
    const bool cutOff = top == line - reach || bottom == line + reach;
    // The header: the first line of the run that a delimiter row with as many cells follows.
    for (int header = top; header < line || header == line; ++header) {
        const std::optional<QString> headerText = lines(header);
        const std::optional<QString> delimiterText = lines(header + 1);
        if (header + 1 > bottom || !headerText || !delimiterText)
            break;
        const std::optional<QList<ColumnAlign>> aligns = parseDelimiterRow(*delimiterText);
        const qsizetype columns = splitTableRow(*headerText).size();
        // Four spaces or a tab in front: an indented code block, no table.
        const bool indented = headerText->startsWith(QLatin1String("    ")) || headerText->startsWith(QLatin1Char('\t'));
        if (!aligns || aligns->size() != columns || indented)
            continue;
        TableLines table{header, bottom - header + 1, false};
        table.tooLarge = cutOff || table.lineCount - 2 > kMaxTableRows || columns > kMaxTableColumns;
        return table;
    }
    if (cutOff)
        return TableLines{line, 0, true};
    return std::nullopt;
}

namespace {

QString leadingIndent(const QString &line)
{
    qsizetype i = 0;
    while (i < line.size() && line.at(i) == QLatin1Char(' '))
        ++i;
    return line.left(i);
}

std::optional<TableEdit> editUnindentedTable(const QStringList &lines, int cursorLine, int cursorColumn, TableAction action)
{
    std::optional<Grid> grid = readGrid(lines);
    if (!grid)
        return std::nullopt;
    CellCursor cursor = cursorCell(lines, cursorLine, cursorColumn);
    if (cursor.column >= grid->aligns.size()) {
        // In a cell past the header's count, which the renderer ignores.
        cursor.column = int(grid->aligns.size()) - 1;
        cursor.offset = 0;
    }
    if (!applyAction(*grid, cursor, action))
        return std::nullopt;
    return layoutGrid(*grid, cursor);
}

} // namespace

std::optional<TableEdit> editTable(const QStringList &indentedLines, int cursorLine, int cursorColumn, TableAction action)
{
    // A table in a list item is indented (findTable takes up to three
    // spaces): each line keeps the header's indent, or the table would
    // leave the list item.
    const QString indent = leadingIndent(indentedLines.value(0));
    QStringList lines;
    for (const QString &line : indentedLines)
        lines.append(line.mid(std::min(leadingIndent(line).size(), indent.size())));
    if (cursorLine >= 0 && cursorLine < indentedLines.size())
        cursorColumn = std::max(0, cursorColumn - int(indentedLines.at(cursorLine).size() - lines.at(cursorLine).size()));
    std::optional<TableEdit> edit = editUnindentedTable(lines, cursorLine, cursorColumn, action);
    if (edit && !indent.isEmpty()) {
        for (QString &line : edit->lines)
            line.prepend(indent);
        edit->cursorColumn += int(indent.size());
    }
    return edit;
}

} // namespace postwright::markdown
