// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile Jekyll sites that crashed postwright-cli or made it read the
// wrong date (issue 19, red-team 19). Each runs the CLI as a child
// process: a crash is an exit status, not the end of the test.
#include <QDir>
#include <QProcess>
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

} // namespace

class TestCliLiquidHostile final : public QObject
{
    Q_OBJECT

private slots:
    void configAliasCyclesDoNotCrash_data();
    void configAliasCyclesDoNotCrash();
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

QTEST_GUILESS_MAIN(TestCliLiquidHostile)
#include "tst_cli_liquidhostile.moc"
