// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdown/tableedit.h"

#include <QTest>

using namespace postwright;
using namespace postwright::markdown;

namespace {

const QStringList kSmall = {QStringLiteral("| a | b |"), QStringLiteral("| --- | --- |"), QStringLiteral("| 1 | 2 |"),
                            QStringLiteral("| 3 | 4 |")};

// The display columns at which the separating pipes of each line stand.
QList<int> pipeColumns(const QString &line)
{
    QList<int> columns;
    QString before;
    bool escaped = false;
    bool code = false;
    for (const QChar c : line) {
        if (c == QLatin1Char('|') && !escaped && !code)
            columns.append(displayWidth(before));
        if (c == QLatin1Char('`'))
            code = !code;
        escaped = c == QLatin1Char('\\') && !escaped;
        before += c;
    }
    return columns;
}

// The text of the cell the edit's cursor stands in.
QString cellAtCursor(const TableEdit &edit)
{
    const QString &line = edit.lines.at(edit.cursorLine);
    const qsizetype left = line.lastIndexOf(QLatin1Char('|'), edit.cursorColumn - 1);
    const qsizetype right = line.indexOf(QLatin1Char('|'), edit.cursorColumn);
    return line.mid(left + 1, right - left - 1).trimmed();
}

LineSource sourceOf(const QStringList &lines)
{
    return [lines](int line) -> std::optional<QString> {
        if (line < 0 || line >= lines.size())
            return std::nullopt;
        return lines.at(line);
    };
}

} // namespace

