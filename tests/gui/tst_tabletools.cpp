// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Tables in the editor as a writer meets them: the table toolbar that
// shows in a table, its edits (one undo each, the cursor kept in its cell),
// and Format → Table's size picker.
#include "editor/markdowneditor.h"
#include "editor/tablesizepicker.h"
#include "editor/tabletoolbar.h"
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTimer>
#include <QToolButton>

#include "support/testfiles.h"

using namespace postwright;
using namespace postwright::testing;
using markdown::TableAction;

namespace {

const QByteArray kPost = "---\ntitle: Tables\n---\n\nBefore | not a table.\n\n"
                         "| Name | Qty |\n| --- | --- |\n| 漢字 | 1 |\n| pear | 2 |\n\n"
                         "```\n| a | b |\n| --- | --- |\n```\n\nAfter.\n";

QAction *menuEntry(MainWindow *window, const QString &text)
{
    for (QAction *action : window->menuBar()->findChildren<QAction *>()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

} // namespace

class TestTableTools final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    MarkdownEditor *m_editor = nullptr;
    TableToolBar *m_tools = nullptr;

    // Puts the cursor in the editor just after the first occurrence of text.
    void cursorAfter(const QString &text)
    {
        QTextCursor found = m_editor->document()->find(text);
        QVERIFY2(!found.isNull(), qPrintable(text));
        found.clearSelection();
        m_editor->setTextCursor(found);
    }

    // The table's lines as the editor shows them now.
    QStringList tableLines()
    {
        QStringList lines;
        // The table starts two lines below the paragraph before it.
        const QTextBlock before = m_editor->document()->find(QStringLiteral("Before |")).block();
        for (QTextBlock b = before.next().next(); b.isValid() && !b.text().isEmpty(); b = b.next())
            lines.append(b.text());
        return lines;
    }

    // The text of the table cell the cursor is in.
    QString cursorCell()
    {
        const QTextCursor c = m_editor->textCursor();
        const QString line = c.block().text();
        const qsizetype left = line.lastIndexOf(QLatin1Char('|'), c.positionInBlock() - 1);
        const qsizetype right = line.indexOf(QLatin1Char('|'), c.positionInBlock());
        return line.mid(left + 1, right - left - 1).trimmed();
    }

    // Clicks the strip's button for action, or its menu entry.
    void click(TableAction action)
    {
        QWidget *button = nullptr;
        if (action == TableAction::RowBelow)
            button = m_tools->findChild<QToolButton *>(QStringLiteral("rowButton"));
        else if (action == TableAction::ColumnRight)
            button = m_tools->findChild<QToolButton *>(QStringLiteral("columnButton"));
        else if (action == TableAction::Format)
            button = m_tools->widgetForAction(m_tools->action(action));
        if (!button) {
            QAction *entry = m_tools->action(action);
            QVERIFY(entry && entry->isEnabled());
            entry->trigger();
            return;
        }
        QVERIFY(button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(6, button->height() / 2));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName("PostwrightTests");
        QCoreApplication::setApplicationName("tst_tabletools");
    }

    void init()
    {
        writeFile(m_dir.filePath("post.md"), kPost);
        m_window = std::make_unique<MainWindow>();
        m_window->setRecoveryFolder(m_dir.filePath("recovery"));
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_editor = m_window->editor();
        // (The form's title field, focused at start, would write its stale
        // text back on losing focus: a bug of the form, reported.)
        m_editor->setFocus();
        QVERIFY(m_window->openPost(m_dir.filePath("post.md")));
        m_tools = m_window->findChild<TableToolBar *>();
        QVERIFY(m_tools);
    }

    void cleanup()
    {
        m_window->editor()->document()->setModified(false);
        m_window.reset();
    }

    void showsOnlyInATable()
    {
        cursorAfter("Before");
        QVERIFY(!m_tools->isVisible());
        cursorAfter("| pe");
        QVERIFY(m_tools->isVisible());
        // The whole strip fits beside the sidebar and the preview.
        for (const char *name : {"rowButton", "columnButton", "alignButton"}) {
            auto *button = m_tools->findChild<QToolButton *>(QString::fromLatin1(name));
            QVERIFY(button && button->isVisible());
        }
        QVERIFY(m_tools->widgetForAction(m_tools->action(TableAction::Format))->isVisible());
        cursorAfter("After");
        QVERIFY(!m_tools->isVisible());
        // A table in a code block is code, not a table.
        cursorAfter("| a");
        QVERIFY(!m_tools->isVisible());
    }

    void addColumnIsOneUndoAndKeepsTheCell()
    {
        const QStringList before = tableLines();
        cursorAfter("| pe");
        click(TableAction::ColumnRight);
        // "pear" is in the first column: the new one comes after it.
        QCOMPARE(tableLines(), (QStringList{"| Name |     | Qty |", "| ---- | --- | --- |", "| 漢字 |     | 1   |",
                                            "| pear |     | 2   |"}));
        QCOMPARE(cursorCell(), QStringLiteral("pear"));
        QCOMPARE(m_editor->textCursor().positionInBlock(), 4);   // after "pe", as before
        // Typing goes on where it was.
        QTest::keyClicks(m_editor, "s");
        QCOMPARE(cursorCell(), QStringLiteral("pesar"));
        m_editor->undo();
        m_editor->undo();
        QCOMPARE(tableLines(), before);
    }

    void rowsAndColumns()
    {
        cursorAfter("| 漢");
        click(TableAction::RowBelow);
        QCOMPARE(tableLines().size(), 5);
        QCOMPARE(tableLines().at(3), QStringLiteral("|      |     |"));
        QCOMPARE(cursorCell(), QStringLiteral("漢字"));
        click(TableAction::RowAbove);
        QCOMPARE(tableLines().at(2), QStringLiteral("|      |     |"));
        QCOMPARE(cursorCell(), QStringLiteral("漢字"));
        click(TableAction::RemoveRow);
        QCOMPARE(tableLines().size(), 5);
        QCOMPARE(cursorCell(), QString());   // the row below took its place
        click(TableAction::RemoveColumn);
        QCOMPARE(tableLines(), (QStringList{"| Qty |", "| --- |", "|     |", "|     |", "| 2   |"}));
        // In the header there is no row to remove and none goes above.
        cursorAfter("| Q");
        QVERIFY(!m_tools->action(TableAction::RemoveRow)->isEnabled());
        QVERIFY(!m_tools->action(TableAction::RowAbove)->isEnabled());
        click(TableAction::ColumnLeft);
        QCOMPARE(tableLines().at(0), QStringLiteral("|     | Qty |"));
        QCOMPARE(cursorCell(), QStringLiteral("Qty"));
    }

    void alignAndFormat()
    {
        cursorAfter("| 1");
        auto *align = m_tools->findChild<QToolButton *>(QStringLiteral("alignButton"));
        QVERIFY(align && align->isVisible() && align->menu());
        m_tools->action(TableAction::AlignRight)->trigger();
        QCOMPARE(tableLines(), (QStringList{"| Name | Qty |", "| ---- | --: |", "| 漢字 |   1 |", "| pear |   2 |"}));
        QCOMPARE(cursorCell(), QStringLiteral("1"));
        m_tools->action(TableAction::AlignCenter)->trigger();
        QCOMPARE(tableLines().at(1), QStringLiteral("| ---- | :-: |"));
        m_tools->action(TableAction::AlignNone)->trigger();
        QCOMPARE(tableLines().at(1), QStringLiteral("| ---- | --- |"));
        // Format lines the pipes up after typing made a cell wider.
        cursorAfter("| pear");
        QTest::keyClicks(m_editor, "s and plums");
        click(TableAction::Format);
        QCOMPARE(tableLines(), (QStringList{"| Name            | Qty |", "| --------------- | --- |",
                                            "| 漢字            | 1   |", "| pears and plums | 2   |"}));
        QCOMPARE(cursorCell(), QStringLiteral("pears and plums"));
    }

    // A table too large to rewrite on a click: the strip says so and its
    // actions are off; moving through it stays quick (no hang).
    void hugeTableIsLeftAlone()
    {
        QByteArray huge = "---\ntitle: Huge\n---\n\n| a | b |\n| --- | --- |\n";
        for (int i = 0; i < 100000; ++i)
            huge += "| " + QByteArray::number(i) + " | x |\n";
        writeFile(m_dir.filePath("huge.md"), huge);
        QVERIFY(m_window->openPost(m_dir.filePath("huge.md")));
        cursorAfter("| 50000 ");
        QVERIFY(m_tools->isVisible());
        for (const TableAction action : {TableAction::RowBelow, TableAction::ColumnRight, TableAction::Format})
            QVERIFY(!m_tools->action(action)->isEnabled());
        const QString before = m_editor->toPlainText();
        QVERIFY(!m_tools->apply(TableAction::Format));
        QCOMPARE(m_editor->toPlainText(), before);
        m_editor->document()->setModified(false);
    }

    // Red team: a table in a list item keeps its indent (it stays in the
    // item); a 5,000-row table is reformatted as one undo step.
    void listItemTableStaysInTheItem()
    {
        QByteArray post = "---\ntitle: List\n---\n\n- item\n\n  | a | bb |\n  |---|---|\n  | 1 | 2 |\n\nEnd.\n";
        writeFile(m_dir.filePath("list.md"), post);
        QVERIFY(m_window->openPost(m_dir.filePath("list.md")));
        cursorAfter("| 1");
        QVERIFY(m_tools->isVisible());
        click(TableAction::Format);
        QVERIFY2(m_editor->toPlainText().contains("- item\n\n  | a   | bb  |\n  | --- | --- |\n  | 1   | 2   |\n\nEnd."),
                 qPrintable(m_editor->toPlainText()));
        QCOMPARE(cursorCell(), QStringLiteral("1"));
        m_editor->document()->setModified(false);
    }

    void fiveThousandRowsFormatAsOneStep()
    {
        QByteArray big = "---\ntitle: Big\n---\n\n|a|b|\n|-|-|\n";
        for (int i = 0; i < 5000; ++i)
            big += "|" + QByteArray::number(i) + "|x|\n";
        writeFile(m_dir.filePath("big.md"), big);
        QVERIFY(m_window->openPost(m_dir.filePath("big.md")));
        const QString before = m_editor->toPlainText();
        cursorAfter("|2500|");
        QVERIFY(m_tools->isVisible());
        QVERIFY(m_tools->apply(TableAction::Format));
        const QString text = m_editor->toPlainText();
        QVERIFY2(text.contains("| 2500 | x   |"), qPrintable(text.mid(text.indexOf("2500") - 40, 80)));
        m_editor->undo();
        QCOMPARE(m_editor->toPlainText(), before);
        m_editor->document()->setModified(false);
    }

    void sizePickerInsertsTable_data()
    {
        QTest::addColumn<bool>("keyboard");
        QTest::newRow("mouse") << false;
        QTest::newRow("keyboard") << true;
    }
    void sizePickerInsertsTable()
    {
        QFETCH(bool, keyboard);
        cursorAfter("After.");
        QAction *table = menuEntry(m_window.get(), QStringLiteral("T&able…"));
        QVERIFY(table);
        bool seen = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<TableSizeDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            TableSizePicker *picker = dialog->picker();
            QCOMPARE(picker->accessibleName(), QStringLiteral("Table size"));
            seen = true;
            if (keyboard) {
                // From 3 × 3: one right, then Enter.
                QTest::keyClick(picker, Qt::Key_Right);
                QTest::keyClick(picker, Qt::Key_Return);
            } else {
                QTest::mouseMove(picker, picker->cellCentre(4, 3));
                QTest::mouseClick(picker, Qt::LeftButton, {}, picker->cellCentre(4, 3));
            }
        });
        table->trigger();
        QVERIFY(seen);
        const QString text = m_editor->toPlainText();
        const qsizetype at = text.indexOf(QStringLiteral("| Column 1 | Column 2 | Column 3 | Column 4 |"));
        QVERIFY2(at > 0, qPrintable(text));
        const QStringList inserted = text.mid(at).split(QLatin1Char('\n'));
        QCOMPARE(inserted.at(1).count(QLatin1Char('|')), 5);
        QCOMPARE(inserted.at(2).count(QLatin1Char('|')), 5);
        QCOMPARE(inserted.at(3).count(QLatin1Char('|')), 5);
        QVERIFY(!inserted.at(4).startsWith(QLatin1Char('|')));   // 3 rows: header and two
    }
};

QTEST_MAIN(TestTableTools)
#include "tst_tabletools.moc"
