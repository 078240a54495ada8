// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// postwright-cli roundtrip and set, run as a user runs them.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest/QTest>

#include "support/testfiles.h"

using namespace Qt::StringLiterals;
using namespace postwright::testing;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral(POSTWRIGHT_CLI), args);
    Run run;
    if (!process.waitForFinished(240000) || process.exitStatus() != QProcess::NormalExit) {
        run.err = u"<did not finish: "_s + process.errorString() + u'>';
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString lastLine(const QString &text)
{
    return text.trimmed().section(u'\n', -1);
}

QString postsDir()
{
    return QStringLiteral(POSTWRIGHT_TEST_DATA "/posts/");
}

int countMarkdown(const QString &dir)
{
    int n = 0;
    QDirIterator it(dir, {u"*.md"_s, u"*.markdown"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

// Copies every file under from into to, keeping relative paths.
bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + u'/' + QDir(from).relativeFilePath(source);
        if (!QDir().mkpath(QFileInfo(target).path()) || !QFile::copy(source, target))
            return false;
    }
    return true;
}

} // namespace

class tst_CliRoundtrip : public QObject
{
    Q_OBJECT

private slots:
    void corpusIdentical();
    void fixtures();
    void roundtripFile_data();
    void roundtripFile();
    void set_data();
    void set();
    void setErrors_data();
    void setErrors();
    void tagRenameEditsLastOccurrence();
};

// The whole real-world corpus parses and writes back byte for byte.
void tst_CliRoundtrip::corpusIdentical()
{
    POSTWRIGHT_CORPUS_TEST();
    const QString corpus = QStringLiteral(POSTWRIGHT_CORPUS "/realworld");
    const int n = countMarkdown(corpus);
    QVERIFY(n > 1000);
    const Run run = runCli({u"roundtrip"_s, corpus});
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err.left(2000)));
    // Only the summary: no file is reported as differing.
    QCOMPARE(run.out, u"roundtrip: %1 files, %1 identical, 0 differ, 0 errors\n"_s.arg(n));
    QCOMPARE(run.exitCode, 0);
}

// The fixture posts in every encoding and line ending, malformed ones
// included, in a folder: each is identical or an error, none is changed.
void tst_CliRoundtrip::fixtures()
{
    QTemporaryDir dir;
    QVERIFY(copyTree(postsDir(), dir.path()));
    const int n = countMarkdown(dir.path());
    const int malformed = countMarkdown(dir.path() + u"/malformed"_s);
    QVERIFY(malformed >= 10);
    QMap<QString, QByteArray> before;
    QDirIterator it(dir.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        before.insert(path, readAll(path));
    }
    const Run run = runCli({u"roundtrip"_s, dir.path(), u"--write"_s});
    QCOMPARE(lastLine(run.out), u"roundtrip: %1 files, %2 identical, 0 differ, %3 errors"_s.arg(n).arg(n - malformed).arg(malformed));
    QCOMPARE(run.exitCode, 0);
    // One "path:line:col: message" per malformed file, all in malformed/.
    const QStringList errors = run.err.trimmed().split(u'\n');
    QCOMPARE(errors.size(), malformed);
    static const QRegularExpression located(QStringLiteral("^.+/malformed/[^/]+\\.md:\\d+:\\d+: .+$"));
    for (const QString &line : errors)
        QVERIFY2(located.match(line).hasMatch(), qPrintable(line));
    for (auto i = before.cbegin(); i != before.cend(); ++i)
        QVERIFY2(readAll(i.key()) == i.value(), qPrintable(i.key()));
}