class TestTableEdit final : public QObject
{
    Q_OBJECT

private slots:
    void displayWidthCountsWideCharacters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("width");
        QTest::newRow("ascii") << "abc" << 3;
        QTest::newRow("kanji count two") << "漢字" << 4;
        QTest::newRow("hangul") << "한국어" << 6;
        QTest::newRow("fullwidth latin") << "ＡＢ" << 4;
        QTest::newRow("combining accent counts zero") << "e\u0301" << 1;
        QTest::newRow("wide emoji") << "🚀" << 2;
        QTest::newRow("umlaut") << "Größe" << 5;
    }
    void displayWidthCountsWideCharacters()
    {
        QFETCH(QString, text);
        QFETCH(int, width);
        QCOMPARE(displayWidth(text), width);
    }

    void splitKeepsEscapedPipesAndCode_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("cells");
        QTest::newRow("outer pipes") << "| a | b |" << QStringList{"a", "b"};
        QTest::newRow("no outer pipes") << "a | b" << QStringList{"a", "b"};
        QTest::newRow("escaped pipe") << "| a \\| b | c |" << QStringList{"a \\| b", "c"};
        QTest::newRow("code span pipe") << "| `x|y` | c |" << QStringList{"`x|y`", "c"};
        QTest::newRow("double backtick code") << "| ``a`|b`` | c |" << QStringList{"``a`|b``", "c"};
        QTest::newRow("unclosed backtick splits") << "| `a | b |" << QStringList{"`a", "b"};
        QTest::newRow("empty cells") << "|||" << QStringList{"", ""};
        QTest::newRow("no pipe") << "plain text" << QStringList{};
    }
    void splitKeepsEscapedPipesAndCode()
    {
        QFETCH(QString, line);
        QFETCH(QStringList, cells);
        QCOMPARE(splitTableRow(line), cells);
    }

    void delimiterRow()
    {
        const auto aligns = parseDelimiterRow(u"| --- | :-- | :-: | --: |");
        QVERIFY(aligns);
        QCOMPARE(*aligns, (QList<ColumnAlign>{ColumnAlign::None, ColumnAlign::Left, ColumnAlign::Center, ColumnAlign::Right}));
        QVERIFY(!parseDelimiterRow(u"| a | --- |"));
        QVERIFY(!parseDelimiterRow(u"---"));   // a setext underline, not a table
    }

    void formatLinesUpPipes()
    {
        const QStringList lines = {"|Name|Note|", "|-|:-:|", "|漢字|a|", "|b|`x|y`|", "|c \\| d|e|", "|🚀 rocket|e\u0301|"};
        const auto edit = editTable(lines, 2, 2, TableAction::Format);
        QVERIFY(edit);
        QCOMPARE(edit->lines.size(), lines.size());
        const QList<int> expected = pipeColumns(edit->lines.at(0));
        QCOMPARE(expected.size(), 3);
        for (const QString &line : edit->lines)
            QCOMPARE(pipeColumns(line), expected);
        QCOMPARE(edit->lines.at(0), QStringLiteral("| Name      | Note  |"));
        QCOMPARE(edit->lines.at(1), QStringLiteral("| --------- | :---: |"));
        QCOMPARE(edit->lines.at(2), QStringLiteral("| 漢字      |   a   |"));
        QCOMPARE(edit->lines.at(3), QStringLiteral("| b         | `x|y` |"));
        QCOMPARE(edit->lines.at(4), QStringLiteral("| c \\| d    |   e   |"));
        // The cursor stays in the cell it was in, where it was.
        QCOMPARE(edit->cursorLine, 2);
        QCOMPARE(edit->lines.at(2).mid(edit->cursorColumn, 1), QStringLiteral("字"));
    }

    void actions_data()
    {
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("action");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("cursorCell");
        const auto add = [](const char *name, int line, int column, TableAction action, const QStringList &expected,
                            const QString &cell) {
            QTest::newRow(name) << line << column << int(action) << expected << cell;
        };
        // Cursor on "1" (line 2, column 2).
        add("row above", 2, 2, TableAction::RowAbove,
            {"| a   | b   |", "| --- | --- |", "|     |     |", "| 1   | 2   |", "| 3   | 4   |"}, "1");
        add("row below", 2, 2, TableAction::RowBelow,
            {"| a   | b   |", "| --- | --- |", "| 1   | 2   |", "|     |     |", "| 3   | 4   |"}, "1");
        add("row below header", 0, 2, TableAction::RowBelow,
            {"| a   | b   |", "| --- | --- |", "|     |     |", "| 1   | 2   |", "| 3   | 4   |"}, "a");
        add("remove row", 2, 2, TableAction::RemoveRow, {"| a   | b   |", "| --- | --- |", "| 3   | 4   |"}, "3");
        add("remove last row", 3, 2, TableAction::RemoveRow, {"| a   | b   |", "| --- | --- |", "| 1   | 2   |"}, "1");
        add("column left", 2, 2, TableAction::ColumnLeft,
            {"|     | a   | b   |", "| --- | --- | --- |", "|     | 1   | 2   |", "|     | 3   | 4   |"}, "1");
        add("column right", 2, 6, TableAction::ColumnRight,
            {"| a   | b   |     |", "| --- | --- | --- |", "| 1   | 2   |     |", "| 3   | 4   |     |"}, "2");
        add("remove column", 2, 2, TableAction::RemoveColumn, {"| b   |", "| --- |", "| 2   |", "| 4   |"}, "2");
        add("align left", 3, 6, TableAction::AlignLeft, {"| a   | b   |", "| --- | :-- |", "| 1   | 2   |", "| 3   | 4   |"}, "4");
        add("align centre", 3, 6, TableAction::AlignCenter,
            {"| a   |  b  |", "| --- | :-: |", "| 1   |  2  |", "| 3   |  4  |"}, "4");
        add("align right", 3, 6, TableAction::AlignRight,
            {"| a   |   b |", "| --- | --: |", "| 1   |   2 |", "| 3   |   4 |"}, "4");
    }
    void actions()
    {
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(int, action);
        QFETCH(QStringList, expected);
        QFETCH(QString, cursorCell);
        const auto edit = editTable(kSmall, line, column, TableAction(action));
        QVERIFY(edit);
        QCOMPARE(edit->lines, expected);
        QCOMPARE(cellAtCursor(*edit), cursorCell);
    }

    void alignNoneClearsAlignment()
    {
        const auto edit = editTable({"| a | b |", "| :-: | --: |", "| 1 | 2 |"}, 2, 2, TableAction::AlignNone);
        QVERIFY(edit);
        QCOMPARE(edit->lines.at(1), QStringLiteral("| --- | --: |"));
    }

    void refusedActions()
    {
        QVERIFY(!editTable(kSmall, 0, 2, TableAction::RowAbove));      // nothing goes above the header
        QVERIFY(!editTable(kSmall, 0, 2, TableAction::RemoveRow));     // the header stays
        QVERIFY(!editTable({"| a |", "| --- |", "| 1 |"}, 2, 2, TableAction::RemoveColumn));   // the only column
        QVERIFY(!editTable({"| a | b |", "| --- |"}, 0, 2, TableAction::Format));   // cell counts differ: no table
    }

    void raggedRowsLoseNothing()
    {
        const QStringList lines = {"| a | b | c |", "|---|---|---|", "| 1 |", "| 1 | 2 | 3 | 4 | 5 |"};
        const auto edit = editTable(lines, 2, 2, TableAction::Format);
        QVERIFY(edit);
        // A short row gets empty cells (as the renderer shows it).
        QCOMPARE(edit->lines.at(2), QStringLiteral("| 1   |     |     |"));
        // Cells past the header's count, which the renderer ignores, stay as written.
        QCOMPARE(edit->lines.at(3), QStringLiteral("| 1   | 2   | 3   | 4 | 5 |"));
    }

    void cursorOnDelimiterRow()
    {
        const auto edit = editTable(kSmall, 1, 8, TableAction::AlignRight);
        QVERIFY(edit);
        QCOMPARE(edit->lines.at(1), QStringLiteral("| --- | --: |"));
        QCOMPARE(edit->cursorLine, 1);
    }

    void findTableAroundLine()
    {
        const QStringList text = {"Intro | with a pipe", "", "| a | b |", "| --- | --- |", "| 1 | 2 |", "", "after"};
        const LineSource lines = sourceOf(text);
        for (int line = 2; line <= 4; ++line) {
            const auto table = findTable(lines, line);
            QVERIFY(table);
            QCOMPARE(table->firstLine, 2);
            QCOMPARE(table->lineCount, 3);
            QVERIFY(!table->tooLarge);
        }
        QVERIFY(!findTable(lines, 0));   // a paragraph with a pipe
        QVERIFY(!findTable(lines, 1));
        QVERIFY(!findTable(lines, 6));
        // A paragraph line right above the table is not part of it.
        const QStringList glued = {"a | b", "c | d", "--- | ---", "1 | 2"};
        const auto table = findTable(sourceOf(glued), 3);
        QVERIFY(table);
        QCOMPARE(table->firstLine, 1);
        QVERIFY(!findTable(sourceOf(glued), 0));
    }

    // Hostile tables: the toolbar's lookups stay bounded and nothing hangs.
    void hugeTablesAreCapped()
    {
        QStringList rows = {"| a | b |", "| --- | --- |"};
        for (int i = 0; i < 100000; ++i)
            rows.append(QStringLiteral("| %1 | x |").arg(i));
        int reads = 0;
        const LineSource counted = [&rows, &reads](int line) -> std::optional<QString> {
            ++reads;
            if (line < 0 || line >= rows.size())
                return std::nullopt;
            return rows.at(line);
        };
        const auto inside = findTable(counted, 50000);
        QVERIFY(inside);
        QVERIFY(inside->tooLarge);
        QVERIFY(reads < 5 * (kMaxTableRows + 10));   // the lines within reach, not the whole table
        reads = 0;
        const auto atTop = findTable(counted, 3);
        QVERIFY(atTop);
        QVERIFY(atTop->tooLarge);
        QCOMPARE(atTop->firstLine, 0);
        QVERIFY(reads < 5 * (kMaxTableRows + 10));
    }

    void thousandColumns()
    {
        QString header = QStringLiteral("|");
        QString delimiter = QStringLiteral("|");
        for (int i = 0; i < 1000; ++i) {
            header += QStringLiteral(" h%1 |").arg(i);
            delimiter += QStringLiteral("-|");
        }
        const QStringList lines = {header, delimiter, QStringLiteral("| x |")};
        const auto table = findTable(sourceOf(lines), 2);
        QVERIFY(table);
        QVERIFY(!table->tooLarge);
        const auto edit = editTable(lines, 2, 2, TableAction::Format);
        QVERIFY(edit);
        QCOMPARE(splitTableRow(edit->lines.at(2)).size(), 1000);
        QVERIFY(!editTable(lines, 2, 2, TableAction::ColumnRight));   // no 1,001st column
    }

    void unmatchedBackticksReadOnce()
    {
        // Runs of rising length that never close: read in one pass.
        QString line = QStringLiteral("| a ");
        for (int i = 1; i < 400; ++i)
            line += QString(i, QLatin1Char('`')) + QStringLiteral(" | ");   // 399 cells: "a `", "``", ...
        QCOMPARE(splitTableRow(line).size(), 399);
    }
};

QTEST_GUILESS_MAIN(TestTableEdit)
#include "tst_tableedit.moc"
