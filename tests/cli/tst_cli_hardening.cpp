// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Large and hostile files through postwright-cli render, check, roundtrip
// and index: each works or exits 2 with a clear error, never crashes, stays
// within a generous address-space limit, and writes nothing but its cache.
#include "../tools/hostilefiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest/QTest>

#include "support/testfiles.h"

#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace postwright::testing;

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr int timeoutMs = 240000;
constexpr rlim_t addressSpace = RLIM_INFINITY;   // ASan reserves terabytes of shadow
#else
constexpr int timeoutMs = 60000;
constexpr rlim_t addressSpace = rlim_t(4) << 30;  // a blow-up fails instead of swapping
#endif

struct Run
{
    bool finished = false;
    QProcess::ExitStatus status = QProcess::CrashExit;
    int exitCode = -1;
    QByteArray out;   // only when asked for: render prints 50 MB
    QByteArray err;
};

// Every file below root (and every empty folder, with a trailing '/'),
// relative to root.
QStringList entriesBelow(const QString &root)
{
    QStringList entries;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        if (info.isDir() && !QDir(info.filePath()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot))
            continue;
        entries.append(QDir(root).relativeFilePath(info.filePath()) + (info.isDir() ? u"/"_s : QString()));
    }
    entries.sort();
    return entries;
}

// The user's folders (HOME, XDG_*, TMPDIR) inside home, so that anything a
// command writes outside the site shows there.
QProcessEnvironment userFoldersIn(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"POSTWRIGHT_CACHE_DIR"_s);
    env.insert(u"HOME"_s, home + u"/home"_s);
    env.insert(u"XDG_CACHE_HOME"_s, home + u"/cache"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    env.insert(u"XDG_STATE_HOME"_s, home + u"/state"_s);
    env.insert(u"XDG_RUNTIME_DIR"_s, home + u"/runtime"_s);
    env.insert(u"TMPDIR"_s, home + u"/tmp"_s);
    for (const char *folder : {"home", "cache", "config", "data", "state", "runtime", "tmp"})
        QDir(home).mkpath(QString::fromLatin1(folder));
    QFile::setPermissions(home + u"/runtime"_s, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return env;
}

enum class Output { Discard, Keep };

Run cli(const QStringList &args, Output output = Output::Discard,
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setChildProcessModifier([] {
        const rlimit limit{addressSpace, addressSpace};
        setrlimit(RLIMIT_AS, &limit);
    });
    if (output == Output::Discard)
        process.setStandardOutputFile(QProcess::nullDevice());
    process.start(QStringLiteral(POSTWRIGHT_CLI), args);
    Run run;
    run.finished = process.waitForFinished(timeoutMs);
    if (!run.finished) {
        process.kill();
        process.waitForFinished();
    }
    run.status = process.exitStatus();
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QString describe(const Run &run)
{
    return u"finished %1, status %2, exit %3: %4"_s.arg(run.finished).arg(run.status).arg(run.exitCode)
        .arg(QString::fromUtf8(run.err.left(400)));
}

} // namespace

class TestCliHardening final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void command_data();
    void command();
    void indexAndCheckTheWholeSite_data();
    void indexAndCheckTheWholeSite();

private:
    QTemporaryDir m_site;
};

void TestCliHardening::initTestCase()
{
    QVERIFY(m_site.isValid());
    QVERIFY(QDir(m_site.path()).mkpath(u"content/posts"_s));
    QFile config(m_site.filePath(u"hugo.toml"_s));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("title = \"Hostile\"\n");
    for (const postwright::hostile::HostileFile &file : postwright::hostile::hostileFiles()) {
        QFile post(m_site.filePath(u"content/posts/"_s + QString::fromLatin1(file.name) + u".md"_s));
        QVERIFY(post.open(QIODevice::WriteOnly));
        QCOMPARE(post.write(file.bytes), file.bytes.size());
    }
}

void TestCliHardening::command_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("error");
    for (const postwright::hostile::HostileFile &file : postwright::hostile::hostileFiles()) {
        for (const char *command : {"render", "check", "roundtrip"}) {
            QTest::addRow("%s %s", command, file.name)
                << QString::fromLatin1(command) << QString::fromLatin1(file.name) << QString::fromUtf8(file.error);
        }
    }
}

void TestCliHardening::command()
{
    QFETCH(QString, command);
    QFETCH(QString, file);
    QFETCH(QString, error);
    const QString path = m_site.filePath(u"content/posts/"_s + file + u".md"_s);
    const QByteArray before = [&] {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    QStringList args{command, path};
    if (command == u"render"_s)
        args.append(u"--fragment"_s);
    const Run run = cli(args);
    QVERIFY2(run.finished && run.status == QProcess::NormalExit, qPrintable(describe(run)));
    if (!error.isEmpty()) {
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(path.toUtf8()) && QString::fromUtf8(run.err).contains(error), qPrintable(describe(run)));
    } else if (command == u"check"_s) {
        QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable(describe(run)));
    } else {
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    }
    // No command writes to the post.
    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QVERIFY(after.readAll() == before);
}

