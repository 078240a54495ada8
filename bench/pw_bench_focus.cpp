// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later

// pw-bench-focus: what focus mode's typewriter scrolling and paragraph
// dimming cost per key in a big post, against the same editor out of focus
// mode, in the same process. A window (offscreen unless QT_QPA_PLATFORM
// says otherwise) holds the post; a sentence is typed into its middle and
// the cursor is moved down a few hundred lines, one key (with the event
// processing and painting it causes) at a time, first out of focus mode,
// then in it with both options on.
//
//   gen_corpus.py --posts 0 --big-doc 1000000 --out DIR
//   pw-bench-focus DIR        (DIR/bench/big-*.body.md, the smallest)
//   pw-bench-focus POST.md    (any Markdown file)
//
// Ends with:
//   focus p95: focus mode <x> ms, normal <y> ms (<x/y>x); longest key <k> ms

#include "benchcorpus.h"
#include "editor/focusmode.h"
#include "editor/markdowneditor.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMainWindow>
#include <QTest>
#include <QTextBlock>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace Qt::StringLiterals;
using postwright::FocusMode;
using postwright::MarkdownEditor;

namespace {

QString readPost(const QString &argument)
{
    QString path = argument;
    if (QFileInfo(argument).isDir())
        path = postwright::bench::smallestBigBody(postwright::bench::corpusBenchFolder(argument), "pw-bench-focus");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "pw-bench-focus: cannot read %s\n", qPrintable(path));
        std::exit(2);
    }
    return QString::fromUtf8(file.readAll());
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const std::size_t rank = std::size_t(std::ceil(p * double(values.size())));
    return values[std::clamp<std::size_t>(rank, 1, values.size()) - 1];
}

// One key and the events it causes, in milliseconds.
double press(QWidget *target, Qt::Key key, char text = 0)
{
    QElapsedTimer clock;
    clock.start();
    if (text)
        QTest::keyClick(target, text);
    else
        QTest::keyClick(target, key);
    QCoreApplication::processEvents();
    return double(clock.nsecsElapsed()) / 1e6;
}

// Types a sentence in the middle of the post, then walks 300 lines down.
std::vector<double> typeAndMove(MarkdownEditor &editor)
{
    QTextCursor cursor(editor.document()->findBlock(editor.document()->characterCount() / 2));
    cursor.movePosition(QTextCursor::EndOfBlock);
    editor.setTextCursor(cursor);
    QCoreApplication::processEvents();
    std::vector<double> keys;
    const QString typed = u" The quick brown fox jumps over the lazy dog, and then it keeps typing words."_s;
    for (int round = 0; round < 3; ++round) {
        for (const QChar c : typed)
            keys.push_back(press(&editor, Qt::Key_unknown, c.toLatin1()));
        keys.push_back(press(&editor, Qt::Key_Return));
    }
    for (int line = 0; line < 300; ++line)
        keys.push_back(press(&editor, Qt::Key_Down));
    return keys;
}

void report(const char *what, const std::vector<double> &keys)
{
    std::printf("%s: %zu keys: median %.2f ms, p95 %.2f ms, longest %.1f ms\n", what, keys.size(), percentile(keys, 0.5),
                percentile(keys, 0.95), *std::max_element(keys.begin(), keys.end()));
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() != 1 || args.contains(u"--help"_s) || args.contains(u"-h"_s)) {
        std::fprintf(stderr, "usage: pw-bench-focus DIR | POST.md\n"
                             "  DIR as made by: gen_corpus.py --posts 0 --big-doc 1000000 --out DIR\n");
        return 2;
    }
    const QString text = readPost(args.first());

    QMainWindow window;
    auto *editor = new MarkdownEditor(&window);
    window.setCentralWidget(editor);
    auto *focus = new FocusMode(&window, editor, {});
    window.resize(1400, 900);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        std::fprintf(stderr, "pw-bench-focus: the window was never shown\n");
        return 2;
    }
    editor->setPlainText(text);
    QCoreApplication::processEvents();

    const std::vector<double> normal = typeAndMove(*editor);
    focus->typewriterAction()->setChecked(true);
    focus->dimAction()->setChecked(true);
    focus->setActive(true);
    QTest::qWait(200);
    const std::vector<double> focused = typeAndMove(*editor);
    focus->setActive(false);

    std::printf("post: %lld characters, %d lines\n", qint64(text.size()), editor->blockCount());
    report("normal", normal);
    report("focus mode (typewriter, dimming)", focused);
    const double focusedP95 = percentile(focused, 0.95);
    const double normalP95 = percentile(normal, 0.95);
    std::printf("focus p95: focus mode %.2f ms, normal %.2f ms (%.2fx); longest key %.1f ms\n", focusedP95, normalP95,
                normalP95 > 0 ? focusedP95 / normalP95 : 0.0, *std::max_element(focused.begin(), focused.end()));
    return 0;
}
