// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later

// pw-bench-preview: the live preview's latency, from an edit (the
// PreviewView::setPost call, debounce off) to the page reporting over the
// channel that its DOM shows it (PreviewView::pageUpdated). A real window
// (offscreen unless QT_QPA_PLATFORM says otherwise) types a sentence, new
// paragraphs included, one keystroke per edit, into the middle of a 20 KB
// and a 1 MB post.
//
//   gen_corpus.py --posts 0 --big-doc 1000000 --out DIR
//   pw-bench-preview DIR               (DIR/bench/typical.body.md, else a
//                                        20 KB cut of the big body; and
//                                        DIR/bench/big-*.body.md)
//   pw-bench-preview SMALL.md BIG.md   (any two Markdown bodies)
//
// Before that: the CPU time of one edit's snapshot (takeSnapshot: the parse,
// the render, outline, statistics and the doctor), median of 9.
// Ends with: preview p95: 20KB <x> ms, 1MB <y> ms

#include "benchcorpus.h"
#include "post/post.h"
#include "preview/previewview.h"
#include "snapshot/postsnapshot.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <vector>

#include <unistd.h>

using namespace Qt::StringLiterals;
using postwright::Post;
using postwright::PreviewView;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "pw-bench-preview: cannot read %s\n", qPrintable(path));
        std::exit(2);
    }
    return file.readAll();
}

// About 20 KB of whole paragraphs, cut at a blank line.
QByteArray twentyKilobytes(QByteArray text)
{
    while (text.size() < 20000 && !text.isEmpty())
        text += "\n\n" + text;
    const qsizetype cut = text.lastIndexOf("\n\n", 20000);
    return text.left(cut > 0 ? cut + 1 : 20000);
}

struct Bodies
{
    QByteArray small;
    QByteArray big;
};

Bodies bodiesFrom(const QStringList &args)
{
    Bodies bodies;
    if (args.size() == 2 && !QFileInfo(args.first()).isDir()) {
        bodies.small = readFile(args.at(0));
        bodies.big = readFile(args.at(1));
        return bodies;
    }
    const QDir dir = postwright::bench::corpusBenchFolder(args.first());
    bodies.big = readFile(postwright::bench::smallestBigBody(dir, "pw-bench-preview"));
    bodies.small = twentyKilobytes(dir.exists(u"typical.body.md"_s) ? readFile(dir.filePath(u"typical.body.md"_s))
                                                                     : bodies.big);
    return bodies;
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const std::size_t rank = std::size_t(std::ceil(p * double(values.size())));
    return values[std::clamp<std::size_t>(rank, 1, values.size()) - 1];
}

// Waits for the next pageUpdated; false after 30 s.
bool waitForUpdate(PreviewView &view)
{
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    bool updated = false;
    const QMetaObject::Connection connection = QObject::connect(&view, &PreviewView::pageUpdated, &loop, [&] {
        updated = true;
        loop.quit();
    });
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(30000);
    loop.exec();
    QObject::disconnect(connection);
    return updated;
}

// Waits until the page shows the full render of the last post.
bool waitForFullRender(PreviewView &view)
{
    for (int i = 0; i < 30 && !view.isUpToDate(); ++i)
        waitForUpdate(view);
    return view.isUpToDate();
}

