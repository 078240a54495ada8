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
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "support/testfiles.h"

#include <fcntl.h>
#include <unistd.h>

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
    void exportJobsStayWithinTheOpenFileLimit();
    void indexReportsAnUnreadableFolder();
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

// "--jobs 100000" under "ulimit -n 64" aborted (SIGTRAP) when a worker
// thread could not get a file descriptor: the workers are clamped to what
// the limits allow, and the whole site is written.
void TestCliLimits::exportJobsStayWithinTheOpenFileLimit()
{
    QTemporaryDir dir;
    const QString site = hugoSite(dir.filePath(u"site"_s));
    const int posts = 120;
    for (int i = 0; i < posts; ++i)
        writeFile(site + u"/content/posts/post-%1.md"_s.arg(i),
                  "---\ntitle: Post " + QByteArray::number(i) + "\ndate: 2024-01-01\ntags: [t"
                      + QByteArray::number(i % 5) + "]\n---\nText of post " + QByteArray::number(i) + ".\n");
    const QString out = dir.filePath(u"out"_s);
    const QString command = u"ulimit -n 64 && exec \"$0\" export \"$1\" -o \"$2\" --jobs 100000 --no-cache"_s;
    const Run result = run(u"/bin/sh"_s, {u"-c"_s, command, QStringLiteral(POSTWRIGHT_CLI), site, out});
    QCOMPARE(result.status, QProcess::NormalExit);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(result.out.contains(QByteArray::number(posts) + " post(s)") && result.out.contains(" 0 failed"),
             result.out.constData());
    for (int i = 0; i < posts; ++i) {
        const QByteArray page = readAll(out + u"/posts/post-%1/index.html"_s.arg(i));
        QVERIFY2(page.contains("Text of post " + QByteArray::number(i) + "."), qPrintable(QString::number(i)));
    }
    for (int t = 0; t < 5; ++t)
        QVERIFY(QFile::exists(out + u"/tags/t%1/index.html"_s.arg(t)));
    const QByteArray sitemap = readAll(out + u"/sitemap.xml"_s);
    QCOMPARE(sitemap.count("/posts/post-"), posts);
    QVERIFY(readAll(out + u"/index.html"_s).contains("Post "));
}

// A folder that cannot be read is reported like a file that cannot be read:
// "path: message" on stderr, exit 1, and the other posts are listed. Root
// reads every folder, so as root the command runs in a user namespace of
// its own (unshare), where it is nobody and chmod 000 holds.
void TestCliLimits::indexReportsAnUnreadableFolder()
{
    QTemporaryDir dir;
    const QString site = dir.filePath(u"site"_s);
    writeFile(site + u"/posts/open/a.md"_s, "---\ntitle: Open\n---\nA.\n");
    writeFile(site + u"/posts/c.md"_s, "---\ntitle: Outer\n---\nC.\n");
    writeFile(site + u"/posts/closed/b.md"_s, "---\ntitle: Closed\n---\nB.\n");
    const QString closed = site + u"/posts/closed"_s;
    QVERIFY(QFile::setPermissions(closed, QFileDevice::Permissions()));
    const auto restore = qScopeGuard([&] { QFile::setPermissions(closed, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner); });
    QStringList args{u"index"_s, site, u"--no-cache"_s, u"--json"_s};
    QString program = QStringLiteral(POSTWRIGHT_CLI);
    if (::geteuid() == 0) {
        const QString unshare = QStandardPaths::findExecutable(u"unshare"_s);
        if (unshare.isEmpty() || run(unshare, {u"--user"_s, u"true"_s}).exitCode != 0)
            QSKIP("running as root without user namespaces (unshare --user): root reads a chmod 000 folder");
        // The namespace's nobody must reach the site (QTemporaryDir is 0700).
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                                      | QFile::ReadOther | QFile::ExeOther));
        args.prepend(program);
        args.prepend(u"--user"_s);
        program = unshare;
    }
    const Run result = run(program, args);
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(QString::fromUtf8(result.err), closed + u": cannot read: Permission denied\n"_s);
    const QJsonArray records = QJsonDocument::fromJson(result.out).array();
    QStringList paths;
    for (const QJsonValue &record : records)
        paths.append(record.toObject().value(u"path"_s).toString());
    QCOMPARE(paths, QStringList({u"posts/c.md"_s, u"posts/open/a.md"_s}));
}

QTEST_GUILESS_MAIN(TestCliLimits)
#include "tst_cli_limits.moc"
