// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Whole-site export across runs and at its edges: incremental runs, --clean,
// output folders it refuses, symlinks, hostile front matter and script links
// escaped, the Content-Security-Policy, template overrides, and the files
// that must never be read or written. The site's pages: tst_exportsite.
#include "export/siteexporter.h"
#include "support/scriptlinks.h"
#include "support/siteexport.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrl>

using namespace postwright;
using namespace postwright::testing::siteexport;

namespace {

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(source);
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!QFile::copy(source, target))
            return false;
    }
    return true;
}

// An attribute whose value is a script URL, however it is spelt.
const QRegularExpression scriptAttribute(
    QStringLiteral("\\b(href|src|action|formaction|data)\\s*=\\s*[\"']?\\s*(javascript:|vbscript:|data:text/html)"),
    QRegularExpression::CaseInsensitiveOption);

// The one script element the export writes itself: the copy buttons' file.
const QRegularExpression ownScript(QStringLiteral("<script defer src=\"(\\.\\./)*postwright\\.js\"></script>"));

} // namespace

class TestExportSiteSafety : public QObject
{
    Q_OBJECT

private slots:
    void incremental()
    {
        QTemporaryDir site;
        QVERIFY(copyTree(exportData + QStringLiteral("/hugo"), site.path()));
        QTemporaryDir out;
        const Result<SiteExportReport> first = exportSite(site.path(), optionsFor(out.path()));
        QVERIFY(first.ok());
        QVERIFY(first.value().written.contains(QStringLiteral("posts/post-03/index.html")));

        const Result<SiteExportReport> again = exportSite(site.path(), optionsFor(out.path()));
        QVERIFY(again.ok());
        QCOMPARE(again.value().pagesWritten, 0);
        QCOMPARE(again.value().written, QStringList());
        QCOMPARE(again.value().pagesUnchanged, first.value().pagesWritten);
        // Warnings of unchanged pages are reported again.
        QCOMPARE(again.value().warnings.size(), first.value().warnings.size());

        const QDateTime before = QFileInfo(out.filePath("posts/post-04/index.html")).lastModified();
        QThread::msleep(20);
        QFile post(site.filePath("content/posts/post-03.md"));
        QVERIFY(post.open(QIODevice::Append));
        post.write("\nA new paragraph.\n");
        post.close();
        const Result<SiteExportReport> changed = exportSite(site.path(), optionsFor(out.path()));
        QVERIFY(changed.ok());
        const QStringList written = changed.value().written;
        QVERIFY2(written.contains(QStringLiteral("posts/post-03/index.html")), qPrintable(written.join(' ')));
        QVERIFY(!written.contains(QStringLiteral("posts/post-04/index.html")));
        QCOMPARE(QFileInfo(out.filePath("posts/post-04/index.html")).lastModified(), before);
        QVERIFY(readText(out.filePath("posts/post-03/index.html")).contains(QLatin1String("A new paragraph.")));
        // Its summary did not change, so no list needs rewriting.
        QCOMPARE(written.size(), 1);

        // A new title shows on the lists that list it and on the pages that
        // link it (its newer and older posts, those it is related to), and
        // only there.
        QString text = readText(site.filePath("content/posts/post-03.md"));
        text.replace(QLatin1String("Post number 3"), QLatin1String("Renamed three"));
        QFile rewrite(site.filePath("content/posts/post-03.md"));
        QVERIFY(rewrite.open(QIODevice::WriteOnly | QIODevice::Truncate));
        rewrite.write(text.toUtf8());
        rewrite.close();
        const Result<SiteExportReport> renamed = exportSite(site.path(), optionsFor(out.path()));
        QVERIFY(renamed.ok());
        const QSet<QString> rewritten(renamed.value().written.cbegin(), renamed.value().written.cend());
        QCOMPARE(rewritten, (QSet<QString>{"posts/post-03/index.html", "page/2/index.html", "posts/page/2/index.html", "index.xml",
                                           "tags/series/index.html", "tags/tag-0/index.html",
                                           "categories/notes/index.html", "posts/post-02/index.html",
                                           "posts/post-04/index.html", "posts/post-06/index.html",
                                           "posts/post-09/index.html",
                                           // the feeds of the lists that list it
                                           "posts/index.xml", "tags/series/index.xml", "tags/tag-0/index.xml",
                                           "categories/notes/index.xml"}));
        QVERIFY(readText(out.filePath("posts/post-04/index.html")).contains(QLatin1String("Renamed three")));

        // An edit that keeps size and modification time (cp -p, rsync -a,
        // touch -r) is an edit all the same.
        const QString path = site.filePath("content/posts/post-05.md");
        const QDateTime stamp = QFileInfo(path).lastModified();
        QString five = readText(path);
        QVERIFY(five.contains(QLatin1String("Post number 5")));
        five.replace(QLatin1String("Post number 5"), QLatin1String("Post Number V"));
        QFile same(path);
        QVERIFY(same.open(QIODevice::ReadWrite | QIODevice::Truncate));
        same.write(five.toUtf8());
        QVERIFY(same.flush());
        QVERIFY(same.setFileTime(stamp, QFileDevice::FileModificationTime));
        same.close();
        QCOMPARE(QFileInfo(path).lastModified(), stamp);
        const Result<SiteExportReport> sameStamp = exportSite(site.path(), optionsFor(out.path()));
        QVERIFY(sameStamp.ok());
        QVERIFY(sameStamp.value().written.contains(QStringLiteral("posts/post-05/index.html")));
        QVERIFY(readText(out.filePath("posts/post-05/index.html")).contains(QLatin1String("Post Number V")));

        // A page edited by hand, or replaced by a link, is written again;
        // what the link pointed to is left alone.
        QVERIFY(writeFile(out.filePath("posts/post-06/index.html"), "edited by hand"));
        QTemporaryDir elsewhere;
        QVERIFY(writeFile(elsewhere.filePath("foreign.html"), "foreign"));
        QVERIFY(QFile::remove(out.filePath("index.html")));
        QVERIFY(QFile::link(elsewhere.filePath("foreign.html"), out.filePath("index.html")));
        const Result<SiteExportReport> repaired = exportSite(site.path(), optionsFor(out.path()));
        QVERIFY(repaired.ok());
        QVERIFY(repaired.value().written.contains(QStringLiteral("posts/post-06/index.html")));
        QVERIFY(repaired.value().written.contains(QStringLiteral("index.html")));
        QVERIFY(readText(out.filePath("posts/post-06/index.html")).contains(QLatin1String("<!DOCTYPE html>")));
        QVERIFY(!QFileInfo(out.filePath("index.html")).isSymLink());
        QCOMPARE(readText(elsewhere.filePath("foreign.html")), QStringLiteral("foreign"));
    }

