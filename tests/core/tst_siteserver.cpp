// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// SiteServer runs the real hugo on a site generated into a temporary folder:
// the unsaved text is what hugo serves, the site's own mounts stay, errors
// come back with the post's file and line, a hugo too old for the site or
// missing is refused with a message, a killed hugo is started again, and
// nothing in the site changes.
#include "sitepreview/hugooutput.h"
#include "sitepreview/hugoversion.h"
#include "sitepreview/scrollanchor.h"
#include "sitepreview/siteserver.h"
#include "sitepreview/themebodypatch.h"
#include "snapshot/postsnapshot.h"

#include "support/sitepreviewsupport.h"
#include "support/testfiles.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace postwright;
using namespace postwright::testing;

namespace {

constexpr int hugoTimeout = 90000;

QString firstPost(const QString &site)
{
    const QStringList posts = QDir(site + QStringLiteral("/content/posts")).entryList({QStringLiteral("0*.md")}, QDir::Files, QDir::Name);
    return posts.isEmpty() ? QString() : site + QStringLiteral("/content/posts/") + posts.first();
}

} // namespace

class TestSiteServer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void parsesHugoLines();
    void parsesVersionsAndHints();
    void asksEachHugoBinaryOnceUntilItChanges();
    void findsTheScrollAnchorOfALine();
    void patchesOnlyTheEditedBlocks();
    void servesTheUnsavedPost();
    void keepsTheSitesOwnMounts();
    void servesAPostOfASiteWithAContentFolderPerLanguage();
    void writesNothingWhenTheConfigFolderAsks();
    void servesTheUnsavedPostWithMountsInTheConfigFolder();
    void reportsErrorsAtThePostsLine();
    void failsWithTheTemplateErrorAtStart();
    void refusesHugoTooOldForTheSite();
    void reportsMissingHugo();
    void restartsWhenHugoDies();
    void stopsAHugoThatNeverServes();

private:
    bool makeSite(int posts = 5);
    QTemporaryDir m_dir;
    QTemporaryDir m_cache;
    QString m_site;
};

void TestSiteServer::init()
{
    QVERIFY(m_dir.isValid());
    m_site = m_dir.path() + QStringLiteral("/site-") + QString::number(QDateTime::currentMSecsSinceEpoch());
}

bool TestSiteServer::makeSite(int posts)
{
    if (QStandardPaths::findExecutable(QStringLiteral("hugo")).isEmpty())
        return false;
    return generateHugoSite(m_site, posts);
}

void TestSiteServer::parsesHugoLines()
{
    ServerLine line = parseHugoLine(u"Web Server is available at http://127.0.0.1:4242/blog/ (bind address 127.0.0.1)");
    QCOMPARE(line.kind, ServerLine::Kind::Serving);
    QCOMPARE(line.url, QUrl(QStringLiteral("http://127.0.0.1:4242/blog/")));
    QCOMPARE(parseHugoLine(u"Change detected, rebuilding site.").kind, ServerLine::Kind::ChangeDetected);
    line = parseHugoLine(u"Total in 115 ms");
    QCOMPARE(line.kind, ServerLine::Kind::Built);
    QCOMPARE(line.milliseconds, 115);
    QCOMPARE(parseHugoLine(u"Built in 402 ms").milliseconds, 402);
    line = parseHugoLine(u"ERROR 2026/12/07 00:25:43 Rebuild failed: \"/s/layouts/_default/single.html:4:1\": "
                         u"parse failed: template: _default/single.html:4: unexpected \"<\" in operand");
    QCOMPARE(line.kind, ServerLine::Kind::Error);
    QCOMPARE(line.error.path, QStringLiteral("/s/layouts/_default/single.html"));
    QCOMPARE(line.error.line, 4);
    QCOMPARE(line.error.column, 1);
    QCOMPARE(line.error.message, QStringLiteral("parse failed: unexpected \"<\" in operand"));
    line = parseHugoLine(u"Error: Error building site: something without a place");
    QCOMPARE(line.kind, ServerLine::Kind::Error);
    QVERIFY(line.error.path.isEmpty());
    QCOMPARE(line.error.message, QStringLiteral("Error building site: something without a place"));
    QCOMPARE(parseHugoLine(u"  Pages            | 188  ").kind, ServerLine::Kind::Other);
}

