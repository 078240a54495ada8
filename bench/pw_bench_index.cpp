// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Site indexing against its anchor: `cat` of the same files in the same run.
//
//   python3 ../shared/tools/gen_corpus.py --posts 10000 --out /tmp/site-10k
//   pw-bench-index /tmp/site-10k [--runs 5] [--cli PATH]
//
// Prints the best of N runs of: cat (one `xargs cat` process over every post
// file, page cache warm), the first index (no cache: every file read and its
// front matter parsed, the cache written), the reopen (from the on-disk
// cache), and the same two as whole `postwright-cli index --json` processes.
// Targets: first index <= 1.5x cat, reopen <= 60 ms.
#include "site/indexcache.h"
#include "site/indexbuilder.h"
#include "site/siterules.h"

#include <QCoreApplication>
#include <QDir>
#include <QThread>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <limits>

using namespace postwright;

namespace {

void print(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

// Best wall time in ms of runs calls (prepare runs before each, untimed).
double best(int runs, const std::function<void()> &prepare, const std::function<void()> &work)
{
    double fastest = std::numeric_limits<double>::max();
    for (int i = 0; i < runs; ++i) {
        if (prepare)
            prepare();
        QElapsedTimer timer;
        timer.start();
        work();
        fastest = std::min(fastest, double(timer.nsecsElapsed()) / 1e6);
    }
    return fastest;
}

void runProcess(const QString &program, const QStringList &args, const QByteArray &input,
                const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setStandardOutputFile(QProcess::nullDevice());
    process.start(program, args);
    if (!input.isEmpty()) {
        process.write(input);
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(600000) || process.exitStatus() != QProcess::NormalExit) {
        print(QStringLiteral("%1 failed").arg(program));
        std::exit(2);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pw-bench-index"));
    QStringList args = app.arguments().mid(1);
    int runs = 5;
    QString cli = QStringLiteral(POSTWRIGHT_CLI);
    QString site;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--runs") && i + 1 < args.size())
            runs = args.at(++i).toInt();
        else if (args.at(i) == QLatin1String("--cli") && i + 1 < args.size())
            cli = args.at(++i);
        else
            site = args.at(i);
    }
    if (site.isEmpty()) {
        print(QStringLiteral("usage: pw-bench-index SITE [--runs N] [--cli PATH]"));
        return 2;
    }
    const Result<SiteConfig> config = detectSite(site);
    if (!config) {
        print(config.error().toString());
        return 2;
    }
    const SiteListing listing = listSiteFiles(config.value());
    QByteArray fileList;
    qint64 bytes = 0;
    for (const SiteFile &file : listing.files) {
        fileList += QFile::encodeName(config.value().absolutePath(file.path)) + '\0';
        bytes += file.size;
    }
    print(QStringLiteral("site: %1 (%2, %3 posts, %4 MB), best of %5 runs, %6 threads")
              .arg(config.value().root, siteKindName(config.value().kind))
              .arg(listing.files.size())
              .arg(double(bytes) / 1e6, 0, 'f', 1)
              .arg(runs)
              .arg(QThread::idealThreadCount()));

    // Warm the page cache, as the anchor's and ours are measured warm.
    runProcess(QStringLiteral("xargs"), {QStringLiteral("-0"), QStringLiteral("cat")}, fileList);

    const double cat = best(runs, {}, [&] {
        runProcess(QStringLiteral("xargs"), {QStringLiteral("-0"), QStringLiteral("cat")}, fileList);
    });

    QTemporaryDir cacheDir;
    IndexOptions options;
    options.cacheDir = cacheDir.path();
    int posts = 0;
    const double first = best(
        runs, [&] { QFile::remove(IndexCache(config.value().root, cacheDir.path()).filePath()); },
        [&] {
            const Result<SiteIndex> index = indexSite(site, options);
            if (!index || index.value().stats().parsed != index.value().stats().files) {
                print(QStringLiteral("first index failed"));
                std::exit(2);
            }
            posts = int(index.value().posts().size());
        });
    (void)indexSite(site, options);
    const double reopen = best(runs, {}, [&] {
        const Result<SiteIndex> index = indexSite(site, options);
        if (!index || !index.value().stats().cacheLoaded || index.value().stats().parsed != 0) {
            print(QStringLiteral("reopen did not use the cache"));
            std::exit(2);
        }
    });

    QTemporaryDir cliCache;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("POSTWRIGHT_CACHE_DIR"), cliCache.path());
    const QStringList cliArgs{QStringLiteral("index"), site, QStringLiteral("--json")};
    const double cliFirst = best(
        runs, [&] { QDir(cliCache.path()).removeRecursively(); },
        [&] { runProcess(cli, cliArgs, {}, env); });
    const double cliReopen = best(runs, {}, [&] { runProcess(cli, cliArgs, {}, env); });

    const bool firstOk = first <= 1.5 * cat;
    const bool reopenOk = reopen <= 60;
    print(QStringLiteral("cat (xargs cat, warm)           %1 ms").arg(cat, 8, 'f', 1));
    print(QStringLiteral("first index (in process)        %1 ms  %2x cat   target <= 1.5x: %3")
              .arg(first, 8, 'f', 1)
              .arg(first / cat, 0, 'f', 2)
              .arg(firstOk ? QStringLiteral("ok") : QStringLiteral("MISSED")));
    print(QStringLiteral("reopen from cache (in process)  %1 ms  %2x cat   target <= 60 ms: %3")
              .arg(reopen, 8, 'f', 1)
              .arg(reopen / cat, 0, 'f', 2)
              .arg(reopenOk ? QStringLiteral("ok") : QStringLiteral("MISSED")));
    print(QStringLiteral("postwright-cli index --json     %1 ms  %2x cat   (first, whole process)")
              .arg(cliFirst, 8, 'f', 1)
              .arg(cliFirst / cat, 0, 'f', 2));
    print(QStringLiteral("postwright-cli index --json     %1 ms  %2x cat   (reopen, whole process)")
              .arg(cliReopen, 8, 'f', 1)
              .arg(cliReopen / cat, 0, 'f', 2));
    print(QStringLiteral("posts indexed: %1").arg(posts));
    return firstOk && reopenOk ? 0 : 1;
}
