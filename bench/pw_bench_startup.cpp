// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Time from process start to the preview having painted the post.
//
//   python3 ../shared/tools/gen_corpus.py --posts 10000 --out /tmp/site10k
//   pw-bench-startup /tmp/site10k [--runs 5] [--app PATH]
//
// Starts the app (postwright-testapp: the shipped start, runApplication,
// plus --test-first-paint, which prints "first-preview" two animation frames
// after the preview page took the post's first full render) offscreen, once
// on the bundled sample post (--sample) and once on a post of the 10,000-post
// site (the site is indexed in the background; its first post by name is
// opened, as when the app reopens the last post of a big site). Each start is
// cold: its own fresh HOME and XDG folders, so no settings, no index cache,
// no installed sample. The two kinds alternate; median of N runs each.
// Targets: <= 600 ms (post), <= 900 ms (10k site).
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

namespace {

void print(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

// Milliseconds from starting app with args to its "first-preview" line; exits on failure.
double firstPreview(const QString &app, const QStringList &args)
{
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
    env.remove(QStringLiteral("POSTWRIGHT_CACHE_DIR"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    if (geteuid() == 0)
        env.insert(QStringLiteral("QTWEBENGINE_DISABLE_SANDBOX"), QStringLiteral("1"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.setStandardErrorFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(app, args + QStringList{QStringLiteral("--test-first-paint")});
    QByteArray out;
    double ms = -1;
    while (ms < 0 && timer.elapsed() < 60000) {
        if (!process.waitForReadyRead(60000 - int(timer.elapsed())))
            break;
        out += process.readAllStandardOutput();
        if (out.contains("first-preview\n"))
            ms = double(timer.nsecsElapsed()) / 1e6;
    }
    if (ms < 0) {
        print(QStringLiteral("%1 %2: no first preview within 60 s").arg(app, args.join(QLatin1Char(' '))));
        process.kill();
        process.waitForFinished();
        std::exit(2);
    }
    // The app quits by itself; the next start must not overlap its shutdown.
    if (!process.waitForFinished(20000)) {
        process.kill();
        process.waitForFinished();
    }
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    int runs = 5;
    QString program = QStringLiteral(POSTWRIGHT_TESTAPP);
    QString site;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--runs") && i + 1 < args.size())
            runs = std::max(1, args.at(++i).toInt());
        else if (args.at(i) == QLatin1String("--app") && i + 1 < args.size())
            program = args.at(++i);
        else
            site = args.at(i);
    }
    const QDir posts(site + QStringLiteral("/content/posts"));
    const QStringList files = posts.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    const QStringList candidates = files.filter(QRegularExpression(QStringLiteral("^(?!_index)")));
    if (site.isEmpty() || candidates.isEmpty()) {
        print(QStringLiteral("usage: pw-bench-startup SITE [--runs N] [--app PATH]   (SITE from gen_corpus.py --posts 10000)"));
        return 2;
    }
    const QString sitePost = posts.filePath(candidates.first());
    print(QStringLiteral("app: %1\nsite post: %2 (%3 posts in the folder), median of %4 cold starts each")
              .arg(program, sitePost)
              .arg(files.size())
              .arg(runs));

    QList<double> post;
    QList<double> big;
    for (int i = 0; i < runs; ++i) {
        post.append(firstPreview(program, {QStringLiteral("--sample")}));
        big.append(firstPreview(program, {sitePost}));
        print(QStringLiteral("run %1: post %2 ms, 10k site %3 ms").arg(i + 1).arg(post.last(), 0, 'f', 0).arg(big.last(), 0, 'f', 0));
    }
    const double postMs = median(post);
    const double bigMs = median(big);
    const bool ok = postMs <= 600 && bigMs <= 900;
    print(QStringLiteral("targets: <= 600 ms (post) %1, <= 900 ms (10k site) %2")
              .arg(postMs <= 600 ? QStringLiteral("ok") : QStringLiteral("MISSED"),
                   bigMs <= 900 ? QStringLiteral("ok") : QStringLiteral("MISSED")));
    print(QStringLiteral("startup: first preview %1 ms (post), %2 ms (10k site)").arg(postMs, 0, 'f', 0).arg(bigMs, 0, 'f', 0));
    return ok ? 0 : 1;
}
