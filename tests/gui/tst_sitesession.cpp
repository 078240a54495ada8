// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The open site without a window: index, outside changes, term edits, file
// operations and the doctor's context, as the project panel shows them.
#include "project/sitesession.h"
#include "site/indexcache.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "support/testfiles.h"

using namespace postwright;
using namespace postwright::testing;

namespace {

bool openAndWait(SiteSession &session, const QString &root)
{
    QSignalSpy opened(&session, &SiteSession::opened);
    session.openSite(root);
    return opened.wait(10000) && session.hasIndex();
}

int brokenRefs(const QString &path, const CheckContext &context)
{
    const Result<Post> post = Post::load(path);
    if (!post)
        return -1;
    int n = 0;
    for (const Finding &f : checkPost(post.value(), context))
        n += f.code == QLatin1String("broken-ref");
    return n;
}

} // namespace

class TestSiteSession final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_site;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName("PostwrightTests");
        QCoreApplication::setApplicationName("tst_sitesession");
    }

    void init()
    {
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
        m_site = m_dir.filePath("hugo");
        copyFolder(POSTWRIGHT_TEST_DATA "/sites/hugo", m_site);
    }

    void opensTheSiteAndFollowsTheDisk()
    {
        SiteSession session;
        QSignalSpy changed(&session, &SiteSession::indexChanged);
        QVERIFY(openAndWait(session, m_site));
        QCOMPARE(session.root(), m_site);
        QCOMPARE(session.config().kind, SiteKind::Hugo);
        QVERIFY(session.index().post("content/posts/published.md"));
        QCOMPARE(changed.size(), 1);
        QVERIFY(!session.openSite(m_site));   // the same site: nothing to do

        // A post written by another program shows up.
        session.watcher()->setDelay(20);
        writeFile(m_site + "/content/posts/outside.md", "---\ntitle: Written outside\ntags: [outside]\n---\nHi\n");
        QTRY_VERIFY_WITH_TIMEOUT(session.index().post("content/posts/outside.md"), 10000);
        QCOMPARE(session.index().post("content/posts/outside.md")->title, QString("Written outside"));
        QVERIFY(changed.size() >= 2);
        QCOMPARE(session.index().termCounts("tags").value("outside"), 1);

        session.closeSite();
        QVERIFY(session.root().isEmpty());
        QVERIFY(!session.hasIndex());
    }

    void tagRenameIsWrittenAndReported()
    {
        SiteSession session;
        QVERIFY(openAndWait(session, m_site));
        QSignalSpy changed(&session, &SiteSession::indexChanged);
        QSignalSpy message(&session, &SiteSession::message);
        TermEdit edit;
        edit.kind = TermEdit::Kind::Rename;
        edit.taxonomy = "tags";
        edit.term = "go";
        edit.replacement = "golang";
        const TermEditReport report = session.applyTermEdit(edit);
        QStringList written = report.written;
        written.sort();
        QCOMPARE(written, (QStringList{"content/posts/bundle/index.md", "content/posts/published.md"}));
        QVERIFY(report.failed.isEmpty());
        QVERIFY(readAll(m_site + "/content/posts/published.md").contains("tags: [golang, hugo]"));
        // The new counts come at once, without waiting for the watcher.
        QVERIFY(!changed.isEmpty());
        const SiteIndex updated = changed.first().first().value<SiteIndex>();
        QCOMPARE(updated.termCounts("tags").value("golang"), 2);
        QVERIFY(!updated.termCounts("tags").contains("go"));
        QCOMPARE(message.size(), 1);
        QCOMPARE(message.first().first().toString(), QString("\"go\": files changed: 2"));
    }

    void declinedOrFailedFileOperationsChangeNothing()
    {
        SiteSession session;
        QVERIFY(openAndWait(session, m_site));
        const QMap<QString, QByteArray> before = snapshot(m_site);
        QSignalSpy moved(&session, &SiteSession::postMoved);

        // The post the new name would replace is there: refused, with why.
        const Result<QString> renamed = session.renamePost("content/posts/draft.md", "published");
        QVERIFY(!renamed);
        QVERIFY(!SiteSession::wasCanceled(renamed.error()));
        QVERIFY2(renamed.error().toString().contains("published.md") && renamed.error().toString().contains("exists already"),
                 qPrintable(renamed.error().toString()));
        QCOMPARE(snapshot(m_site), before);
        QVERIFY(moved.isEmpty());

        // The user said no (the open post is not saved): nothing happens, and it is no error to show.
        session.setChangeGuard([](const QString &) { return false; });
        const Result<Success> trashed = session.trashPost("content/posts/published.md");
        QVERIFY(!trashed);
        QVERIFY(SiteSession::wasCanceled(trashed.error()));
        QCOMPARE(snapshot(m_site), before);

        // Allowed: the post moves, and the session says where to.
        session.setChangeGuard({});
        const Result<QString> done = session.renamePost("content/posts/draft.md", "renamed-draft");
        QVERIFY2(done, done ? "" : qPrintable(done.error().toString()));
        QCOMPARE(moved.size(), 1);
        QCOMPARE(moved.first().at(0).toString(), m_site + "/content/posts/draft.md");
        QCOMPARE(moved.first().at(1).toString(), m_site + "/" + done.value());
    }

    void doctorContextFollowsTheSite()
    {
        SiteSession session;
        QVERIFY(openAndWait(session, m_site));
        session.watcher()->setDelay(20);
        const QString post = m_site + "/content/posts/refs.md";
        writeFile(post, "---\ntitle: Refs\n---\nSee {{< ref \"later.md\" >}}.\n");
        QCOMPARE(brokenRefs(post, session.checkContextFor(post)), 1);
        // The page is written outside: once the session sees it, the ref resolves.
        writeFile(m_site + "/content/posts/later.md", "---\ntitle: Later\n---\n");
        QTRY_VERIFY_WITH_TIMEOUT(session.index().post("content/posts/later.md"), 10000);
        QCOMPARE(brokenRefs(post, session.checkContextFor(post)), 0);
    }
};

QTEST_GUILESS_MAIN(TestSiteSession)
#include "tst_sitesession.moc"
