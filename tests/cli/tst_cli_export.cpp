// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// postwright-cli export: the command line contract.
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral(POSTWRIGHT_CLI), args);
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

const QString data = QStringLiteral(POSTWRIGHT_TEST_DATA "/export");

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
        QVERIFY2(first.out.contains(QLatin1String("17 post(s); 33 page(s) written, 0 unchanged, 0 failed")),
                 qPrintable(first.out));
        QVERIFY(first.out.contains(QLatin1String(" ms")));
        QVERIFY2(first.err.contains(data + "/hugo/content/posts/links.md:17:12: missing image: images/nope.png"),
                 qPrintable(first.err));
        QVERIFY(QFileInfo::exists(out.filePath("posts/links/index.html")));

        const Run second = cli({"export", data + "/hugo", "-o", out.path(), "--no-cache", "--list-written"});
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.out.contains(QLatin1String("0 page(s) written, 33 unchanged")), qPrintable(second.out));

        const Run clean = cli({"export", data + "/hugo", "-o", out.path(), "--no-cache", "--clean", "--list-written"});
        QCOMPARE(clean.exitCode, 0);
        QVERIFY(clean.out.contains(QLatin1String("33 page(s) written")));
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

    void usage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no output") << QStringList{"export", data + "/hugo"};
        QTest::newRow("no input") << QStringList{"export"};
        QTest::newRow("missing input") << QStringList{"export", data + "/nothing-here", "-o", "/tmp/x"};
        QTest::newRow("bad jobs") << QStringList{"export", data + "/hugo", "-o", "/tmp/x", "--jobs", "zero"};
        QTest::newRow("output is the site") << QStringList{"export", data + "/hugo", "-o", data + "/hugo", "--no-cache"};
    }
    void usage()
    {
        QFETCH(QStringList, args);
        const Run run = cli(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
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
