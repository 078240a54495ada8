// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every input that once broke a fuzz target, or the code a target covers,
// (tests/data/fuzz-regressions/TARGET/: frontmatter, render, check) replayed
// through the target's own invariants (fuzz/invariants.h). Each target's
// folder must exist and hold inputs, so that every invariant runs in ctest.
#include "invariants.h"

#include <QDir>
#include <QFile>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;

class TestFuzzRegressions final : public QObject
{
    Q_OBJECT

private slots:
    void replay_data();
    void replay();
};

void TestFuzzRegressions::replay_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("path");
    const QStringList targets{u"check"_s, u"frontmatter"_s, u"render"_s};
    const QDir root(QStringLiteral(POSTWRIGHT_TEST_DATA "/fuzz-regressions"));
    // A folder for a target that does not exist (a typo) would never run.
    QCOMPARE(root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name), targets);
    for (const QString &target : targets) {
        // Every target's invariants run on at least its folder's inputs.
        const QDir folder(root.filePath(target));
        const QStringList files = folder.entryList(QDir::Files, QDir::Name);
        QVERIFY2(!files.isEmpty(), qPrintable(u"no regression inputs in "_s + folder.path()));
        for (const QString &file : files)
            QTest::newRow(qPrintable(target + u'/' + file)) << target << folder.filePath(file);
    }
}

void TestFuzzRegressions::replay()
{
    QFETCH(QString, target);
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QString failure;
    if (target == u"frontmatter"_s)
        failure = postwright::fuzz::checkFrontMatter(bytes);
    else if (target == u"render"_s)
        failure = postwright::fuzz::checkRender(bytes);
    else if (target == u"check"_s)
        failure = postwright::fuzz::checkDoctor(bytes);
    else
        QFAIL(qPrintable(u"no fuzz target "_s + target));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