void tst_CliRoundtrip::roundtripFile_data()
{
    QTest::addColumn<QByteArray>("bytes");   // empty: the file does not exist
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("error");      // stderr after "path", empty: none

    QTest::newRow("yaml crlf") << QByteArray("---\r\ntitle: \"A\"\r\ntags: [a, b] # c\r\n---\r\nBody\r\n") << 0
                               << u"1 files, 1 identical, 0 differ, 0 errors"_s << QString();
    QTest::newRow("malformed yaml") << QByteArray("---\ntitle: A\n  bad: indent\n---\nBody\n") << 0
                                    << u"1 files, 0 identical, 0 differ, 1 errors"_s << u":3:6: illegal map value"_s;
    QTest::newRow("malformed json") << QByteArray("{\"title\": \"A\",}\nBody\n") << 0
                                    << u"1 files, 0 identical, 0 differ, 1 errors"_s << u":1:16: "_s;
    QTest::newRow("unclosed toml") << QByteArray("+++\ntitle = 'A'\nBody\n") << 0
                                   << u"1 files, 0 identical, 0 differ, 1 errors"_s << u":1:1: "_s;
    QTest::newRow("invalid utf-8") << QByteArray("---\ntitle: Caf\xE9\n---\n") << 2
                                   << u"1 files, 0 identical, 0 differ, 1 errors"_s
                                   << u":2:11: invalid UTF-8 at byte offset 14 (byte 0xe9)"_s;
    QTest::newRow("missing file") << QByteArray() << 2 << u"1 files, 0 identical, 0 differ, 1 errors"_s
                                  << u": cannot read: "_s;
}

// One file: the summary, the exit code and the located error; the file is
// never changed.
void tst_CliRoundtrip::roundtripFile()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, exitCode);
    QFETCH(QString, summary);
    QFETCH(QString, error);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"post.md"_s);
    if (!bytes.isEmpty())
        writeFile(path, bytes);
    const Run run = runCli({u"roundtrip"_s, path, u"--write"_s});
    QCOMPARE(run.out, u"roundtrip: "_s + summary + u'\n');
    QCOMPARE(run.exitCode, exitCode);
    if (error.isEmpty())
        QCOMPARE(run.err, QString());
    else
        QVERIFY2(run.err.startsWith(path + error), qPrintable(run.err));
    if (!bytes.isEmpty())
        QCOMPARE(readAll(path), bytes);
    else
        QVERIFY(!QFile::exists(path));
}

