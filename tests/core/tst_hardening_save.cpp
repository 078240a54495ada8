// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Crash safety of Post::save: a child process saves a post in a loop and is
// killed (SIGKILL) at random moments; the file on disk must always be the
// complete old or the complete new version.
#include "post/post.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest/QTest>

#include "support/testfiles.h"

using namespace Qt::StringLiterals;
using namespace postwright;
using namespace postwright::testing;

namespace {

// Two versions of very different sizes, so that a torn write (a short old
// file with the new tail, or a truncated new one) cannot look whole.
QByteArray smallVersion()
{
    return "---\ntitle: Small\ndraft: true\n---\nA short body.\n"_ba;
}

QByteArray largeVersion()
{
    QByteArray out = "---\ntitle: Large\ntags: [a, b]\n---\n"_ba;
    for (int i = 0; out.size() < 1024 * 1024; ++i)
        out += "Paragraph " + QByteArray::number(i) + ": the quick brown fox jumps over the lazy dog.\n\n";
    return out;
}

} // namespace

class TestHardeningSave final : public QObject
{
    Q_OBJECT

private slots:
    void killedWhileSavingLeavesOldOrNew();
};

void TestHardeningSave::killedWhileSavingLeavesOldOrNew()
{
    QTemporaryDir sources;
    QTemporaryDir site;
    QVERIFY(sources.isValid() && site.isValid());
    const QByteArray small = smallVersion();
    const QByteArray large = largeVersion();
    writeFile(sources.filePath(u"small.md"_s), small);
    writeFile(sources.filePath(u"large.md"_s), large);
    const QString target = site.filePath(u"post.md"_s);
    writeFile(target, small);

    // A fixed seed would always kill at the same moments; print it instead.
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("seed %u", seed);
    QRandomGenerator random(seed);
    int sawSmall = 0, sawLarge = 0, leftovers = 0;
    constexpr int kills = 50;
    for (int round = 0; round < kills; ++round) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QStringLiteral(POSTWRIGHT_SAVE_LOOP),
                    {sources.filePath(u"small.md"_s), sources.filePath(u"large.md"_s), target});
        QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
        QVERIFY2(child.waitForReadyRead(20000), "the save loop never reported its first save");
        QThread::usleep(random.bounded(100000));
        child.kill();   // SIGKILL: no handler, no flush, no cleanup
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        const QByteArray now = readAll(target);
        QVERIFY2(now == small || now == large,
                 qPrintable(u"round %1: the post is %2 bytes, neither version (%3 or %4)"_s
                                .arg(round).arg(now.size()).arg(small.size()).arg(large.size())));
        (now == small ? sawSmall : sawLarge)++;

        // Nothing the site would list as a post may be left behind. Qt
        // writes into an unnamed O_TMPFILE and links it as "post.md.XXXXXX"
        // just before the rename, so a kill in that instant leaves such a
        // file: it does not end in .md, and the next round may clean it.
        const QStringList entries = QDir(site.path()).entryList(QDir::Files | QDir::Hidden);
        for (const QString &entry : entries) {
            if (entry == u"post.md"_s)
                continue;
            QVERIFY2(!entry.endsWith(u".md"_s, Qt::CaseInsensitive),
                     qPrintable(u"round %1 left %2 behind"_s.arg(round).arg(entry)));
            ++leftovers;
            QFile::remove(site.filePath(entry));
        }
    }
    qInfo("%d kills: %d times the small version, %d times the large one, %d temporary files left",
          kills, sawSmall, sawLarge, leftovers);
    // The loop really alternated: kills found each version on disk.
    QVERIFY(sawSmall > 0 && sawLarge > 0);
}

QTEST_GUILESS_MAIN(TestHardeningSave)
#include "tst_hardening_save.moc"
