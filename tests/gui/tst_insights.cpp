// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The writing-tools panel: doctor findings, outline and statistics, worked
// out off the GUI thread while the user types.
#include "insights/findingsmodel.h"
#include "insights/insightspanel.h"
#include "snapshot/snapshotbuilder.h"

#include <QAbstractItemModelTester>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace postwright;

namespace {
const char *const samplePost = POSTWRIGHT_SAMPLE "/content/posts/why-open-source-ai-is-the-future.md";

// The snapshot of a post checked without its site (no link is looked up
// in the site), as the analysis of it was.
PostSnapshot snapshotOf(const Post &post)
{
    SnapshotSettings settings;
    settings.checkContext = CheckContext();
    return takeSnapshot(post.text(), post.path(), settings);
}
}

class TestInsights final : public QObject
{
    Q_OBJECT

private slots:
    void analysisOfTheSample()
    {
        const Result<Post> post = Post::load(samplePost);
        QVERIFY(post.ok());
        const PostSnapshot a = snapshotOf(post.value());
        // The sample's nine, and its h1 that repeats the title
        // (duplicate-title, issue 17 §3) first, at line 10.
        QCOMPARE(a.findings.size(), 10);
        QCOMPARE(a.findings.first().code, QString("duplicate-title"));
        QCOMPARE(a.findings.first().line, 10);
        // Statistics shows the readability of its prose.
        QVERIFY(a.readability);
        QCOMPARE(a.readability->formulaName, QString("Flesch reading ease"));
        QCOMPARE(a.outline.first().text, QString("Why Open-Source AI is the Future of Technology"));
        QCOMPARE(a.outline.first().line, 10);
        QCOMPARE(a.outline.at(1).text, QString("Introduction"));
        QCOMPARE(a.outline.at(1).level, 2);
        QVERIFY(a.statistics.words > 300);
        QVERIFY(a.statistics.paragraphs > 10);
    }

    void analyzerKeepsUpWithTyping()
    {
        SnapshotBuilder analyzer;
        analyzer.setDebounceInterval(0);
        QSignalSpy spy(&analyzer, &SnapshotBuilder::snapshotReady);
        for (int i = 1; i <= 20; ++i)
            analyzer.request(QStringLiteral("---\ntitle: T\n---\n\n# Heading %1\n").arg(i), QString());
        // However many runs it took, the last one is of the last text.
        QTRY_VERIFY(!spy.isEmpty() && analyzer.latest()->outline.value(0).text == QLatin1String("Heading 20"));
        QVERIFY(spy.size() < 20);
    }

    void findingsModel()
    {
        FindingsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Result<Post> post = Post::load(samplePost);
        model.setFindings(checkPost(post.value()));
        // The h1 repeating the title (line 10), then the sample's nine.
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.index(0, FindingsModel::LineColumn).data().toInt(), 10);
        QCOMPARE(model.index(1, FindingsModel::LineColumn).data().toInt(), 30);
        QCOMPARE(model.index(1, FindingsModel::SeverityColumn).data().toString(), QString("Warning"));
        QVERIFY(model.index(1, 0).data(FindingsModel::FixRole).toString().contains("–"));
        model.setFindings({});
        QCOMPARE(model.rowCount(), 0);
    }

    void panelJumpsAndRepairs()
    {
        InsightsPanel panel;
        panel.resize(500, 600);
        panel.show();
        QSignalSpy lines(&panel, &InsightsPanel::lineActivated);
        QSignalSpy repair(&panel, &InsightsPanel::repairEncodingRequested);
        const Result<Post> post = Post::load(samplePost);
        QVERIFY(!panel.repairButton()->isEnabled());
        panel.showSnapshot(snapshotOf(post.value()));
        QVERIFY(panel.repairButton()->isEnabled());
        QVERIFY2(panel.statisticsText().contains("Readability: ") && panel.statisticsText().contains("(Flesch reading ease, "),
                 qPrintable(panel.statisticsText()));
        panel.repairButton()->click();
        QCOMPARE(repair.size(), 1);

        auto *view = panel.findChild<QTableView *>();
        QVERIFY(view);
        // The third row (after the h1 repeating the title and the mojibake at 30).
        const QModelIndex second = panel.findingsModel()->index(2, FindingsModel::MessageColumn);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(second).center());
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().at(0).toInt(), 44);
        QCOMPARE(lines.first().at(1).toInt(), 1);

        QTreeWidget *outline = panel.outlineView();
        QTreeWidgetItem *intro = outline->topLevelItem(0)->child(0);
        QCOMPARE(intro->text(0), QString("Introduction"));
        emit outline->itemClicked(intro, 0);
        QCOMPARE(lines.last().at(0).toInt(), 14);
    }

    void selectionStatistics()
    {
        InsightsPanel panel;
        panel.setSelection("One two three. Four!");
        QVERIFY(panel.statisticsText().contains("Words: 4"));
        QVERIFY(panel.statisticsText().contains("Sentences: 2"));
        panel.setSelection(QString());
        QVERIFY(panel.statisticsText().contains("Nothing selected."));
    }
};

QTEST_MAIN(TestInsights)
#include "tst_insights.moc"