void tst_CliRoundtrip::set_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("expected");

    const QByteArray yaml = "---\n"
                            "title: \"Hello\" # shown\n"
                            "date: 2024-01-02T10:00:00+01:00\n"
                            "tags: [a, b]\n"
                            "categories:\n"
                            "  - x\n"
                            "draft: false\n"
                            "weight: 5\n"
                            "params:\n"
                            "  k: v\n"
                            "---\n"
                            "Body {{< shortcode >}}\n";
    const auto yamlWith = [&](const char *from, const char *to) { return QByteArray(yaml).replace(from, to); };
    QTest::newRow("yaml list") << yaml << QStringList{u"tags=c, d e"_s} << yamlWith("tags: [a, b]", "tags: [c, d e]");
    QTest::newRow("yaml list in brackets") << yaml << QStringList{u"tags=[c, d]"_s} << yamlWith("tags: [a, b]", "tags: [c, d]");
    QTest::newRow("yaml block list") << yaml << QStringList{u"categories=x,z"_s}
                                     << yamlWith("  - x\n", "  - x\n  - z\n");
    // Jekyll (YAML 1.1) would read a plain y as true: it is written quoted.
    QTest::newRow("yaml block list, y quoted") << yaml << QStringList{u"categories=x,y"_s}
                                               << yamlWith("  - x\n", "  - x\n  - \"y\"\n");
    QTest::newRow("yaml bool") << yaml << QStringList{u"draft=true"_s} << yamlWith("draft: false", "draft: true");
    QTest::newRow("yaml date") << yaml << QStringList{u"date=2026-11-28T09:30:00+01:00"_s}
                               << yamlWith("2024-01-02T10:00:00+01:00", "2026-11-28T09:30:00+01:00");
    QTest::newRow("yaml number") << yaml << QStringList{u"weight=7.5"_s} << yamlWith("weight: 5", "weight: 7.5");
    QTest::newRow("yaml awkward title") << yaml << QStringList{u"title=Part 1: \"it's\" #1 🚀 שלום"_s}
                                        << yamlWith("\"Hello\"", "\"Part 1: \\\"it's\\\" #1 🚀 שלום\"");
    QTest::newRow("yaml new keys") << yaml << QStringList{u"slug=my-post"_s, u"series=[one, two]"_s, u"order=3"_s}
                                   << yamlWith("---\nBody", "slug: my-post\nseries:\n  - one\n  - two\norder: 3\n---\nBody");
    QTest::newRow("yaml unset") << yaml << QStringList{u"--unset"_s, u"tags"_s, u"--unset"_s, u"params"_s}
                                << yamlWith("tags: [a, b]\n", "").replace("params:\n  k: v\n", "");
    QTest::newRow("yaml set and unset") << yaml << QStringList{u"draft=true"_s, u"--unset"_s, u"weight"_s}
                                        << yamlWith("draft: false\nweight: 5\n", "draft: true\n");
    QTest::newRow("yaml unset absent key") << yaml << QStringList{u"--unset"_s, u"nope"_s} << yaml;

    const QByteArray toml = "+++\r\n"
                            "title = 'Hello'\r\n"
                            "date = 2024-01-02\r\n"
                            "tags = [\"a\", \"b\"]\r\n"
                            "draft = false\r\n"
                            "\r\n"
                            "[extra]\r\n"
                            "x = 1\r\n"
                            "+++\r\n"
                            "Body\r\n";
    const auto tomlWith = [&](const char *from, const char *to) { return QByteArray(toml).replace(from, to); };
    QTest::newRow("toml crlf list") << toml << QStringList{u"tags=c,d"_s} << tomlWith("[\"a\", \"b\"]", "[\"c\", \"d\"]");
    QTest::newRow("toml crlf date-only") << toml << QStringList{u"date=2025-05-06"_s} << tomlWith("2024-01-02", "2025-05-06");
    QTest::newRow("toml crlf bool and new key")
        << toml << QStringList{u"draft=true"_s, u"slug=s"_s}
        << tomlWith("draft = false\r\n", "draft = true\r\nslug = \"s\"\r\n");
    QTest::newRow("toml crlf unset") << toml << QStringList{u"--unset"_s, u"title"_s} << tomlWith("title = 'Hello'\r\n", "");

    const QByteArray json = "{\n  \"title\": \"Hello\",\n  \"tags\": [\"a\"],\n  \"draft\": false\n}\nBody\n";
    const auto jsonWith = [&](const char *from, const char *to) { return QByteArray(json).replace(from, to); };
    QTest::newRow("json list") << json << QStringList{u"tags=a,b"_s} << jsonWith("[\"a\"]", "[\"a\", \"b\"]");
    QTest::newRow("json new key") << json << QStringList{u"date=2024-01-02"_s}
                                  << jsonWith("false\n}", "false,\n  \"date\": \"2024-01-02\"\n}");
    QTest::newRow("json unset last") << json << QStringList{u"--unset"_s, u"draft"_s}
                                     << jsonWith(",\n  \"draft\": false", "");

    const QByteArray utf16 = QByteArray("\xFF\xFE", 2)
                             + QByteArray("-\0-\0-\0\r\0\n\0t\0:\0 \0x\0\r\0\n\0-\0-\0-\0\r\0\n\0", 32);
    QTest::newRow("utf-16le stays utf-16le")
        << utf16 << QStringList{u"t=z"_s} << QByteArray(utf16).replace(QByteArray("x\0", 2), QByteArray("z\0", 2));
    QTest::newRow("no front matter") << QByteArray("Body\n") << QStringList{u"title=T"_s}
                                     << QByteArray("---\ntitle: T\n---\nBody\n");
    // The occurrence of a duplicated key that Hugo and Jekyll use.
    QTest::newRow("yaml duplicate key: the last one")
        << QByteArray("---\ntitle: A\ndraft: true\ntitle: B\n---\nBody\n") << QStringList{u"title=New"_s}
        << QByteArray("---\ntitle: A\ndraft: true\ntitle: New\n---\nBody\n");
    QTest::newRow("json duplicate key: the last one")
        << QByteArray("{\"title\": \"A\", \"title\": \"B\"}\nBody\n") << QStringList{u"title=New"_s}
        << QByteArray("{\"title\": \"A\", \"title\": \"New\"}\nBody\n");
    QTest::newRow("yaml unset a duplicated key")
        << QByteArray("---\ntitle: A\ndraft: true\ntitle: B\n---\nBody\n") << QStringList{u"--unset"_s, u"title"_s}
        << QByteArray("---\ndraft: true\n---\nBody\n");
    QTest::newRow("yaml flow list with a comment")
        << QByteArray("---\ntags: [a, b] # comment\n---\n") << QStringList{u"tags=c, d"_s}
        << QByteArray("---\ntags: [c, d] # comment\n---\n");
    QTest::newRow("yaml anchored title")
        << QByteArray("---\ntitle: &t Old\n---\n") << QStringList{u"title=New"_s} << QByteArray("---\ntitle: &t New\n---\n");
    QTest::newRow("yaml unset an alias")
        << QByteArray("---\nauthor: &me Jane\nreviewer: *me\n---\n") << QStringList{u"--unset"_s, u"reviewer"_s}
        << QByteArray("---\nauthor: &me Jane\n---\n");
    QTest::newRow("yaml line separator escaped")
        << QByteArray("---\ntitle: Old\n---\n") << QStringList{u"title=a\u2028b"_s}
        << QByteArray("---\ntitle: \"a\\Lb\"\n---\n");
    // A value on the line after its key, folded plain scalars and TOML
    // basic strings keep their bytes when another key is set.
    const QByteArray styles = "---\n"
                              "title:\n"
                              "  A title on the next line\n"
                              "summary: folded by hand at\n"
                              "  irregular widths, some of them a good deal longer than others,\n"
                              "  like this\n"
                              "draft: true\n"
                              "---\n";
    QTest::newRow("yaml styles kept") << styles << QStringList{u"draft=false"_s, u"slug=s"_s}
                                      << QByteArray(styles).replace("draft: true\n", "draft: false\nslug: s\n");
    const QByteArray basic = "+++\ntitle = \"T\"\nsummary = \"one\\ntwo\"\ndraft = true\n+++\n";
    QTest::newRow("toml basic string kept") << basic << QStringList{u"draft=false"_s}
                                            << QByteArray(basic).replace("draft = true", "draft = false");
    QTest::newRow("toml basic string stays basic") << basic << QStringList{u"summary=three\nfour"_s}
                                                   << QByteArray(basic).replace("one\\ntwo", "three\\nfour");
}

