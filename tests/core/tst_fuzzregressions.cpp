// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every input that once broke a fuzz target (tests/data/fuzz-regressions/
// TARGET/), replayed through the target's own invariants (fuzz/invariants.h).
#include "invariants.h"

#include <QDir>
#include <QDirIterator>
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
    const QString root = QStringLiteral(POSTWRIGHT_TEST_DATA "/fuzz-regressions");
    int count = 0;
    for (const QString &target : {u"frontmatter"_s, u"render"_s, u"check"_s}) {
        QDirIterator it(root + u'/' + target, QDir::Files);
        QStringList files;
        while (it.hasNext())
            files.append(it.next());
        files.sort();
        for (const QString &file : std::as_const(files)) {
            QTest::newRow(qPrintable(target + u'/' + QFileInfo(file).fileName())) << target << file;
            ++count;
        }
    }
    QVERIFY2(count > 0, "no regression inputs found");
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
    else
        failure = postwright::fuzz::checkDoctor(bytes);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
