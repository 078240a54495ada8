// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Large and hostile files through postwright-cli render, check, roundtrip
// and index: each works or exits 2 with a clear error, never crashes, and
// stays within generous time and memory bounds.
#include "../tools/hostilefiles.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest/QTest>

#include <sys/resource.h>

using namespace Qt::StringLiterals;

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
    QByteArray err;
};

Run cli(const QStringList &args)
{
    QProcess process;
    process.setChildProcessModifier([] {
        const rlimit limit{addressSpace, addressSpace};
        setrlimit(RLIMIT_AS, &limit);
    });
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

void TestCliHardening::indexAndCheckTheWholeSite()
{
    for (const char *command : {"index", "check"}) {
        const Run run = cli({QString::fromLatin1(command), m_site.path()});
        QVERIFY2(run.finished && run.status == QProcess::NormalExit, qPrintable(describe(run)));
        QVERIFY2(run.exitCode >= 0 && run.exitCode <= 2, qPrintable(describe(run)));
    }
}

QTEST_GUILESS_MAIN(TestCliHardening)
#include "tst_cli_hardening.moc"
