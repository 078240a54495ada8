// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// postwright-cli export over a hostile site (tests/hostile/README.md): the
// export publishes only what the site publishes, and every refusal is a
// warning with its file and line.
#include "support/testfiles.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using postwright::testing::readAll;
using postwright::testing::snapshot;
using postwright::testing::writeFile;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QStringList err;   // lines
};

Run cli(const QStringList &args, const QString &workingDirectory)
{
    QProcess process;
    process.setWorkingDirectory(workingDirectory);
    process.start(QStringLiteral(POSTWRIGHT_CLI), args);
    process.waitForFinished(120000);
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return run;
}

// Every path below root that is not a folder (files and links), sorted.
QStringList listing(const QString &root)
{
    QStringList paths;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        paths.append(QDir(root).relativeFilePath(it.next()));
    paths.sort();
    return paths;
}

qsizetype count(const QByteArray &haystack, const QByteArray &needle)
{
    qsizetype n = 0;
    for (qsizetype at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1))
        ++n;
    return n;
}

const QString refused = QStringLiteral("is not copied: ");
const QString removedMeta = QStringLiteral(" removed: a post may not redirect its page or set its headers "
                                           "(a redirect belongs in the front matter's aliases)");

} // namespace

class tst_HostileExport : public QObject
{
    Q_OBJECT

private:
    void buildSite();

