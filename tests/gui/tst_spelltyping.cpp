// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Spell checking never blocks typing, even in a 1 MB post: no keystroke and
// no slice of the background spelling pass may hold the GUI thread long.
// POSTWRIGHT_BIG_POST names a post to use (gen_corpus.py --big-doc); else
// the shared corpus's real posts are joined to 1 MB.
#include "editor/markdowneditor.h"
#include "editor/markdownhighlighter.h"
#include "spelling/spellchecker.h"

#include <QApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

#include <algorithm>

using namespace postwright;

namespace {

constexpr qsizetype bigSize = 1'000'000;
// Generous against a loaded 2-core CI machine; the typical values are far
// below and printed.
constexpr double maxStallMs = 150;

QString bigPost()
{
    const QString path = qEnvironmentVariable("POSTWRIGHT_BIG_POST");
    if (!path.isEmpty()) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            return QString::fromUtf8(file.readAll());
    }
    QString text;
    QDirIterator it(QStringLiteral(POSTWRIGHT_CORPUS "/realworld"), {QStringLiteral("*.md")}, QDir::Files,
                    QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files.append(it.next());
    files.sort();
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

struct Stalls
{
    double max = 0;
    double total = 0;
    int count = 0;
    void add(double ms)
    {
        max = std::max(max, ms);
        total += ms;
        ++count;
    }
};

} // namespace

class TestSpellTyping final : public QObject
{
    Q_OBJECT

private slots:
    void typingInABigPost()
    {
        if (!QFileInfo::exists(QStringLiteral("/usr/share/hunspell/en_US.dic")))
            QFAIL("hunspell-en-us is not installed (scripts/test.sh installs what the tests need)");
        const QString text = bigPost();
        if (text.size() < bigSize / 2)
            QFAIL("no big post: set POSTWRIGHT_BIG_POST or provide the shared corpus (scripts/test.sh installs what the tests need)");
        QTemporaryDir dir;
        spelling::SpellChecker checker;
        checker.setSearchPaths({QStringLiteral("/usr/share/hunspell")});
        checker.setPersonalWordListPath(dir.filePath(QStringLiteral("words.txt")));

        // For comparison: the same text in a bare QPlainTextEdit.
        double bareMs = 0;
        {
            QPlainTextEdit bare;
            bare.setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
            bare.resize(900, 700);
            bare.show();
            QVERIFY(QTest::qWaitForWindowExposed(&bare));
            QElapsedTimer bareClock;
            bareClock.start();
            bare.setPlainText(text);
            bareMs = double(bareClock.nsecsElapsed()) / 1e6;
        }

        MarkdownEditor editor;
        editor.setSpellChecker(&checker);
        editor.resize(900, 700);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QElapsedTimer clock;
        clock.start();
        editor.setPlainText(text);
        const double loadMs = double(clock.nsecsElapsed()) / 1e6;
        // The first layout and paint of the new text belong to opening it.
        clock.start();
        QCoreApplication::processEvents();
        const double firstPaintMs = double(clock.nsecsElapsed()) / 1e6;

        // The dictionary loads off the GUI thread; then the background pass
        // checks the whole post in slices.
        editor.setSpellLanguage(QStringLiteral("en-US"));
        Stalls background;
        clock.start();
        QElapsedTimer all;
        all.start();
        while (editor.spellStatus() == MarkdownEditor::SpellStatus::Loading || !editor.highlighter()->isSpellingComplete()) {
            QVERIFY2(all.elapsed() < 120'000, "the spelling pass did not finish");
            clock.start();
            QCoreApplication::processEvents(QEventLoop::AllEvents);
            background.add(double(clock.nsecsElapsed()) / 1e6);
            if (qEnvironmentVariableIsSet("PW_SPELL_DEBUG") && clock.elapsed() > 25)
                qDebug() << "turn" << background.count << clock.elapsed() << "ms" << editor.spellStatus();
        }
        const double passMs = double(all.nsecsElapsed()) / 1e6;
        QCOMPARE(editor.spellStatus(), MarkdownEditor::SpellStatus::Active);

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
        Stalls typing;
        const QString typed = QStringLiteral(" Teh quick brown fox jumsp over the lazy dog, and then it keeps typing wrods.");
        for (int round = 0; round < 3; ++round) {
            for (const QChar c : typed) {
                clock.start();
                QTest::keyClick(&editor, c.toLatin1());
                QCoreApplication::processEvents();
                typing.add(double(clock.nsecsElapsed()) / 1e6);
            }
            QTest::keyClick(&editor, Qt::Key_Return);
        }
        // The words typed are checked as they are typed.
        QVERIFY(QTest::qWaitFor([&] { return editor.highlighter()->isSpellingComplete(); }, 10'000));
        const QTextBlock typedBlock = editor.textCursor().block().previous();
        bool underlined = false;
        for (const QTextLayout::FormatRange &range : typedBlock.layout()->formats())
            underlined = underlined || range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline;
        QVERIFY(underlined);

        qInfo().noquote() << QStringLiteral("post %1 chars, %2 lines; setPlainText %3 ms (bare QPlainTextEdit %4 ms), first paint %5 ms")
                                 .arg(text.size()).arg(editor.blockCount()).arg(loadMs, 0, 'f', 1).arg(bareMs, 0, 'f', 1)
                                 .arg(firstPaintMs, 0, 'f', 1);
        qInfo().noquote() << QStringLiteral("background spelling pass: %1 ms in %2 turns, longest turn %3 ms")
                                 .arg(passMs, 0, 'f', 1).arg(background.count).arg(background.max, 0, 'f', 1);
        qInfo().noquote() << QStringLiteral("typing: %1 keys, mean %2 ms, longest %3 ms")
                                 .arg(typing.count).arg(typing.total / typing.count, 0, 'f', 2).arg(typing.max, 0, 'f', 1);
        QVERIFY2(background.max < maxStallMs, qPrintable(QString::number(background.max)));
        QVERIFY2(typing.max < maxStallMs, qPrintable(QString::number(typing.max)));
    }
};

QTEST_MAIN(TestSpellTyping)
#include "tst_spelltyping.moc"