void TestSiteServer::parsesVersionsAndHints()
{
    const auto version = parseHugoVersion(u"hugo v0.111.3+extended linux/amd64 BuildDate=2023-03-16T08:41:31Z");
    QVERIFY(version);
    QCOMPARE(version->toString(), QStringLiteral("0.111.3"));
    QVERIFY(version->extended);
    QVERIFY(*parseHugoVersion(u"0.111.3") < *parseHugoVersion(u"v0.120"));
    QVERIFY(!(*parseHugoVersion(u"0.120.0") < *parseHugoVersion(u"0.111.3")));
    QVERIFY(!parseHugoVersion(u"latest"));

    QTemporaryDir site;
    QVERIFY(!siteHugoVersionHint(site.path()));
    writeFile(site.filePath(QStringLiteral("netlify.toml")),
              "[build]\ncommand = \"hugo\"\n[build.environment]\nHUGO_VERSION = \"0.121.1\"\n");
    auto hint = siteHugoVersionHint(site.path());
    QVERIFY(hint);
    QCOMPARE(hint->version.toString(), QStringLiteral("0.121.1"));
    QCOMPARE(hint->file, QStringLiteral("netlify.toml"));
    writeFile(site.filePath(QStringLiteral(".hugo_version")), "0.125.0\n");
    hint = siteHugoVersionHint(site.path());
    QCOMPARE(hint->version.toString(), QStringLiteral("0.125.0"));
    QCOMPARE(hint->file, QStringLiteral(".hugo_version"));
}

// `hugo version` costs a process start: it is asked once per binary in a
// process, and again when the file at that path changes; a folder without a
// config (which hugo does not build) does not ask at all.
void TestSiteServer::asksEachHugoBinaryOnceUntilItChanges()
{
    QTemporaryDir dir;
    const QString counter = dir.filePath(QStringLiteral("runs"));
    const QString hugo = dir.filePath(QStringLiteral("bin/hugo"));
    auto writeHugo = [&](const char *version) {
        QFile::remove(hugo);
        writeFile(hugo, QByteArray("#!/bin/sh\necho run >> '") + counter.toUtf8() + "'\necho 'hugo v" + version
                            + "+extended linux/amd64 BuildDate=unknown'\n");
        QFile::setPermissions(hugo, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    };
    auto runs = [&] { return readAll(counter).count('\n'); };
    writeHugo("0.120.1");

    QCOMPARE(probeHugo(hugo).version->toString(), QStringLiteral("0.120.1"));
    QCOMPARE(probeHugo(hugo).version->toString(), QStringLiteral("0.120.1"));
    QCOMPARE(runs(), 1);

    // The CLI rendering a post of a folder without a config (hugo from the
    // PATH): no hugo started.
    const QString site = dir.filePath(QStringLiteral("site"));
    writeFile(site + QStringLiteral("/content/posts/a.md"), "---\ntitle: A\n---\nWords.\n");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATH"), dir.filePath(QStringLiteral("bin")) + QStringLiteral(":/usr/bin:/bin"));
    for (int i = 0; i < 2; ++i) {
        QProcess cli;
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(POSTWRIGHT_CLI), {QStringLiteral("render"), QStringLiteral("--fragment"),
                                                   site + QStringLiteral("/content/posts/a.md")});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY(cli.readAllStandardOutput().contains("Words."));
    }
    QCOMPARE(runs(), 1);

    // An upgrade at the same path is asked again.
    writeHugo("0.121.0");
    QCOMPARE(probeHugo(hugo).version->toString(), QStringLiteral("0.121.0"));
    QCOMPARE(runs(), 2);
}

void TestSiteServer::findsTheScrollAnchorOfALine()
{
    const QString text = QStringLiteral("---\ntitle: T\n---\n\n## First *part*\n\nSome [linked words](https://x.org) in a **long** paragraph here.\n"
                                        "\n```\n# not a heading\n```\n\n- A list item with `code` and more words\n");
    ScrollAnchor anchor = scrollAnchorAt(text, 2);
    QVERIFY(anchor.heading.isEmpty() && anchor.block.isEmpty());
    anchor = scrollAnchorAt(text, 7);
    QCOMPARE(anchor.heading, QStringLiteral("First part"));
    QCOMPARE(anchor.block, QStringLiteral("Some linked words in a long"));
    anchor = scrollAnchorAt(text, 13);
    QCOMPARE(anchor.heading, QStringLiteral("First part"));
    QCOMPARE(anchor.block, QStringLiteral("A list item with code and"));
}

