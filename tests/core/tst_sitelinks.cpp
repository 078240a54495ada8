// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// One rule for a post's local links (issue 14 §2 §5): where a root-relative
// URL leads on a Hugo, Jekyll or plain site (static/, assets/, module
// mounts, the base URL's path), what is refused, and that the doctor and
// the export look only at real links, images and text, never at code.
#include "doctor/postdoctor.h"
#include "export/exportedpage.h"
#include "export/localreference.h"
#include "export/siteexporter.h"
#include "export/sitefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace postwright;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

SiteFiles siteFiles(const QString &root)
{
    const Result<SiteConfig> config = detectSite(root);
    if (!config)
        qFatal("%s", qPrintable(config.error().toString()));
    const Result<SiteFiles> files = readSiteFiles(config.value());
    if (!files)
        qFatal("%s", qPrintable(files.error().toString()));
    return files.value();
}

QString kindName(LocalReference::Kind kind)
{
    switch (kind) {
    case LocalReference::Kind::External: return QStringLiteral("external");
    case LocalReference::Kind::Fragment: return QStringLiteral("fragment");
    case LocalReference::Kind::Template: return QStringLiteral("template");
    case LocalReference::Kind::File: return QStringLiteral("file");
    case LocalReference::Kind::Missing: return QStringLiteral("missing");
    case LocalReference::Kind::PageUrl: return QStringLiteral("page");
    case LocalReference::Kind::Outside: return QStringLiteral("outside");
    case LocalReference::Kind::Refused: return QStringLiteral("refused");
    }
    return {};
}

// "kind relative/path" of what url in post (relative to root) leads to.
QString judged(const QString &root, const QString &post, const QString &url)
{
    const LocalReference ref = judgeLocalReference(url, root + QLatin1Char('/') + post, siteFiles(root));
    QString path = ref.path;
    if (path.startsWith(root + QLatin1Char('/')))
        path = path.mid(root.size() + 1);
    else if (!path.isEmpty())
        path = QStringLiteral("<outside>");
    return (kindName(ref.kind) + QLatin1Char(' ') + path).trimmed();
}

QStringList findingLines(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings) {
        if (f.code != QLatin1String("missing-summary"))
            out.append(QStringLiteral("%1 %2 %3").arg(f.line).arg(f.code, f.message));
    }
    return out;
}

// A page of a docs site: examples in every kind of code, none of them a link.
QByteArray codeExamples(int n)
{
    QByteArray text = "---\ntitle: Page " + QByteArray::number(n) + "\nsummary: s\n---\n\n";
    text += "Use `{{ .Title }}` and `![x](/missing.png)` in a template.\n\n";
    text += "```go-html-template\n{{ .Title }}\n{{< figure src=\"/missing.png\" >}}\n![shot](/missing.png)\n"
            "<img src=\"/missing.png\">\n{% include x.html %}\n```\n\n";
    text += "    {{ range .Pages }}\n    [a](/missing/file.pdf)\n\n";
    text += "~~~~\n![y](../gone.jpg)\n~~~~\n\n";
    text += "- item with ``{{ $x := 1 }}`` and `<img src=\"/missing.png\">`\n\n";
    // Hugo's highlight shortcode holds code too.
    text += "{{< highlight markdown >}}\n![logo](/images/logo.png)\n[next](other-post.md)\n{{ .Title }}\n"
            "{{< /highlight >}}\n";
    return text;
}

// A Zola site: a section, pages, a bundle with a space in its name.
void writeZolaSite(const QString &root)
{
    QVERIFY(writeFile(root + "/config.toml", "base_url = \"https://example.org\"\ntitle = \"Z\"\n"));
    QVERIFY(writeFile(root + "/content/_index.md", "+++\ntitle = \"Home\"\n+++\n"));
    QVERIFY(writeFile(root + "/content/blog/_index.md", "+++\ntitle = \"Blog\"\n+++\n"));
    QVERIFY(writeFile(root + "/content/blog/other.md", "+++\ntitle = \"Other\"\ndate = 2024-01-01\n+++\n## Part two\n"));
    QVERIFY(writeFile(root + "/content/blog/my trip/index.md", "+++\ntitle = \"Trip\"\ndate = 2024-01-03\n+++\nx\n"));
}

} // namespace

