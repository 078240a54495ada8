// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later

// pw-bench-site-preview: the Site theme preview's latency (issue 15), from
// an edit (PreviewPane::setPost, what the window calls on each edit) to the
// page in the preview showing it (its DOM holds the new words), on a Hugo
// site with real hugo. 50 edits to one post, each waited for, a short pause
// between them. The words show first through Postwright's render of the
// edited blocks put into hugo's page (themebodypatch), then in hugo's own
// page: both are timed. Also prints hugo's own rebuild time ("Total in N
// ms") for the same edits, so what is ours is visible. The site is not changed:
// the edits go to the preview's overlay in the cache folder.
//
//   gen_corpus.py --posts 1000 --out DIR
//   pw-bench-site-preview DIR [POST]    (POST: the post to edit; default the first)
//
// Ends with: site preview p95: <x> ms at <n> posts

#include "post/post.h"
#include "preview/previewview.h"
#include "sitepreview/previewpane.h"
#include "sitepreview/sitepreviewview.h"
#include "sitepreview/siteserver.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QStandardPaths>
#include <QTimer>
#include <QWebEnginePage>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <optional>
#include <vector>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace postwright;

namespace {

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const std::size_t rank = std::size_t(std::ceil(p * double(values.size())));
    return values[std::clamp<std::size_t>(rank, 1, values.size()) - 1];
}

// Runs the event loop until done() or timeout ms; false on timeout.
template<typename Done>
bool waitUntil(Done done, int timeout)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeout)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 2);
    }
    return true;
}

bool pageHas(QWebEnginePage *page, const QString &words, int timeout)
{
    auto found = std::make_shared<bool>(false);
    auto asking = std::make_shared<bool>(false);
    const QString script = u"document.body ? document.body.textContent.includes('%1') : false"_s.arg(words);
    return waitUntil([&] {
        if (!*asking) {
            *asking = true;
            page->runJavaScript(script, [found, asking](const QVariant &value) {
                *found = value.toBool();
                *asking = false;
            });
        }
        return *found;
    }, timeout);
}

int countPosts(const QString &contentDir)
{
    int n = 0;
    QDirIterator it(contentDir, {u"*.md"_s, u"*.markdown"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        if (QFileInfo(it.next()).fileName() != u"_index.md"_s)
            ++n;
    }
    return n;
}

QString firstPost(const QString &site)
{
    QDirIterator it(site + u"/content"_s, {u"*.md"_s}, QDir::Files, QDirIterator::Subdirectories);
    QStringList posts;
    while (it.hasNext()) {
        const QString path = it.next();
        if (!path.endsWith(u"/_index.md"_s))
            posts << path;
    }
    posts.sort();
    return posts.value(0);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    // The mode choice is a setting: keep the user's own settings untouched.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(u"pw-bench-site-preview"_s);

    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty() || args.size() > 2 || args.contains(u"--help"_s) || args.contains(u"-h"_s)) {
        std::fprintf(stderr, "usage: pw-bench-site-preview SITE [POST]\n"
                             "  SITE as made by: gen_corpus.py --posts 1000 --out SITE\n");
        return 2;
    }
    const QString site = QDir(args.at(0)).absolutePath();
    const QString postPath = args.size() > 1 ? QFileInfo(args.at(1)).absoluteFilePath() : firstPost(site);
    QFile file(postPath);
    if (postPath.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "pw-bench-site-preview: no post to edit in %s\n", qPrintable(site));
        return 2;
    }
    const QString original = QString::fromUtf8(file.readAll());
    const int posts = countPosts(site + u"/content"_s);

    auto *preview = new PreviewView;
    PreviewPane pane(preview);
    pane.resize(900, 1000);
    pane.show();
    std::vector<double> hugoMs;
    QObject::connect(pane.server(), &SiteServer::rebuilt, [&hugoMs](int ms) { hugoMs.push_back(ms); });
    QString failure;
    QObject::connect(pane.server(), &SiteServer::failed, [&failure](const QString &message) { failure = message; });

    // As the window does: the edit goes to Postwright's preview (it takes
    // the snapshot both previews use) and to the pane.
    preview->setPost(Post::fromBytes(original.toUtf8(), postPath).value());
    pane.setPost(Post::fromBytes(original.toUtf8(), postPath).value());
    pane.setSite(site);
    pane.chooseMode(PreviewPane::Mode::SiteTheme);
    QElapsedTimer startup;
    startup.start();
    QWebEnginePage *page = pane.siteView()->page();
    if (!waitUntil([&] { return pane.server()->state() == SiteServer::State::Running || !failure.isEmpty(); }, 300000)
        || !failure.isEmpty()) {
        std::fprintf(stderr, "pw-bench-site-preview: hugo did not start: %s\n", qPrintable(failure));
        return 1;
    }
    if (!waitUntil([&] { return !pane.siteView()->pageUrl().isEmpty() && pane.siteView()->isUpToDate(); }, 120000)) {
        std::fprintf(stderr, "pw-bench-site-preview: the post's page did not show\n");
        return 1;
    }
    std::printf("hugo started and the post shown in %lld ms (%s)\n", startup.elapsed(), qPrintable(pane.server()->generatorProgram()));
    hugoMs.clear();

    std::vector<double> shown;
    std::vector<double> exact;
    QString text = original;
    for (int i = 0; i < 50; ++i) {
        const QString words = u"benchedit%1x"_s.arg(i);
        text += u"\n\nAn edit with %1 in it.\n"_s.arg(words);
        const Post post = Post::fromBytes(text.toUtf8(), postPath).value();
        QElapsedTimer timer;
        timer.start();
        preview->setPost(post);
        pane.setPost(post);
        if (!pageHas(page, words, 60000)) {
            std::fprintf(stderr, "pw-bench-site-preview: edit %d never showed (%s)\n", i, qPrintable(pane.message()));
            return 1;
        }
        shown.push_back(double(timer.nsecsElapsed()) / 1e6);
        // hugo's own page of the edit (what the patch stood in for).
        if (!waitUntil([&] { return pane.server()->builtText() == text && pane.siteView()->isUpToDate(); }, 60000)
            || !pageHas(page, words, 60000)) {
            std::fprintf(stderr, "pw-bench-site-preview: hugo's page of edit %d never showed\n", i);
            return 1;
        }
        exact.push_back(double(timer.nsecsElapsed()) / 1e6);
        std::printf("edit %2d: shown in %.0f ms, hugo's page in %.0f ms\n", i + 1, shown.back(), exact.back());
        std::fflush(stdout);
        waitUntil([] { return false; }, 150);
    }
    std::printf("hugo's own rebuild (Total in): median %.0f ms, p95 %.0f ms over %zu rebuilds\n",
                percentile(hugoMs, 0.5), percentile(hugoMs, 0.95), hugoMs.size());
    std::printf("edit to hugo's own page: median %.0f ms, p95 %.0f ms\n", percentile(exact, 0.5), percentile(exact, 0.95));
    std::printf("edit to preview: median %.0f ms, max %.0f ms\n", percentile(shown, 0.5),
                *std::max_element(shown.begin(), shown.end()));
    std::printf("site preview p95: %.0f ms at %d posts\n", percentile(shown, 0.95), posts);
    return 0;
}
