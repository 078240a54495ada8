// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile Jekyll sites that crashed postwright-cli or made it read the
// wrong date (issue 19, red-team 19). Each runs the CLI as a child
// process: a crash is an exit status, not the end of the test.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include "support/jekyllpages.h"
#include "support/testfiles.h"

using namespace postwright::testing;

namespace {

QString jekyllSite(const QString &root, const QByteArray &config)
{
    writeFile(root + QStringLiteral("/_config.yml"), config);
    writeFile(root + QStringLiteral("/_posts/2024-01-01-hello.md"),
              "---\ntitle: Hello\n---\nSite {{ site.title }}.\n");
    return root + QStringLiteral("/_posts/2024-01-01-hello.md");
}

// postwright-cli with TZ set to zone.
Run cliIn(const QString &zone, const QStringList &args)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TZ"), zone);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(POSTWRIGHT_CLI), args);
    process.waitForFinished(240000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestCliLiquidHostile final : public QObject
{
    Q_OBJECT

private slots:
    void configAliasCyclesDoNotCrash_data();
    void configAliasCyclesDoNotCrash();
    void datesInASpringForwardGapMoveForward_data();
    void datesInASpringForwardGapMoveForward();
    void hugeIncludeIsNotRead();
    void pagesLinkedOutOfTheSiteAreNotRead();
};

void TestCliLiquidHostile::configAliasCyclesDoNotCrash_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::newRow("sequence") << QByteArray("title: Cyc\nfoo: &x [*x]\n");
    QTest::newRow("map") << QByteArray("title: Cyc\nfoo: &x {a: *x, b: *x}\n");
    QTest::newRow("defaults") << QByteArray("title: Cyc\ndefaults:\n  - &d\n    scope: {path: ''}\n"
                                            "    values: {layout: post, self: *d}\n");
}

// A YAML alias inside what it names recursed until the stack ran out: the
// render, the export and the preview crashed. Jekyll builds such a site.
void TestCliLiquidHostile::configAliasCyclesDoNotCrash()
{
    QFETCH(QByteArray, config);
    QTemporaryDir dir;
    const QString post = jekyllSite(dir.path(), config);
    const Run rendered = runProgram(QStringLiteral(POSTWRIGHT_CLI),
                                    {QStringLiteral("render"), post, QStringLiteral("--fragment")});
    QVERIFY2(rendered.exitCode == 0, qPrintable(rendered.err));
    QVERIFY2(rendered.out.contains(QLatin1String("Site Cyc.")), qPrintable(rendered.out));
    const Run exported = runProgram(QStringLiteral(POSTWRIGHT_CLI),
                                    {QStringLiteral("export"), dir.path(), QStringLiteral("-o"),
                                     dir.filePath(QStringLiteral("out"))});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
}

void TestCliLiquidHostile::datesInASpringForwardGapMoveForward_data()
{
    QTest::addColumn<QString>("tz");
    QTest::addColumn<QByteArray>("config");
    QTest::newRow("TZ=America/New_York") << QStringLiteral("America/New_York") << QByteArray("title: Gap\n");
    QTest::newRow("timezone: America/New_York")
        << QStringLiteral("UTC") << QByteArray("title: Gap\ntimezone: America/New_York\n");
}

// 02:30 on 2024-03-10 does not exist in New York (the clock goes from 2:00
// to 3:00). The post lost its date: its URL took today's, page.date printed
// its text and the date filter left it alone. Jekyll (Ruby's Time.parse)
// moves it forward by the gap: 03:30 -0400.
void TestCliLiquidHostile::datesInASpringForwardGapMoveForward()
{
    QFETCH(QString, tz);
    QFETCH(QByteArray, config);
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("_config.yml")), config);
    const QString post = dir.filePath(QStringLiteral("_posts/2024-03-10-gap.md"));
    writeFile(post, "---\ntitle: Gap\ndate: \"2024-03-10 02:30:00\"\n---\n"
                    "D [{{ page.date }}] [{{ page.date | date: '%H:%M %z' }}] [{{ page.url }}]\n");
    const Run rendered = cliIn(tz, {QStringLiteral("render"), post, QStringLiteral("--fragment")});
    QVERIFY2(rendered.exitCode == 0, qPrintable(rendered.err));
    QVERIFY2(rendered.out.contains(QLatin1String("D [2024-03-10 03:30:00 -0400] [03:30 -0400] [/2024/03/10/gap.html]")),
             qPrintable(rendered.out));
    const Run exported = cliIn(tz, {QStringLiteral("export"), dir.path(), QStringLiteral("-o"),
                                    dir.filePath(QStringLiteral("out"))});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("out/2024/03/10/gap.html"))));
}

// A 300 MB include took a gigabyte and seconds to render, for output that
// the 8 MiB cap cut anyway: an include larger than that is an error.
void TestCliLiquidHostile::hugeIncludeIsNotRead()
{
    QTemporaryDir dir;
    const QString post = jekyllSite(dir.path(), "title: Big\n");
    writeFile(post, "---\ntitle: Big\n---\nBefore {% include big.html %} after.\n");
    writeFile(dir.filePath(QStringLiteral("_includes/big.html")), QByteArray(9 * 1024 * 1024, 'x'));
    const Run rendered = runProgram(QStringLiteral(POSTWRIGHT_CLI), {QStringLiteral("render"), post, QStringLiteral("--fragment")});
    QCOMPARE(rendered.exitCode, 0);
    QVERIFY2(rendered.err.contains(QLatin1String(":4:8: Liquid: The included file 'big.html' is larger than 8 MiB: not read")),
             qPrintable(rendered.err));
    QVERIFY2(rendered.out.contains(QLatin1String("Before  after.")), qPrintable(rendered.out.left(200)));
}

// site.pages reads every file of the site with a front matter: one that
// is a symbolic link out of the site is not read (the trust rules).
void TestCliLiquidHostile::pagesLinkedOutOfTheSiteAreNotRead()
{
    QTemporaryDir dir;
    const QString post = jekyllSite(dir.filePath(QStringLiteral("site")), "title: Links\n");
    writeFile(post, "---\ntitle: Links\n---\nPages: {{ site.pages | map: 'title' | join: ',' }}.\n");
    writeFile(dir.filePath(QStringLiteral("site/about.md")), "---\ntitle: About\n---\nAbout.\n");
    writeFile(dir.filePath(QStringLiteral("outside/secret.xml")), "---\ntitle: Secret\n---\nSecret.\n");
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("outside/secret.xml")), dir.filePath(QStringLiteral("site/feed.xml"))));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("outside")), dir.filePath(QStringLiteral("site/more"))));
    const Run rendered = runProgram(QStringLiteral(POSTWRIGHT_CLI), {QStringLiteral("render"), post, QStringLiteral("--fragment")});
    QCOMPARE(rendered.exitCode, 0);
    QVERIFY2(rendered.out.contains(QLatin1String("Pages: About.")), qPrintable(rendered.out));
}

QTEST_GUILESS_MAIN(TestCliLiquidHostile)
#include "tst_cli_liquidhostile.moc"
