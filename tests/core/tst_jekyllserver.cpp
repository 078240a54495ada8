// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The live site preview on a Jekyll site (issue 15): jekyll serve on a
// shadow source folder of links to the site, with the unsaved post as a
// real file. The real jekyll serves what was typed inside the site's own
// layout, a Liquid error comes back at the post's file line, gems the
// Gemfile needs are named, and nothing in the site changes.
#include "sitepreview/jekyllgenerator.h"
#include "sitepreview/siteserver.h"

#include "support/sitepreviewsupport.h"
#include "support/testfiles.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace postwright;
using namespace postwright::testing;

namespace {

constexpr int jekyllTimeout = 90000;

const char postText[] = "---\nlayout: post\ntitle: Hello\n---\nFirst words about {{ site.title }}.\n";

} // namespace

class TestJekyllServer : public QObject
{
    Q_OBJECT

private slots:
    void parsesJekyllLines();
    void readsGemNames();
    void mirrorsTheSiteWithLinks();
    void servesTheUnsavedPost();
    void namesTheGemsTheGemfileLacks();
    void servesAnUnsavedDraftAtItsUrl();
    void namesJekyllWhenTheFirstBuildFails();

private:
    bool hasJekyll() const { return !QStandardPaths::findExecutable(QStringLiteral("jekyll")).isEmpty(); }
};

void TestJekyllServer::parsesJekyllLines()
{
    QCOMPARE(parseJekyllLine(u"  Server running... press ctrl-c to stop.").kind, ServerLine::Kind::Serving);
    QCOMPARE(parseJekyllLine(u"      Regenerating: 1 file(s) changed at 2026-12-07 03:41:43").kind, ServerLine::Kind::ChangeDetected);
    ServerLine line = parseJekyllLine(u"                    ...done in 0.015127256 seconds.");
    QCOMPARE(line.kind, ServerLine::Kind::Built);
    QCOMPARE(line.milliseconds, 15);
    QCOMPARE(parseJekyllLine(u"                    done in 1.5 seconds.").milliseconds, 1500);
    line = parseJekyllLine(u"\x1b[31m  Liquid Exception: Liquid syntax error (line 3): Unknown tag 'foo' in /s/_posts/x.md\x1b[0m");
    QCOMPARE(line.kind, ServerLine::Kind::Error);
    QCOMPARE(line.error.path, QStringLiteral("/s/_posts/x.md"));
    QCOMPARE(line.error.line, 3);
    QCOMPARE(line.error.message, QStringLiteral("Liquid syntax error: Unknown tag 'foo'"));
    line = parseJekyllLine(u"jekyll 4.3.1 | Error:  (/s/_config.yml): did not find expected key while parsing a block mapping at line 2 column 1");
    QCOMPARE(line.kind, ServerLine::Kind::Error);
    QCOMPARE(line.error.path, QStringLiteral("/s/_config.yml"));
    QCOMPARE(line.error.line, 2);
    QCOMPARE(line.error.column, 1);
    QCOMPARE(parseJekyllLine(u"\x1b[33m             Error: Run jekyll build --trace for more information.\x1b[0m").kind,
             ServerLine::Kind::Other);
    QCOMPARE(parseJekyllLine(u"       Destination: /x/_site").kind, ServerLine::Kind::Other);
    QCOMPARE(missingGemsOf(QStringLiteral("The following gems are missing\n * minima (2.5.1)\n * jekyll-feed (0.17.0)\n")),
             QStringList({QStringLiteral("minima (2.5.1)"), QStringLiteral("jekyll-feed (0.17.0)")}));
}

void TestJekyllServer::readsGemNames()
{
    QCOMPARE(gemNamesOf(QStringLiteral("source \"https://rubygems.org\"\ngem \"jekyll\", \"~> 4.3\"\n"
                                       "group :jekyll_plugins do\n  gem 'jekyll-feed'\nend\n# gem \"commented\"\n")),
             QStringList({QStringLiteral("jekyll"), QStringLiteral("jekyll-feed")}));
}