    void clean()
    {
        QTemporaryDir site;
        QVERIFY(copyTree(exportData + QStringLiteral("/hugo"), site.path()));
        QTemporaryDir out;
        QVERIFY(exportSite(site.path(), optionsFor(out.path())).ok());
        QVERIFY(QFile::remove(site.filePath("content/posts/slugged.md")));
        QFile keep(out.filePath("mine.txt"));   // not ours: never removed
        QVERIFY(keep.open(QIODevice::WriteOnly));
        keep.close();

        const Result<SiteExportReport> kept = exportSite(site.path(), optionsFor(out.path()));
        QVERIFY(kept.ok());
        QVERIFY(QFileInfo::exists(out.filePath("posts/my-custom-slug/index.html")));
        QCOMPARE(kept.value().staleKept, 1);

        SiteExportOptions options = optionsFor(out.path());
        options.clean = true;
        const Result<SiteExportReport> cleaned = exportSite(site.path(), options);
        QVERIFY(cleaned.ok());
        QCOMPARE(cleaned.value().staleRemoved, 1);
        QCOMPARE(cleaned.value().pagesUnchanged, 0);   // everything rebuilt
        QVERIFY(!QFileInfo::exists(out.filePath("posts/my-custom-slug/index.html")));
        QVERIFY(!QFileInfo::exists(out.filePath("posts/my-custom-slug")));
        QVERIFY(QFileInfo::exists(out.filePath("mine.txt")));
        QVERIFY(QFileInfo::exists(out.filePath("posts/post-01/index.html")));
    }

    void refusesOutputOverSite()
    {
        QTemporaryDir site;
        QVERIFY(copyTree(exportData + QStringLiteral("/hugo"), site.path()));
        QVERIFY(!exportSite(site.path(), optionsFor(site.path())).ok());
        QVERIFY(!exportSite(site.filePath("content/.."), optionsFor(QFileInfo(site.path()).absolutePath())).ok());
    }