    QTemporaryDir m_root;
    QString m_site;
    QString m_outside;
    QString m_out;
    Run m_first;
    Run m_second;
    QMap<QString, QByteArray> m_afterFirst;
    QStringList m_listedAfterFirst;

private slots:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        buildSite();
        if (QTest::currentTestFailed())
            return;
        m_first = cli({"export", ".", "-o", m_out}, m_site);
        m_afterFirst = snapshot(m_out);
        m_listedAfterFirst = listing(m_out);
        m_second = cli({"export", ".", "-o", m_out}, m_site);
    }

    // Posts that claim what the export writes are errors: exit code 1.
    void summary()
    {
        QCOMPARE(m_first.exitCode, 1);
        QVERIFY2(m_first.out.contains(QLatin1String(": 10 post(s); 23 page(s) written, 0 unchanged, 9 failed; "
                                                    "6 file(s) copied; 40 warning(s);")),
                 qPrintable(m_first.out));
    }

    // The exact list of files in OUT.
    void outputFiles()
    {
        const QStringList expected{
            ".postwright-export",
            "categories/index.html",
            "categories/index.xml",   // hugo's feed of every list
            "categories/page/1/index.html",
            "htaccess/index.html",
            "images/ok.png",
            "index.html",
            "index.xml",
            "page/1/index.html",   // hugo's redirects to each list's first page
            "posts/bundle/data.json",
            "posts/bundle/index.html",
            "posts/bundle/pic.png",
            "posts/diagram.png",
            "posts/index.html",   // the section's list page, as hugo writes it
            "posts/index.xml",
            "posts/linked-folder-inside/post-in-folder/index.html",
            "posts/linked-inside/index.html",
            "posts/markers/index.html",
            "posts/meta/index.html",
            "posts/page/1/index.html",
            "posts/scripts/index.html",
            "posts/secrets/index.html",
            "postwright-export/index.html",
            "postwright.css",
            "postwright.js",   // the copy buttons of code blocks
            "same/index.html",
            "sitemap.xml",
            "tags/hostile/index.html",
            "tags/hostile/index.xml",
            "tags/hostile/page/1/index.html",
            "tags/index.html",
            "tags/index.xml",
            "tags/page/1/index.html",
            "tags/pw-body/index.html",
            "tags/pw-body/index.xml",
            "tags/pw-body/page/1/index.html",
        };
        QCOMPARE(m_listedAfterFirst, expected);
        // Copies are the site's files, byte for byte.
        QCOMPARE(m_afterFirst.value("images/ok.png"), QByteArray("PUBLIC-STATIC-IMAGE\n"));
        QCOMPARE(m_afterFirst.value("posts/diagram.png"), QByteArray("PUBLIC-BESIDE-IMAGE\n"));
        QCOMPARE(m_afterFirst.value("posts/bundle/pic.png"), QByteArray("PUBLIC-BUNDLE-IMAGE\n"));
        QCOMPARE(m_afterFirst.value("posts/bundle/data.json"), QByteArray("{\"public\": \"PUBLIC-BUNDLE-DATA\"}\n"));
    }

    // No byte of a secret reaches OUT, under any name.
    void nothingSecret()
    {
        for (auto it = m_afterFirst.cbegin(); it != m_afterFirst.cend(); ++it)
            QVERIFY2(!it.value().contains("HOSTILE-SECRET"), qPrintable(it.key()));
    }

    void pages_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QStringList>("present");
        QTest::addColumn<QStringList>("absent");

        QTest::newRow("links to secrets stay as written, the published files are copied")
            << "posts/secrets/index.html"
            << QStringList{"PUBLIC-SECRETS-TEXT", "<a href=\"../../.env\">setup</a>",
                           "<a href=\"../../.git/config\">repo</a>", "<img src=\"../../data/secrets.yaml\" alt=\"c\"",
                           "<img src=\"../../images/ok.png\" alt=\"ok\"", "<img src=\"../diagram.png\" alt=\"beside\"",
                           "<img src=\"/images/env.png\" alt=\"env link\"", "<img src=\"notes.txt\" alt=\"notes\""}
            << QStringList{"HOSTILE", "<img src=\"../notes.txt\""};
        QTest::newRow("bundle resources of any type, never a hidden one")
            << "posts/bundle/index.html"
            << QStringList{"PUBLIC-BUNDLE-TEXT", "<img src=\"pic.png\" alt=\"pic\"", "<a href=\"data.json\">data</a>",
                           "<a href=\".secret\">secret</a>"}
            << QStringList{};
        QTest::newRow("a linked post inside the site")
            << "posts/linked-inside/index.html" << QStringList{"PUBLIC-LINKED-INSIDE"} << QStringList{};
        QTest::newRow("a post in a linked folder inside the site")
            << "posts/linked-folder-inside/post-in-folder/index.html" << QStringList{"PUBLIC-LINKED-FOLDER"}
            << QStringList{};
        QTest::newRow("meta http-equiv removed, the text stays")
            << "posts/meta/index.html"
            << QStringList{"Before the refresh.", "After. PUBLIC-META-TEXT", "Inline <!----> cookie.",
                           "<div><!----></div>"}
            << QStringList{"http-equiv=\"refresh\"", "0;url=", "Set-Cookie", "session=stolen", "script-src *"};
        QTest::newRow("every script link is \"#\"")
            << "posts/scripts/index.html"
            << QStringList{"<a href=\"#\">colon</a>", "<a href=\"#\">no semicolon</a>", "<a href=\"#\">leading zeros</a>",
                           "<a href=\"#\">unquoted</a>", "<a href=\"#\">tab</a>", "<a xlink:href=\"#\"><text>svg</text></a>",
                           "<button formaction=\"#\">button</button>", "<a href=\"#\">markdown</a>",
                           "<a href=\"#\">hex</a>", "<A HREF='#'>case</A>",
                           "<a href=\"https://example.com/ok\">fine</a> PUBLIC-SCRIPTS-TEXT"}
            << QStringList{"alert(", "&colon;", "&#106", "&Tab;"};
        QTest::newRow("control characters in values are text")
            << "posts/markers/index.html"
            << QStringList{"<title>Title \x01pw-body\x01 and \x01pw-csp\x01 — Hostile</title>",
                           "<meta name=\"description\" content=\"\x01pw-csp\x01 \x01pw-body\x01\">",
                           "<meta name=\"author\" content=\"\x01pw-body\x01\">"}
            << QStringList{};
        QTest::newRow("the home page is the export's, not a post's")
            << "index.html" << QStringList{"<a href=\"posts/secrets/index.html\">Secrets</a>"}
            << QStringList{"PUBLIC-CLAIMS-HOME", "Claims home", "Claims feed", "Claims image", "Claims second"};
        QTest::newRow("the feed is the export's")
            << "index.xml" << QStringList{"<rss", "<link>https://example.org/posts/secrets/</link>"}
            << QStringList{"PUBLIC-CLAIMS-FEED", "Claims feed", "<html"};
        QTest::newRow("the sitemap is the export's")
            << "sitemap.xml" << QStringList{"<urlset", "<loc>https://example.org/same/</loc>"}
            << QStringList{"PUBLIC-CLAIMS-SITEMAP", "<html", "https://example.org/index.xml", "https://example.org/images/ok.png"};
        QTest::newRow("the stylesheet is the export's")
            << "postwright.css" << QStringList{".pw-page"} << QStringList{"PUBLIC-CLAIMS-STYLESHEET", "<html"};
        QTest::newRow("a tag page is the export's")
            << "tags/hostile/index.html" << QStringList{"<a href=\"../../posts/secrets/index.html\">Secrets</a>"}
            << QStringList{"PUBLIC-CLAIMS-TAG-PAGE", "Claims tag-page"};
        QTest::newRow("a URL that would hide its page loses its dot")
            << "postwright-export/index.html" << QStringList{"PUBLIC-CLAIMS-MANIFEST"} << QStringList{};
        QTest::newRow("the first of two posts with one URL")
            << "same/index.html" << QStringList{"PUBLIC-CLAIMS-FIRST"} << QStringList{"PUBLIC-CLAIMS-SECOND"};
    }

    void pages()
    {
        QFETCH(QString, page);
        QFETCH(QStringList, present);
        QFETCH(QStringList, absent);
        const QByteArray html = m_afterFirst.value(page);
        QVERIFY2(!html.isEmpty(), qPrintable(page));
        for (const QString &text : present)
            QVERIFY2(html.contains(text.toUtf8()), qPrintable(page + QStringLiteral(" lacks ") + text));
        for (const QString &text : absent)
            QVERIFY2(!html.contains(text.toUtf8()), qPrintable(page + QStringLiteral(" has ") + text));
    }

    // Every post page has the template's one policy and its own body once,
    // in the body: no value, nor anything in the body, moves either.
    void everyPageHasOnePolicyAndOneBody()
    {
        static const QRegularExpression postPage(QStringLiteral("^(posts/.*|same|htaccess|postwright-export)/index\\.html$"));
        static const QRegularExpression redirect(QStringLiteral("(^|/)page/1/index\\.html$"));
        for (auto it = m_afterFirst.cbegin(); it != m_afterFirst.cend(); ++it) {
            if (!postPage.match(it.key()).hasMatch() || redirect.match(it.key()).hasMatch())
                continue;
            const QByteArray &html = it.value();
            QCOMPARE(count(html.toLower(), "http-equiv"), 1);
            const qsizetype policy = html.indexOf("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'self';");
            QVERIFY2(policy > 0 && policy < html.indexOf("<title>"), qPrintable(it.key()));
            const QByteArray body = html.mid(html.indexOf("</head>"));
            QCOMPARE(count(body, "PUBLIC-"), 1);
            QVERIFY2(body.indexOf("PUBLIC-") > body.indexOf("<article id=\"pw-body\""), qPrintable(it.key()));
        }
    }

    // Each refusal, with its file and line; nothing else.
    void warnings()
    {
        const QString outside = QFileInfo(m_outside).canonicalFilePath();
        const QStringList expected{
            // The walk over the site's posts.
            "content/posts/linked-folder-outside: a symbolic link that leads out of the site (to " + outside + "/folder): not read",
            "content/posts/linked-outside.md: a symbolic link that leads out of the site (to " + outside + "/secret.md): not read",
            // Newest post first.
            "content/posts/secrets.md:7:9: ../../.env " + refused + "a hidden file or folder",
            "content/posts/secrets.md:9:8: ../../.git/config " + refused + "a version control folder",
            "content/posts/secrets.md:11:6: ../../data/secrets.yaml " + refused + "in the site's data/ folder",
            "content/posts/secrets.md:13:10: ../../_config.yml " + refused + "the site's configuration",
            "content/posts/secrets.md:15:8: ../../hugo.toml " + refused + "the site's configuration",
            "content/posts/secrets.md:17:10: ../../layouts/_default/single.html " + refused + "in the site's layouts/ folder",
            "content/posts/secrets.md:19:13: ../../archetypes/default.md " + refused + "in the site's archetypes/ folder",
            "content/posts/secrets.md:21:11: ../../../outside/secret.txt is outside the site: not copied",
            "content/posts/secrets.md:23:11: /.hidden.png " + refused + "a hidden file or folder",
            "content/posts/secrets.md:25:13: /images/env.png " + refused + "a symbolic link to .env: a hidden file or folder",
            "content/posts/secrets.md:27:17: /images/outside.png is outside the site: not copied",
            "content/posts/secrets.md:29:10: notes.txt " + refused + "not a page resource, and not in static/ or assets/",
            "content/posts/secrets.md:31:9: ../../data/secrets.yaml#unquoted " + refused + "in the site's data/ folder",
            "content/posts/bundle/index.md:10:10: .secret " + refused + "a hidden file or folder",
            "content/posts/meta.md:8:1: <meta http-equiv=\"refresh\" content=\"0;url=https://example.com\">" + removedMeta,
            "content/posts/meta.md:10:8: <META HTTP-EQUIV=Set-Cookie CONTENT=\"session=stolen\">" + removedMeta,
            "content/posts/meta.md:12:6: <meta http-equiv='content-security-policy' content=\"script-src *\">" + removedMeta,
            "content/posts/scripts.md:6:10: a script link (javascript:alert(1)) is written as \"#\"",
            "content/posts/scripts.md:8:10: a script link (javascript:alert(2)) is written as \"#\"",
            "content/posts/scripts.md:10:10: a script link (javascript:alert(3)) is written as \"#\"",
            "content/posts/scripts.md:12:9: a script link (javascript:alert(4)) is written as \"#\"",
            "content/posts/scripts.md:14:10: a script link (jav\tascript:alert(5)) is written as \"#\"",
            "content/posts/scripts.md:16:21: a script link (javascript:alert(6)) is written as \"#\"",
            "content/posts/scripts.md:18:27: a script link (javascript:alert(7)) is written as \"#\"",
            "content/posts/scripts.md:20:12: a script link (javascript:alert(8)) is written as \"#\"",
            "content/posts/scripts.md:22:10: a script link (javascript:alert(9)) is written as \"#\"",
            "content/posts/scripts.md:24:10: a script link (JaVaScRiPt:alert(10)) is written as \"#\"",
            "content/posts/claims-home.md: index.html is already the home page: not written",
            "content/posts/claims-feed.md: index.xml is already the feed: not written",
            "content/posts/claims-sitemap.md: sitemap.xml is already the sitemap: not written",
            "content/posts/claims-stylesheet.md: postwright.css is already the stylesheet: not written",
            "content/posts/claims-katex.md: katex/katex.min.js is already KaTeX: not written",
            "content/posts/claims-tag-page.md: tags/hostile/index.html is already the tags pages: not written",
            // Dots that would hide a file are dropped from a URL.
            "content/posts/claims-manifest.md: unsafe parts of the URL removed: /postwright-export/",
            "content/posts/claims-htaccess.md: unsafe parts of the URL removed: /htaccess/",
            "content/posts/claims-image.md: images/ok.png is already the copy of static/images/ok.png: not written",
            "content/posts/claims-bundle-file.md: posts/bundle/pic.png is already the copy of content/posts/bundle/pic.png: not written",
            "content/posts/claims-second.md: same/index.html is already the page of content/posts/claims-first.md: not written",
        };
        QCOMPARE(m_first.err, expected);
    }

    // The file the user had in OUT's place stays theirs: the export
    // replaces the link, it does not write through it.
    void hardLinkedFileStaysTheUsers()
    {
        QCOMPARE(readAll(m_root.filePath("mine.html")), QByteArray("THE USER'S OWN FILE\n"));
        QVERIFY(m_afterFirst.value("index.html").startsWith("<!DOCTYPE html>"));
    }

    // A second run over the same site: the same files, the same warnings.
    void secondRunIsTheSame()
    {
        QCOMPARE(m_second.exitCode, m_first.exitCode);
        QCOMPARE(m_second.err, m_first.err);
        QCOMPARE(listing(m_out), m_listedAfterFirst);
        const QMap<QString, QByteArray> now = snapshot(m_out);
        for (auto it = now.cbegin(); it != now.cend(); ++it) {
            if (it.key() != QLatin1String(".postwright-export"))
                QVERIFY2(it.value() == m_afterFirst.value(it.key()), qPrintable(it.key()));
        }
    }

    // The index, the tags and check see the same posts as the export:
    // nothing reached through a link out of the site.
    void otherCommandsSkipLinksOut()
    {
        const Run index = cli({"index", ".", "--no-cache"}, m_site);
        QCOMPARE(index.exitCode, 0);
        QVERIFY2(!index.out.contains(QLatin1String("outside")) && !index.out.contains(QLatin1String("Outside")),
                 qPrintable(index.out));
        QVERIFY(index.out.contains(QLatin1String("content/posts/linked-inside.md")));
        QVERIFY(index.out.contains(QLatin1String("content/posts/linked-folder-inside/post-in-folder.md")));
        QCOMPARE(index.err, m_first.err.mid(0, 2));

        const Run rename = cli({"tag", "rename", "hostile", "renamed", "."}, m_site);
        QCOMPARE(rename.exitCode, 0);
        QCOMPARE(rename.err, m_first.err.mid(0, 2));
        QCOMPARE(readAll(m_outside + "/secret.md"), QByteArray("---\ntitle: Outside\ntags: [hostile]\n---\n\nHOSTILE-SECRET-OUTSIDE-POST\n"));
        QVERIFY(readAll(m_site + "/content/posts/secrets.md").contains("tags: [renamed]"));

        const Run check = cli({"check", "."}, m_site);
        for (const QString &line : m_first.err.mid(0, 2))
            QVERIFY2(check.err.contains(line), qPrintable(check.err.join(QLatin1Char('\n'))));
        // No post out there is checked; the link out is judged as the
        // export judges it (issue 18: one rule), and not followed.
        for (const QString &line : check.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            QVERIFY2(!line.section(QLatin1Char(':'), 0, 0).contains(QLatin1String("outside/")), qPrintable(line));
            QVERIFY2(!line.contains(QLatin1String("outside/")) || line.contains(QLatin1String("[not-published]")), qPrintable(line));
        }
        QVERIFY2(check.out.contains(QLatin1String("content/posts/secrets.md:21:1: warning: ../../../outside/secret.txt is "
                                                  "outside the site: it is not published [not-published]")),
                 qPrintable(check.out));
    }
};