void pause(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

struct Latencies
{
    std::vector<double> shown;      // keystroke to the page showing it
    std::vector<double> complete;   // keystroke to the page showing the full render
    int corrections = 0;            // quick renders the full one corrected
};

Latencies typeInto(PreviewView &view, const QString &path, const QByteArray &body)
{
    const QString frontMatter = u"---\ntitle: \"Preview benchmark\"\ndate: 2025-06-03\ntags: [bench]\n---\n\n"_s;
    QString text = frontMatter + QString::fromUtf8(body);
    postwright::Result<Post> loaded = Post::fromBytes(text.toUtf8(), path);
    if (!loaded) {
        std::fprintf(stderr, "pw-bench-preview: the post does not parse\n");
        std::exit(2);
    }
    Post post = loaded.value();
    view.setPost(post);
    if (!waitForFullRender(view)) {
        std::fprintf(stderr, "pw-bench-preview: the page did not show the post\n");
        std::exit(1);
    }

    // At the end of a paragraph in the middle of the post.
    qsizetype at = text.indexOf(u"\n\n"_s, text.size() / 2);
    if (at < 0)
        at = text.size();
    const QString keys = u" The preview follows every keystroke.\n\nA new paragraph, typed with **bold** and `code`.\n\n- a list item\n- another one\n\nThe end."_s;
    Latencies latencies;
    const int correctionsBefore = view.corrections();
    QElapsedTimer timer;
    for (int round = 0; round < 2; ++round) {
        for (const QChar key : keys) {
            text.insert(at++, key);
            post.setText(text);
            timer.start();
            view.setPost(post);
            if (!waitForUpdate(view)) {
                std::fprintf(stderr, "pw-bench-preview: no page update after an edit\n");
                std::exit(1);
            }
            const double shown = double(timer.nsecsElapsed()) / 1e6;
            if (!waitForFullRender(view)) {
                std::fprintf(stderr, "pw-bench-preview: the full render never reached the page\n");
                std::exit(1);
            }
            const double complete = double(timer.nsecsElapsed()) / 1e6;
            if (round > 0) {   // the first round warms up
                latencies.shown.push_back(shown);
                latencies.complete.push_back(complete);
            }
            // A fast typist: ten keys a second.
            pause(100 - int(std::min<qint64>(timer.elapsed(), 90)));
        }
    }
    latencies.corrections = view.corrections() - correctionsBefore;
    return latencies;
}

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// CPU time of the snapshot of one edit of the body, median of 9.
double snapshotCpuMs(const QString &path, const QByteArray &body)
{
    const QString text = u"---\ntitle: \"Preview benchmark\"\ndate: 2025-06-03\ntags: [bench]\n---\n\n"_s
                         + QString::fromUtf8(body);
    postwright::SnapshotSettings settings;
    settings.checkContext = postwright::checkContextFor(path);
    std::vector<double> runs;
    for (int i = 0; i < 9; ++i) {
        const double start = threadCpuMs();
        const postwright::PostSnapshot snapshot = postwright::takeSnapshot(text, path, settings);
        runs.push_back(threadCpuMs() - start);
        if (snapshot.blocks.count() == 0)
            std::exit(1);
    }
    return percentile(runs, 0.5);
}

void report(const char *label, const Latencies &ms)
{
    std::printf("%s: %zu edits, shown: median %.1f ms, p95 %.1f ms, max %.1f ms;"
                " full render shown: median %.1f ms, p95 %.1f ms; quick renders corrected: %d\n",
                label, ms.shown.size(), percentile(ms.shown, 0.5), percentile(ms.shown, 0.95),
                *std::max_element(ms.shown.begin(), ms.shown.end()), percentile(ms.complete, 0.5),
                percentile(ms.complete, 0.95), ms.corrections);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    // A real window, offscreen unless asked otherwise; WebEngine runs as root
    // only without its sandbox.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);

    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty() || args.size() > 2 || args.contains(u"--help"_s) || args.contains(u"-h"_s)) {
        std::fprintf(stderr,
                     "usage: pw-bench-preview DIR | SMALL.md BIG.md\n"
                     "  DIR as made by: gen_corpus.py --posts 0 --big-doc 1000000 --out DIR\n");
        return 2;
    }
    const Bodies bodies = bodiesFrom(args);

    QTemporaryDir dir;
    PreviewView view;
    view.setDebounceInterval(0);
    view.resize(900, 1000);
    view.show();

    const Latencies small = typeInto(view, dir.filePath(u"small.md"_s), bodies.small);
    report("20KB", small);
    const Latencies big = typeInto(view, dir.filePath(u"big.md"_s), bodies.big);
    report("1MB", big);
    std::printf("snapshot CPU per edit: 20KB %.1f ms, 1MB %.1f ms\n", snapshotCpuMs(dir.filePath(u"small.md"_s), bodies.small),
                snapshotCpuMs(dir.filePath(u"big.md"_s), bodies.big));
    std::printf("preview p95: 20KB %.1f ms, 1MB %.1f ms\n", percentile(small.shown, 0.95),
                percentile(big.shown, 0.95));
    return 0;
}
