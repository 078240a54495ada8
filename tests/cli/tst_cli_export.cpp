// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// postwright-cli export: the command line contract.
#include <QDirIterator>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "support/testfiles.h"

using namespace postwright::testing;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(POSTWRIGHT_CLI), args);
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

const QString data = QStringLiteral(POSTWRIGHT_TEST_DATA "/export");

// Every file and folder below root, relative, folders with a trailing '/'.
QStringList entriesBelow(const QString &root)
{
    QStringList entries;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        entries.append(QDir(root).relativeFilePath(info.filePath()) + (info.isDir() ? QStringLiteral("/") : QString()));
    }
    entries.sort();
    return entries;
}

// HOME, XDG_* and TMPDIR inside root/user, so that a cache or anything else
// the command writes outside the site shows below root.
QProcessEnvironment userFoldersIn(const QString &root)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("POSTWRIGHT_CACHE_DIR"));
    for (const auto &[variable, folder] : {std::pair{"HOME", "home"}, std::pair{"XDG_CACHE_HOME", "cache"},
                                           std::pair{"XDG_CONFIG_HOME", "config"}, std::pair{"XDG_DATA_HOME", "data"},
                                           std::pair{"XDG_STATE_HOME", "state"}, std::pair{"TMPDIR", "tmp"}}) {
        const QString path = root + QStringLiteral("/user/") + QLatin1String(folder);
        QDir().mkpath(path);
        env.insert(QLatin1String(variable), path);
    }
    return env;
}

} // namespace

class TestCliExport : public QObject
{
    Q_OBJECT

private slots:
    void site()
    {
        QTemporaryDir out;
        const Run first = cli({"export", data + "/hugo", "-o", out.path(), "--jobs", "2", "--no-cache"});
        QCOMPARE(first.exitCode, 0);   // warnings do not fail the export
        // Term pages with more than ten posts have a second page, as hugo's
        // (tags/series, categories/notes); hugo's page/1/ redirects are not
        // counted, the feeds of each section, taxonomy and term are (13).
        QVERIFY2(first.out.contains(QLatin1String("17 post(s); 50 page(s) written, 0 unchanged, 0 failed")),
                 qPrintable(first.out));
        QVERIFY(first.out.contains(QLatin1String(" ms")));
        QVERIFY2(first.err.contains(data + "/hugo/content/posts/links.md:17:12: missing image: images/nope.png"),
                 qPrintable(first.err));
        QVERIFY(QFileInfo::exists(out.filePath("posts/links/index.html")));
        // The section content/posts/ has its list page (two: 12 posts), as in hugo.
        QVERIFY(QFileInfo::exists(out.filePath("posts/index.html")));
        QVERIFY(QFileInfo::exists(out.filePath("posts/page/2/index.html")));
        QVERIFY(QFileInfo::exists(out.filePath("tags/series/page/2/index.html")));
        QVERIFY(QFileInfo::exists(out.filePath("posts/page/1/index.html")));

        const Run second = cli({"export", data + "/hugo", "-o", out.path(), "--no-cache", "--list-written"});
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.out.contains(QLatin1String("0 page(s) written, 50 unchanged")), qPrintable(second.out));