    // OUT in a folder the export reads (Hugo's static/), or a link to the
    // site, would put pages and copies onto their own sources: refused, and
    // nothing is written. public/ inside the site, as Hugo's, is fine.
    void refusesOutputInsideWhatItReads()
    {
        QTemporaryDir site;
        QVERIFY(copyTree(exportData + QStringLiteral("/hugo"), site.path()));
        const QSet<QString> before = filesUnder(site.path());
        const Result<SiteExportReport> inStatic = exportSite(site.path(), optionsFor(site.filePath("static")));
        QVERIFY(!inStatic.ok());
        QVERIFY2(inStatic.error().message.contains(QLatin1String("static")), qPrintable(inStatic.error().message));
        QVERIFY(!exportSite(site.path(), optionsFor(site.filePath("content/out"))).ok());
        QTemporaryDir links;
        QVERIFY(QFile::link(site.path(), links.filePath("to-site")));
        QVERIFY(!exportSite(site.path(), optionsFor(links.filePath("to-site"))).ok());
        QCOMPARE(filesUnder(site.path()), before);
        QVERIFY(exportSite(site.path(), optionsFor(site.filePath("public"))).ok());
        QVERIFY(QFileInfo::exists(site.filePath("public/index.html")));
        QVERIFY(QFileInfo::exists(site.filePath("static/images/static-pic.png")));
    }

    void symlinkOutOfSite()
    {
        QTemporaryDir site;
        QVERIFY(copyTree(exportData + QStringLiteral("/hugo"), site.path()));
        QTemporaryDir elsewhere;
        QFile secret(elsewhere.filePath("secret.png"));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write("not for export");
        secret.close();
        QVERIFY(QFile::link(elsewhere.filePath("secret.png"), site.filePath("static/images/linked.png")));
        QFile post(site.filePath("content/posts/post-01.md"));
        QVERIFY(post.open(QIODevice::Append));
        post.write("\n![linked](/images/linked.png)\n");
        post.close();
        QTemporaryDir out;
        const Result<SiteExportReport> report = exportSite(site.path(), optionsFor(out.path()));
        QVERIFY(report.ok());
        QVERIFY(!QFileInfo::exists(out.filePath("images/linked.png")));
        const bool warned = std::any_of(report.value().warnings.cbegin(), report.value().warnings.cend(),
                                        [](const Error &e) { return e.message.contains(QLatin1String("outside the site")); });
        QVERIFY(warned);
    }

    // A folder in OUT that is a symbolic link to somewhere else: the export
    // neither writes through it nor, with --clean, deletes through it.
    void symlinkInOutputIsNotFollowed()
    {
        QTemporaryDir site;
        QVERIFY(copyTree(exportData + QStringLiteral("/hugo"), site.path()));
        QTemporaryDir out;
        QVERIFY(exportSite(site.path(), optionsFor(out.path())).ok());
        QTemporaryDir elsewhere;
        QVERIFY(writeFile(elsewhere.filePath("written/index.html"), "precious"));
        QVERIFY(writeFile(elsewhere.filePath("removed/index.html"), "precious"));
        QVERIFY(QDir(out.filePath("posts/post-01")).removeRecursively());
        QVERIFY(QDir(out.filePath("posts/my-custom-slug")).removeRecursively());
        QVERIFY(QFile::link(elsewhere.filePath("written"), out.filePath("posts/post-01")));
        QVERIFY(QFile::link(elsewhere.filePath("removed"), out.filePath("posts/my-custom-slug")));
        QVERIFY(QFile::remove(site.filePath("content/posts/slugged.md")));   // its page becomes stale
        QVERIFY(writeFile(site.filePath("content/posts/post-01.md"),
                          readText(site.filePath("content/posts/post-01.md")).toUtf8() + "\nChanged.\n"));

        SiteExportOptions options = optionsFor(out.path());
        options.clean = true;
        const Result<SiteExportReport> report = exportSite(site.path(), options);
        QVERIFY(report.ok());
        QCOMPARE(readText(elsewhere.filePath("written/index.html")), QStringLiteral("precious"));
        QCOMPARE(readText(elsewhere.filePath("removed/index.html")), QStringLiteral("precious"));
        const auto warnedAbout = [&](const QString &output) {
            return std::any_of(report.value().warnings.cbegin(), report.value().warnings.cend(), [&](const Error &e) {
                return (e.path.endsWith(output) || e.message.contains(output)) && e.message.contains(QLatin1String("symbolic link"));
            });
        };
        QVERIFY(warnedAbout(QStringLiteral("posts/post-01/index.html")));
        QVERIFY(warnedAbout(QStringLiteral("posts/my-custom-slug/index.html")));
        QVERIFY(QFileInfo::exists(out.filePath("posts/post-02/index.html")));   // the rest is exported
    }

