// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Markdown pane as a user types in it.
#include "editor/findbar.h"
#include "editor/markdowneditor.h"

#include <QTest>
#include <QTextBlock>

using namespace postwright;

class TestMarkdownEditor final : public QObject
{
    Q_OBJECT

private slots:
    void enterContinuesList()
    {
        MarkdownEditor editor;
        editor.setPlainText("- milk");
        editor.moveCursor(QTextCursor::End);
        QTest::keyClick(&editor, Qt::Key_Return);
        QTest::keyClicks(&editor, "eggs");
        QCOMPARE(editor.toPlainText(), QString("- milk\n- eggs"));
        // Enter on an empty item ends the list.
        QTest::keyClick(&editor, Qt::Key_Return);
        QTest::keyClick(&editor, Qt::Key_Return);
        QCOMPARE(editor.toPlainText(), QString("- milk\n- eggs\n"));
    }

    void tabIndentsListItems()
    {
        MarkdownEditor editor;
        editor.setPlainText("- a\n- b");
        editor.moveCursor(QTextCursor::End);
        QTest::keyClick(&editor, Qt::Key_Tab);
        QCOMPARE(editor.toPlainText(), QString("- a\n  - b"));
        QTest::keyClick(&editor, Qt::Key_Backtab);
        QCOMPARE(editor.toPlainText(), QString("- a\n- b"));
        // Outside a list, Tab is a tab.
        editor.setPlainText("x");
        editor.moveCursor(QTextCursor::End);
        QTest::keyClick(&editor, Qt::Key_Tab);
        QCOMPARE(editor.toPlainText(), QString("x\t"));
    }

    void formattingIsOneUndoStep()
    {
        MarkdownEditor editor;
        editor.setPlainText("make this bold");
        QTextCursor c = editor.textCursor();
        c.setPosition(10);
        c.setPosition(14, QTextCursor::KeepAnchor);
        editor.setTextCursor(c);
        editor.toggleInline("**");
        QCOMPARE(editor.toPlainText(), QString("make this **bold**"));
        QCOMPARE(editor.textCursor().selectedText(), QString("bold"));
        editor.toggleInline("**");
        QCOMPARE(editor.toPlainText(), QString("make this bold"));
        editor.undo();
        QCOMPARE(editor.toPlainText(), QString("make this **bold**"));
        editor.setHeading(2);
        QCOMPARE(editor.toPlainText(), QString("## make this **bold**"));
        editor.toggleLines(markdown::LineKind::Quote);
        QCOMPARE(editor.toPlainText(), QString("> ## make this **bold**"));
    }

    void minimalReplacementKeepsUndo()
    {
        MarkdownEditor editor;
        editor.setPlainText("---\ntitle: a\n---\nbody\n");
        editor.replaceTextMinimally("---\ntitle: b\n---\nbody\n");
        QCOMPARE(editor.toPlainText(), QString("---\ntitle: b\n---\nbody\n"));
        editor.undo();
        QCOMPARE(editor.toPlainText(), QString("---\ntitle: a\n---\nbody\n"));
    }

    void frontMatterCanBeHidden()
    {
        MarkdownEditor editor;
        editor.setPlainText("---\ntitle: a\n---\nbody");
        editor.setFrontMatterLines(3);
        editor.setFrontMatterVisible(false);
        for (int i = 0; i < 3; ++i)
            QVERIFY(!editor.document()->findBlockByNumber(i).isVisible());
        QVERIFY(editor.document()->findBlockByNumber(3).isVisible());
        QCOMPARE(editor.textCursor().blockNumber(), 3);
        editor.setFrontMatterVisible(true);
        QVERIFY(editor.document()->findBlockByNumber(0).isVisible());
        // Hidden or not, the document is the whole file.
        QCOMPARE(editor.toPlainText(), QString("---\ntitle: a\n---\nbody"));
    }

    void findAndReplace()
    {
        MarkdownEditor editor;
        editor.setPlainText("Cat cat CAT concat");
        FindBar bar(&editor);
        bar.setQuery("cat");
        QCOMPARE(bar.matchCount(), 4);
        bar.setQuery("cat", true);
        QCOMPARE(bar.matchCount(), 2);
        bar.setQuery("cat", false, true);
        QCOMPARE(bar.matchCount(), 3);
        bar.setQuery("c(a)t", false, true, true);
        QCOMPARE(bar.matchCount(), 3);
        bar.setReplacement("d\\1g");
        QCOMPARE(bar.replaceAll(), 3);
        QCOMPARE(editor.toPlainText(), QString("dag dag dAg concat"));
        editor.undo();
        QCOMPARE(editor.toPlainText(), QString("Cat cat CAT concat"));
        // Literal replacement: "$1" means "$1".
        bar.setQuery("concat");
        bar.setReplacement("$1");
        QCOMPARE(bar.replaceAll(), 1);
        QCOMPARE(editor.toPlainText(), QString("Cat cat CAT $1"));
        QVERIFY(!bar.findNext());   // nothing left to find
        bar.setQuery("CAT", true);
        QVERIFY(bar.findNext());
        QCOMPARE(editor.textCursor().selectedText(), QString("CAT"));
    }
};

QTEST_MAIN(TestMarkdownEditor)
#include "tst_markdowneditor.moc"
