// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Whole-site export of fixture Hugo and Jekyll sites: file tree, URLs,
// pagination, term pages, feed, sitemap, drafts and warnings. Incremental
// runs, --clean, escaping and the files that must never be read or written:
// tst_exportsitesafety.
#include "export/siteexporter.h"
#include "site/indexbuilder.h"
#include "support/siteexport.h"

#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QXmlStreamReader>

using namespace postwright;
using namespace postwright::testing::siteexport;

namespace {

// Elements' texts by name, from a whole XML document; fails on any error.
QStringList xmlTexts(const QString &path, const QString &element, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QXmlStreamReader xml(&file);
    QStringList texts;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.qualifiedName() == element)
            texts.append(xml.readElementText());
    }
    if (xml.hasError())
        *error = xml.errorString() + QStringLiteral(" at line ") + QString::number(xml.lineNumber());
    return texts;
}

// A Hugo site in folder: hugo.toml and posts (file name in content/posts/, text).
void writeHugoSite(const QTemporaryDir &folder, std::initializer_list<std::pair<const char *, QByteArray>> posts)
{
    writeFile(folder.filePath("hugo.toml"), "title = \"Site\"\n");
    for (const auto &[name, text] : posts)
        writeFile(folder.filePath(QStringLiteral("content/posts/") + QLatin1String(name)), text);
}

// The report's warnings as the CLI prints them ("path:line:column: text").
QStringList warningLines(const SiteExportReport &report)
{
    QStringList lines;
    for (const Error &e : report.warnings)
        lines.append(e.toString());
    return lines;
}

} // namespace