    // Front-matter values full of markup and script URLs: every page, list,
    // feed and sitemap shows them as text, no value leaves its attribute,
    // no page has a script, and every file lands inside OUT.
    void hostileFrontMatterIsEscaped()
    {
        QTemporaryDir site;
        QVERIFY(writeFile(site.filePath("hugo.toml"), "title = \"Site\"\nbaseURL = \"https://example.org/\"\n"));
        QVERIFY(writeFile(site.filePath("content/posts/evil.md"),
                          "---\n"
                          "title: \"<script>alert('title')</script>\\\" onmouseover=\\\"alert(1)\"\n"
                          "summary: \"<script>alert('summary')</script> ' \\\" javascript:alert(2)\"\n"
                          "author: \"<img src=x onerror=alert('author')>\"\n"
                          "date: 2024-01-02\n"
                          "tags: [\"<script>alert('tag')</script>\", \"\\\"quoted' tag\", \"javascript:alert(3)\"]\n"
                          "categories: [\"<b onclick=alert(4)>cat</b>\"]\n"
                          "---\n\nBody.\n"));
        QVERIFY(writeFile(site.filePath("content/posts/slug.md"),
                          "---\ntitle: Slug\ndate: 2024-01-03\nslug: \"javascript:alert(5)\"\n---\n\nBody.\n"));
        QVERIFY(writeFile(site.filePath("content/posts/url.md"),
                          "---\ntitle: Url\ndate: 2024-01-04\nurl: \"javascript:alert(6)/\\\"><script>x()</script>\"\n---\n\nBody.\n"));
        QVERIFY(writeFile(site.filePath("content/posts/climb.md"),
                          "---\ntitle: Climb\ndate: 2024-01-05\nslug: \"../../../../climbed\"\n---\n\nBody.\n"));
        QTemporaryDir out;
        const Result<SiteExportReport> report = exportSite(site.path(), optionsFor(out.path()));
        QVERIFY(report.ok());

        const QSet<QString> files = filesUnder(out.path());
        QVERIFY(files.size() > 5);
        bool sawPostPage = false;
        for (const QString &file : files) {
            if (file == QLatin1String(".postwright-export"))
                continue;   // the manifest
            QVERIFY2(!file.contains(QLatin1Char(':')) && !file.contains(QLatin1Char('"'))
                         && !file.contains(QLatin1Char('<')) && !file.startsWith(QLatin1Char('.')),
                     qPrintable(file));
            if (!file.endsWith(QLatin1String(".html")) && !file.endsWith(QLatin1String(".xml")))
                continue;
            // No script but the export's own copy-button file.
            const QString text = readText(out.filePath(file)).remove(ownScript);
            QVERIFY2(!text.contains(QLatin1String("<script"), Qt::CaseInsensitive), qPrintable(file));
            QVERIFY2(!text.contains(QLatin1String("<img src=x")), qPrintable(file));
            QVERIFY2(!text.contains(QLatin1String("<b onclick")), qPrintable(file));
            QVERIFY2(!text.contains(QLatin1String("\" onmouseover=\"")), qPrintable(file));
            QVERIFY2(!scriptAttribute.match(text).hasMatch(), qPrintable(file + QLatin1String(": ") + scriptAttribute.match(text).captured()));
            if (text.contains(QLatin1String("&lt;script&gt;alert(&#39;title&#39;)"))
                || text.contains(QLatin1String("&lt;script&gt;alert(&apos;title&apos;)")))
                sawPostPage = true;
        }
        QVERIFY(sawPostPage);
        // Nothing was written beside OUT.
        QVERIFY(!QFileInfo::exists(QFileInfo(out.path()).absolutePath() + QStringLiteral("/climbed")));
    }