void TestSiteServer::patchesOnlyTheEditedBlocks()
{
    const auto blocksOf = [](const QString &text) {
        SnapshotSettings settings;
        settings.checkContext = CheckContext();
        return takeSnapshot(text, QString(), settings).blocks;
    };
    const QString head = QStringLiteral("---\ntitle: T\n---\n\n# One\n\nA\n\nB\n\nC\n\nD\n\nE\n\n");
    const BodyBlocks shown = blocksOf(head + QStringLiteral("Middle words\n\nF\n\nG\n\nH\n\nI\n"));
    // The same blocks: nothing to patch.
    QVERIFY(!themeBodyPatch(shown, blocksOf(head + QStringLiteral("Middle words\n\nF\n\nG\n\nH\n\nI\n"))));
    // A paragraph edited, and a line added above it (source lines move, the HTML does not).
    std::optional<ThemeBodyPatch> patch
        = themeBodyPatch(shown, blocksOf(QStringLiteral("---\ntitle: T\nx: 1\n---\n\n# One\n\nA\n\nB\n\nC\n\nD\n\nE\n\n"
                                                       "Middle words typed\n\nF\n\nG\n\nH\n\nI\n")));
    QVERIFY(patch);
    QCOMPARE(patch->removed, QStringList{QStringLiteral("<p>Middle words</p>\n")});
    QCOMPARE(patch->inserted, QStringList{QStringLiteral("<p>Middle words typed</p>\n")});
    // Three unchanged blocks on each side, without source positions.
    QCOMPARE(patch->before, QStringList({QStringLiteral("<p>C</p>\n"), QStringLiteral("<p>D</p>\n"), QStringLiteral("<p>E</p>\n")}));
    QCOMPARE(patch->after, QStringList({QStringLiteral("<p>F</p>\n"), QStringLiteral("<p>G</p>\n"), QStringLiteral("<p>H</p>\n")}));
    // A block added at the end: nothing after, nothing removed.
    patch = themeBodyPatch(shown, blocksOf(head + QStringLiteral("Middle words\n\nF\n\nG\n\nH\n\nI\n\nJ new\n")));
    QVERIFY(patch);
    QVERIFY(patch->removed.isEmpty() && patch->after.isEmpty());
    QCOMPARE(patch->inserted, QStringList{QStringLiteral("<p>J new</p>\n")});
    QCOMPARE(patch->before.size(), 3);
    QCOMPARE(withoutSourcePositions(u"<p data-sourcepos=\"3:1-3:5\">x</p>"), QStringLiteral("<p>x</p>"));
}

void TestSiteServer::servesTheUnsavedPost()
{
    if (!makeSite())
        QSKIP("needs hugo and ../shared/tools/gen_corpus.py");
    const QByteArray before = siteTreeHash(m_site);
    const QString post = firstPost(m_site);
    const QByteArray onDisk = readAll(post);
    {
        SiteServer server;
        server.setCacheFolder(m_cache.path());
        QSignalSpy started(&server, &SiteServer::started);
        QSignalSpy failed(&server, &SiteServer::failed);
        QSignalSpy rebuilt(&server, &SiteServer::rebuilt);
        server.setPost(post, QString::fromUtf8(onDisk));
        server.start(m_site);
        QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty() || !failed.isEmpty(), hugoTimeout);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QCOMPARE(server.serverUrl().host(), QStringLiteral("127.0.0.1"));
        const QUrl page = server.postUrl();
        QVERIFY(page.isValid());
        HttpReply reply = httpGet(page);
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.body.contains("<p class=\"meta\">"));

        const QString typed = QString::fromUtf8(onDisk) + QStringLiteral("\nUnsaved words typed in Postwright.\n");
        server.setPost(post, typed);
        QTRY_VERIFY_WITH_TIMEOUT(!rebuilt.isEmpty(), hugoTimeout);
        reply = httpGet(page);
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.body.contains("<p>Unsaved words typed in Postwright.</p>"));
        // The site's layout around it.
        QVERIFY(reply.body.contains("<p class=\"meta\">"));
        QVERIFY(QFile::exists(server.logFile()));
        QVERIFY(readAll(server.logFile()).contains("Change detected"));
    }
    QCOMPARE(readAll(post), onDisk);
    QCOMPARE(siteTreeHash(m_site), before);
}

