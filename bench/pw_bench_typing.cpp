// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later

// pw-bench-typing: how long the GUI thread is held while a writer types in
// a big post with spell checking on, against a bare QPlainTextEdit doing the
// same in the same process. A real window (offscreen unless QT_QPA_PLATFORM
// says otherwise) opens the post, lets the background spelling pass run,
// then types a sentence with misspellings into the middle of the post, one
// key at a time, each key with the event processing (and painting) it
// causes.
//
//   gen_corpus.py --posts 0 --big-doc 1000000 --out DIR
//   pw-bench-typing DIR        (DIR/bench/big-*.body.md, the smallest)
//   pw-bench-typing POST.md    (any Markdown file)
//
// Needs hunspell-en-us. Ends with:
//   typing p95: editor <x> ms, bare <y> ms (<x/y>x); longest key <k> ms, longest spelling turn <t> ms

#include "benchcorpus.h"
#include "editor/markdowneditor.h"
#include "editor/markdownhighlighter.h"
#include "spelling/spellchecker.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace Qt::StringLiterals;
using postwright::MarkdownEditor;

namespace {

QString readPost(const QString &argument)
{
    QString path = argument;
    if (QFileInfo(argument).isDir())
        path = postwright::bench::smallestBigBody(postwright::bench::corpusBenchFolder(argument), "pw-bench-typing");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "pw-bench-typing: cannot read %s\n", qPrintable(path));
        std::exit(2);
    }
    return QString::fromUtf8(file.readAll());
}

double milliseconds(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const std::size_t rank = std::size_t(std::ceil(p * double(values.size())));
    return values[std::clamp<std::size_t>(rank, 1, values.size()) - 1];
}

// A paragraph line near the middle: not code, front matter, a table or a
// comment (the highlighter marks those with a block state other than -1).
void putCursorInTheMiddle(QPlainTextEdit &edit)
{
    QTextDocument *doc = edit.document();
    QTextBlock middle = doc->findBlock(doc->characterCount() / 2);
    while (middle.isValid()
           && (middle.previous().userState() != -1 || middle.userState() != -1 || middle.text().isEmpty()
               || !middle.text().at(0).isLetter()))
        middle = middle.next();
    if (!middle.isValid()) {
        std::fprintf(stderr, "pw-bench-typing: no paragraph line in the second half of the post\n");
        std::exit(2);
    }
    QTextCursor cursor(middle);
    cursor.movePosition(QTextCursor::EndOfBlock);
    edit.setTextCursor(cursor);
    edit.centerCursor();
    QCoreApplication::processEvents();
}

struct Timings
{
    double openMs = 0;   // setPlainText and the first paint
    std::vector<double> keys;
};

// Types three lines, one key and its event processing at a time.
void typeSentence(QPlainTextEdit &edit, Timings &timings)
{
    const QString typed = u" Teh quick brown fox jumsp over the lazy dog, and then it keeps typing wrods."_s;
    QElapsedTimer clock;
    for (int round = 0; round < 3; ++round) {
        for (const QChar c : typed) {
            clock.start();
            QTest::keyClick(&edit, c.toLatin1());
            QCoreApplication::processEvents();
            timings.keys.push_back(milliseconds(clock));
        }
        clock.start();
        QTest::keyClick(&edit, Qt::Key_Return);
        QCoreApplication::processEvents();
        timings.keys.push_back(milliseconds(clock));
    }
}

void open(QPlainTextEdit &edit, const QString &text, Timings &timings)
{
    edit.resize(900, 700);
    edit.show();
    if (!QTest::qWaitForWindowExposed(&edit)) {
        std::fprintf(stderr, "pw-bench-typing: the window was never shown\n");
        std::exit(2);
    }
    QElapsedTimer clock;
    clock.start();
    edit.setPlainText(text);
    QCoreApplication::processEvents();
    timings.openMs = milliseconds(clock);
}

void report(const char *what, const Timings &timings)
{
    const double longest = *std::max_element(timings.keys.begin(), timings.keys.end());
    std::printf("%s: open %.1f ms; %zu keys: median %.2f ms, p95 %.2f ms, longest %.1f ms\n", what, timings.openMs,
                timings.keys.size(), percentile(timings.keys, 0.5), percentile(timings.keys, 0.95), longest);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() != 1 || args.contains(u"--help"_s) || args.contains(u"-h"_s)) {
        std::fprintf(stderr, "usage: pw-bench-typing DIR | POST.md\n"
                             "  DIR as made by: gen_corpus.py --posts 0 --big-doc 1000000 --out DIR\n");
        return 2;
    }
    if (!QFileInfo::exists(u"/usr/share/hunspell/en_US.dic"_s)) {
        std::fprintf(stderr, "pw-bench-typing: hunspell-en-us is not installed\n");
        return 2;
    }
    const QString text = readPost(args.first());

    // The reference: the same text and keys in a bare QPlainTextEdit.
    Timings bare;
    {
        QPlainTextEdit edit;
        edit.setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        open(edit, text, bare);
        putCursorInTheMiddle(edit);
        typeSentence(edit, bare);
    }

    QTemporaryDir dir;
    postwright::spelling::SpellChecker checker;
    checker.setSearchPaths({u"/usr/share/hunspell"_s});
    checker.setPersonalWordListPath(dir.filePath(u"words.txt"_s));
    MarkdownEditor editor;
    editor.setSpellChecker(&checker);
    Timings ours;
    open(editor, text, ours);

    // The dictionary loads off the GUI thread; then the background pass
    // checks the whole post in slices, one per event-loop turn.
    editor.setSpellLanguage(u"en-US"_s);
    QElapsedTimer all;
    all.start();
    QElapsedTimer clock;
    std::vector<double> turns;
    while (editor.spellStatus() == MarkdownEditor::SpellStatus::Loading || !editor.highlighter()->isSpellingComplete()) {
        if (all.elapsed() > 300'000) {
            std::fprintf(stderr, "pw-bench-typing: the spelling pass did not finish in 5 minutes\n");
            return 1;
        }
        clock.start();
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        turns.push_back(milliseconds(clock));
    }
    const double passMs = milliseconds(all);
    if (editor.spellStatus() != MarkdownEditor::SpellStatus::Active) {
        std::fprintf(stderr, "pw-bench-typing: spell checking did not start (no en_US dictionary?)\n");
        return 1;
    }
    putCursorInTheMiddle(editor);
    typeSentence(editor, ours);

    std::printf("post: %lld characters, %d lines\n", qint64(text.size()), editor.blockCount());
    report("bare QPlainTextEdit", bare);
    report("editor with spell check", ours);
    const double longestTurn = turns.empty() ? 0.0 : *std::max_element(turns.begin(), turns.end());
    std::printf("background spelling pass: %.1f ms in %zu turns, longest turn %.1f ms\n", passMs, turns.size(),
                longestTurn);
    const double oursP95 = percentile(ours.keys, 0.95);
    const double bareP95 = percentile(bare.keys, 0.95);
    std::printf("typing p95: editor %.2f ms, bare %.2f ms (%.2fx); longest key %.1f ms, longest spelling turn %.1f ms\n",
                oursP95, bareP95, bareP95 > 0 ? oursP95 / bareP95 : 0.0,
                *std::max_element(ours.keys.begin(), ours.keys.end()), longestTurn);
    return 0;
}
