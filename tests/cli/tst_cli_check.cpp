// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// `postwright-cli check`: the JSON contract, exit codes and --fix.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "support/testfiles.h"

using namespace postwright::testing;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral(POSTWRIGHT_CLI), args);
    process.waitForFinished(60000);
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

const char *const samplePost = POSTWRIGHT_SAMPLE "/content/posts/why-open-source-ai-is-the-future.md";

} // namespace

class TestCliCheck final : public QObject
{
    Q_OBJECT

private slots:
    void jsonFields()
    {
        const Run run = cli({"check", "--json", POSTWRIGHT_TEST_DATA "/doctor/site/content/posts/links.md"});
        QCOMPARE(run.exitCode, 1);   // broken links are errors
        const QJsonArray findings = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(findings.size(), 3);
        const QJsonObject first = findings.at(0).toObject();
        QCOMPARE(first.keys(), QStringList({"code", "column", "fix", "line", "message", "path", "severity"}));
        QCOMPARE(first.value("code").toString(), QString("broken-link"));
        QCOMPARE(first.value("severity").toString(), QString("error"));
        QCOMPARE(first.value("line").toInt(), 10);
        QCOMPARE(first.value("column").toInt(), 9);
        QVERIFY(first.value("fix").isNull());
        QVERIFY(first.value("path").toString().endsWith("links.md"));
    }

    void warningsOnlyExitZero()
    {
        const Run run = cli({"check", "--json", samplePost});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray findings = QJsonDocument::fromJson(run.out).array();
        // Its h1 repeats the title (issue 17 §3), then the garbled lines.
        QCOMPARE(findings.at(0).toObject().value("code").toString(), QString("duplicate-title"));
        QCOMPARE(findings.at(0).toObject().value("severity").toString(), QString("warning"));
        QCOMPARE(findings.at(0).toObject().value("line").toInt(), 10);
        QList<int> lines;
        for (qsizetype i = 1; i < findings.size(); ++i) {
            const QJsonObject f = findings.at(i).toObject();
            QCOMPARE(f.value("code").toString(), QString("mojibake"));
            QCOMPARE(f.value("severity").toString(), QString("warning"));
            lines.append(f.value("line").toInt());
        }
        QCOMPARE(lines, QList<int>({30, 44, 45, 46, 77, 78, 79, 81, 86}));
        QCOMPARE(findings.at(1).toObject().value("fix").toString(),
                 QString("> *\"If you don't control the software, the software controls you.\"* – Richard Stallman"));
    }

    void textOutput()
    {
        const Run run = cli({"check", POSTWRIGHT_TEST_DATA "/doctor/site/content/posts/frontmatter.md"});
        QCOMPARE(run.exitCode, 1);
        const QStringList lines = QString::fromUtf8(run.out).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        QVERIFY(lines.at(2).endsWith("frontmatter.md:3:1: error: \"date\" is not a date generators can read: next tuesday [bad-date]"));
    }