void TestSiteServer::keepsTheSitesOwnMounts()
{
    if (!makeSite())
        QSKIP("needs hugo and ../shared/tools/gen_corpus.py");
    writeFile(m_site + QStringLiteral("/notes/n.md"), "---\ntitle: A note\n---\nFrom the notes mount.\n");
    QFile config(m_site + QStringLiteral("/config.toml"));
    QVERIFY(config.open(QIODevice::Append));
    config.write("\n[module]\n[[module.mounts]]\nsource = \"content\"\ntarget = \"content\"\n"
                 "[[module.mounts]]\nsource = \"notes\"\ntarget = \"content/notes\"\n");
    config.close();
    const QByteArray before = siteTreeHash(m_site);
    const QString note = m_site + QStringLiteral("/notes/n.md");
    {
        SiteServer server;
        server.setCacheFolder(m_cache.path());
        QSignalSpy started(&server, &SiteServer::started);
        QSignalSpy failed(&server, &SiteServer::failed);
        server.setPost(note, QStringLiteral("---\ntitle: A note\n---\nThe note, edited.\n"));
        server.start(m_site);
        QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty() || !failed.isEmpty(), hugoTimeout);
        QVERIFY(failed.isEmpty());
        // The post in the mounted folder is the edited one; the posts of
        // content/ are still there.
        const HttpReply noteReply = httpGet(server.serverUrl().resolved(QUrl(QStringLiteral("notes/n/"))));
        QCOMPARE(noteReply.status, 200);
        QVERIFY(noteReply.body.contains("The note, edited."));
        const QString slug = QFileInfo(firstPost(m_site)).completeBaseName();
        QCOMPARE(httpGet(server.serverUrl().resolved(QUrl(QStringLiteral("posts/%1/").arg(slug)))).status, 200);
    }
    QCOMPARE(siteTreeHash(m_site), before);
}

// A site whose languages have content folders of their own: the preview
// mounts each for its language (a mount of all of content/ made every page
// every language's, and hugo stopped at the refs), and the unsaved post is
// served at its language's URL with its refs resolved.
void TestSiteServer::servesAPostOfASiteWithAContentFolderPerLanguage()
{
    if (QStandardPaths::findExecutable(QStringLiteral("hugo")).isEmpty())
        QSKIP("needs hugo");
    const QString site = m_dir.filePath(QStringLiteral("languages"));
    writeFile(site + QStringLiteral("/hugo.toml"),
              "baseURL = 'https://example.org/'\ntitle = 'Blog'\ndefaultContentLanguage = 'en'\n"
              "[languages.en]\ncontentDir = 'content/en'\nweight = 1\n[languages.de]\ncontentDir = 'content/de'\nweight = 2\n");
    writeFile(site + QStringLiteral("/layouts/_default/single.html"), "<main>{{ .Content }}</main>");
    writeFile(site + QStringLiteral("/layouts/_default/list.html"), "{{ .Title }}");
    writeFile(site + QStringLiteral("/content/en/posts/b.md"), "---\ntitle: Bee\n---\nb\n");
    writeFile(site + QStringLiteral("/content/de/posts/c.md"), "---\ntitle: Zeh\n---\nc\n");
    const QString post = site + QStringLiteral("/content/en/posts/a.md");
    writeFile(post, "---\ntitle: A\n---\nSaved.\n");
    const QByteArray before = siteTreeHash(site);
    {
        SiteServer server;
        server.setCacheFolder(m_cache.path());
        QSignalSpy started(&server, &SiteServer::started);
        QSignalSpy failed(&server, &SiteServer::failed);
        server.setPost(post, QStringLiteral("---\ntitle: A\n---\nUnsaved: [b]({{< relref \"/posts/b.md\" >}}) "
                                            "[c]({{< relref path=\"/posts/c.md\" lang=\"de\" >}})\n"));
        server.start(site);
        QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty() || !failed.isEmpty(), hugoTimeout);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        const HttpReply reply = httpGet(server.serverUrl().resolved(QUrl(QStringLiteral("posts/a/"))));
        QCOMPARE(reply.status, 200);
        QVERIFY2(reply.body.contains("Unsaved:"), reply.body.constData());
        QVERIFY2(reply.body.contains("/posts/b/\">b</a>") && reply.body.contains("/de/posts/c/\">c</a>"),
                 reply.body.constData());
    }
    QCOMPARE(siteTreeHash(site), before);
}