// set edits the file in its own style: exactly the expected bytes.
void tst_CliRoundtrip::set()
{
    QFETCH(QByteArray, before);
    QFETCH(QStringList, args);
    QFETCH(QByteArray, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"post.md"_s);
    writeFile(path, before);
    const Run run = runCli(QStringList{u"set"_s, path} + args);
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QString::fromUtf8(readAll(path)), QString::fromUtf8(expected));
    QCOMPARE(readAll(path), expected);
    // And what set wrote round-trips.
    QCOMPARE(lastLine(runCli({u"roundtrip"_s, path}).out), u"roundtrip: 1 files, 1 identical, 0 differ, 0 errors"_s);
}

void tst_CliRoundtrip::setErrors_data()
{
    QTest::addColumn<QByteArray>("before");   // empty: no file
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("error");       // what stderr starts with after the path

    const QByteArray yaml = "---\ntitle: A\ndraft: false\nweight: 5\ndate: 2024-01-02\nparams:\n  k: v\n---\nBody\n";
    QTest::newRow("missing file") << QByteArray() << QStringList{u"title=x"_s} << u": cannot read: "_s;
    QTest::newRow("invalid utf-8") << QByteArray("---\ntitle: Caf\xE9\n---\n") << QStringList{u"title=x"_s}
                                   << u":2:11: invalid UTF-8 at byte offset 14"_s;
    QTest::newRow("invalid bool") << yaml << QStringList{u"draft=maybe"_s}
                                  << u":3:8: \"maybe\" is not a valid yes/no for draft"_s;
    QTest::newRow("invalid number") << yaml << QStringList{u"weight=heavy"_s}
                                    << u":4:9: \"heavy\" is not a valid number for weight"_s;
    QTest::newRow("invalid date") << yaml << QStringList{u"date=next monday"_s}
                                  << u":5:7: \"next monday\" is not a valid date for date"_s;
    QTest::newRow("nested value") << yaml << QStringList{u"params=x"_s} << u":6:1: \"params\" is a nested value"_s;
    QTest::newRow("malformed block") << QByteArray("---\ntitle: A\n  bad: indent\n---\n") << QStringList{u"title=x"_s}
                                     << u":3:6: illegal map value"_s;
    QTest::newRow("second assignment bad, first not saved")
        << yaml << QStringList{u"title=B"_s, u"draft=perhaps"_s} << u":3:8: "_s;
    // An edit that would change another key's value is refused, naming it.
    const QByteArray aliased = "---\ntitle: A\nauthor: &me Jane\nreviewer: *me\n---\nBody\n";
    QTest::newRow("unset an anchored value an alias uses")
        << aliased << QStringList{u"--unset"_s, u"author"_s} << u":3:1: removing \"author\" would break \"reviewer\""_s;
    QTest::newRow("set an anchored value an alias uses")
        << aliased << QStringList{u"author=Bob"_s} << u":3:1: writing \"author\" would also change \"reviewer\""_s;
    QTest::newRow("set an alias")
        << aliased << QStringList{u"reviewer=Bob"_s} << u":4:1: \"reviewer\" is an alias (*me): edit the value where its anchor is"_s;
    QTest::newRow("unset an anchored map an alias uses")
        << QByteArray("---\nbase: &b\n  x: 1\nother: *b\n---\n") << QStringList{u"--unset"_s, u"base"_s}
        << u":2:1: removing \"base\" would break \"other\""_s;
}