void TestJekyllServer::mirrorsTheSiteWithLinks()
{
    QTemporaryDir dir;
    const QString site = dir.filePath(QStringLiteral("site"));
    const QString shadow = dir.filePath(QStringLiteral("shadow"));
    writeJekyllFixtureSite(site, postText);
    writeFile(site + QStringLiteral("/_site/index.html"), "old output\n");
    const QByteArray before = siteTreeHash(site);

    QCOMPARE(syncShadowSource(site, shadow, QStringLiteral("_posts/2024-01-02-hello.md")), QString());
    QVERIFY(QFileInfo(shadow + QStringLiteral("/_config.yml")).isSymLink());
    QVERIFY(QFileInfo(shadow + QStringLiteral("/_layouts")).isSymLink());
    // Along the post's path: real folders, links inside, no link at the post.
    QVERIFY(!QFileInfo(shadow + QStringLiteral("/_posts")).isSymLink());
    QVERIFY(QFileInfo(shadow + QStringLiteral("/_posts/2024-01-03-other.md")).isSymLink());
    QVERIFY(!QFileInfo::exists(shadow + QStringLiteral("/_posts/2024-01-02-hello.md")));
    // What jekyll writes, and its output, are not linked.
    QVERIFY(!QFileInfo(shadow + QStringLiteral("/.jekyll-metadata")).isSymLink());
    QVERIFY(!QFileInfo(shadow + QStringLiteral("/_site")).isSymLink());

    // Another post: the first one is a link again.
    writeFile(shadow + QStringLiteral("/_posts/2024-01-02-hello.md"), "unsaved\n");
    QCOMPARE(syncShadowSource(site, shadow, QStringLiteral("about.md"), QStringLiteral("_posts/2024-01-02-hello.md")), QString());
    QVERIFY(QFileInfo(shadow + QStringLiteral("/_posts/2024-01-02-hello.md")).isSymLink());
    QVERIFY(!QFileInfo::exists(shadow + QStringLiteral("/about.md")));
    // A file added to the site later appears; one removed goes.
    writeFile(site + QStringLiteral("/_posts/2024-01-04-new.md"), "---\ntitle: New\n---\n");
    QFile::remove(site + QStringLiteral("/_posts/2024-01-03-other.md"));
    QCOMPARE(syncShadowSource(site, shadow, QStringLiteral("_posts/2024-01-04-new.md"), QStringLiteral("about.md")), QString());
    QVERIFY(!QFileInfo(shadow + QStringLiteral("/_posts/2024-01-03-other.md")).isSymLink());
    QVERIFY(QFileInfo(shadow + QStringLiteral("/about.md")).isSymLink());
    writeFile(site + QStringLiteral("/_posts/2024-01-03-other.md"), "---\nlayout: post\ntitle: Other\n---\nOther post.\n");
    QFile::remove(site + QStringLiteral("/_posts/2024-01-04-new.md"));

    // Removing the shadow removes links, never what they point at.
    QVERIFY(QDir(shadow).removeRecursively());
    QCOMPARE(siteTreeHash(site), before);
}

void TestJekyllServer::servesTheUnsavedPost()
{
    if (!hasJekyll())
        QSKIP("needs jekyll");
    QTemporaryDir dir;
    QTemporaryDir cache;
    const QString site = dir.filePath(QStringLiteral("site"));
    writeJekyllFixtureSite(site, postText);
    const QString post = site + QStringLiteral("/_posts/2024-01-02-hello.md");
    const QByteArray before = siteTreeHash(site);
    {
        SiteServer server;
        server.setCacheFolder(cache.path());
        QSignalSpy started(&server, &SiteServer::started);
        QSignalSpy failed(&server, &SiteServer::failed);
        QSignalSpy rebuilt(&server, &SiteServer::rebuilt);
        QSignalSpy buildFailed(&server, &SiteServer::buildFailed);
        server.setPost(post, QString::fromUtf8(postText));
        server.start(site);
        QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty() || !failed.isEmpty(), jekyllTimeout);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QCOMPARE(server.generatorName(), QStringLiteral("jekyll"));
        const QUrl page = server.postUrl();
        QCOMPARE(page.path(), QStringLiteral("/blog/2024/01/02/hello.html"));
        HttpReply reply;
        QTRY_VERIFY_WITH_TIMEOUT((reply = httpGet(page)).status == 200, 10000);
        QVERIFY2(reply.body.contains("<p>First words about Shadow Fixture.</p>"), reply.body.constData());

        // Typed, not saved: served inside the site's layout, its include too.
        const QString typed = QString::fromUtf8(postText) + QStringLiteral("\nUnsaved words typed in Postwright.\n");
        server.setPost(post, typed);
        QTRY_VERIFY_WITH_TIMEOUT(!rebuilt.isEmpty(), jekyllTimeout);
        reply = httpGet(page);
        QVERIFY2(reply.body.contains("<div class=\"fixture-post\">"), reply.body.constData());
        QVERIFY(reply.body.contains("<p>Unsaved words typed in Postwright.</p>"));
        QVERIFY(reply.body.contains("<footer class=\"fixture-footer\">Shadow Fixture</footer>"));

        // A Liquid error: at the post's own line (the body's second line is file line 6).
        server.setPost(post, QString::fromUtf8(postText) + QStringLiteral("Broken {% nosuchtag %} here.\n"));
        QTRY_VERIFY_WITH_TIMEOUT(!buildFailed.isEmpty(), jekyllTimeout);
        const Error error = buildFailed.first().first().value<Error>();
        QCOMPARE(error.path, post);
        QCOMPARE(error.line, 6);
        QVERIFY2(error.message.contains(QStringLiteral("nosuchtag")), qPrintable(error.message));
        // The last good page stays.
        QVERIFY(httpGet(page).body.contains("<p>Unsaved words typed in Postwright.</p>"));

        // Fixed: served again.
        rebuilt.clear();
        server.setPost(post, QString::fromUtf8(postText) + QStringLiteral("Fixed again.\n"));
        QTRY_VERIFY_WITH_TIMEOUT(!rebuilt.isEmpty(), jekyllTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(httpGet(page).body.contains("Fixed again."), 10000);

        // Another post: the first one is the saved file again.
        rebuilt.clear();
        server.setPost(site + QStringLiteral("/about.md"), QStringLiteral("---\nlayout: post\ntitle: About\n---\nAbout, edited.\n"));
        QCOMPARE(server.postUrl().path(), QStringLiteral("/blog/about.html"));
        QTRY_VERIFY_WITH_TIMEOUT(httpGet(server.postUrl()).body.contains("About, edited."), jekyllTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(httpGet(page).body.contains("<p>First words about Shadow Fixture.</p>"), jekyllTimeout);
        QVERIFY(readAll(server.logFile()).contains("Regenerating"));
    }
    QCOMPARE(readAll(post), QByteArray(postText));
    QCOMPARE(siteTreeHash(site), before);
}

void TestJekyllServer::namesTheGemsTheGemfileLacks()
{
    if (!hasJekyll() || QStandardPaths::findExecutable(QStringLiteral("bundle")).isEmpty())
        QSKIP("needs jekyll and bundler");
    QTemporaryDir dir;
    QTemporaryDir cache;
    const QString site = dir.filePath(QStringLiteral("site"));
    writeJekyllFixtureSite(site, postText);
    writeFile(site + QStringLiteral("/Gemfile"), "source \"https://rubygems.org\"\ngem \"jekyll\"\ngem \"postwright-no-such-theme\"\n");
    const QByteArray before = siteTreeHash(site);
    SiteServer server;
    server.setCacheFolder(cache.path());
    QSignalSpy failed(&server, &SiteServer::failed);
    server.start(site);
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), jekyllTimeout);
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(QStringLiteral("postwright-no-such-theme")), qPrintable(message));
    QVERIFY(!message.contains(QStringLiteral("jekyll,")));
    QCOMPARE(server.state(), SiteServer::State::Stopped);
    // No Gemfile.lock or .bundle/ in the site.
    QCOMPARE(siteTreeHash(site), before);
}