void tst_HostileExport::buildSite()
{
    m_site = m_root.filePath("site");
    m_outside = m_root.filePath("outside");
    m_out = m_root.filePath("out");
    postwright::testing::copyFolder(QStringLiteral(POSTWRIGHT_HOSTILE "/site"), m_site);

    // Secrets beside the posts.
    writeFile(m_site + "/.env", "HOSTILE-SECRET-ENV\n");
    writeFile(m_site + "/.git/config", "[remote \"origin\"]\n\turl = HOSTILE-SECRET-GIT\n");
    writeFile(m_site + "/data/secrets.yaml", "password: HOSTILE-SECRET-DATA\n");
    writeFile(m_site + "/_config.yml", "# HOSTILE-SECRET-JEKYLL-CONFIG\n");
    writeFile(m_site + "/layouts/_default/single.html", "HOSTILE-SECRET-LAYOUT\n");
    writeFile(m_site + "/archetypes/default.md", "---\ntitle: HOSTILE-SECRET-ARCHETYPE\n---\n");
    writeFile(m_site + "/static/.hidden.png", "HOSTILE-SECRET-HIDDEN-STATIC\n");
    writeFile(m_site + "/content/posts/notes.txt", "HOSTILE-SECRET-NOTES\n");
    writeFile(m_site + "/content/posts/bundle/.secret", "HOSTILE-SECRET-BUNDLE-DOTFILE\n");
    {
        QFile config(m_site + "/hugo.toml");
        QVERIFY(config.open(QIODevice::Append));
        config.write("# HOSTILE-SECRET-HUGO-CONFIG\n");
    }
    // Outside the site.
    writeFile(m_outside + "/secret.txt", "HOSTILE-SECRET-OUTSIDE-TXT\n");
    writeFile(m_outside + "/secret.png", "HOSTILE-SECRET-OUTSIDE-PNG\n");
    writeFile(m_outside + "/secret.md", "---\ntitle: Outside\ntags: [hostile]\n---\n\nHOSTILE-SECRET-OUTSIDE-POST\n");
    writeFile(m_outside + "/folder/post.md", "---\ntitle: Outside folder\n---\n\nHOSTILE-SECRET-OUTSIDE-FOLDER\n");

    // Symbolic links: to a post and a folder inside the site and outside
    // it, to a secret from static/, and loops.
    const QString posts = m_site + "/content/posts";
    QVERIFY(QFile::link("../../shared/inside.md", posts + "/linked-inside.md"));
    QVERIFY(QFile::link(m_outside + "/secret.md", posts + "/linked-outside.md"));
    QVERIFY(QFile::link("../../shared-folder", posts + "/linked-folder-inside"));
    QVERIFY(QFile::link(m_outside + "/folder", posts + "/linked-folder-outside"));
    QVERIFY(QFile::link(".", posts + "/loop"));
    QVERIFY(QFile::link(".", m_site + "/shared-folder/again"));
    QVERIFY(QFile::link("../../.env", m_site + "/static/images/env.png"));
    QVERIFY(QFile::link(m_outside + "/secret.png", m_site + "/static/images/outside.png"));

    // OUT already holds a hard link to a file of the user's.
    writeFile(m_root.filePath("mine.html"), "THE USER'S OWN FILE\n");
    QVERIFY(QDir().mkpath(m_out));
    QCOMPARE(::link(QFile::encodeName(m_root.filePath("mine.html")).constData(),
                    QFile::encodeName(m_out + "/index.html").constData()),
             0);
}

QTEST_GUILESS_MAIN(tst_HostileExport)
#include "tst_hostile_export.moc"
