// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later

// pw-bench-find: how long the GUI thread is held by the find bar in a 1 MB
// post with 50,000 matches, against a bare count of the same matches with
// QRegularExpression (the least any search can do). A real window
// (offscreen unless QT_QPA_PLATFORM says otherwise) shows the editor and
// the bar; measured: setting the query (search, count, highlights in view),
// scrolling a page down (Page Down: the highlights of the new lines) and typing one key while the bar is
// open (the search waits for a pause in a post this long).
//
//   pw-bench-find
//
// Ends with:
//   find query <q> ms (<q/b>x a bare count of <b> ms); scroll median <s> ms (<s/t>x without the bar, <t> ms);
//   key p95 <k> ms; highlights <n>

#include "editor/findbar.h"
#include "editor/markdowneditor.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTest>
#include <QVBoxLayout>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace postwright;

namespace {

double milliseconds(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

double percentile(std::vector<double> samples, int percent)
{
    std::sort(samples.begin(), samples.end());
    return samples.at(std::min(samples.size() - 1, samples.size() * percent / 100));
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QString text;
    for (int i = 0; i < 12500; ++i)
        text += QStringLiteral("A line with needle and needle, needle then needle and more words to pad it out a bit.\n");

    QElapsedTimer clock;
    clock.start();
    qsizetype bare = 0;
    auto it = QRegularExpression(QStringLiteral("needle"), QRegularExpression::CaseInsensitiveOption).globalMatch(text);
    while (it.hasNext()) {
        it.next();
        ++bare;
    }
    const double bareMs = milliseconds(clock);

    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *editor = new MarkdownEditor(&window);
    auto *bar = new FindBar(editor, &window);
    layout->addWidget(editor);
    layout->addWidget(bar);
    window.resize(1000, 800);
    window.show();
    editor->setPlainText(text);
    bar->showFind(false);
    QApplication::processEvents();

    clock.restart();
    bar->setQuery(QStringLiteral("needle"));
    QApplication::processEvents();
    const double queryMs = milliseconds(clock);
    if (bar->matchCount() != bare) {
        std::fprintf(stderr, "pw-bench-find: %d matches, expected %lld\n", bar->matchCount(), qlonglong(bare));
        return 1;
    }

    QScrollBar *scroll = editor->verticalScrollBar();
    const auto scrollPages = [&] {
        std::vector<double> samples;
        scroll->setValue(0);
        QApplication::processEvents();
        for (int i = 0; i < 50; ++i) {
            clock.restart();
            scroll->setValue(scroll->value() + scroll->pageStep());
            QApplication::processEvents();
            samples.push_back(milliseconds(clock));
        }
        return percentile(samples, 50);
    };
    const double scrollMs = scrollPages();
    const int highlights = bar->highlightCount();
    bar->hide();
    const double bareScrollMs = scrollPages();
    bar->show();
    std::vector<double> keys;
    editor->moveCursor(QTextCursor::Start);
    for (int i = 0; i < 40; ++i) {
        clock.restart();
        QTest::keyClick(editor, Qt::Key_X);
        QApplication::processEvents();
        keys.push_back(milliseconds(clock));
    }
    std::printf("find query %.1f ms (%.1fx a bare count of %.1f ms); scroll median %.1f ms (%.1fx without the bar, %.1f ms);"
                " key p95 %.1f ms; highlights %d\n",
                queryMs, queryMs / bareMs, bareMs, scrollMs, scrollMs / bareScrollMs, bareScrollMs, percentile(keys, 95), highlights);
    return 0;
}