void TestCliHardening::indexAndCheckTheWholeSite_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<int>("exitCode");
    // What the user reads, SITE standing for the site's folder.
    QTest::addColumn<QStringList>("stdoutLines");
    QTest::addColumn<QStringList>("stderrLines");
    // Every file the command leaves in the user's folders, as a pattern.
    QTest::addColumn<QStringList>("written");
    // The files that are not text, as every command says.
    const QStringList notText{
        u"SITE/content/posts/binary.md: binary file (a NUL byte at byte offset 17): not a text post"_s,
        u"SITE/content/posts/invalid-utf8.md:4:4: invalid UTF-8 at byte offset 22 (byte 0xe9); the file is not UTF-8 text"_s,
        u"SITE/content/posts/utf16be-without-bom.md: the file looks like UTF-16 BE text without a byte-order mark; "
        "save it as UTF-8 (or as UTF-16 with a BOM) to open it"_s,
        u"SITE/content/posts/utf16le-without-bom.md: the file looks like UTF-16 LE text without a byte-order mark; "
        "save it as UTF-8 (or as UTF-16 with a BOM) to open it"_s,
        u"SITE/content/posts/zeros.md: binary file (a NUL byte at byte offset 0): not a text post"_s,
    };
    QTest::newRow("index")
        << u"index"_s << 1
        << QStringList{
               u"STATE      DATE       KIND    TITLE                                    PATH"_s,
               u"published  -          post    Laughs                                   content/posts/alias-bomb.md"_s,
               u"published  -          post    Big                                      content/posts/big-50mb.md"_s,
               u"error      -          post    binary                                   content/posts/binary.md"_s,
               u"published  -          post    Huge front matter                        content/posts/front-matter-10mb.md"_s,
               u"error      -          post    invalid-utf8                             content/posts/invalid-utf8.md"_s,
               u"published  -          post    Lines                                    content/posts/lines-100k.md"_s,
               u"published  -          post    Lists                                    content/posts/nested-lists-10k.md"_s,
               u"published  -          post    Quotes                                   content/posts/nested-quotes-10k.md"_s,
               u"published  -          post    Nul                                      content/posts/nul-bytes.md"_s,
               u"error      -          post    utf16be-without-bom                      content/posts/utf16be-without-bom.md"_s,
               u"error      -          post    utf16le-without-bom                      content/posts/utf16le-without-bom.md"_s,
               u"error      -          post    zeros                                    content/posts/zeros.md"_s,
               u"12 post(s)"_s}
        << notText
        << QStringList{u"cache/Postwright/postwright-cli/site-index/[0-9a-f]{40}\\.pwindex"_s};
    const QString noSummary = u":1:1: warning: no summary or description: search engines and feeds will guess one [missing-summary]"_s;
    QTest::newRow("check")
        << u"check"_s << 1
        << QStringList{
               u"SITE/content/posts/alias-bomb.md"_s + noSummary,
               u"SITE/content/posts/big-50mb.md"_s + noSummary,
               u"SITE/content/posts/front-matter-10mb.md:1:1: error: front matter does not parse: front matter: the block "
               "is 10.0 MB, more than the 1 MB that is read; it is kept as text, unchanged [front-matter]"_s,
               u"SITE/content/posts/lines-100k.md"_s + noSummary,
               u"SITE/content/posts/nested-lists-10k.md"_s + noSummary,
               u"SITE/content/posts/nested-quotes-10k.md"_s + noSummary,
               u"SITE/content/posts/nul-bytes.md"_s + noSummary}
        << notText << QStringList{};
}

void TestCliHardening::indexAndCheckTheWholeSite()
{
    QFETCH(QString, command);
    QFETCH(int, exitCode);
    QFETCH(QStringList, stdoutLines);
    QFETCH(QStringList, stderrLines);
    QFETCH(QStringList, written);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QProcessEnvironment env = userFoldersIn(home.path());
    const QStringList userFoldersBefore = entriesBelow(home.path());
    const QMap<QString, QByteArray> siteBefore = snapshot(m_site.path());

    const Run run = cli({command, m_site.path()}, Output::Keep, env);
    QVERIFY2(run.finished && run.status == QProcess::NormalExit, qPrintable(describe(run)));
    QCOMPARE(run.exitCode, exitCode);
    const auto linesOf = [this](const QByteArray &bytes) {
        QStringList lines = QString::fromUtf8(bytes).split(u'\n', Qt::SkipEmptyParts);
        lines.replaceInStrings(m_site.path(), u"SITE"_s);
        return lines;
    };
    QCOMPARE(linesOf(run.out), stdoutLines);
    QCOMPARE(linesOf(run.err), stderrLines);

    // The site is as it was, and nothing but the cache is new in the user's
    // folders.
    QVERIFY(snapshot(m_site.path()) == siteBefore);
    QStringList added = entriesBelow(home.path());
    for (const QString &entry : userFoldersBefore)
        added.removeOne(entry);
    QCOMPARE(added.size(), written.size());
    for (qsizetype i = 0; i < written.size(); ++i) {
        QVERIFY2(QRegularExpression(QRegularExpression::anchoredPattern(written.at(i))).match(added.at(i)).hasMatch(),
                 qPrintable(added.at(i)));
    }
}

QTEST_GUILESS_MAIN(TestCliHardening)
#include "tst_cli_hardening.moc"
