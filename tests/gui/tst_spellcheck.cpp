// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/markdowneditor.h"
#include "editor/markdownhighlighter.h"
#include "spelling/spellchecker.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

#include <memory>

#include "support/dictionaries.h"

using namespace postwright;
using postwright::spelling::SpellChecker;

namespace {

// True when every character of the first whole-word match of word carries
// the spell-check underline.
bool isUnderlined(const MarkdownEditor &editor, const QString &word)
{
    const QTextCursor found = editor.document()->find(word, 0, QTextDocument::FindCaseSensitively | QTextDocument::FindWholeWords);
    if (found.isNull())
        return false;
    const QTextBlock block = found.block();
    const int start = found.selectionStart() - block.position();
    const int end = found.selectionEnd() - block.position();
    for (int i = start; i < end; ++i) {
        bool covered = false;
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            if (range.start <= i && i < range.start + range.length
                && range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
                covered = true;
        }
        if (!covered)
            return false;
    }
    return true;
}

int positionOf(const MarkdownEditor &editor, const QString &word)
{
    return editor.document()->find(word, 0, QTextDocument::FindCaseSensitively | QTextDocument::FindWholeWords).selectionStart();
}

QAction *actionNamed(QMenu *menu, const QString &name)
{
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (action->objectName() == name)
            return action;
    }
    return nullptr;
}

} // namespace

class TestSpellCheck final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SpellChecker *m_checker = nullptr;

    std::unique_ptr<MarkdownEditor> openEditor(const QString &text, const QString &language = QStringLiteral("en-US"))
    {
        auto editor = std::make_unique<MarkdownEditor>();
        editor->setSpellChecker(m_checker);
        editor->resize(800, 600);
        editor->show();
        editor->setPlainText(text);
        editor->setSpellLanguage(language);
        return editor;
    }

    // Waits for the dictionary and the deferred pass.
    static bool settle(MarkdownEditor &editor)
    {
        return QTest::qWaitFor([&] {
            return editor.spellStatus() != MarkdownEditor::SpellStatus::Loading && editor.highlighter()->isSpellingComplete();
        }, 5000);
    }

