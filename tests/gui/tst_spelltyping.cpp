// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Spell checking never blocks typing, even in a 1 MB post: the background
// pass runs in slices with event-loop turns between them, and each typed
// line is checked as it is typed. How long a key or a slice holds the GUI
// thread is measured by bench/pw-bench-typing, not here (timings are no
// pass/fail criterion on a noisy machine).
// POSTWRIGHT_BIG_POST names a post to use (gen_corpus.py --big-doc); else
// the shared corpus's real posts are joined to 1 MB.
#include "editor/markdowneditor.h"
#include "editor/markdownhighlighter.h"
#include "spelling/spellchecker.h"

#include <QApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>

#include "support/dictionaries.h"

using namespace postwright;

namespace {

constexpr qsizetype bigSize = 1'000'000;

QString bigPost()
{
    const QString path = qEnvironmentVariable("POSTWRIGHT_BIG_POST");
    if (!path.isEmpty()) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            return QString::fromUtf8(file.readAll());
    }
    // The bundled sample and the render test posts, again and again: prose
    // with headings, lists, code and front matter.
    QString text;
    QStringList files{QStringLiteral(POSTWRIGHT_SAMPLE "/content/posts/why-open-source-ai-is-the-future.md")};
    for (const char *folder : {POSTWRIGHT_TEST_DATA "/render"}) {
        QDirIterator it(QString::fromUtf8(folder), {QStringLiteral("*.md")}, QDir::Files);
        QStringList found;
        while (it.hasNext())
            found.append(it.next());
        found.sort();
        files += found;
    }
    while (!files.isEmpty() && text.size() < bigSize) {
        for (const QString &name : std::as_const(files)) {
            QFile file(name);
            if (file.open(QIODevice::ReadOnly))
                text += QString::fromUtf8(file.readAll()) + QLatin1Char('\n');
            if (text.size() >= bigSize)
                break;
        }
    }
    return text;
}

// The words of block from offset on that carry the spelling underline.
QStringList underlinedWords(const QTextBlock &block, qsizetype offset)
{
    const QString text = block.text();
    QList<bool> underlined(text.size(), false);
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (range.format.underlineStyle() != QTextCharFormat::SpellCheckUnderline)
            continue;
        for (int i = range.start; i < range.start + range.length && i < text.size(); ++i)
            underlined[i] = true;
    }
    QStringList words;
    for (qsizetype i = offset; i < text.size();) {
        if (!underlined[i]) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < text.size() && underlined[i])
            ++i;
        words.append(text.mid(start, i - start));
    }
    return words;
}

} // namespace

class TestSpellTyping final : public QObject
{
    Q_OBJECT

private slots:
    void typingInABigPost()
    {
        POSTWRIGHT_REQUIRE_DICTIONARIES(QStringLiteral("en_US"));
        const QString text = bigPost();
        QVERIFY2(text.size() >= bigSize, qPrintable(QString::number(text.size())));
        QTemporaryDir dir;
        spelling::SpellChecker checker;
        checker.setSearchPaths(postwright::testing::dictionarySearchPaths());
        checker.setPersonalWordListPath(dir.filePath(QStringLiteral("words.txt")));

        MarkdownEditor editor;
        editor.setSpellChecker(&checker);
        editor.resize(900, 700);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.setPlainText(text + QStringLiteral("\nA Zzqxword at the end.\n"));
        QCoreApplication::processEvents();

        // The dictionary loads off the GUI thread; then the background pass
        // checks the whole post in slices. Events posted while it runs are
        // handled before it ends: the window stays responsive.
        // (A spy, not qWaitFor: qWaitFor's processEvents call would run
        // slices until none is left.)
        QSignalSpy status(&editor, &MarkdownEditor::spellStatusChanged);
        editor.setSpellLanguage(QStringLiteral("en-US"));
        while (editor.spellStatus() == MarkdownEditor::SpellStatus::Loading)
            QVERIFY(status.wait(60'000));
        QCOMPARE(editor.spellStatus(), MarkdownEditor::SpellStatus::Active);
        QVERIFY2(!editor.highlighter()->isSpellingComplete(), "a 1 MB post was checked in one go");
        int slicesSeen = 0;
        bool eventHandledDuringPass = false;
        QTimer::singleShot(0, &editor, [&] { eventHandledDuringPass = !editor.highlighter()->isSpellingComplete(); });
        QSignalSpy complete(editor.highlighter(), &MarkdownHighlighter::spellingComplete);
        while (complete.isEmpty()) {
            QVERIFY2(slicesSeen < 10'000'000, "the spelling pass did not finish");
            QCoreApplication::processEvents(QEventLoop::AllEvents);
            if (!editor.highlighter()->isSpellingComplete())
                ++slicesSeen;
        }
        QVERIFY(eventHandledDuringPass);
        QVERIFY2(slicesSeen > 1, qPrintable(QString::number(slicesSeen)));
        // The pass reached the end of the post, far below the window.
        QCOMPARE(underlinedWords(editor.document()->lastBlock().previous(), 0), QStringList(QStringLiteral("Zzqxword")));

        // Type a sentence in the middle of the post, one key at a time, each
        // key with the event processing (and painting) it causes.
        // A paragraph line: not code, front matter, a table or a comment.
        QTextBlock middle = editor.document()->findBlock(int(text.size() / 2));
        while (middle.isValid()
               && (middle.previous().userState() != -1 || middle.userState() != -1 || middle.text().isEmpty()
                   || !middle.text().at(0).isLetter()))
            middle = middle.next();
        QVERIFY(middle.isValid());
        QTextCursor cursor(middle);
        cursor.movePosition(QTextCursor::EndOfBlock);
        editor.setTextCursor(cursor);
        editor.centerCursor();
        QCoreApplication::processEvents();
        const QString typed = QStringLiteral(" Teh quick brown fox jumsp over the lazy dog, and then it keeps typing wrods.");
        for (int round = 0; round < 3; ++round) {
            for (const QChar c : typed) {
                QTest::keyClick(&editor, c.toLatin1());
                QCoreApplication::processEvents();
            }
            QTest::keyClick(&editor, Qt::Key_Return);
            QCoreApplication::processEvents();
            // The typed words are checked as they are typed, within each
            // key's own event processing (the visible lines come first): the
            // line just finished is underlined at its misspellings only.
            const QTextBlock typedBlock = editor.textCursor().block().previous();
            const qsizetype offset = typedBlock.text().size() - typed.size();
            QVERIFY(offset >= 0);
            QCOMPARE(underlinedWords(typedBlock, offset),
                     QStringList({QStringLiteral("Teh"), QStringLiteral("jumsp"), QStringLiteral("wrods")}));
        }
    }
};

QTEST_MAIN(TestSpellTyping)
#include "tst_spelltyping.moc"
