// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Compare view's diff: a post's unsaved text against the file on disk,
// by hunks of lines, merged per hunk (keep mine / take theirs), and texts too
// large or too different for dtl handled without hanging.
#include "text/linediff.h"

#include <QRandomGenerator>
#include <QTest>

using namespace postwright;

class TestLineDiff final : public QObject
{
    Q_OBJECT

private slots:
    void hunks_data()
    {
        QTest::addColumn<QString>("mine");
        QTest::addColumn<QString>("theirs");
        QTest::addColumn<QList<LineHunk>>("hunks");
        QTest::newRow("same") << "a\nb\n" << "a\nb\n" << QList<LineHunk>{};
        QTest::newRow("one line changed") << "a\nb\nc\n" << "a\nB\nc\n" << QList<LineHunk>{{1, 1, 1, 1}};
        QTest::newRow("two hunks") << "t\nmine 1\nx\ny\nmine 2\nz\n" << "t\ntheirs 1\nx\ny\ntheirs 2\nz\n"
                                   << QList<LineHunk>{{1, 1, 1, 1}, {4, 1, 4, 1}};
        QTest::newRow("inserted by them") << "a\nc\n" << "a\nb1\nb2\nc\n" << QList<LineHunk>{{1, 0, 1, 2}};
        QTest::newRow("deleted by them") << "a\nb\nc\n" << "a\nc\n" << QList<LineHunk>{{1, 1, 1, 0}};
        QTest::newRow("last line without newline") << "a\nb" << "a\nb\n" << QList<LineHunk>{{1, 1, 1, 1}};
        QTest::newRow("moved line") << "a\nb\nc\nd\n" << "b\nc\na\nd\n" << QList<LineHunk>{{0, 1, 0, 0}, {3, 0, 2, 1}};
    }
    void hunks()
    {
        QFETCH(QString, mine);
        QFETCH(QString, theirs);
        QFETCH(QList<LineHunk>, hunks);
        const LineDiff diff = lineDiff(mine, theirs);
        QCOMPARE(diff.hunks, hunks);
        QVERIFY(!diff.coarse);
        QCOMPARE(mergeHunks(diff, QList<bool>(hunks.size(), false)), mine);
        QCOMPARE(mergeHunks(diff, QList<bool>(hunks.size(), true)), theirs);
    }

    void keepMineForOneTakeTheirsForAnother()
    {
        const QString mine = "---\ntitle: Mine\n---\nFirst paragraph, my edit.\n\nMiddle stays.\n\nLast, mine.\n";
        const QString theirs = "---\ntitle: Theirs\n---\nFirst paragraph.\n\nMiddle stays.\n\nLast, theirs.\n";
        const LineDiff diff = lineDiff(mine, theirs);
        // The title, the first paragraph and the last one.
        QCOMPARE(diff.hunks.size(), 3);
        QCOMPARE(mergeHunks(diff, {true, false, true}),
                 QString("---\ntitle: Theirs\n---\nFirst paragraph, my edit.\n\nMiddle stays.\n\nLast, theirs.\n"));
        // By words: only what changed in the hunk is marked.
        const auto words = hunkWords(diff, diff.hunks.at(2));
        QVERIFY(words);
        QCOMPARE(words->size(), 4);
        QCOMPARE(words->at(0), (DiffSegment{DiffSegment::Kind::Same, "Last, "}));
        QCOMPARE(words->at(1), (DiffSegment{DiffSegment::Kind::Removed, "mine"}));
        QCOMPARE(words->at(2), (DiffSegment{DiffSegment::Kind::Added, "theirs"}));
    }

    // Random edits: taking every hunk of one side gives that side back.
    void mergesRoundTrip()
    {
        QRandomGenerator random(17);
        for (int round = 0; round < 300; ++round) {
            QStringList a, b;
            for (int i = 0, n = random.bounded(0, 12); i < n; ++i)
                a.append(QString::number(random.bounded(5)));
            b = a;
            for (int e = 0, n = random.bounded(0, 5); e < n; ++e) {
                const int at = b.isEmpty() ? 0 : random.bounded(int(b.size()));
                if (random.bounded(2) || b.isEmpty())
                    b.insert(at, QString::number(random.bounded(7)));
                else
                    b.removeAt(at);
            }
            const QString mine = a.join('\n'), theirs = b.join('\n');
            const LineDiff diff = lineDiff(mine, theirs);
            QCOMPARE(mergeHunks(diff, QList<bool>(diff.hunks.size(), false)), mine);
            QCOMPARE(mergeHunks(diff, QList<bool>(diff.hunks.size(), true)), theirs);
        }
    }

    // 1 MB on each side, every line different: one hunk, found without
    // running dtl over it, and too large for the word view.
    void megabyteEverythingDifferent()
    {
        QString mine, theirs;
        for (int i = 0; mine.size() < 1024 * 1024; ++i) {
            mine += QStringLiteral("mine line %1 with some words to fill it up\n").arg(i);
            theirs += QStringLiteral("their line %1 with other words to fill it\n").arg(i);
        }
        const LineDiff diff = lineDiff(mine, theirs);
        QVERIFY(!diff.coarse);
        QCOMPARE(diff.hunks.size(), 1);
        QCOMPARE(diff.hunks.first(), (LineHunk{0, diff.mine.size(), 0, diff.theirs.size()}));
        QVERIFY(!hunkWords(diff, diff.hunks.first()));
        QCOMPARE(mergeHunks(diff, {true}), theirs);
    }

    // The same lines in another order on a large scale: more than dtl may
    // be given, so one coarse hunk between the common start and end.
    void tooManyLinesIsCoarse()
    {
        QStringList lines;
        for (int i = 0; i < 30000; ++i)
            lines.append(QStringLiteral("line %1").arg(i));
        QStringList reversed(lines.crbegin(), lines.crend());
        const QString mine = "head\n" + lines.join('\n') + "\ntail\n";
        const QString theirs = "head\n" + reversed.join('\n') + "\ntail\n";
        const LineDiff diff = lineDiff(mine, theirs);
        QVERIFY(diff.coarse);
        QCOMPARE(diff.hunks, (QList<LineHunk>{{1, 30000, 1, 30000}}));
        QCOMPARE(mergeHunks(diff, {true}), theirs);
    }
};

QTEST_GUILESS_MAIN(TestLineDiff)
#include "tst_linediff.moc"