class TestSiteLinks final : public QObject
{
    Q_OBJECT

private slots:
    void hugoRootRelative_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected");
        QTest::newRow("static/") << "/images/a.png" << "file static/images/a.png";
        QTest::newRow("assets/") << "/img/b.png" << "file assets/img/b.png";
        QTest::newRow("base URL's path") << "/blog/images/a.png" << "file static/images/a.png";
        QTest::newRow("percent-encoded, with a query") << "/images/a%20b.png?v=2" << "file static/images/a b.png";
        QTest::newRow("missing") << "/images/none.png" << "missing static/images/none.png";
        QTest::newRow("a post's page URL") << "/posts/other/" << "file content/posts/other.md";
        QTest::newRow("a post's page URL under the base path") << "/blog/posts/other/" << "file content/posts/other.md";
        QTest::newRow("no such page") << "/posts/nowhere/" << "missing static/posts/nowhere";
        QTest::newRow("a term page") << "/tags/go/" << "page static/tags/go";
        QTest::newRow("a section") << "/posts/" << "page static/posts";
        QTest::newRow("relative page URL") << "../other/" << "page content/other";
        QTest::newRow("a page URL ending in .html") << "/2015/12/03/news.html" << "page static/2015/12/03/news.html";
        QTest::newRow("a missing document") << "/documents/cp.pdf" << "missing static/documents/cp.pdf";
        QTest::newRow("template") << "{{ .Site.BaseURL }}/a.png" << "template";
        QTest::newRow("traversal to .env") << "/../.env" << "refused .env";
        QTest::newRow("traversal out of the site") << "/../../../etc/passwd" << "outside <outside>";
        QTest::newRow("relative traversal out") << "../../../outside.png" << "outside <outside>";
        QTest::newRow("hidden in static/") << "/.secret.png" << "refused static/.secret.png";
        QTest::newRow("VCS folder") << "../../.git/config" << "refused .git/config";
        QTest::newRow("config") << "../../hugo.toml" << "refused hugo.toml";
        QTest::newRow("layouts/") << "/../layouts/l.png" << "refused layouts/l.png";
        QTest::newRow("symbolic link out") << "/images/link.png" << "outside static/images/link.png";
    }
    void hugoRootRelative()
    {
        QFETCH(QString, url);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString root = dir.filePath("site");
        QVERIFY(writeFile(root + "/hugo.toml", "baseURL = \"https://example.org/blog/\"\n"));
        QVERIFY(writeFile(root + "/content/posts/p.md", "---\ntitle: p\n---\n"));
        QVERIFY(writeFile(root + "/content/posts/other.md", "---\ntitle: o\n---\n"));
        for (const char *file : {"static/images/a.png", "static/images/a b.png", "assets/img/b.png", "static/.secret.png",
                                 ".env", ".git/config", "layouts/l.png"})
            QVERIFY(writeFile(root + '/' + file, "x"));
        QVERIFY(writeFile(dir.filePath("outside.png"), "x"));
        QVERIFY(QFile::link(dir.filePath("outside.png"), root + "/static/images/link.png"));
        QCOMPARE(judged(root, "content/posts/p.md", url), expected);
    }

    // [[module.mounts]] into static replace Hugo's default static/; a mount
    // from outside the site is not read, and says so.
    void hugoModuleMounts()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath("site");
        QVERIFY(writeFile(root + "/hugo.toml", "[module]\n"
                                               "[[module.mounts]]\nsource = \"media\"\ntarget = \"static/pics\"\n"
                                               "[[module.mounts]]\nsource = \"node_modules/lib/dist\"\ntarget = \"assets/lib\"\n"
                                               "[[module.mounts]]\nsource = \"../shared\"\ntarget = \"static\"\n"));
        QVERIFY(writeFile(root + "/content/posts/p.md", "---\ntitle: p\n---\n"));
        QVERIFY(writeFile(root + "/media/c.png", "x"));
        QVERIFY(writeFile(root + "/node_modules/lib/dist/d.png", "x"));
        QVERIFY(writeFile(root + "/static/old.png", "x"));
        QVERIFY(writeFile(dir.filePath("shared/s.png"), "x"));
        QCOMPARE(judged(root, "content/posts/p.md", "/pics/c.png"), QString("file media/c.png"));
        QCOMPARE(judged(root, "content/posts/p.md", "/lib/d.png"), QString("file node_modules/lib/dist/d.png"));
        // static/ is no longer mounted, as in Hugo.
        QCOMPARE(judged(root, "content/posts/p.md", "/old.png"), QString("missing content/old.png"));
        QCOMPARE(judged(root, "content/posts/p.md", "/s.png"), QString("missing content/s.png"));
        const SiteFiles files = siteFiles(root);
        QCOMPARE(files.unsupported.size(), 1);
        QVERIFY2(files.unsupported.first().contains("../shared"), qPrintable(files.unsupported.first()));
    }

    void jekyllAndPlainRoots()
    {
        QTemporaryDir dir;
        const QString jekyll = dir.filePath("jekyll");
        QVERIFY(writeFile(jekyll + "/_config.yml", "url: https://example.org\nbaseurl: /docs\n"));
        QVERIFY(writeFile(jekyll + "/_posts/2024-01-01-p.md", "---\ntitle: p\n---\n"));
        QVERIFY(writeFile(jekyll + "/images/a.png", "x"));
        QVERIFY(writeFile(jekyll + "/_data/d.png", "x"));
        QCOMPARE(judged(jekyll, "_posts/2024-01-01-p.md", "/images/a.png"), QString("file images/a.png"));
        QCOMPARE(judged(jekyll, "_posts/2024-01-01-p.md", "/docs/images/a.png"), QString("file images/a.png"));
        QCOMPARE(judged(jekyll, "_posts/2024-01-01-p.md", "/_data/d.png"), QString("refused _data/d.png"));
        QCOMPARE(judged(jekyll, "_posts/2024-01-01-p.md", "/images/b.png"), QString("missing images/b.png"));

        const QString plain = dir.filePath("plain");
        QVERIFY(writeFile(plain + "/notes/p.md", "# p\n"));
        QVERIFY(writeFile(plain + "/notes/pic.png", "x"));
        QVERIFY(writeFile(plain + "/other/far.png", "x"));
        QCOMPARE(judged(plain, "notes/p.md", "pic.png"), QString("file notes/pic.png"));
        QCOMPARE(judged(plain, "notes/p.md", "/notes/pic.png"), QString("file notes/pic.png"));
        QCOMPARE(judged(plain, "notes/p.md", "../other/far.png"), QString("refused other/far.png"));
        QCOMPARE(judged(plain, "notes/p.md", "gone.png"), QString("missing notes/gone.png"));
    }

    // The doctor: a root-relative image that is not there is an error at its
    // line; one that is there, and everything in code, is not.
    void doctorJudgesRootRelativeImages()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath("site");
        QVERIFY(writeFile(root + "/hugo.toml", "baseURL = \"https://example.org/blog/\"\n"));
        QVERIFY(writeFile(root + "/static/images/here.png", "x"));
        QVERIFY(writeFile(root + "/.env", "x"));
        const QString path = root + "/content/posts/p.md";
        QVERIFY(writeFile(path, "---\ntitle: p\nsummary: s\n---\n\n"
                                "![here](/images/here.png) and ![also](/blog/images/here.png)\n\n"
                                "A paragraph\nwith ![gone](/images/gone.png) on its second line.\n\n"
                                "> quoted <img src=\"/images/lost.png\" alt=\"lost\">\n\n"
                                "`![x](/missing.png)` and ![env](/../.env)\n"));
        const Result<Post> post = Post::load(path);
        QVERIFY(post.ok());
        QCOMPARE(findingLines(checkPost(post.value(), checkContextFor(path))),
                 QStringList({"9 missing-image image not found: /images/gone.png",
                              "11 missing-image image not found: /images/lost.png",
                              "13 not-published /../.env is not published: a hidden file or folder"}));
    }

    // Examples in code (fenced, indented, spans) are never links, images or
    // template syntax: a docs site full of them has no findings, no export
    // warnings; the same outside code still has.
    void codeNeverCriesWolf()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath("site");
        QVERIFY(writeFile(root + "/hugo.toml", "title = \"Docs\"\nbaseURL = \"https://example.org/\"\n"));
        QStringList posts;
        for (int i = 0; i < 30; ++i) {
            posts.append(root + QStringLiteral("/content/docs/page%1.md").arg(i));
            QVERIFY(writeFile(posts.last(), codeExamples(i)));
        }
        for (const QString &path : posts) {
            const Result<Post> post = Post::load(path);
            QVERIFY(post.ok());
            QCOMPARE(findingLines(checkPost(post.value(), checkContextFor(path))), QStringList());
        }
        QTemporaryDir out;
        SiteExportOptions options;
        options.outDir = out.path();
        options.useIndexCache = false;
        Result<SiteExportReport> report = exportSite(root, options);
        QVERIFY(report.ok());
        QStringList warnings;
        for (const Error &e : report.value().warnings)
            warnings.append(e.toString());
        QCOMPARE(warnings, QStringList());

        // Outside code, the same text warns.
        const QString wolf = root + "/content/docs/real.md";
        QVERIFY(writeFile(wolf, "---\ntitle: Real\nsummary: s\n---\n\nIt is {{ .Title }} here.\n\n![shot](/missing.png)\n"));
        const Result<Post> post = Post::load(wolf);
        QVERIFY(post.ok());
        QCOMPARE(findingLines(checkPost(post.value(), checkContextFor(wolf))),
                 QStringList({"8 missing-image image not found: /missing.png"}));
        QTemporaryDir out2;
        options.outDir = out2.path();
        report = exportSite(root, options);
        QVERIFY(report.ok());
        warnings.clear();
        for (const Error &e : report.value().warnings)
            warnings.append(e.toString());
        QCOMPARE(warnings, QStringList({"content/docs/real.md:6:7: Liquid or Hugo template tag left as text (Postwright does "
                                        "not run templates): {{ .Title }} here.",
                                        "content/docs/real.md:8:9: missing image: /missing.png"}));
    }

    // A Hugo figure's src and link are files of the page like a Markdown
    // image's: the doctor judges them by the same rule as the export.
    void figureFilesAreChecked()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath("site");
        QVERIFY(writeFile(root + "/hugo.toml", "title = \"T\"\nbaseURL = \"https://example.org/\"\n"));
        QVERIFY(writeFile(root + "/static/images/here.png", "png"));
        QVERIFY(writeFile(root + "/.env", "SECRET=1\n"));
        const QString path = root + "/content/posts/fig.md";
        QVERIFY(writeFile(path, "---\ntitle: Fig\nsummary: s\n---\n\n{{< figure src=\"/images/here.png\" alt=\"a\" >}}\n\n"
                                "{{< figure src=\"/images/nothere.png\" alt=\"b\" >}}\n\n{{< figure src=\"/../.env\" alt=\"c\" >}}\n"));
        const Result<Post> post = Post::load(path);
        QVERIFY(post.ok());
        const QStringList lines = findingLines(checkPost(post.value(), checkContextFor(path)));
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).startsWith("8 missing-image image not found: /images/nothere.png"), qPrintable(lines.join('\n')));
        QVERIFY2(lines.at(1).startsWith("10 "), qPrintable(lines.join('\n')));
    }

    // The export copies a root-relative image from where Hugo publishes it,
    // to the same URL.
    void exportCopiesRootRelativeFiles()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath("site");
        QVERIFY(writeFile(root + "/hugo.toml", "title = \"S\"\nbaseURL = \"https://example.org/blog/\"\n"
                                               "[[module.mounts]]\nsource = \"media\"\ntarget = \"static/pics\"\n"
                                               "[[module.mounts]]\nsource = \"static\"\ntarget = \"static\"\n"));
        QVERIFY(writeFile(root + "/static/images/a.png", "a"));
        QVERIFY(writeFile(root + "/media/m.png", "m"));
        QVERIFY(writeFile(root + "/content/posts/p.md", "---\ntitle: p\n---\n\n![a](/blog/images/a.png) ![m](/pics/m.png)\n"));
        QTemporaryDir out;
        SiteExportOptions options;
        options.outDir = out.path();
        options.useIndexCache = false;
        const Result<SiteExportReport> report = exportSite(root, options);
        QVERIFY(report.ok());
        QVERIFY(QFileInfo(out.filePath("images/a.png")).isFile());
        QVERIFY(QFileInfo(out.filePath("pics/m.png")).isFile());
        QFile page(out.filePath("posts/p/index.html"));
        QVERIFY(page.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(page.readAll());
        QVERIFY2(html.contains("src=\"../../images/a.png\"") && html.contains("src=\"../../pics/m.png\""), qPrintable(html));
    }

    // Zola's internal links ("@/" + the path from content/, issue 17 §2):
    // the same rule as every other local link, from the content folder.
    void zolaInternalLinks_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected");
        QTest::newRow("a page") << "@/blog/other.md" << "file content/blog/other.md";
        QTest::newRow("a page with an anchor") << "@/blog/other.md#part-two" << "file content/blog/other.md";
        QTest::newRow("percent-encoded") << "@/blog/my%20trip/index.md" << "file content/blog/my trip/index.md";
        QTest::newRow("a section") << "@/blog/_index.md" << "file content/blog/_index.md";
        QTest::newRow("the home page") << "@/_index.md" << "file content/_index.md";
        QTest::newRow("missing") << "@/blog/none.md" << "missing content/blog/none.md";
        // zola build names only Markdown files: a folder is no page.
        QTest::newRow("a folder") << "@/blog/my%20trip" << "missing content/blog/my trip";
        QTest::newRow("not from the post's folder") << "@/other.md" << "missing content/other.md";
        QTest::newRow("a relative link still works") << "other.md" << "file content/blog/other.md";
        QTest::newRow("above content/") << "@/../config.toml" << "missing config.toml";
        QTest::newRow("traversal out of the site") << "@/../../../etc/passwd" << "outside <outside>";
    }
    void zolaInternalLinks()
    {
        QFETCH(QString, url);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString root = dir.filePath("site");
        writeZolaSite(root);
        QCOMPARE(judged(root, "content/blog/p.md", url), expected);
    }

    // On a Hugo site "@/" is a folder named "@" like any other.
    void atIsAFolderElsewhere()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath("site");
        QVERIFY(writeFile(root + "/hugo.toml", "baseURL = \"https://example.org/\"\n"));
        QVERIFY(writeFile(root + "/content/blog/other.md", "---\ntitle: o\n---\n"));
        QCOMPARE(judged(root, "content/blog/p.md", "@/blog/other.md"), QString("missing content/blog/@/blog/other.md"));
    }

    // The doctor accepts an internal link to a page and reports one to
    // nothing at its line, as a broken link; the export links the page.
    void zolaDoctorAndExport()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath("site");
        writeZolaSite(root);
        const QString path = root + "/content/blog/p.md";
        QVERIFY(writeFile(path, "+++\ntitle = \"p\"\ndate = 2024-01-02\ndescription = \"s\"\n+++\n\n"
                                "See [other](@/blog/other.md#part-two)\nand [the trip](@/blog/my%20trip/index.md).\n\n"
                                "But [gone](@/blog/gone.md) is not there.\n"));
        const Result<Post> post = Post::load(path);
        QVERIFY(post.ok());
        QCOMPARE(findingLines(checkPost(post.value(), checkContextFor(path))),
                 QStringList({"10 broken-link link target not found: @/blog/gone.md"}));
        QTemporaryDir out;
        SiteExportOptions options;
        options.outDir = out.path();
        options.useIndexCache = false;
        const Result<SiteExportReport> report = exportSite(root, options);
        QVERIFY(report.ok());
        QStringList warnings;
        for (const Error &e : report.value().warnings)
            warnings.append(e.toString());
        QCOMPARE(warnings.join("\n"), QString("content/blog/p.md:10:12: links to @/blog/gone.md, which does not exist"));
        QFile page(out.filePath("blog/p/index.html"));
        QVERIFY(page.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(page.readAll());
        QVERIFY2(html.contains("href=\"../other/index.html#part-two\"") && html.contains("href=\"../my-trip/index.html\""), qPrintable(html));
    }

    // A theme that themesDir keeps outside the site: its static/ and
    // assets/ files are found (the site's own first), checked and copied,
    // as hugo publishes them; nothing else outside the site is.
    void themeOutsideTheSite()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath("site");
        const QString theme = dir.filePath("shared-themes/t");
        QVERIFY(writeFile(root + "/hugo.toml", "title = \"S\"\ntheme = \"t\"\nthemesDir = \"../shared-themes\"\n"));
        QVERIFY(writeFile(theme + "/static/images/logo.png", "theme logo"));
        QVERIFY(writeFile(theme + "/static/images/own.png", "theme's"));
        QVERIFY(writeFile(theme + "/static/.secret/key.png", "secret"));
        QVERIFY(writeFile(theme + "/assets/css/a.css", "css"));
        QVERIFY(writeFile(root + "/static/images/own.png", "site's"));
        QVERIFY(writeFile(dir.filePath("elsewhere/x.png"), "x"));
        QVERIFY(writeFile(root + "/content/posts/p.md", "---\ntitle: p\n---\n\n![l](/images/logo.png) ![o](/images/own.png)\n"));
        const QString post = QStringLiteral("content/posts/p.md");
        QCOMPARE(judged(root, post, "/images/logo.png"), QStringLiteral("file <outside>"));
        QCOMPARE(judged(root, post, "/css/a.css"), QStringLiteral("file <outside>"));
        QCOMPARE(judged(root, post, "/images/own.png"), QStringLiteral("file static/images/own.png"));
        QCOMPARE(judged(root, post, "/.secret/key.png"), QStringLiteral("refused <outside>"));
        QCOMPARE(judged(root, post, "../../../elsewhere/x.png"), QStringLiteral("outside <outside>"));
        const QString logo = judgeLocalReference("/images/logo.png", root + "/" + post, siteFiles(root)).path;
        QCOMPARE(QFileInfo(logo).canonicalFilePath(), QFileInfo(theme + "/static/images/logo.png").canonicalFilePath());
        // The doctor finds the theme's image.
        const Result<Post> loaded = Post::load(root + "/" + post);
        QVERIFY(loaded);
        QCOMPARE(findingLines(checkPost(loaded.value(), checkContextFor(root + "/" + post))), QStringList());
        QTemporaryDir out;
        SiteExportOptions options;
        options.outDir = out.path();
        options.useIndexCache = false;
        const Result<SiteExportReport> report = exportSite(root, options);
        QVERIFY(report.ok());
        QFile copied(out.filePath("images/logo.png"));
        QVERIFY(copied.open(QIODevice::ReadOnly));
        QCOMPARE(copied.readAll(), QByteArray("theme logo"));
        QFile own(out.filePath("images/own.png"));
        QVERIFY(own.open(QIODevice::ReadOnly));
        QCOMPARE(own.readAll(), QByteArray("site's"));
    }
};

QTEST_GUILESS_MAIN(TestSiteLinks)
#include "tst_sitelinks.moc"