    void scriptLinksInBodiesAreNeutralised()
    {
        QTemporaryDir site;
        QVERIFY(writeFile(site.filePath("hugo.toml"), "title = \"Site\"\n"));
        QVERIFY(writeFile(site.filePath("content/posts/links.md"),
                          "---\ntitle: Links\ndate: 2024-01-02\n---\n\n"
                          "[markdown](javascript:alert(1)) and <a href=\"JaVaScRiPt:alert(2)\">raw</a>\n"
                          "and <a href=\" java\tscript:alert(3)\">spaced</a>\n"
                          "and <a href=\"vbscript:msgbox(4)\">vb</a>\n"
                          "and <a href=\"data:text/html,&lt;script&gt;alert(5)&lt;/script&gt;\">data</a>\n"
                          "and <iframe src=\"javascript:alert(6)\"></iframe>\n\n"
                          "[fine](https://example.org/) and ![pixel](data:image/png;base64,iVBORw0KGgo=)\n"));
        QTemporaryDir out;
        const Result<SiteExportReport> report = exportSite(site.path(), optionsFor(out.path()));
        QVERIFY(report.ok());
        const QString page = readText(out.filePath("posts/links/index.html"));
        QVERIFY(page.contains(QLatin1String(">raw</a>")));
        QCOMPARE(testing::scriptLinksIn(page), QStringList());
        QVERIFY(!page.contains(QLatin1String("vbscript"), Qt::CaseInsensitive));
        // The iframe GFM's tagfilter shows as text stays text, as written.
        QVERIFY2(page.contains(QLatin1String("&lt;iframe src=\"javascript:alert(6)\">")), qPrintable(page));
        QVERIFY(page.contains(QLatin1String("href=\"https://example.org/\"")));
        QVERIFY(page.contains(QLatin1String("src=\"data:image/png;base64,")));
        const qsizetype warned = std::count_if(report.value().warnings.cbegin(), report.value().warnings.cend(),
                                              [](const Error &e) { return e.message.contains(QLatin1String("script link")); });
        QVERIFY(warned >= 5);
    }