    void fixRepairsInPlace()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath("post.md");
        QVERIFY(QFile::copy(samplePost, copy));
        const Run run = cli({"check", "--fix", copy});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("repaired 11 garbled sequences"));
        const QString text = QString::fromUtf8(readAll(copy));
        QVERIFY(text.contains("✅ **Auditable** – Anyone can inspect the code"));
        QVERIFY(text.contains("🔓 **No monopolies**"));
        QVERIFY(text.contains("💻 **User freedom**"));
        QVERIFY(text.contains("🚀 Liked this post?"));
        // The one that lost a byte is kept and still reported.
        QVERIFY(text.contains("ðŸ” **Transparency**"));
        const Run again = cli({"check", "--json", copy});
        const QJsonArray left = QJsonDocument::fromJson(again.out).array();
        // The h1 repeating the title (line 10) is not garbled text: left alone.
        QCOMPARE(left.size(), 2);
        QCOMPARE(left.at(0).toObject().value("code").toString(), QString("duplicate-title"));
        QCOMPARE(left.at(1).toObject().value("line").toInt(), 78);
        // Everything else in the file is as it was.
        QByteArray original = readAll(samplePost);
        QCOMPARE(readAll(copy).size() < original.size(), true);
        QCOMPARE(readAll(copy).left(200), original.left(200));
    }

    // --fix repairs prose and leaves code spans, code blocks and HTML
    // attribute values byte for byte; what is left there is reported.
    void fixLeavesCode()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("post.md");
        const QByteArray before = "---\ntitle: CafÃ©\nsummary: s\n---\n"
                                  "Prose â€“ with `cafÃ©` in code.\n\n"
                                  "```\nprint(\"rÃ©sumÃ©\")\n```\n\n"
                                  "    indented cafÃ©\n\n"
                                  "<a href=\"https://example.com/cafÃ©.html\">cafÃ©</a>\n";
        writeFile(path, before);
        const Run run = cli({"check", "--fix", path});
        QCOMPARE(run.err, QByteArray());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("repaired 3 garbled sequences"), run.out.constData());
        QCOMPARE(QString::fromUtf8(readAll(path)),
                 QString::fromUtf8("---\ntitle: Café\nsummary: s\n---\n"
                                   "Prose – with `cafÃ©` in code.\n\n"
                                   "```\nprint(\"rÃ©sumÃ©\")\n```\n\n"
                                   "    indented cafÃ©\n\n"
                                   "<a href=\"https://example.com/cafÃ©.html\">café</a>\n"));
        // Fixing again changes nothing; the code's mojibake is still reported.
        const QByteArray fixed = readAll(path);
        const Run again = cli({"check", "--fix", "--json", path});
        QCOMPARE(readAll(path), fixed);
        QList<int> lines;
        for (const QJsonValue &v : QJsonDocument::fromJson(again.out).array()) {
            const QJsonObject f = v.toObject();
            QCOMPARE(f.value("code").toString(), QString("mojibake"));
            QVERIFY(f.value("fix").isNull());
            lines.append(f.value("line").toInt());
        }
        QCOMPARE(lines, QList<int>({5, 8, 11, 13}));
    }

    // The UTF-8 byte-order mark read as text ("ï»¿") at the very start is
    // the file's BOM again; further in, it is left for the user.
    void fixBomAtStart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("post.md");
        writeFile(path, "\xC3\xAF\xC2\xBB\xC2\xBF---\ntitle: T\nsummary: s\n---\nBody\n\xC3\xAF\xC2\xBB\xC2\xBFmore\n");
        const Run run = cli({"check", "--fix", path});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(readAll(path), QByteArray("\xEF\xBB\xBF---\ntitle: T\nsummary: s\n---\nBody\n\xC3\xAF\xC2\xBB\xC2\xBFmore\n"));
        // The block is front matter again: no missing title.
        QVERIFY2(!run.out.contains("missing-title"), run.out.constData());
        QVERIFY2(run.out.contains("post.md:6:1: warning: "), run.out.constData());
    }

    // Characters YAML 1.1 parsers read as line breaks, where they already
    // sit unescaped in front matter: a warning with file, line and column.
    void warnsAboutLineBreakCharacters()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("post.md");
        writeFile(path, "---\ntitle: A\xE2\x80\xA8" "B\nsummary: s\n---\nBody\n");
        const Run run = cli({"check", path});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QString::fromUtf8(run.out),
                 path + ":2:9: warning: U+2028 (line separator) is a line break to Jekyll's and Hugo's YAML parsers; "
                        "write it as \"\\L\" inside double quotes [yaml-unsafe-character]\n");
    }

    void unreadableInput()
    {
        const Run missing = cli({"check", "/nonexistent/post.md"});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.startsWith("/nonexistent/post.md"));
        const Run usage = cli({"check"});
        QCOMPARE(usage.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliCheck)
#include "tst_cli_check.moc"