// A theme's config/_default/ that asks for hugo_stats.json (Tailwind) and
// keeps processed images in the site's resources/: hugo reads the config
// folder after --config, so only the environment keeps both out of the site.
void TestSiteServer::writesNothingWhenTheConfigFolderAsks()
{
    if (!makeSite())
        QSKIP("needs hugo and ../shared/tools/gen_corpus.py");
    writeFile(m_site + QStringLiteral("/config/_default/hugo.toml"), "resourceDir = \"resources\"\n[build]\nwriteStats = true\n");
    // A 1x1 PNG that the shortcode resizes (hugo writes the result into resourceDir).
    writeFile(m_site + QStringLiteral("/assets/dot.png"),
              QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=="));
    writeFile(m_site + QStringLiteral("/layouts/shortcodes/dot.html"),
              "{{ $d := (resources.Get \"dot.png\").Resize \"2x\" }}<img class=\"dot\" src=\"{{ $d.RelPermalink }}\">\n");
    const QByteArray before = siteTreeHash(m_site);
    const QString post = firstPost(m_site);
    const QString text = QString::fromUtf8(readAll(post)) + QStringLiteral("\n{{< dot >}}\n");
    {
        SiteServer server;
        server.setCacheFolder(m_cache.path());
        QSignalSpy started(&server, &SiteServer::started);
        QSignalSpy failed(&server, &SiteServer::failed);
        server.setPost(post, text);
        server.start(m_site);
        QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty() || !failed.isEmpty(), hugoTimeout);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        const HttpReply reply = httpGet(server.postUrl());
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.body.contains("class=\"dot\""));
    }
    QVERIFY(!QFile::exists(m_site + QStringLiteral("/hugo_stats.json")));
    QVERIFY(!QFile::exists(m_site + QStringLiteral("/resources/_gen")));
    QCOMPARE(siteTreeHash(m_site), before);
}

// The site's mounts in config/_default/module.toml: hugo takes the config
// folder's over --config files, so they must not hide the overlay.
void TestSiteServer::servesTheUnsavedPostWithMountsInTheConfigFolder()
{
    if (!makeSite())
        QSKIP("needs hugo and ../shared/tools/gen_corpus.py");
    writeFile(m_site + QStringLiteral("/notes/n.md"), "---\ntitle: A note\n---\nFrom the notes mount.\n");
    writeFile(m_site + QStringLiteral("/config/_default/module.toml"),
              "[[mounts]]\nsource = \"content\"\ntarget = \"content\"\n[[mounts]]\nsource = \"notes\"\ntarget = \"content/notes\"\n");
    // The same in the config folder's hugo.toml, beside settings that must stay.
    writeFile(m_site + QStringLiteral("/config/_default/hugo.toml"),
              "[params]\nauthor = \"Folder Author\"\n[module]\n[[module.mounts]]\nsource = \"content\"\ntarget = \"content\"\n"
              "[[module.mounts]]\nsource = \"notes\"\ntarget = \"content/notes\"\n");
    const QByteArray before = siteTreeHash(m_site);
    const QString post = firstPost(m_site);
    const QString typed = QString::fromUtf8(readAll(post)) + QStringLiteral("\nUnsaved words over a config folder.\n");
    {
        SiteServer server;
        server.setCacheFolder(m_cache.path());
        QSignalSpy started(&server, &SiteServer::started);
        QSignalSpy failed(&server, &SiteServer::failed);
        server.setPost(post, typed);
        server.start(m_site);
        QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty() || !failed.isEmpty(), hugoTimeout);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        const HttpReply reply = httpGet(server.postUrl());
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.body.contains("<p>Unsaved words over a config folder.</p>"));
        // The site's own mounts still apply.
        const HttpReply note = httpGet(server.serverUrl().resolved(QUrl(QStringLiteral("notes/n/"))));
        QCOMPARE(note.status, 200);
        QVERIFY(note.body.contains("From the notes mount."));
    }
    QCOMPARE(siteTreeHash(m_site), before);
}

void TestSiteServer::reportsErrorsAtThePostsLine()
{
    if (!makeSite())
        QSKIP("needs hugo and ../shared/tools/gen_corpus.py");
    const QString post = firstPost(m_site);
    const QString text = QString::fromUtf8(readAll(post));
    SiteServer server;
    server.setCacheFolder(m_cache.path());
    QSignalSpy started(&server, &SiteServer::started);
    QSignalSpy errors(&server, &SiteServer::buildFailed);
    server.setPost(post, text);
    server.start(m_site);
    QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty(), hugoTimeout);
    const QString broken = text + QStringLiteral("\n{{< no-such-shortcode >}}\n");
    server.setPost(post, broken);
    QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), hugoTimeout);
    const Error error = errors.first().first().value<Error>();
    QCOMPARE(error.path, QFileInfo(post).absoluteFilePath());
    QCOMPARE(error.line, int(broken.count(QLatin1Char('\n'))));
    QVERIFY2(error.message.contains(QLatin1String("no-such-shortcode")), qPrintable(error.message));
}