private slots:
    void initTestCase()
    {
        POSTWRIGHT_REQUIRE_DICTIONARIES(QStringLiteral("en_US"));
        QVERIFY(m_dir.isValid());
        m_checker = new SpellChecker(this);
        m_checker->setSearchPaths(postwright::testing::dictionarySearchPaths());
        m_checker->setPersonalWordListPath(m_dir.filePath(QStringLiteral("words.txt")));
    }

    void misspelledWordIsUnderlined()
    {
        const auto editor = openEditor(QStringLiteral("A wrold of text.\n"));
        QVERIFY(settle(*editor));
        QCOMPARE(editor->spellStatus(), MarkdownEditor::SpellStatus::Active);
        QCOMPARE(editor->spellDictionaryName(), QStringLiteral("en_US"));
        QVERIFY(isUnderlined(*editor, QStringLiteral("wrold")));
        QVERIFY(!isUnderlined(*editor, QStringLiteral("text")));
        QVERIFY(!isUnderlined(*editor, QStringLiteral("of")));
    }

    void typedWordIsChecked()
    {
        const auto editor = openEditor(QStringLiteral("Start\n"));
        QVERIFY(settle(*editor));
        QTextCursor cursor(editor->document());
        cursor.movePosition(QTextCursor::End);
        editor->setTextCursor(cursor);
        QTest::keyClicks(editor.get(), QStringLiteral("the helo "));
        // keyClicks gives the event loop no turn between keys, so on a slow
        // machine the highlighter's time budget may leave the line to the
        // deferred pass: the underline comes one turn later.
        QVERIFY(settle(*editor));
        QVERIFY(isUnderlined(*editor, QStringLiteral("helo")));
        QVERIFY(!isUnderlined(*editor, QStringLiteral("the")));
    }

    void codeUrlsAndShortcodesAreNotChecked()
    {
        const QString text = QStringLiteral(
            "---\ntitle: qwxfront\n---\n"
            "Prose qwxprose and `qwxcode` then https://qwxurl.example/qwxpath here.\n"
            "See [qwxlinktext](qwxtarget/page.html) and {{< qwxshort arg=\"qwxarg\" >}} too.\n"
            "<span class=\"qwxattr\">inside</span> {% qwxliquid %}\n"
            "```\nqwxfence\n```\n"
            "\n    qwxindented\n");
        const auto editor = openEditor(text);
        QVERIFY(settle(*editor));
        QVERIFY(isUnderlined(*editor, QStringLiteral("qwxprose")));
        QVERIFY(isUnderlined(*editor, QStringLiteral("qwxlinktext")));   // link text is prose
        for (const char *word : {"qwxfront", "qwxcode", "qwxurl", "qwxpath", "qwxtarget", "qwxshort", "qwxarg",
                                 "qwxattr", "qwxliquid", "qwxfence", "qwxindented"})
            QVERIFY2(!isUnderlined(*editor, QString::fromLatin1(word)), word);
    }

    void texMathIsNotChecked()
    {
        const QString text = QStringLiteral(
            "Inline $\\qwxinline{a}$ and \\(qwxparen\\) in qwxprose.\n"
            "\n$$\n\\qwxdisplay{x} + qwxbody\n$$\n"
            "After qwxafter.\n"
            "\n\\[\nqwxbracket\n\\]\n");
        const auto editor = openEditor(text);
        QVERIFY(settle(*editor));
        QVERIFY(isUnderlined(*editor, QStringLiteral("qwxprose")));
        QVERIFY(isUnderlined(*editor, QStringLiteral("qwxafter")));   // the block closed
        for (const char *word : {"qwxinline", "qwxparen", "qwxdisplay", "qwxbody", "qwxbracket"})
            QVERIFY2(!isUnderlined(*editor, QString::fromLatin1(word)), word);
    }

    void addToDictionaryRemovesUnderline()
    {
        const auto editor = openEditor(QStringLiteral("Postwrightish is a name, postwrightish too.\n"));
        QVERIFY(settle(*editor));
        QVERIFY(isUnderlined(*editor, QStringLiteral("Postwrightish")));
        QSignalSpy textChanged(editor.get(), &QPlainTextEdit::textChanged);
        std::unique_ptr<QMenu> menu(editor->createContextMenuAt(positionOf(*editor, QStringLiteral("postwrightish")) + 2));
        QAction *add = actionNamed(menu.get(), QStringLiteral("spellAddToDictionary"));
        QVERIFY(add);
        add->trigger();
        QVERIFY(settle(*editor));
        QVERIFY(!isUnderlined(*editor, QStringLiteral("postwrightish")));
        QVERIFY(!isUnderlined(*editor, QStringLiteral("Postwrightish")));   // capitalised too
        QCOMPARE(textChanged.size(), 0);   // only formats changed
        QFile words(m_checker->personalWordListPath());
        QVERIFY(words.open(QIODevice::ReadOnly));
        QVERIFY(words.readAll().split('\n').contains("postwrightish"));
        // Another editor sharing the checker knows the word at once.
        const auto other = openEditor(QStringLiteral("postwrightish\n"));
        QVERIFY(settle(*other));
        QVERIFY(!isUnderlined(*other, QStringLiteral("postwrightish")));
    }

    void ignoreForSession()
    {
        const auto editor = openEditor(QStringLiteral("An ignorabel word.\n"));
        QVERIFY(settle(*editor));
        QVERIFY(isUnderlined(*editor, QStringLiteral("ignorabel")));
        std::unique_ptr<QMenu> menu(editor->createContextMenuAt(positionOf(*editor, QStringLiteral("ignorabel"))));
        QAction *ignore = actionNamed(menu.get(), QStringLiteral("spellIgnore"));
        QVERIFY(ignore);
        ignore->trigger();
        QVERIFY(settle(*editor));
        QVERIFY(!isUnderlined(*editor, QStringLiteral("ignorabel")));
        QFile words(m_checker->personalWordListPath());
        if (words.open(QIODevice::ReadOnly))
            QVERIFY(!words.readAll().contains("ignorabel"));
    }

    void suggestionReplacesAsOneUndoStep()
    {
        const auto editor = openEditor(QStringLiteral("A wrold here.\n"));
        QVERIFY(settle(*editor));
        std::unique_ptr<QMenu> menu(editor->createContextMenuAt(positionOf(*editor, QStringLiteral("wrold")) + 1));
        QList<QAction *> suggestions;
        for (QAction *action : menu->actions()) {
            if (action->objectName() == QLatin1String("spellSuggestion"))
                suggestions.append(action);
        }
        QVERIFY(!suggestions.isEmpty());
        QVERIFY(suggestions.size() <= 6);
        QAction *world = nullptr;
        for (QAction *action : std::as_const(suggestions)) {
            if (action->text() == QLatin1String("world"))
                world = action;
        }
        QVERIFY(world);
        // The standard entries follow.
        QVERIFY(menu->actions().size() > suggestions.size() + 3);
        QVERIFY(!editor->document()->isUndoAvailable());
        world->trigger();
        QCOMPARE(editor->toPlainText(), QStringLiteral("A world here.\n"));
        editor->undo();
        QCOMPARE(editor->toPlainText(), QStringLiteral("A wrold here.\n"));
        QVERIFY(!editor->document()->isUndoAvailable());   // it was one step
        editor->redo();
        QCOMPARE(editor->toPlainText(), QStringLiteral("A world here.\n"));
    }

    void correctWordHasNoSpellingEntries()
    {
        const auto editor = openEditor(QStringLiteral("A world here.\n"));
        QVERIFY(settle(*editor));
        std::unique_ptr<QMenu> menu(editor->createContextMenuAt(positionOf(*editor, QStringLiteral("world"))));
        QVERIFY(!actionNamed(menu.get(), QStringLiteral("spellAddToDictionary")));
        QVERIFY(!menu->actions().isEmpty());   // the standard entries
    }

    void languageFollowsTheSetting()
    {
        POSTWRIGHT_REQUIRE_DICTIONARIES(QStringLiteral("de_DE"));
        const auto editor = openEditor(QStringLiteral("Die Straße ist lang.\n"));
        QVERIFY(settle(*editor));
        QVERIFY(isUnderlined(*editor, QStringLiteral("Straße")));
        QSignalSpy status(editor.get(), &MarkdownEditor::spellStatusChanged);
        editor->setSpellLanguage(QStringLiteral("de"));
        QVERIFY(settle(*editor));
        QCOMPARE(editor->spellDictionaryName(), QStringLiteral("de_DE"));
        QVERIFY(!isUnderlined(*editor, QStringLiteral("Straße")));
        QVERIFY(!status.isEmpty());
    }

    void noDictionaryMeansNoUnderlines()
    {
        const auto editor = openEditor(QStringLiteral("A wrold of text.\n"));
        QVERIFY(settle(*editor));
        QVERIFY(isUnderlined(*editor, QStringLiteral("wrold")));
        editor->setSpellLanguage(QStringLiteral("xx-YY"));
        QVERIFY(settle(*editor));
        QCOMPARE(editor->spellStatus(), MarkdownEditor::SpellStatus::NoDictionary);
        QVERIFY(editor->spellStatusText().contains(QStringLiteral("xx-YY")));
        QVERIFY(!isUnderlined(*editor, QStringLiteral("wrold")));
        editor->setSpellLanguage(QString());
        QCOMPARE(editor->spellStatus(), MarkdownEditor::SpellStatus::Off);
        QVERIFY(settle(*editor));
        QVERIFY(!isUnderlined(*editor, QStringLiteral("wrold")));
    }
};

QTEST_MAIN(TestSpellCheck)
#include "tst_spellcheck.moc"
