// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The table toolbar's edits on tables a hostile post holds (issue 17 red
// team): tables inside list items, ragged rows, escapes.
#include "markdown/tableedit.h"

#include <QTest>

using namespace postwright;
using namespace postwright::markdown;

class tst_TableEditHostile final : public QObject
{
    Q_OBJECT

private slots:
    // A table in a list item is indented; reformatting it must keep the
    // indent, or the table leaves the list item.
    void tableInListItemKeepsItsIndent()
    {
        const QStringList lines = {"  | a | bb |", "  |---|---|", "  | 1 | 2 |"};
        for (const TableAction action : {TableAction::Format, TableAction::RowBelow, TableAction::ColumnRight, TableAction::AlignRight}) {
            const auto edit = editTable(lines, 2, 4, action);
            QVERIFY(edit);
            for (const QString &line : edit->lines)
                QVERIFY2(line.startsWith(QLatin1String("  |")), qPrintable(line));
            QVERIFY(edit->cursorColumn >= 2);
        }
        const auto formatted = editTable(lines, 0, 4, TableAction::Format);
        QCOMPARE(formatted->lines.at(0), QStringLiteral("  | a   | bb  |"));
    }

    // A list item, heading or quote right after the table starts a block of
    // its own (GFM ends the table there): the table tools leave it alone.
    void blockAfterTableIsNoRow()
    {
        for (const QString &after : {QStringLiteral("- item | x"), QStringLiteral("# Title | x"), QStringLiteral("> quote | x"),
                                     QStringLiteral("1. first | x")}) {
            const QStringList text = {QStringLiteral("| a | b |"), QStringLiteral("|---|---|"), QStringLiteral("| 1 | 2 |"), after};
            const LineSource lines = [&text](int line) -> std::optional<QString> {
                if (line < 0 || line >= text.size())
                    return std::nullopt;
                return text.at(line);
            };
            const auto table = findTable(lines, 2);
            QVERIFY(table);
            QCOMPARE(table->lineCount, 3);
            QVERIFY2(!findTable(lines, 3) || findTable(lines, 3)->lineCount == 3, qPrintable(after));
        }
    }

    void raggedAndEscaped()
    {
        const QStringList lines = {"a | b", "--|--", "1", "2 | 3 | 4 | 5", "\\| | x\\|y"};
        const auto edit = editTable(lines, 3, 0, TableAction::Format);
        QVERIFY(edit);
        QCOMPARE(edit->lines.size(), 5);
        QVERIFY(edit->lines.at(3).contains("4") && edit->lines.at(3).contains("5"));
        QVERIFY(edit->lines.at(4).contains("\\|") && edit->lines.at(4).contains("x\\|y"));
    }
};

QTEST_GUILESS_MAIN(tst_TableEditHostile)
#include "tst_tableedithostile.moc"