void TestSiteServer::failsWithTheTemplateErrorAtStart()
{
    if (!makeSite())
        QSKIP("needs hugo and ../shared/tools/gen_corpus.py");
    writeFile(m_site + QStringLiteral("/layouts/_default/single.html"), "{{ define \"main\" }}\n<article>\n{{ .Title \n</article>{{ end }}\n");
    SiteServer server;
    server.setCacheFolder(m_cache.path());
    QSignalSpy failed(&server, &SiteServer::failed);
    server.start(m_site);
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), hugoTimeout);
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(QLatin1String("layouts/_default/single.html:4:1")), qPrintable(message));
    QCOMPARE(server.state(), SiteServer::State::Stopped);
}

void TestSiteServer::refusesHugoTooOldForTheSite()
{
    if (!makeSite())
        QSKIP("needs hugo and ../shared/tools/gen_corpus.py");
    writeFile(m_site + QStringLiteral("/.hugo_version"), "0.999.0\n");
    SiteServer server;
    server.setCacheFolder(m_cache.path());
    QSignalSpy failed(&server, &SiteServer::failed);
    server.start(m_site);
    QCOMPARE(failed.size(), 1);
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(QLatin1String("0.999.0")) && message.contains(QLatin1String(".hugo_version")), qPrintable(message));
    QCOMPARE(server.state(), SiteServer::State::Stopped);
}

void TestSiteServer::reportsMissingHugo()
{
    QTemporaryDir site;
    writeFile(site.filePath(QStringLiteral("hugo.toml")), "title = \"x\"\n");
    writeFile(site.filePath(QStringLiteral("content/a.md")), "# A\n");
    SiteServer server;
    server.setCacheFolder(m_cache.path());
    server.setHugoBinary(site.filePath(QStringLiteral("no-such-hugo")));
    QSignalSpy failed(&server, &SiteServer::failed);
    server.start(site.path());
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.first().first().toString().contains(QLatin1String("no-such-hugo")));
}

void TestSiteServer::restartsWhenHugoDies()
{
    if (!makeSite())
        QSKIP("needs hugo and ../shared/tools/gen_corpus.py");
    SiteServer server;
    server.setCacheFolder(m_cache.path());
    QSignalSpy started(&server, &SiteServer::started);
    QSignalSpy restarted(&server, &SiteServer::restarted);
    server.start(m_site);
    QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty(), hugoTimeout);
    const qint64 first = server.processId();
    QVERIFY(first > 0);
    ::kill(pid_t(first), SIGKILL);
    QTRY_VERIFY_WITH_TIMEOUT(!restarted.isEmpty(), hugoTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(started.size(), 2, hugoTimeout);
    QVERIFY(server.processId() != first);
    QCOMPARE(httpGet(server.serverUrl()).status, 200);
}

// A template that loops for hours: hugo never serves. The preview gives up
// with a message after the start timeout, and hugo is stopped.
void TestSiteServer::stopsAHugoThatNeverServes()
{
    if (!makeSite())
        QSKIP("needs hugo and ../shared/tools/gen_corpus.py");
    const QString single = m_site + QStringLiteral("/layouts/_default/single.html");
    QByteArray layout = readAll(single);
    QVERIFY(layout.contains("<article>"));
    layout.replace("<article>", "<article>{{ range seq 1500 }}{{ range seq 1500 }}{{ range seq 1500 }}{{ end }}{{ end }}{{ end }}");
    writeFile(single, layout);
    SiteServer server;
    server.setCacheFolder(m_cache.path());
    server.setStartTimeout(3000);
    QSignalSpy started(&server, &SiteServer::started);
    QSignalSpy failed(&server, &SiteServer::failed);
    server.start(m_site);
    const qint64 pid = server.processId();
    QVERIFY(pid > 0);
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 30000);
    QVERIFY(started.isEmpty());
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(QLatin1String("hugo did not serve the site")), qPrintable(message));
    QCOMPARE(server.state(), SiteServer::State::Stopped);
    QCOMPARE(server.processId(), 0);
    QVERIFY(::kill(pid_t(pid), 0) != 0);
}

QTEST_GUILESS_MAIN(TestSiteServer)
#include "tst_siteserver.moc"