// Bad input: exit 2, "path:line:col: message" on stderr, the file untouched.
void tst_CliRoundtrip::setErrors()
{
    QFETCH(QByteArray, before);
    QFETCH(QStringList, args);
    QFETCH(QString, error);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"post.md"_s);
    if (!before.isEmpty())
        writeFile(path, before);
    const Run run = runCli(QStringList{u"set"_s, path} + args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith(path + error), qPrintable(run.err));
    QCOMPARE(run.out, QString());
    if (before.isEmpty())
        QVERIFY(!QFile::exists(path));
    else
        QCOMPARE(readAll(path), before);
}

// tag rename edits the occurrence of a duplicated tags key that the
// generator reads (the last), and leaves the earlier one as it was.
void tst_CliRoundtrip::tagRenameEditsLastOccurrence()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"post.md"_s);
    writeFile(path, "---\ntitle: T\ntags: [old, x]\ntags: [old, y]\n---\nBody\n");
    const Run run = runCli({u"tag"_s, u"rename"_s, u"old"_s, u"new"_s, dir.path()});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QString::fromUtf8(readAll(path)), u"---\ntitle: T\ntags: [old, x]\ntags: [new, y]\n---\nBody\n"_s);
}

QTEST_GUILESS_MAIN(tst_CliRoundtrip)
#include "tst_cli_roundtrip.moc"