class TestExportSite : public QObject
{
    Q_OBJECT

private slots:
    void hugoTree()
    {
        QTemporaryDir out;
        const Result<SiteExportReport> report = exportSite(exportData + QStringLiteral("/hugo"), optionsFor(out.path()));
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().toString()));
        QCOMPARE(report.value().pagesFailed, 0);
        const QSet<QString> files = filesUnder(out.path());
        const QStringList expected = {
            "index.html", "page/2/index.html", "index.xml", "sitemap.xml",
            "posts/post-01/index.html", "posts/post-11/index.html", "posts/links/index.html",
            "posts/bundle/index.html", "posts/bundle/pic.png", "images/static-pic.png",
            "posts/my-custom-slug/index.html", "special/place/index.html", "escape/index.html",
            "tags/index.html", "tags/series/index.html", "tags/open-source/index.html", "tags/c++/index.html",
            "tags/tag-0/index.html", "categories/index.html", "categories/notes/index.html",
            "categories/web-dev/index.html",
            // The section content/posts/_index.md: its list page, as hugo writes it.
            "posts/index.html", "posts/page/2/index.html",
        };
        for (const QString &file : expected)
            QVERIFY2(files.contains(file), qPrintable(file));
        // Drafts and future posts are not published; nothing climbs out.
        for (const QString &file : files) {
            QVERIFY2(!file.contains(QLatin1String("draft")) && !file.contains(QLatin1String("future")),
                     qPrintable(file));
            QVERIFY2(!file.contains(QLatin1String("outside")), qPrintable(file));
        }
        QVERIFY(!QFileInfo::exists(out.path() + QStringLiteral("/../escape")));
        QCOMPARE(report.value().posts, 17);
    }

    void hugoPagesAndLinks()
    {
        QTemporaryDir out;
        const Result<SiteExportReport> report = exportSite(exportData + QStringLiteral("/hugo"), optionsFor(out.path()));
        QVERIFY(report.ok());
        const QString home = readText(out.filePath("index.html"));
        static const QRegularExpression entry(QStringLiteral("<li class=\"pw-entry\">"));
        QCOMPARE(home.count(entry), 10);
        QCOMPARE(readText(out.filePath("page/2/index.html")).count(entry), 7);
        QVERIFY(home.contains(QLatin1String("href=\"page/2/index.html\"")));
        // Newest first: links (February) before post-11 (January 11th).
        QVERIFY(home.indexOf(QLatin1String("posts/links/")) < home.indexOf(QLatin1String("posts/post-11/")));
        // Summaries: front matter, else before <!--more-->, else ~70 words.
        QVERIFY(home.contains(QLatin1String("A summary with &lt;b&gt;markup&lt;/b&gt; &amp;")));
        const QString page2 = readText(out.filePath("page/2/index.html"));
        QVERIFY(page2.contains(QLatin1String("Body of post 1. word")));
        QVERIFY(page2.contains(QStringLiteral("word…")));

        // The theme's stylesheet is written once, not inlined in every page.
        const QString css = readText(out.filePath("postwright.css"));
        QVERIFY(css.contains(QLatin1String("prefers-color-scheme")));
        QVERIFY(!readText(out.filePath("posts/links/index.html")).contains(css.left(200)));
        const QString links = readText(out.filePath("posts/links/index.html"));
        QVERIFY(links.contains(QLatin1String("href=\"../post-01/index.html\"")));
        QVERIFY(links.contains(QLatin1String("src=\"../../images/static-pic.png\"")));
        QVERIFY(links.contains(QLatin1String("href=\"https://example.com/page\"")));
        // Shortcodes are rendered on a Hugo site (issue 14 §4).
        QVERIFY2(links.contains(QLatin1String("<figure><img src=\"x.png\"></figure>")), qPrintable(links));
        QVERIFY(!links.contains(QLatin1String("{{&lt;")));
        QVERIFY(readText(out.filePath("posts/bundle/index.html")).contains(QLatin1String("src=\"pic.png\"")));
        QVERIFY(readText(out.filePath("posts/bundle/index.html")).contains(QLatin1String("href=\"../links/index.html\"")));

        // 11 numbered posts and the bundle, ten a page as hugo paginates a term.
        const QString series = readText(out.filePath("tags/series/index.html")) + readText(out.filePath("tags/series/page/2/index.html"));
        QCOMPARE(series.count(entry), 12);
        QCOMPARE(readText(out.filePath("tags/series/page/2/index.html")).count(entry), 2);
        QVERIFY(series.contains(QLatin1String("href=\"../../posts/bundle/index.html\"")) || series.contains(QLatin1String("href=\"../../../../posts/bundle/index.html\"")));
        const QString tags = readText(out.filePath("tags/index.html"));
        QVERIFY(tags.contains(QLatin1String("<a href=\"series/index.html\">series</a> <span class=\"pw-count\">(12)</span>")));
        QVERIFY(tags.contains(QLatin1String("<a href=\"open-source/index.html\">Open Source</a>")));
        // A taxonomy's page is titled with its name, capitalised.
        QVERIFY2(tags.contains(QStringLiteral("<title>Tags — Export Fixture</title>")), qPrintable(tags.left(1200)));
        QVERIFY(tags.contains(QLatin1String("<h1 class=\"pw-title\" dir=\"auto\">Tags</h1>")));
        QVERIFY(readText(out.filePath("categories/index.html")).contains(QStringLiteral("<title>Categories — Export Fixture</title>")));
    }

    void hugoWarnings()
    {
        QTemporaryDir out;
        const Result<SiteExportReport> report = exportSite(exportData + QStringLiteral("/hugo"), optionsFor(out.path()));
        QVERIFY(report.ok());
        const QStringList warnings = warningLines(report.value());
        const auto has = [&](const QString &text) {
            return std::any_of(warnings.cbegin(), warnings.cend(), [&](const QString &w) { return w.contains(text); });
        };
        QVERIFY2(has(QStringLiteral("content/posts/links.md:17:12: missing image: images/nope.png")),
                 qPrintable(warnings.join('\n')));
        QVERIFY(has(QStringLiteral("content/posts/links.md:19:12: ../../../outside.png is outside the site")));
        // The figure shortcode is rendered: its image is looked for like any other.
        QVERIFY2(has(QStringLiteral("content/posts/links.md:23:")) && has(QStringLiteral("missing image: x.png")),
                 qPrintable(warnings.join('\n')));
        QVERIFY(has(QStringLiteral("content/posts/evil-url.md: unsafe parts of the URL removed")));
        int shortcodeWarnings = 0;
        for (const QString &w : warnings)
            shortcodeWarnings += w.contains(QLatin1String("links.md")) && w.contains(QLatin1String("left as text"));
        QCOMPARE(shortcodeWarnings, 0);
    }

    // Two posts that want one URL: the first (by path) gets it; the other is
    // a failure with a warning naming both, and no list, feed or sitemap
    // entry points at the wrong page.
    void twoPostsOneUrl()
    {
        QTemporaryDir site;
        writeFile(site.filePath("hugo.toml"), "title = \"Site\"\nbaseURL = \"https://example.org/\"\n");
        writeFile(site.filePath("content/posts/a.md"), "---\ntitle: First\nslug: same\ndate: 2024-01-02\n---\nOne.\n");
        writeFile(site.filePath("content/posts/b.md"), "---\ntitle: Second\nslug: same\ndate: 2024-01-03\n---\nTwo.\n");
        QTemporaryDir out;
        const Result<SiteExportReport> report = exportSite(site.path(), optionsFor(out.path()));
        QVERIFY(report.ok());
        QCOMPARE(report.value().pagesFailed, 1);
        QCOMPARE(report.value().posts, 1);
        const QStringList warnings = warningLines(report.value());
        QVERIFY2(warnings.join('\n').contains(QLatin1String("posts/same/index.html is already the page of content/posts/a.md: not written")),
                 qPrintable(warnings.join('\n')));
        QVERIFY(readText(out.filePath("posts/same/index.html")).contains(QLatin1String("One.")));
        for (const char *file : {"index.html", "index.xml", "sitemap.xml"}) {
            const QString text = readText(out.filePath(file));
            QCOMPARE(text.count(QLatin1String("posts/same/")), file == QByteArray("index.html") ? 1 : text.count(QLatin1String("posts/same/")));
            QVERIFY2(!text.contains(QLatin1String("Second")), file);
        }
    }

    // A term whose page would be where a generated file is (the tag
    // "index.html" at tags/index.html/, over the tags overview
    // tags/index.html): an error naming the term and the file, the
    // generated page wins, and the export fails.
    void termOverAGeneratedFile()
    {
        QTemporaryDir site;
        writeHugoSite(site, {{"p.md", "---\ntitle: Post\ndate: 2024-01-01\ntags: [index.html, go]\n---\nBody.\n"}});
        QTemporaryDir out;
        const Result<SiteExportReport> report = exportSite(site.path(), optionsFor(out.path()));
        QVERIFY(report.ok());
        QCOMPARE(report.value().pagesFailed, 1);
        const QString warnings = warningLines(report.value()).join('\n');
        QVERIFY2(warnings.contains(QLatin1String("content/posts/p.md: the tags term \"index.html\": its page tags/index.html/index.html "
                                                 "would be where tags/index.html is: not written")),
                 qPrintable(warnings));
        QVERIFY2(!warnings.contains(QLatin1String("cannot write")), qPrintable(warnings));
        QVERIFY(QFileInfo(out.filePath("tags/index.html")).isFile());
        QVERIFY(readText(out.filePath("tags/index.html")).contains(QLatin1String("go/")));
        QVERIFY(!readText(out.filePath("tags/index.html")).contains(QLatin1String("index.html/")));
        QVERIFY(QFileInfo(out.filePath("tags/go/index.html")).isFile());
        QVERIFY(!readText(out.filePath("sitemap.xml")).contains(QLatin1String("tags/index.html/")));
    }

    // A generated file that cannot be written (a folder stands at its path)
    // stops the export with an error naming it, so it never reports success,
    // and nothing of the new export is put in place.
    void generatedFileNotWrittenFails()
    {
        QTemporaryDir site;
        writeHugoSite(site, {{"p.md", "---\ntitle: Post\ndate: 2024-01-01\n---\nBody.\n"}});
        QTemporaryDir out;
        QVERIFY(QDir(out.path()).mkpath(QStringLiteral("sitemap.xml/x")));
        const Result<SiteExportReport> report = exportSite(site.path(), optionsFor(out.path()));
        QVERIFY(!report.ok());
        QVERIFY2(report.error().toString().contains(QLatin1String("sitemap.xml")), qPrintable(report.error().toString()));
        QVERIFY(!QFileInfo::exists(out.filePath("posts/p/index.html")));
        QVERIFY(QFileInfo(out.filePath("sitemap.xml/x")).isDir());
    }

    // The export reads only the front matter while indexing: a body that is
    // not UTF-8 must still stop its page, with the file and line, and the
    // other posts go out as usual.
    void bodyThatIsNotTextIsReported()
    {
        QTemporaryDir site;
        writeHugoSite(site, {{"good.md", "---\ntitle: Good\ndate: 2024-01-02\n---\nFine.\n"},
                             {"bad.md", "---\ntitle: Bad\ndate: 2024-01-03\n---\nFirst line.\n\nCaf\xE9 au lait \xFF\xFE.\n"}});
        QTemporaryDir out;
        const Result<SiteExportReport> report = exportSite(site.path(), optionsFor(out.path()));
        QVERIFY(report.ok());
        const QStringList warnings = warningLines(report.value());
        QVERIFY2(warnings.join('\n').contains(QLatin1String("content/posts/bad.md:7:")), qPrintable(warnings.join('\n')));
        QCOMPARE(report.value().pagesFailed, 1);
        QCOMPARE(report.value().posts, 1);
        QVERIFY(QFileInfo::exists(out.filePath("posts/good/index.html")));
        QVERIFY(!QFileInfo::exists(out.filePath("posts/bad/index.html")));
        QVERIFY(!readText(out.filePath("index.html")).contains(QLatin1String("Bad")));
    }

    // The index reads the front matter only; a delimiter-like line inside a
    // block scalar ("  ..." in YAML, "+++" in a TOML string) must not end it
    // there, or the draft flag below it would be lost and the draft published.
    void draftWithDelimiterInsideAValueStaysDraft()
    {
        QTemporaryDir site;
        writeHugoSite(site, {{"public.md", "---\ntitle: Public\ndate: 2024-01-02\n---\nFine.\n"},
                             {"yaml-draft.md", "---\ntitle: Notes\ndate: 2024-01-03\nsummary: |\n  Part one\n  ...\n"
                                               "  ---\n  Part two\ndraft: true\n---\nSecret.\n"},
                             {"toml-draft.md", "+++\ntitle = \"Plans\"\ndate = 2024-01-04\nsummary = \"\"\"\n+++ \n\"\"\"\n"
                                               "draft = true\n+++\nSecret.\n"}});
        QTemporaryDir out;
        const Result<SiteExportReport> report = exportSite(site.path(), optionsFor(out.path()));
        QVERIFY(report.ok());
        QCOMPARE(report.value().posts, 1);
        QVERIFY(QFileInfo::exists(out.filePath("posts/public/index.html")));
        QVERIFY(!QFileInfo::exists(out.filePath("posts/yaml-draft/index.html")));
        QVERIFY(!QFileInfo::exists(out.filePath("posts/toml-draft/index.html")));
        const QString feed = readText(out.filePath("index.xml"));
        QVERIFY(!feed.contains(QLatin1String("Notes")) && !feed.contains(QLatin1String("Plans")));
    }

    void draftsAndFuture()
    {
        QTemporaryDir out;
        SiteExportOptions options = optionsFor(out.path());
        options.drafts = true;
        options.future = true;
        const Result<SiteExportReport> report = exportSite(exportData + QStringLiteral("/hugo"), options);
        QVERIFY(report.ok());
        QVERIFY(QFileInfo::exists(out.filePath("posts/draft/index.html")));
        QVERIFY(QFileInfo::exists(out.filePath("posts/future/index.html")));
        QCOMPARE(report.value().posts, 19);
    }

    void everyPageValid()
    {
        QTemporaryDir out;
        SiteExportOptions options = optionsFor(out.path());
        options.baseUrl = QStringLiteral("https://cli.example.net/sub");
        QVERIFY(exportSite(exportData + QStringLiteral("/hugo"), options).ok());
        for (const QString &file : filesUnder(out.path())) {
            if (!file.endsWith(QLatin1String(".html")))
                continue;
            const QString html = readText(out.filePath(file));
            QVERIFY2(html.startsWith(QLatin1String("<!DOCTYPE html>")), qPrintable(file));
            QVERIFY2(html.contains(QLatin1String("<meta charset=\"utf-8\">")), qPrintable(file));
            // hugo's redirect from a list's page/1/ to its first page: that only.
            if (file.endsWith(QLatin1String("/page/1/index.html")) || file == QLatin1String("page/1/index.html")) {
                QVERIFY2(html.contains(QLatin1String("<meta http-equiv=\"refresh\" content=\"0; url=../../")), qPrintable(file));
                QVERIFY2(html.contains(QLatin1String("<link rel=\"canonical\" href=\"https://cli.example.net/sub/")), qPrintable(file));
                continue;
            }
            QVERIFY2(html.contains(QRegularExpression(QStringLiteral("<title>[^<]+</title>"))), qPrintable(file));
            QVERIFY2(html.contains(QLatin1String("<meta name=\"description\" content=\"")), qPrintable(file));
            QVERIFY2(html.contains(QLatin1String("<link rel=\"canonical\" href=\"https://cli.example.net/sub/")),
                     qPrintable(file));
            // Post, list and terms pages alike: the policy, and the site's one
            // stylesheet by a relative link that resolves to it.
            QVERIFY2(html.contains(QLatin1String("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src ")),
                     qPrintable(file));
            static const QRegularExpression stylesheet(QStringLiteral("<link rel=\"stylesheet\" href=\"([^\"]*postwright\\.css)\">"));
            const QRegularExpressionMatch link = stylesheet.match(html);
            QVERIFY2(link.hasMatch(), qPrintable(file));
            const QString linked = QDir::cleanPath(QFileInfo(out.filePath(file)).absolutePath() + QLatin1Char('/') + link.captured(1));
            QCOMPARE(linked, QDir::cleanPath(out.filePath("postwright.css")));
            // Front-matter values are escaped everywhere.
            QVERIFY2(!html.contains(QLatin1String("<script>alert")), qPrintable(file));
            QVERIFY2(html.trimmed().endsWith(QLatin1String("</html>")), qPrintable(file));
        }
        // The theme's stylesheet is written once, not inlined in every page.
        const QString css = readText(out.filePath("postwright.css"));
        QVERIFY(css.contains(QLatin1String("prefers-color-scheme")));
        QVERIFY(!readText(out.filePath("posts/links/index.html")).contains(css.left(200)));
        const QString links = readText(out.filePath("posts/links/index.html"));
        QVERIFY(links.contains(
            QStringLiteral("<title>Tom &amp; &quot;Jerry&quot; &lt;script&gt;alert(1)&lt;/script&gt; — Export Fixture</title>")));
    }

    void feedAndSitemap()
    {
        QTemporaryDir out;
        QVERIFY(exportSite(exportData + QStringLiteral("/hugo"), optionsFor(out.path())).ok());
        QString error;
        const QStringList links = xmlTexts(out.filePath("index.xml"), QStringLiteral("link"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(links.size(), 1 + 17);   // the channel and each post
        for (const QString &link : links)
            QVERIFY2(link.startsWith(QLatin1String("https://blog.example.org/")), qPrintable(link));
        // Newest first: the bundle (March), then links (February).
        QCOMPARE(links.at(1), QStringLiteral("https://blog.example.org/posts/bundle/"));
        QCOMPARE(links.at(2), QStringLiteral("https://blog.example.org/posts/links/"));
        const QStringList titles = xmlTexts(out.filePath("index.xml"), QStringLiteral("title"), &error);
        QVERIFY(titles.contains(QStringLiteral("Tom & \"Jerry\" <script>alert(1)</script>")));
        const QStringList dates = xmlTexts(out.filePath("index.xml"), QStringLiteral("pubDate"), &error);
        QCOMPARE(dates.value(1), QStringLiteral("Thu, 01 Feb 2024 10:00:00 +0000"));

        const QStringList locs = xmlTexts(out.filePath("sitemap.xml"), QStringLiteral("loc"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(locs.contains(QStringLiteral("https://blog.example.org/")));
        // hugo's sitemap lists a list's first page only.
        QVERIFY(!locs.contains(QStringLiteral("https://blog.example.org/page/2/")));
        QVERIFY(locs.contains(QStringLiteral("https://blog.example.org/posts/my-custom-slug/")));
        QVERIFY(locs.contains(QStringLiteral("https://blog.example.org/tags/open-source/")));
        QCOMPARE(QSet<QString>(locs.cbegin(), locs.cend()).size(), locs.size());
    }

    // Text pasted from a PDF brings control characters, and U+FFFE or
    // U+FFFF, which XML has no place for; a date without an offset still
    // gets one in the sitemap.
    void feedAndSitemapStayWellFormed()
    {
        QTemporaryDir site;
        writeHugoSite(site, {{"pasted.md", "---\ntitle: \"Pasted\\b title\"\ndate: 2024-01-01\n---\nBody\x02 with\x1b controls\xef\xbf\xbf \xef\xbf\xbe"
                                           "and \xef\xbf\xbd replacement.\n"},
                             {"naive.md", "---\ntitle: Naive\ndate: 2024-04-02T10:00:00\n---\nText.\n"}});
        QTemporaryDir out;
        QVERIFY(exportSite(site.path(), optionsFor(out.path())).ok());
        QString error;
        const QStringList titles = xmlTexts(out.filePath("index.xml"), QStringLiteral("title"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(titles.contains(QStringLiteral("Pasted title")), qPrintable(titles.join(QLatin1Char('|'))));
        const QStringList summaries = xmlTexts(out.filePath("index.xml"), QStringLiteral("description"), &error);
        QVERIFY2(summaries.join(QLatin1Char('|')).contains(QStringLiteral("Body with controls and \uFFFD replacement.")),
                 qPrintable(summaries.join(QLatin1Char('|'))));
        const QStringList lastmods = xmlTexts(out.filePath("sitemap.xml"), QStringLiteral("lastmod"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(lastmods.size(), 2);
        const QRegularExpression w3c(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(Z|[+-]\\d\\d:\\d\\d)$"));
        for (const QString &lastmod : lastmods)
            QVERIFY2(w3c.match(lastmod).hasMatch(), qPrintable(lastmod));
    }

    // An undated post goes last, as hugo lists it, and the feed gives it no
    // date: the file's time (which every checkout changes) plays no part.
    void undatedPostsGoLastWithoutADate()
    {
        QTemporaryDir site;
        writeHugoSite(site, {{"new.md", "---\ntitle: Dated new\ndate: 2024-05-01\n---\nText.\n"},
                             {"old.md", "---\ntitle: Dated old\ndate: 2020-05-01\n---\nText.\n"},
                             {"undated.md", "---\ntitle: Undated\n---\nText.\n"}});
        QTemporaryDir out;
        QVERIFY(exportSite(site.path(), optionsFor(out.path())).ok());
        const QString home = readText(out.filePath("index.html"));
        const qsizetype fresh = home.indexOf(QLatin1String("Dated new"));
        const qsizetype old = home.indexOf(QLatin1String("Dated old"));
        const qsizetype undated = home.indexOf(QLatin1String("Undated"));
        QVERIFY(fresh >= 0 && fresh < old && old < undated);
        QString error;
        QCOMPARE(xmlTexts(out.filePath("index.xml"), QStringLiteral("pubDate"), &error),
                 QStringList({QStringLiteral("Wed, 01 May 2024 00:00:00 +0000"), QStringLiteral("Fri, 01 May 2020 00:00:00 +0000")}));
        QCOMPARE(xmlTexts(out.filePath("index.xml"), QStringLiteral("lastBuildDate"), &error),
                 QStringList(QStringLiteral("Wed, 01 May 2024 00:00:00 +0000")));
    }

    void baseUrlIsCheckedAndEncoded()
    {
        QTemporaryDir site;
        writeHugoSite(site, {{"a.md", "---\ntitle: A\ndate: 2024-01-01\n---\nText.\n"}});
        QTemporaryDir out;
        // Without one the feed and sitemap cannot be absolute: the user is told.
        const Result<SiteExportReport> none = exportSite(site.path(), optionsFor(out.path()));
        QVERIFY(none.ok());
        QVERIFY(std::any_of(none.value().warnings.cbegin(), none.value().warnings.cend(),
                            [](const Error &e) { return e.message.contains(QLatin1String("no base URL")); }));
        SiteExportOptions options = optionsFor(out.path());
        for (const char *bad : {"https://x.example/site#top", "https://x.example/?q=1", "https://"}) {
            options.baseUrl = QLatin1String(bad);
            QVERIFY2(!exportSite(site.path(), options).ok(), bad);
        }
        options.baseUrl = QStringLiteral("https://x.example/mon blog/ça/");
        const Result<SiteExportReport> encoded = exportSite(site.path(), options);
        QVERIFY(encoded.ok());
        QVERIFY(std::none_of(encoded.value().warnings.cbegin(), encoded.value().warnings.cend(),
                             [](const Error &e) { return e.message.contains(QLatin1String("no base URL")); }));
        QString error;
        const QStringList locs = xmlTexts(out.filePath("sitemap.xml"), QStringLiteral("loc"), &error);
        QVERIFY(locs.contains(QStringLiteral("https://x.example/mon%20blog/%C3%A7a/posts/a/")));
        options.baseUrl = QStringLiteral("https://x.example/already%20encoded/");
        QVERIFY(exportSite(site.path(), options).ok());
        QVERIFY(xmlTexts(out.filePath("sitemap.xml"), QStringLiteral("loc"), &error)
                    .contains(QStringLiteral("https://x.example/already%20encoded/posts/a/")));
    }

    // Hugo authors often link to a page's URL rather than its file: such a
    // link leads to the exported page too, relative, so that it also works
    // opened from disk.
    void linkWrittenAsAUrlIsRewritten()
    {
        QTemporaryDir site;
        writeHugoSite(site, {{"target.md", "---\ntitle: Target\ndate: 2024-01-01\n---\nText.\n"},
                             {"bundled/index.md", "---\ntitle: Bundled\ndate: 2024-01-01\n---\nText.\n"},
                             {"source.md", "---\ntitle: Source\ndate: 2024-01-02\n---\n"
                                           "[a](/posts/target/) [b](../target/#part) [c](/posts/bundled/) [d](/posts/nowhere/)\n"}});
        QVERIFY(writeFile(site.filePath("hugo.toml"), "baseURL = \"https://ex.org/blog/\"\ntitle = \"Site\"\n"));
        QTemporaryDir out;
        QVERIFY(exportSite(site.path(), optionsFor(out.path())).ok());
        const QString page = readText(out.filePath("posts/source/index.html"));
        QVERIFY2(page.contains(QLatin1String("<a href=\"../target/index.html\">a</a>")), qPrintable(page));
        QVERIFY(page.contains(QLatin1String("<a href=\"../target/index.html#part\">b</a>")));
        QVERIFY(page.contains(QLatin1String("<a href=\"../bundled/index.html\">c</a>")));
        QVERIFY(page.contains(QLatin1String("<a href=\"/posts/nowhere/\">d</a>")));
    }

    // Two bundles link the same name: each its own file (the export judges
    // a link once per folder, not once per site).
    void sameLinkInAnotherFolderIsItsOwnFile()
    {
        QTemporaryDir site;
        writeHugoSite(site, {{"a/index.md", "---\ntitle: One\ndate: 2024-01-01\n---\n![cat](cat.png)\n"},
                             {"b/index.md", "---\ntitle: Two\ndate: 2024-01-02\n---\n![cat](cat.png)\n"}});
        QVERIFY(writeFile(site.filePath("content/posts/a/cat.png"), QByteArray("\x89PNG\r\n\x1a\n", 8)));
        QTemporaryDir out;
        SiteExportOptions options = optionsFor(out.path());
        options.jobs = 1;   // one after the other: the second finds the first's judgement
        const Result<SiteExportReport> report = exportSite(site.path(), options);
        QVERIFY(report.ok());
        const QStringList warnings = warningLines(report.value());
        QVERIFY2(warnings.filter(QStringLiteral("content/posts/b/index.md")).filter(QStringLiteral("cat.png")).size() == 1,
                 qPrintable(warnings.join(QLatin1Char('\n'))));
        QVERIFY2(warnings.filter(QStringLiteral("content/posts/a/index.md")).isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
        QVERIFY(QFileInfo(out.filePath("posts/a/cat.png")).isFile());
        QVERIFY(!QFileInfo::exists(out.filePath("posts/b/cat.png")));
    }

    // A post's own url in its front matter moves its page, and the links
    // of other posts follow it: from the files, and from the index cache
    // (the URL is worked out from the index's record, not read again).
    void linkFollowsThePostsOwnUrl()
    {
        QTemporaryDir site;
        writeHugoSite(site, {{"target.md", "---\ntitle: Target\ndate: 2024-01-01\nurl: /custom/place/\n---\nText.\n"},
                             {"source.md", "---\ntitle: Source\ndate: 2024-01-02\n---\n[a](target.md)\n"}});
        QTemporaryDir cache;
        for (const char *run : {"from the files", "from the cache"}) {
            if (run == QLatin1String("from the cache")) {
                // The cache the app writes when it opens the site.
                IndexOptions app;
                app.cacheDir = cache.path();
                const Result<SiteIndex> index = indexSite(site.path(), app);
                QVERIFY(index.ok() && index.value().stats().cacheWritten);
            }
            QTemporaryDir out;
            SiteExportOptions options = optionsFor(out.path());
            options.useIndexCache = true;
            options.indexCacheDir = cache.path();
            QVERIFY2(exportSite(site.path(), options).ok(), run);
            QVERIFY2(QFileInfo(out.filePath("custom/place/index.html")).isFile(), run);
            const QString page = readText(out.filePath("posts/source/index.html"));
            QVERIFY2(page.contains(QLatin1String("<a href=\"../../custom/place/index.html\">a</a>")), run);
        }
    }

    // hugo builds a site per language when the languages have content
    // folders of their own; the export builds one, and says so.
    void contentFolderPerLanguageIsReported()
    {
        QTemporaryDir site;
        QVERIFY(writeFile(site.filePath("hugo.toml"), "title = \"Site\"\n[languages.en]\ncontentDir = \"content/en\"\n"
                                                      "[languages.de]\ncontentDir = \"content/de\"\n"));
        QVERIFY(writeFile(site.filePath("content/en/posts/a.md"), "---\ntitle: A\ndate: 2024-01-01\n---\nText.\n"));
        QTemporaryDir out;
        const Result<SiteExportReport> report = exportSite(site.path(), optionsFor(out.path()));
        QVERIFY(report.ok());
        const QStringList warnings = warningLines(report.value()).filter(QStringLiteral("languages.*.contentDir"));
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().startsWith(QStringLiteral("hugo.toml: ")), qPrintable(warnings.first()));
    }

    // Hugo 0.112+ nests permalinks by page kind; posts take [permalinks.page],
    // not the patterns of sections or taxonomies.
    void nestedPermalinksUseThePageKind()
    {
        QTemporaryDir site;
        writeHugoSite(site, {{"hello.md", "---\ntitle: Hello\ndate: 2024-03-01\n---\nText.\n"},
                             {"other.md", "---\ntitle: Other\ndate: 2024-03-02\n---\nText.\n"}});
        QVERIFY(writeFile(site.filePath("hugo.toml"), "title = \"Site\"\n"
                                                      "[permalinks.section]\nposts = \"/sections/\"\n"
                                                      "[permalinks.page]\nposts = \"/:year/:slug/\"\n"
                                                      "[permalinks.term]\ntags = \"/topic/:slug/\"\n"));
        QTemporaryDir out;
        const Result<SiteExportReport> report = exportSite(site.path(), optionsFor(out.path()));
        QVERIFY(report.ok());
        const QSet<QString> files = filesUnder(out.path());
        QVERIFY2(files.contains(QStringLiteral("2024/hello/index.html")), qPrintable(QStringList(files.cbegin(), files.cend()).join(' ')));
        QVERIFY(files.contains(QStringLiteral("2024/other/index.html")));
        QVERIFY(!files.contains(QStringLiteral("sections/index.html")));
    }

    // A link written as the URL of another post follows that post: when the
    // post moves, an incremental export rewrites the page that links to it,
    // exactly as a full export would.
    void linkToAPostThatMovesIsRewrittenIncrementally()
    {
        QTemporaryDir site;
        writeHugoSite(site, {{"target.md", "---\ntitle: Target\ndate: 2024-01-01\n---\nText.\n"},
                             {"source.md", "---\ntitle: Source\ndate: 2024-01-02\n---\n[a](/posts/target/)\n"}});
        QTemporaryDir out;
        QVERIFY(exportSite(site.path(), optionsFor(out.path())).ok());
        QVERIFY(readText(out.filePath("posts/source/index.html")).contains(QLatin1String("href=\"../target/index.html\"")));

        QVERIFY(writeFile(site.filePath("content/posts/target.md"),
                          "---\ntitle: Target\ndate: 2024-01-01\nurl: /moved/\n---\nText.\n"));
        const Result<SiteExportReport> again = exportSite(site.path(), optionsFor(out.path()));
        QVERIFY(again.ok());
        QVERIFY2(again.value().written.contains(QStringLiteral("posts/source/index.html")),
                 qPrintable(again.value().written.join(' ')));
        QTemporaryDir fresh;
        QVERIFY(exportSite(site.path(), optionsFor(fresh.path())).ok());
        const QString page = readText(out.filePath("posts/source/index.html"));
        QVERIFY(!page.contains(QLatin1String("href=\"../target/index.html\"")));
        QCOMPARE(page, readText(fresh.filePath("posts/source/index.html")));
    }

    // Front matter between +++ lines is TOML, however YAML-like it looks.
    void tomlDelimitersWithYamlInsideAreAnError()
    {
        QTemporaryDir site;
        writeHugoSite(site, {{"good.md", "---\ntitle: Good\ndate: 2024-01-02\n---\nFine.\n"},
                             {"wrong.md", "+++\ntitle: Wrong\ndate: 2024-01-03\n+++\nText.\n"}});
        QTemporaryDir out;
        const Result<SiteExportReport> report = exportSite(site.path(), optionsFor(out.path()));
        QVERIFY(report.ok());
        const QStringList warnings = warningLines(report.value());
        QVERIFY2(warnings.join('\n').contains(QLatin1String("content/posts/wrong.md:")), qPrintable(warnings.join('\n')));
        QVERIFY(QFileInfo::exists(out.filePath("posts/good/index.html")));
        QVERIFY(!readText(out.filePath("index.html")).contains(QLatin1String("Wrong")));
    }

    void linkToAMissingPostIsReported()
    {
        QTemporaryDir site;
        writeHugoSite(site, {{"a.md", "---\ntitle: A\ndate: 2024-01-01\n---\nSee [gone](gone.md) and [here](a.md).\n"}});
        QTemporaryDir out;
        const Result<SiteExportReport> report = exportSite(site.path(), optionsFor(out.path()));
        QVERIFY(report.ok());
        const auto missing = std::find_if(report.value().warnings.cbegin(), report.value().warnings.cend(),
                                          [](const Error &e) { return e.message.contains(QLatin1String("gone.md")); });
        QVERIFY(missing != report.value().warnings.cend());
        QCOMPARE(missing->line, 5);
        QCOMPARE(missing->path, QStringLiteral("content/posts/a.md"));
    }

    // As hugo: a publishDate in the past publishes a post dated in the
    // future, and one in the future holds back a post dated in the past.
    void publishDateDecidesWhatIsFuture()
    {
        QTemporaryDir site;
        writeHugoSite(site, {{"out.md", "---\ntitle: Out\ndate: 2099-01-01\npublishDate: 2020-01-01\n---\nText.\n"},
                             {"held.md", "---\ntitle: Held\ndate: 2020-01-01\npublishDate: 2099-01-01\n---\nText.\n"}});
        QTemporaryDir out;
        QVERIFY(exportSite(site.path(), optionsFor(out.path())).ok());
        QVERIFY(QFileInfo::exists(out.filePath("posts/out/index.html")));
        QVERIFY(!QFileInfo::exists(out.filePath("posts/held/index.html")));
    }

    // Spaces and non-ASCII letters in file names and terms: the files keep
    // them, every link to them is percent-encoded.
    void urlsArePercentEncoded()
    {
        QTemporaryDir site;
        writeHugoSite(site, {{"pic.md", "---\ntitle: Pic\ndate: 2024-01-01\ntags: [Ünï Tag]\n---\n![p](/images/my%20pic.png)\n"}});
        QVERIFY(writeFile(site.filePath("hugo.toml"), "baseURL = \"https://ex.org/\"\ntitle = \"Site\"\n"));
        QVERIFY(writeFile(site.filePath("static/images/my pic.png"), "png"));
        QTemporaryDir out;
        const Result<SiteExportReport> report = exportSite(site.path(), optionsFor(out.path()));
        QVERIFY(report.ok());
        QVERIFY(report.value().warnings.isEmpty());
        QVERIFY(QFileInfo::exists(out.filePath("images/my pic.png")));
        QVERIFY(QFileInfo::exists(out.filePath("tags/ünï-tag/index.html")));
        const QString page = readText(out.filePath("posts/pic/index.html"));
        QVERIFY2(page.contains(QLatin1String("src=\"../../images/my%20pic.png\"")), qPrintable(page));
        const QString terms = readText(out.filePath("tags/index.html"));
        QVERIFY2(terms.contains(QLatin1String("href=\"%C3%BCn%C3%AF-tag/index.html\"")), qPrintable(terms));
        QString error;
        const QStringList locs = xmlTexts(out.filePath("sitemap.xml"), QStringLiteral("loc"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(locs.contains(QStringLiteral("https://ex.org/tags/%C3%BCn%C3%AF-tag/")));
        for (const QString &loc : locs)
            QVERIFY2(!loc.contains(QLatin1Char(' ')) && QUrl(loc, QUrl::StrictMode).isValid(), qPrintable(loc));
    }

    void jekyll()
    {
        QTemporaryDir out;
        const Result<SiteExportReport> report = exportSite(exportData + QStringLiteral("/jekyll"), optionsFor(out.path()));
        QVERIFY(report.ok());
        const QSet<QString> files = filesUnder(out.path());
        for (const char *file : {"news/2024/01/15/hello-world.html", "2024/pretty/index.html",
                                    "2024/03/01/no-category.html", "assets/photo.png", "categories/news/index.html",
                                    "tags/intro/index.html"})
            QVERIFY2(files.contains(QString::fromLatin1(file)), qPrintable(QStringList(files.values()).join(' ')));
        QVERIFY(!files.contains(QStringLiteral("unfinished.html")));
        const QString hello = readText(out.filePath("news/2024/01/15/hello-world.html"));
        QVERIFY(hello.contains(QLatin1String("src=\"../../../../assets/photo.png\"")));
        QVERIFY(hello.contains(QLatin1String("href=\"https://jekyll.example.org/blog/news/2024/01/15/hello-world.html\"")));
        // Jekyll runs Liquid before Markdown (issue 19): nothing is left as
        // text, and nothing is reported for it.
        QVERIFY(hello.contains(QLatin1String("Hello Jekyll Export Fixture.")));
        QVERIFY(hello.contains(QLatin1String("<figure class=\"highlight\"><pre><code class=\"language-ruby\" data-lang=\"ruby\">")));
        QVERIFY(!hello.contains(QLatin1String("{{ site.title }}")));
        QVERIFY(!hello.contains(QLatin1String("{% highlight ruby %}")));
        const QString linking = readText(out.filePath("2024/03/01/no-category.html"));
        QVERIFY(linking.contains(QLatin1String("href=\"../../../news/2024/01/15/hello-world.html\"")));
        int liquid = 0;
        for (const Error &e : report.value().warnings)
            liquid += e.path.endsWith(QLatin1String("hello-world.md"));
        QCOMPARE(liquid, 0);
    }
};

QTEST_GUILESS_MAIN(TestExportSite)
#include "tst_exportsite.moc"
