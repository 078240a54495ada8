// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing hangs, nothing crashes: inputs that took postwright-cli minutes
// (each step was quadratic) or killed it. The assertions are on what the
// user gets; ctest's timeout is the watchdog for the time.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "support/testfiles.h"

using namespace Qt::StringLiterals;
using namespace postwright::testing;

namespace {

struct Run
{
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QByteArray out;
    QByteArray err;
};

// Runs program with args to the end, however long that takes (the test's
// timeout is the watchdog).
Run run(const QString &program, const QStringList &args)
{
    QProcess process;
    process.start(program, args);
    process.waitForFinished(-1);
    return {process.exitCode(), process.exitStatus(), process.readAllStandardOutput(), process.readAllStandardError()};
}

Run cli(const QStringList &args)
{
    return run(QStringLiteral(POSTWRIGHT_CLI), args);
}

QString hugoSite(const QString &root)
{
    writeFile(root + u"/hugo.toml"_s, "baseURL = \"https://example.org/\"\ntitle = \"Limits\"\n");
    return root;
}

} // namespace

class TestCliLimits final : public QObject
{
    Q_OBJECT

private slots:
    void checkReadsLongLinesOfMath();
    void checkReadsBacktickRuns();
    void roundtripOfFiftyThousandKeys();
    void exportReportsEveryMissingImage();
};

// 1.4 MB of "$x \in [0,1)$": every "[" without its "]" made the link
// pattern read to the end of the line (minutes). The one broken image at
// the end is found, at its line and column.
void TestCliLimits::checkReadsLongLinesOfMath()
{
    QTemporaryDir dir;
    QByteArray body;
    for (int line = 0; line < 4; ++line)
        body += QByteArray("$x \\in [0,1)$ ").repeated(25000) + "\n\n";
    body += "End ![plot](missing-plot.png) and `![code](not-a-finding.png)`.\n";
    const QString post = dir.filePath(u"math.md"_s);
    writeFile(post, "---\ntitle: Intervals\nsummary: Half-open intervals.\n---\n" + body);
    const Run result = cli({u"check"_s, u"--json"_s, post});
    QCOMPARE(result.exitCode, 1);
    const QJsonArray findings = QJsonDocument::fromJson(result.out).array();
    QCOMPARE(findings.size(), 1);
    const QJsonObject finding = findings.at(0).toObject();
    QCOMPARE(finding.value(u"code"_s).toString(), u"missing-image"_s);
    QCOMPARE(finding.value(u"line"_s).toInt(), 13);
    QCOMPARE(finding.value(u"column"_s).toInt(), 5);
}

// Backtick runs of every length up to 700 on one line (250 KB): the code
// span pattern tried every closing run for every opening one (18 s for
// 125 KB). A run closes a code span only with a run as long.
void TestCliLimits::checkReadsBacktickRuns()
{
    QTemporaryDir dir;
    QByteArray line;
    for (int n = 1; n < 700; ++n)
        line += "e" + QByteArray("`").repeated(n);
    const QString post = dir.filePath(u"ticks.md"_s);
    writeFile(post, "---\ntitle: Ticks\nsummary: Backticks.\n---\n" + line + "\n\n"
                        "``a `![x](no-finding.png)` b`` then ![y](missing.png)\n");
    const Run result = cli({u"check"_s, u"--json"_s, post});
    QCOMPARE(result.exitCode, 1);
    const QJsonArray findings = QJsonDocument::fromJson(result.out).array();
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.at(0).toObject().value(u"line"_s).toInt(), 7);
    QCOMPARE(findings.at(0).toObject().value(u"column"_s).toInt(), 37);
}

// Rewriting each of 50,000 keys indexed the whole text's lines and line
// breaks once per key (over 20 s; minutes for this size).
void TestCliLimits::roundtripOfFiftyThousandKeys()
{
    QTemporaryDir dir;
    QByteArray text = "---\n";
    for (int i = 0; i < 50000; ++i)
        text += "k" + QByteArray::number(i) + ": v" + QByteArray::number(i) + "\n";   // 700 KB: under the 1 MB read
    text += "tags: [a, b]\n---\nBody.\n";
    const QString post = dir.filePath(u"keys.md"_s);
    writeFile(post, text);
    const Run result = cli({u"roundtrip"_s, post});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains("1 identical, 0 differ, 0 errors"), result.out.constData());
    QCOMPARE(readAll(post), text);
}

// 60,000 missing images on one page: each warning searched and counted the
// post's lines from its start (9 s for 20,000). Every one is reported, at
// its own line and column.
void TestCliLimits::exportReportsEveryMissingImage()
{
    QTemporaryDir dir;
    const QString site = hugoSite(dir.filePath(u"site"_s));
    QByteArray body;
    const int images = 60000;
    for (int i = 0; i < images; ++i)
        body += "![figure](figures/missing-" + QByteArray::number(i) + ".png)\n\n";
    writeFile(site + u"/content/posts/figures.md"_s, "---\ntitle: Figures\ndate: 2024-01-01\n---\n" + body);
    const Run result = cli({u"export"_s, site, u"-o"_s, dir.filePath(u"out"_s), u"--no-cache"_s});
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = QString::fromUtf8(result.err).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), images);
    static const QRegularExpression warning(uR"(^(.*)/content/posts/figures\.md:(\d+):11: missing image: figures/missing-(\d+)\.png$)"_s);
    for (int i = 0; i < images; i += 997) {
        const QRegularExpressionMatch m = warning.match(lines.at(i));
        QVERIFY2(m.hasMatch(), qPrintable(lines.at(i)));
        QCOMPARE(m.captured(3).toInt(), i);
        QCOMPARE(m.captured(2).toInt(), 5 + 2 * i);
    }
    QVERIFY(QFile::exists(dir.filePath(u"out/posts/figures/index.html"_s)));
}

QTEST_GUILESS_MAIN(TestCliLimits)
#include "tst_cli_limits.moc"
