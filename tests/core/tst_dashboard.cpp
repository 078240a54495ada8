// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard's data (issue 17 §2): counts of posts, drafts and scheduled
// posts (with their due times), the latest saved drafts, the posts the
// doctor finds problems in, and the tags with one post.
#include "dashboard/dashboard.h"
#include "site/indexbuilder.h"

#include <QTemporaryDir>
#include <QTest>

#include "support/testfiles.h"

using namespace postwright;
using namespace postwright::testing;

class tst_Dashboard final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void counts();
    void scheduledPostsWithTheirDueTimes();
    void latestSavedDraftsFirst();
    void postsWithProblems();
    void tagsWithOnePost();
    void withoutTheDoctor();

private:
    QString site() const { return m_dir.filePath("site"); }
    void write(const QString &relative, const QByteArray &bytes, int minutesAgo);

    QTemporaryDir m_dir;
    QDateTime m_now = QDateTime::currentDateTimeUtc();
    Dashboard m_dashboard;
};

void tst_Dashboard::write(const QString &relative, const QByteArray &bytes, int minutesAgo)
{
    writeFile(site() + "/" + relative, bytes);
    QFile file(site() + "/" + relative);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(m_now.addSecs(-60 * minutesAgo), QFileDevice::FileModificationTime));
}

void tst_Dashboard::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QByteArray soon = m_now.addDays(1).toString(Qt::ISODate).toUtf8();
    const QByteArray later = m_now.addDays(7).toString(Qt::ISODate).toUtf8();
    writeFile(site() + "/hugo.toml", "title = \"Blog\"\n");
    write("content/_index.md", "---\ntitle: Home\n---\n", 1);
    write("content/posts/one.md", "---\ntitle: One\ndate: 2024-01-01\ntags: [garden, trees]\n---\nText.\n", 50);
    write("content/posts/two.md", "---\ntitle: Two\ndate: 2024-02-01\ntags: [garden]\n---\nText.\n", 40);
    write("content/posts/draft-old.md", "---\ntitle: Old draft\ndraft: true\ntags: [garden]\n---\nText.\n", 30);
    write("content/posts/draft-new.md", "---\ntitle: New draft\ndraft: true\n---\nText.\n", 5);
    write("content/posts/soon.md", "---\ntitle: Soon\ndate: " + soon + "\n---\nText.\n", 20);
    write("content/posts/later.md", "---\ntitle: Later\ndate: 2020-01-01\npublishDate: " + later + "\n---\nText.\n", 10);
    write("content/posts/broken.md", "---\ntitle: Broken\ndate: 2024-03-01\ntags: [misc]\n---\nSee [gone](gone.md).\n", 60);
    IndexOptions options;
    options.useCache = false;
    const Result<SiteIndex> index = indexSite(site(), options);
    QVERIFY(index);
    m_dashboard = buildDashboard(index.value(), m_now);
}

void tst_Dashboard::counts()
{
    QCOMPARE(m_dashboard.siteTitle, QString("Blog"));
    QCOMPARE(m_dashboard.posts, 7);      // the home page is no post
    QCOMPARE(m_dashboard.drafts, 2);
    QCOMPARE(m_dashboard.scheduled, 2);
    QCOMPARE(m_dashboard.published, 3);
}

void tst_Dashboard::scheduledPostsWithTheirDueTimes()
{
    QCOMPARE(m_dashboard.scheduledPosts.size(), 2);
    QCOMPARE(m_dashboard.scheduledPosts[0].path, QString("content/posts/soon.md"));
    QCOMPARE(m_dashboard.scheduledPosts[0].title, QString("Soon"));
    QCOMPARE(m_dashboard.scheduledPosts[0].when.toSecsSinceEpoch(), m_now.addDays(1).toSecsSinceEpoch());
    // Hugo's publishDate, not the date, is when it is due.
    QCOMPARE(m_dashboard.scheduledPosts[1].path, QString("content/posts/later.md"));
    QCOMPARE(m_dashboard.scheduledPosts[1].when.toSecsSinceEpoch(), m_now.addDays(7).toSecsSinceEpoch());
}

void tst_Dashboard::latestSavedDraftsFirst()
{
    QCOMPARE(m_dashboard.recentDrafts.size(), 2);
    QCOMPARE(m_dashboard.recentDrafts[0].title, QString("New draft"));
    QCOMPARE(m_dashboard.recentDrafts[1].title, QString("Old draft"));
    QCOMPARE(m_dashboard.recentDrafts[0].when.toSecsSinceEpoch(), m_now.addSecs(-5 * 60).toSecsSinceEpoch());
}

// The broken link is an error: that post comes first, with the doctor's words.
void tst_Dashboard::postsWithProblems()
{
    QVERIFY(m_dashboard.doctorRan);
    QCOMPARE(m_dashboard.problemPosts, 1);
    QCOMPARE(m_dashboard.problems.size(), 1);
    QCOMPARE(m_dashboard.problems.first().path, QString("content/posts/broken.md"));
    QCOMPARE(m_dashboard.problems.first().title, QString("Broken"));
    const QString note = m_dashboard.problems.first().note;
    QVERIFY2(note.startsWith("Error — line 6: ") && note.contains("gone.md"), qPrintable(note));
    // No summary anywhere: every other post has that warning, and only it.
    QCOMPARE(m_dashboard.warningPosts, 6);
}

void tst_Dashboard::tagsWithOnePost()
{
    QCOMPARE(m_dashboard.lonelyTags.size(), 2);
    QCOMPARE(m_dashboard.lonelyTags[0].term, QString("misc"));
    QCOMPARE(m_dashboard.lonelyTags[0].path, QString("content/posts/broken.md"));
    QCOMPARE(m_dashboard.lonelyTags[1].term, QString("trees"));
    QCOMPARE(m_dashboard.lonelyTags[1].title, QString("One"));
}

void tst_Dashboard::withoutTheDoctor()
{
    IndexOptions options;
    options.useCache = false;
    DashboardOptions without;
    without.runDoctor = false;
    const Dashboard quick = buildDashboard(indexSite(site(), options).value(), m_now, without);
    QVERIFY(!quick.doctorRan);
    QVERIFY(quick.problems.isEmpty());
    QCOMPARE(quick.posts, 7);
}

QTEST_GUILESS_MAIN(tst_Dashboard)
#include "tst_dashboard.moc"