    void pagesCarryTheContentSecurityPolicy()
    {
        QTemporaryDir site;
        QVERIFY(writeFile(site.filePath("hugo.toml"), "title = \"Site\"\n"));
        QVERIFY(writeFile(site.filePath("content/posts/plain.md"), "---\ntitle: Plain\ndate: 2024-01-02\n---\n\nText.\n"));
        QVERIFY(writeFile(site.filePath("content/posts/math.md"),
                          "---\ntitle: Math\ndate: 2024-01-03\n---\n\nEuler: $e^{i\\pi} + 1 = 0$\n"));
        QTemporaryDir out;
        QVERIFY(exportSite(site.path(), optionsFor(out.path())).ok());
        static const QRegularExpression csp(QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\">"));
        const QRegularExpressionMatch plain = csp.match(readText(out.filePath("posts/plain/index.html")));
        QVERIFY(plain.hasMatch());
        // No script but the copy buttons' file from the site itself.
        QVERIFY(plain.captured(1).contains(QLatin1String("script-src 'self';")));
        QVERIFY(plain.captured(1).contains(QLatin1String("img-src *")));
        QVERIFY(plain.captured(1).contains(QLatin1String("object-src 'none'")));
        const QString mathPage = readText(out.filePath("posts/math/index.html"));
        const QRegularExpressionMatch math = csp.match(mathPage);
        QVERIFY(math.hasMatch());
        if (mathPage.contains(QLatin1String("katex.min.js"))) {
            // Our inline script by its hash, KaTeX from the copied folder; never 'unsafe-inline' for scripts.
            QVERIFY(math.captured(1).contains(QLatin1String("'sha256-")));
            QVERIFY(math.captured(1).contains(QLatin1String("'self'")));
            QVERIFY(!math.captured(1).section(QLatin1String("script-src"), 1).section(QLatin1Char(';'), 0, 0)
                         .contains(QLatin1String("unsafe-inline")));
        }
    }

    // A site template without the csp variable has no policy.
    void templateWithoutCspOptsOut()
    {
        QTemporaryDir site;
        QVERIFY(writeFile(site.filePath("hugo.toml"), "title = \"Site\"\n"));
        QVERIFY(writeFile(site.filePath("content/posts/plain.md"), "---\ntitle: Plain\ndate: 2024-01-02\n---\n\nText.\n"));
        QFile source(QStringLiteral(":/template/page.html"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        QByteArray custom = source.readAll();
        QVERIFY(custom.contains("{{{csp}}}"));
        custom.replace("{{{csp}}}", "");
        QVERIFY(writeFile(site.filePath("postwright/templates/page.html"), custom));
        QTemporaryDir out;
        QVERIFY(exportSite(site.path(), optionsFor(out.path())).ok());
        const QString page = readText(out.filePath("posts/plain/index.html"));
        QVERIFY(page.contains(QLatin1String("id=\"pw-body\"")));
        QVERIFY(!page.contains(QLatin1String("Content-Security-Policy")));
    }

    // A template that takes a post's value as a partial ({{>title}}) and a
    // post whose value does not parse as one: that page is not written and
    // the export says so; the other posts' pages are written whole.
    void templateStoppedByAValueIsReported()
    {
        QTemporaryDir site;
        QVERIFY(writeFile(site.filePath("hugo.toml"), "title = \"Site\"\n"));
        QVERIFY(writeFile(site.filePath("postwright/templates/page.html"),
                          "<p>{{#tags}}[{{>name}}]{{/tags}}AFTER {{title}}</p>\n{{{bodyHtml}}}\n"));
        QVERIFY(writeFile(site.filePath("postwright/templates/list.html"),
                          "{{#entries}}<a href=\"{{url}}\">{{>title}}</a>\n{{/entries}}"));
        QVERIFY(writeFile(site.filePath("content/posts/one.md"),
                          "---\ntitle: \"{{#x}}\"\ndate: 2024-01-03\ntags: [ok, \"{{#x}}\", zzz]\n---\n\nBody one.\n"));
        QVERIFY(writeFile(site.filePath("content/posts/two.md"),
                          "---\ntitle: Two\ndate: 2024-01-02\ntags: [ok]\n---\n\nBody two.\n"));
        QVERIFY(writeFile(site.filePath("content/posts/three.md"),
                          "---\ntitle: \"{{^y}}\"\ndate: 2024-01-01\n---\n\nBody three.\n"));
        QTemporaryDir out;
        const Result<SiteExportReport> report = exportSite(site.path(), optionsFor(out.path()));
        QVERIFY(report.ok());
        QVERIFY(!QFileInfo::exists(out.filePath("posts/one/index.html")));
        QCOMPARE(readText(out.filePath("posts/two/index.html")), QStringLiteral("<p>[ok]AFTER Two</p>\n<p>Body two.</p>\n\n"));
        QStringList messages;
        for (const Error &warning : report.value().warnings)
            messages << warning.path + QLatin1String(": ") + warning.message;
        QVERIFY2(messages.contains(QLatin1String("content/posts/one.md: the page template does not render")),
                 qPrintable(messages.join(QLatin1Char('\n'))));
        QCOMPARE(readText(out.filePath("posts/three/index.html")), QStringLiteral("<p>AFTER {{^y}}</p>\n<p>Body three.</p>\n\n"));
        // The home page lists two and three, three by a title that stops the list's template.
        QVERIFY(!QFileInfo::exists(out.filePath("index.html")));
        QVERIFY2(messages.filter(QRegularExpression(QStringLiteral("^index\\.html: its template renders nothing or stops"))).size() == 1,
                 qPrintable(messages.join(QLatin1Char('\n'))));
        QVERIFY(readText(out.filePath("tags/ok/index.html")).contains(QLatin1String(">Two</a>")));
        QVERIFY(report.value().pagesFailed >= 3);
    }

    void absoluteAndOutsideImagesAreNotRead()
    {
        QTemporaryDir site;
        QTemporaryDir elsewhere;
        QVERIFY(writeFile(elsewhere.filePath("secret.png"), "secret"));
        QVERIFY(writeFile(site.filePath("hugo.toml"), "title = \"Site\"\n"));
        QVERIFY(writeFile(site.filePath("content/posts/steal.md"),
                          "---\ntitle: Steal\ndate: 2024-01-02\n---\n\n"
                          "![abs](" + elsewhere.filePath("secret.png").toUtf8() + ")\n\n"
                          "![file](" + QUrl::fromLocalFile(elsewhere.filePath("secret.png")).toEncoded() + ")\n\n"
                          "![up](../../../secret.png)\n"));
        QTemporaryDir out;
        const Result<SiteExportReport> report = exportSite(site.path(), optionsFor(out.path()));
        QVERIFY(report.ok());
        for (const QString &file : filesUnder(out.path())) {
            QFile f(out.filePath(file));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(f.readAll() != "secret", qPrintable(file));
        }
    }

    void templateOverride()
    {
        QTemporaryDir out;
        const Result<SiteExportReport> report = exportSite(exportData + QStringLiteral("/override"), optionsFor(out.path()));
        QVERIFY(report.ok());
        const QString home = readText(out.filePath("index.html"));
        QVERIFY(home.contains(QLatin1String("<body class=\"custom-list\">")));
        QVERIFY(home.contains(QLatin1String("<a class=\"entry\" href=\"first/index.html\">First</a>")));
        // Templates not overridden stay the default.
        QVERIFY(readText(out.filePath("first/index.html")).contains(QLatin1String("id=\"pw-body\"")));
    }
};

QTEST_GUILESS_MAIN(TestExportSiteSafety)
#include "tst_exportsitesafety.moc"