// A draft without a date (Jekyll dates it by its file) saved long ago: the
// preview opens the page jekyll serves it at.
void TestJekyllServer::servesAnUnsavedDraftAtItsUrl()
{
    if (!hasJekyll())
        QSKIP("needs jekyll");
    QTemporaryDir dir;
    QTemporaryDir cache;
    const QString site = dir.filePath(QStringLiteral("site"));
    writeJekyllFixtureSite(site, postText);
    const QString draft = site + QStringLiteral("/_drafts/a-draft.md");
    writeFile(draft, "---\nlayout: post\ntitle: A draft\n---\nDraft words.\n");
    {
        QFile file(draft);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(QDateTime(QDate(2020, 3, 4), QTime(12, 0)), QFileDevice::FileModificationTime));
    }
    const QByteArray before = siteTreeHash(site);
    {
        SiteServer server;
        server.setCacheFolder(cache.path());
        QSignalSpy started(&server, &SiteServer::started);
        QSignalSpy failed(&server, &SiteServer::failed);
        server.setPost(draft, QStringLiteral("---\nlayout: post\ntitle: A draft\n---\nDraft words, unsaved.\n"));
        server.start(site);
        QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty() || !failed.isEmpty(), jekyllTimeout);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        HttpReply reply;
        QTRY_VERIFY2_WITH_TIMEOUT((reply = httpGet(server.postUrl())).status == 200, qPrintable(server.postUrl().toString()), 10000);
        QVERIFY2(reply.body.contains("<p>Draft words, unsaved.</p>"), qPrintable(server.postUrl().toString()));
    }
    QCOMPARE(siteTreeHash(site), before);
}

// jekyll serve stops when its first build fails: the message names jekyll
// and its error, with the post's file and line.
void TestJekyllServer::namesJekyllWhenTheFirstBuildFails()
{
    if (!hasJekyll())
        QSKIP("needs jekyll");
    QTemporaryDir dir;
    QTemporaryDir cache;
    const QString site = dir.filePath(QStringLiteral("site"));
    writeJekyllFixtureSite(site, postText);
    writeFile(site + QStringLiteral("/_posts/2024-01-03-other.md"), "---\nlayout: post\ntitle: Other\n---\nBroken {% nosuchtag %} here.\n");
    SiteServer server;
    server.setCacheFolder(cache.path());
    QSignalSpy failed(&server, &SiteServer::failed);
    server.start(site);
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), jekyllTimeout);
    const QString message = failed.first().first().toString();
    QVERIFY2(message.startsWith(QLatin1String("jekyll could not build the site")), qPrintable(message));
    // At the file's line (Liquid counts the body's: its first line is the file's fifth).
    QVERIFY2(message.contains(QLatin1String("nosuchtag")) && message.contains(QLatin1String("2024-01-03-other.md:5")), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("hugo")), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestJekyllServer)
#include "tst_jekyllserver.moc"