        const Run clean = cli({"export", data + "/hugo", "-o", out.path(), "--no-cache", "--clean", "--list-written"});
        QCOMPARE(clean.exitCode, 0);
        QVERIFY(clean.out.contains(QLatin1String("50 page(s) written")));
        QVERIFY(clean.out.contains(QLatin1String("posts/post-01/index.html\n")));
    }

    void baseUrl()
    {
        QTemporaryDir out;
        const Run run = cli({"export", data + "/jekyll", "-o", out.path(), "--no-cache", "--base-url",
                             "https://other.example.com/x/"});
        QCOMPARE(run.exitCode, 0);
        QFile feed(out.filePath("index.xml"));
        QVERIFY(feed.open(QIODevice::ReadOnly));
        QVERIFY(feed.readAll().contains("<link>https://other.example.com/x/news/2024/01/15/hello-world.html</link>"));
    }

    void post()
    {
        QTemporaryDir out;
        const Run run = cli({"export", data + "/standalone/post.md", "-o", out.filePath("one.html")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QLatin1String("2 image(s) embedded")));
        const Run assets = cli({"export", data + "/standalone/post.md", "-o", out.filePath("two.html"), "--assets"});
        QCOMPARE(assets.exitCode, 0);
        QVERIFY(QFileInfo::exists(out.filePath("two_files/square.png")));
    }

    // Refused before anything is written: exit 2, the reason, and not a
    // byte changed below the test's folder (ROOT: the site's copy in
    // ROOT/site, the user's folders in ROOT/user, a file ROOT/file.txt).
    void usage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("stderrLines");
        const QString usage = "usage: postwright-cli export SITE|POST -o OUT [--assets] [--drafts] [--future] [--jobs N] "
                              "[--base-url URL] [--clean]";
        QTest::newRow("no output") << QStringList{"export", "ROOT/site"}
                                   << QStringList{"postwright-cli export: -o OUT is required", usage};
        QTest::newRow("no input") << QStringList{"export"}
                                  << QStringList{"postwright-cli export: missing arguments", usage};
        QTest::newRow("missing input") << QStringList{"export", "ROOT/nothing-here", "-o", "ROOT/out"}
                                       << QStringList{"ROOT/nothing-here: no such file or folder"};
        QTest::newRow("bad jobs") << QStringList{"export", "ROOT/site", "-o", "ROOT/out", "--jobs", "zero"}
                                  << QStringList{"postwright-cli export: --jobs must be a positive number, not \"zero\""};
        QTest::newRow("output is the site")
            << QStringList{"export", "ROOT/site", "-o", "ROOT/site", "--no-cache"}
            << QStringList{"ROOT/site: the output folder must not be the site or contain it"};
        QTest::newRow("output contains the site")
            << QStringList{"export", "ROOT/site", "-o", "ROOT"}
            << QStringList{"ROOT: the output folder must not be the site or contain it"};
        QTest::newRow("output inside content")
            << QStringList{"export", "ROOT/site", "-o", "ROOT/site/content/public"}
            << QStringList{"ROOT/site/content/public: the output folder must not be inside content, which the export reads"};
        QTest::newRow("output is a file")
            << QStringList{"export", "ROOT/site", "-o", "ROOT/file.txt"}
            << QStringList{"ROOT/file.txt: cannot create the output folder"};
    }
    void usage()
    {
        QFETCH(QStringList, args);
        QFETCH(QStringList, stderrLines);
        QTemporaryDir root;
        QVERIFY(root.isValid());
        copyFolder(data + "/hugo", root.filePath("site"));
        writeFile(root.filePath("file.txt"), "not a folder\n");
        const QProcessEnvironment env = userFoldersIn(root.path());
        const QStringList entriesBefore = entriesBelow(root.path());
        const QMap<QString, QByteArray> filesBefore = snapshot(root.path());

        const Run run = cli(args.replaceInStrings("ROOT", root.path()), env);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.out, QString());
        QCOMPARE(QString(run.err).replace(root.path(), "ROOT").split('\n', Qt::SkipEmptyParts), stderrLines);
        const QStringList entriesAfter = entriesBelow(root.path());
        QStringList changed;
        for (const QString &entry : entriesAfter) {
            if (!entriesBefore.contains(entry))
                changed.append("+ " + entry);
        }
        for (const QString &entry : entriesBefore) {
            if (!entriesAfter.contains(entry))
                changed.append("- " + entry);
        }
        QVERIFY2(changed.isEmpty(), qPrintable(changed.join(", ")));
        QVERIFY(snapshot(root.path()) == filesBefore);
    }

    void failedPage()
    {
        QTemporaryDir site;
        QFile post(site.filePath("broken.md"));
        QVERIFY(post.open(QIODevice::WriteOnly));
        post.write("---\ntitle: [unclosed\n---\nBody\n");
        post.close();
        QFile good(site.filePath("good.md"));
        QVERIFY(good.open(QIODevice::WriteOnly));
        good.write("---\ntitle: Good\n---\nBody\n");
        good.close();
        QTemporaryDir out;
        const Run run = cli({"export", site.path(), "-o", out.path(), "--no-cache"});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QLatin1String("broken.md:")));
        QVERIFY(QFileInfo::exists(out.filePath("good/index.html")));
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"
