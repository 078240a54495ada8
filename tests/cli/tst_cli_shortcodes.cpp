// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Hugo shortcodes in an exported site: a fixture site (written by the test)
// uses each built-in shortcode and a site's own; postwright-cli export
// leaves no shortcode syntax in any page, feed or list, warns once per
// unknown name, and writes figure, highlight, youtube, vimeo, ref, relref
// and param with the same structure as hugo 0.111 on the same site.
#include <QDirIterator>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include "support/testfiles.h"

using namespace postwright::testing;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runProgram(const QString &program, const QStringList &args, const QString &workingDirectory = {})
{
    QProcess process;
    process.setWorkingDirectory(workingDirectory);
    process.start(program, args);
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

// Everything hugo 0.111 has a template for (details, x and instagram need
// a newer hugo or the network: they are in extras.md, for the export only).
const QByteArray shared = R"(---
title: Shared
tags: [demo]
---
By {{< param author >}} on {{% param "venue.city" %}}.

{{< figure src="/img/a.png" link="https://e.org/big" target="_blank" rel="noopener" alt="Alt text" title="The title" caption="A *fine* caption" attr="Ann" attrlink="https://ann.example" width="640" height="480" class="wide" >}}

{{< highlight go "linenos=inline,hl_lines=2" >}}
package main
func main() {}
{{< /highlight >}}

{{< youtube w7Ft2ymGmfc >}}

{{< vimeo 146022717 >}}

See [the other post]({{< ref "other.md" >}}) and [again]({{< relref "/posts/other" >}}).
)";

const QByteArray extras = R"(---
title: Extras
summary_is_not_set: true
---
{{< notice warning >}}
A site's *own* shortcode.
{{< /notice >}}

{{< details summary="Click" >}}
Hidden **words**.
{{< /details >}}

{{< gist spf13 7896402 >}}

{{< x user="SanDiegoZoo" id="1453110110599868418" >}}

{{< instagram BWNjjyYFxVx >}}

{{% notice tip %}}Once more{{% /notice %}}
)";

// The tags of an element and what is inside it, with their attributes in
// order: "figure class=wide|a href=…|img …|/a|…". Text is left out.
QStringList tagsOf(const QString &html, const QString &open, const QString &close)
{
    const qsizetype start = html.indexOf(open);
    const qsizetype end = html.indexOf(close, start);
    if (start < 0 || end < 0)
        return {u"missing "_s + open};
    static const QRegularExpression tag(uR"re(<(/?)([a-z0-9]+)((?:\s+[a-z-]+(?:="[^"]*")?)*)\s*/?>)re"_s);
    static const QRegularExpression attribute(uR"re(([a-z-]+)(?:="([^"]*)")?)re"_s);
    QStringList tags;
    auto it = tag.globalMatch(html.mid(start, end + close.size() - start));
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        QStringList attributes;
        auto at = attribute.globalMatch(m.captured(3));
        while (at.hasNext()) {
            const QRegularExpressionMatch a = at.next();
            // hugo's highlighter marks its <pre> as chroma; ours has none.
            if (a.captured(1) == u"class"_s && a.captured(2) == u"chroma"_s)
                continue;
            QString value = a.captured(2);
            // Links inside the site: the export writes them relative to the page.
            if (a.captured(1) == u"src"_s || a.captured(1) == u"href"_s) {
                const QUrl url = QUrl(u"https://example.org/posts/shared/"_s).resolved(QUrl(value));
                if (url.host() == u"example.org"_s)
                    value = url.path();
            }
            attributes.append(a.captured(1) + u'=' + value);
        }
        tags.append((m.captured(1) + m.captured(2) + u' ' + attributes.join(u' ')).trimmed());
    }
    return tags;
}

// The highlight block's lines: "line 1", "line hl 2"...
QStringList highlightLines(const QString &html)
{
    static const QRegularExpression line(uR"re(<span class="(line(?: hl)?)"><span class="ln">(\d+)</span>)re"_s);
    QStringList lines;
    for (auto it = line.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        lines.append(m.captured(1) + u' ' + m.captured(2));
    }
    return lines;
}

// The code of the highlight block as text: line numbers and tags dropped.
QString highlightText(const QString &html)
{
    const qsizetype start = html.indexOf(u"<div class=\"highlight\""_s);
    QString code = html.mid(start, html.indexOf(u"</code>"_s, start) - start);
    code.remove(QRegularExpression(uR"re(<span class="ln">\d+</span>)re"_s));
    code.remove(QRegularExpression(u"<[^>]*>"_s));
    return code.replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s).replace(u"&quot;"_s, u"\""_s).replace(u"&amp;"_s, u"&"_s);
}

QString pageOf(const QString &root, const QString &url)
{
    return QString::fromUtf8(readAll(root + url + u"index.html"_s));
}

} // namespace

class tst_CliShortcodes final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString site = m_dir.filePath(u"site"_s);
        writeFile(site + u"/hugo.toml"_s,
                  "baseURL = \"https://example.org/\"\ntitle = \"Fixture\"\n"
                  "[params]\nauthor = \"Ann Author\"\n[params.venue]\ncity = \"Lyon\"\n"
                  "[markup.highlight]\nnoClasses = false\n"
                  "[privacy.youtube]\nprivacyEnhanced = true\n[privacy.vimeo]\nenableDNT = true\n");
        writeFile(site + u"/layouts/_default/single.html"_s, "<main>{{ .Content }}</main>\n");
        writeFile(site + u"/layouts/_default/list.html"_s, "{{ range .Pages }}{{ .Summary }}{{ end }}\n");
        writeFile(site + u"/static/img/a.png"_s, "png");
        writeFile(site + u"/content/posts/shared.md"_s, shared);
        writeFile(site + u"/content/posts/other.md"_s, "---\ntitle: Other\n---\nThe other one.\n");
        m_site = site;
        m_ours = m_dir.filePath(u"ours"_s);
        writeFile(m_dir.filePath(u"extras/content/posts/extras.md"_s), extras);
    }

    void noShortcodeSyntaxInTheExport()
    {
        // The shared posts plus the extras, in a copy of the site.
        const QString site = m_dir.filePath(u"all"_s);
        copyFolder(m_site, site);
        writeFile(site + u"/content/posts/extras.md"_s, extras);
        writeFile(site + u"/content/posts/more.md"_s, "---\ntitle: More\n---\n{{< notice >}}third use{{< /notice >}}\n");
        const QString out = m_dir.filePath(u"all-out"_s);
        const Run run = runProgram(QStringLiteral(POSTWRIGHT_CLI),
                                   {u"export"_s, site, u"-o"_s, out, u"--no-cache"_s});
        QCOMPARE(run.exitCode, 0);

        int pages = 0;
        QDirIterator it(out, {u"*.html"_s, u"*.xml"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString text = QString::fromUtf8(readAll(path));
            QVERIFY2(!text.contains(u"{{<"_s) && !text.contains(u"{{%"_s) && !text.contains(u"{{&lt;"_s),
                     qPrintable(path));
            ++pages;
        }
        QVERIFY(pages >= 6);

        const QString page = pageOf(out, u"/posts/extras/"_s);
        QVERIFY2(page.contains(u"<div class=\"pw-shortcode\" data-shortcode=\"notice\">"_s), qPrintable(page));
        QVERIFY(page.contains(u"<p>A site’s <em>own</em> shortcode.</p>"_s) || page.contains(u"<p>A site's <em>own</em> shortcode.</p>"_s));
        QVERIFY(page.contains(u"<details><summary>Click</summary><p>Hidden <strong>words</strong>.</p></details>"_s));
        QVERIFY(page.contains(u"href=\"https://gist.github.com/spf13/7896402\""_s));
        QVERIFY(page.contains(u"href=\"https://x.com/SanDiegoZoo/status/1453110110599868418\""_s));
        QVERIFY(page.contains(u"href=\"https://www.instagram.com/p/BWNjjyYFxVx/\""_s));

        // One warning for "notice", at its first use, naming both files.
        const QStringList notices = run.err.split(u'\n').filter(u"\"notice\""_s);
        QCOMPARE(notices.size(), 1);
        QVERIFY2(notices.first().contains(u"content/posts/extras.md:5:1: shortcode \"notice\""_s), qPrintable(run.err));
        QVERIFY2(notices.first().contains(u"content/posts/extras.md, content/posts/more.md"_s), qPrintable(run.err));
        QVERIFY2(!run.err.contains(u"left as text"_s), qPrintable(run.err));

        // The feed's and the home page's summaries: the rendered text.
        const QString feed = QString::fromUtf8(readAll(out + u"/index.xml"_s));
        QVERIFY2(feed.contains(u"By Ann Author on Lyon."_s), qPrintable(feed));
    }

    // One post on its own (export POST -o FILE, which the app's Export as
    // HTML runs too, and render): its shortcodes as the site export shows
    // them, params from the post and the site, no syntax left.
    void onePostExportAndRenderShowShortcodes()
    {
        const QString post = m_site + u"/content/posts/shared.md"_s;
        const QString file = m_dir.filePath(u"one/shared.html"_s);
        const Run exported = runProgram(QStringLiteral(POSTWRIGHT_CLI), {u"export"_s, post, u"-o"_s, file, u"--assets"_s});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QVERIFY2(!exported.err.contains(u"left as text"_s), qPrintable(exported.err));
        const Run rendered = runProgram(QStringLiteral(POSTWRIGHT_CLI), {u"render"_s, post, u"--fragment"_s});
        QVERIFY2(rendered.exitCode == 0, qPrintable(rendered.err));
        for (const QString &html : {QString::fromUtf8(readAll(file)), rendered.out}) {
            QVERIFY2(!html.contains(u"{{<"_s) && !html.contains(u"{{%"_s) && !html.contains(u"{{&lt;"_s), qPrintable(html));
            QVERIFY2(html.contains(u"By Ann Author on Lyon."_s), qPrintable(html));
            QVERIFY2(html.contains(QRegularExpression(u"<figure[^>]* class=\"wide\">"_s)), qPrintable(html));
            QVERIFY2(html.contains(u"https://www.youtube-nocookie.com/embed/w7Ft2ymGmfc"_s), qPrintable(html));
        }
        // The figure's image travels with the page.
        QVERIFY(QFileInfo::exists(m_dir.filePath(u"one/shared_files/a.png"_s)));
    }

    void checkReportsRefsToNoPage()
    {
        const QString site = m_dir.filePath(u"check"_s);
        copyFolder(m_site, site);
        writeFile(site + u"/content/posts/broken.md"_s,
                  "---\ntitle: Broken\nsummary: s\n---\nFine: {{< ref \"other\" >}}, {{< relref \"shared.md#x\" >}}.\n\n"
                  "Gone: [x]({{< relref \"posts/gone.md\" >}})\n\n`{{< ref \"in-code\" >}}`\n");
        const Run run = runProgram(QStringLiteral(POSTWRIGHT_CLI), {u"check"_s, site + u"/content/posts/broken.md"_s});
        QCOMPARE(run.exitCode, 1);
        const QStringList refs = run.out.split(u'\n').filter(u"[broken-ref]"_s);
        QCOMPARE(refs.size(), 1);
        QVERIFY2(refs.first().contains(u"broken.md:7:"_s) && refs.first().contains(u"error: relref \"posts/gone.md\""_s),
                 qPrintable(run.out));
        // The same post on a site that is not Hugo's: nothing to resolve.
        const QString plain = m_dir.filePath(u"plain"_s);
        writeFile(plain + u"/broken.md"_s, readAll(site + u"/content/posts/broken.md"_s));
        const Run other = runProgram(QStringLiteral(POSTWRIGHT_CLI), {u"check"_s, plain + u"/broken.md"_s});
        QVERIFY2(!other.out.contains(u"broken-ref"_s), qPrintable(other.out));
    }

    // As hugo 0.111 reads them: "/" is the home page and a folder at the
    // top of content/ a section, both pages to ref; a nested folder without
    // an _index.md is none; a bare name two pages have is ambiguous.
    void refsToListPagesAndAmbiguousNames()
    {
        const QString site = m_dir.filePath(u"lists"_s);
        writeFile(site + u"/hugo.toml"_s, "baseURL = \"https://example.org/\"\ntitle = \"Lists\"\n");
        writeFile(site + u"/content/posts/a.md"_s,
                  "---\ntitle: A\nsummary: s\n---\nHome {{< ref \"/\" >}}, section {{< relref \"posts\" >}}, "
                  "docs {{< relref \"/docs/#top\" >}}.\n\nDeep {{< relref \"posts/deep\" >}}.\n\nTwin {{< ref \"x\" >}}.\n");
        writeFile(site + u"/content/posts/deep/y.md"_s, "---\ntitle: Y\n---\ny\n");
        writeFile(site + u"/content/docs/_index.md"_s, "---\ntitle: Docs\n---\nd\n");
        writeFile(site + u"/content/docs/x.md"_s, "---\ntitle: X\n---\nx\n");
        writeFile(site + u"/content/about/x.md"_s, "---\ntitle: X2\n---\nx\n");
        // A top folder with only a section below it is a section; so is a
        // section named by its bare name.
        writeFile(site + u"/content/guides/start/_index.md"_s, "---\ntitle: Start\n---\ns\n");
        writeFile(site + u"/content/posts/c.md"_s,
                  "---\ntitle: C\nsummary: s\n---\nG {{< relref \"guides\" >}} S {{< relref \"start\" >}}.\n");
        const Run sections = runProgram(QStringLiteral(POSTWRIGHT_CLI), {u"check"_s, site + u"/content/posts/c.md"_s});
        QVERIFY2(!sections.out.contains(u"[broken-ref]"_s), qPrintable(sections.out));
        const Run run = runProgram(QStringLiteral(POSTWRIGHT_CLI), {u"check"_s, site + u"/content/posts/a.md"_s});
        const QStringList refs = run.out.split(u'\n').filter(u"[broken-ref]"_s);
        QCOMPARE(refs.size(), 2);
        QVERIFY2(refs[0].contains(u"a.md:7:6: error: relref \"posts/deep\": no such page"_s), qPrintable(run.out));
        QVERIFY2(refs[1].contains(u"a.md:9:6: error: ref \"x\": more than one page has this name"_s), qPrintable(run.out));

        const QString out = m_dir.filePath(u"lists-out"_s);
        const Run exported = runProgram(QStringLiteral(POSTWRIGHT_CLI), {u"export"_s, site, u"-o"_s, out, u"--no-cache"_s});
        QCOMPARE(exported.exitCode, 0);
        const QString page = pageOf(out, u"/posts/a/"_s);
        QVERIFY2(page.contains(u"Home ../../index.html, section ../index.html, docs ../../docs/index.html#top."_s), qPrintable(page));
        QVERIFY2(exported.err.contains(u"ref \"x\": more than one page has this name"_s), qPrintable(exported.err));
    }

    // A post named by a path relative to the working folder, which is not
    // the site's: on a site whose languages have content folders of their
    // own (languages.en.contentDir), the post's refs are looked up among its
    // language's pages, as hugo does. check said every working ref was
    // broken ("/posts/b.md", "../notes/n.md"), as it did with the full path.
    void checkPostByARelativePathOnASiteWithAContentFolderPerLanguage()
    {
        QTemporaryDir dir;
        const QString site = dir.filePath(u"site"_s);
        writeFile(site + u"/hugo.toml"_s, "baseURL = \"https://example.org/\"\ntitle = \"Langs\"\n"
                                          "[languages.en]\ncontentDir = \"content/en\"\nweight = 1\n"
                                          "[languages.de]\ncontentDir = \"content/de\"\nweight = 2\n");
        writeFile(site + u"/layouts/_default/single.html"_s, "{{ .Content }}");
        writeFile(site + u"/content/en/posts/b.md"_s, "---\ntitle: B\n---\nb\n");
        writeFile(site + u"/content/en/notes/n.md"_s, "---\ntitle: N\n---\nn\n");
        writeFile(site + u"/content/de/posts/c.md"_s, "---\ntitle: C\n---\nc\n");
        writeFile(site + u"/content/en/posts/a.md"_s,
                  "---\ntitle: A\nsummary: s\n---\n[b]({{< relref \"/posts/b.md\" >}}) [n]({{< relref \"../notes/n.md\" >}})\n\n"
                  "[c]({{< relref \"/posts/c.md\" >}})\n");
        const Run run = runProgram(QStringLiteral(POSTWRIGHT_CLI), {u"check"_s, u"site/content/en/posts/a.md"_s}, dir.path());
        const QStringList refs = run.out.split(u'\n').filter(u"[broken-ref]"_s);
        QCOMPARE(refs.size(), 1);
        QVERIFY2(refs.first().startsWith(u"site/content/en/posts/a.md:7:"_s) && refs.first().contains(u"\"/posts/c.md\""_s),
                 qPrintable(run.out));
        // The full path: the same.
        const Run full = runProgram(QStringLiteral(POSTWRIGHT_CLI), {u"check"_s, site + u"/content/en/posts/a.md"_s});
        QCOMPARE(full.out.split(u'\n').filter(u"[broken-ref]"_s).size(), 1);
    }

    // hugo 0.111 does not build a draft, future or expired page, and a ref
    // to one stops its build (REF_NOT_FOUND): check says so, at the line;
    // with buildDrafts the draft is built and its ref is fine.
    void checkReportsRefsToUnpublishedPages_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<bool>("broken");
        QTest::newRow("published") << u"ok"_s << QByteArray() << false;
        QTest::newRow("draft") << u"draft"_s << QByteArray() << true;
        QTest::newRow("future") << u"posts/future.md"_s << QByteArray() << true;
        QTest::newRow("expired") << u"/posts/expired"_s << QByteArray() << true;
        QTest::newRow("draft, buildDrafts") << u"draft"_s << QByteArray("buildDrafts = true\n") << false;
    }

    void checkReportsRefsToUnpublishedPages()
    {
        QFETCH(QString, target);
        QFETCH(QByteArray, config);
        QFETCH(bool, broken);
        QTemporaryDir dir;
        const QString site = dir.filePath(u"site"_s);
        writeFile(site + u"/hugo.toml"_s, "baseURL = \"https://example.org/\"\ntitle = \"Refs\"\n" + config);
        writeFile(site + u"/layouts/_default/single.html"_s, "{{ .Content }}");
        writeFile(site + u"/content/posts/draft.md"_s, "---\ntitle: D\ndraft: true\n---\nd\n");
        writeFile(site + u"/content/posts/future.md"_s, "---\ntitle: F\ndate: 2099-01-01\n---\nf\n");
        writeFile(site + u"/content/posts/expired.md"_s, "---\ntitle: E\nexpiryDate: 2001-01-01\n---\ne\n");
        writeFile(site + u"/content/posts/ok.md"_s, "---\ntitle: OK\nsummary: s\n---\nok\n");
        writeFile(site + u"/content/posts/a.md"_s,
                  "---\ntitle: A\nsummary: s\n---\nSee [it]({{< ref \"" + target.toUtf8() + "\" >}}).\n");
        if (const QString hugo = QStandardPaths::findExecutable(u"hugo"_s); !hugo.isEmpty()) {
            // hugo writes into its source folder: a copy.
            copyFolder(site, dir.filePath(u"hugo-site"_s));
            const Run built = runProgram(hugo, {u"--source"_s, dir.filePath(u"hugo-site"_s), u"--destination"_s,
                                                dir.filePath(u"public"_s), u"--cacheDir"_s, dir.filePath(u"cache"_s),
                                                u"--quiet"_s});
            QCOMPARE(built.exitCode != 0, broken);
        }
        const Run run = runProgram(QStringLiteral(POSTWRIGHT_CLI), {u"check"_s, site + u"/content/posts/a.md"_s});
        const QStringList refs = run.out.split(u'\n').filter(u"[broken-ref]"_s);
        QCOMPARE(refs.size(), broken ? 1 : 0);
        QCOMPARE(run.exitCode, broken ? 1 : 0);
        if (broken)
            QVERIFY2(refs.first().contains(u"a.md:5:"_s) && refs.first().contains(u"not published"_s), qPrintable(run.out));
    }

    // A shortcode whose template uses .Inner must be closed or
    // self-closed, or hugo 0.111 stops ("must be closed or self-closed"):
    // check and the export say so; one whose template does not is fine open.
    void unclosedShortcodesWithInner_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("broken");
        QTest::newRow("site's, uses .Inner") << QByteArray("{{< note >}} text") << true;
        QTest::newRow("markdown form") << QByteArray("{{% note %}} text") << true;
        QTest::newRow("theme's, uses .Inner") << QByteArray("{{< aside >}} text") << true;
        QTest::newRow("built-in highlight") << QByteArray("{{< highlight go >}} x := 1") << true;
        QTest::newRow("closed") << QByteArray("{{< note >}} text {{< /note >}}") << false;
        QTest::newRow("self-closed") << QByteArray("{{< note />}} text") << false;
        QTest::newRow("no .Inner") << QByteArray("{{< plain x >}} text") << false;
    }

    void unclosedShortcodesWithInner()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, broken);
        QTemporaryDir dir;
        const QString site = dir.filePath(u"site"_s);
        writeFile(site + u"/hugo.toml"_s, "baseURL = \"https://example.org/\"\ntitle = \"Inner\"\ntheme = \"t\"\n");
        writeFile(site + u"/layouts/_default/single.html"_s, "{{ .Content }}");
        writeFile(site + u"/layouts/shortcodes/note.html"_s, "<div class=\"note\">{{ .Inner }}</div>");
        writeFile(site + u"/layouts/shortcodes/plain.html"_s, "<span>{{ .Get 0 }}</span>");
        writeFile(site + u"/themes/t/layouts/shortcodes/aside.html"_s, "<aside>{{ .Inner | markdownify }}</aside>");
        writeFile(site + u"/content/posts/a.md"_s, "---\ntitle: A\nsummary: s\n---\nFirst.\n\n" + body + "\n");
        if (const QString hugo = QStandardPaths::findExecutable(u"hugo"_s); !hugo.isEmpty()) {
            copyFolder(site, dir.filePath(u"hugo-site"_s));
            const Run built = runProgram(hugo, {u"--source"_s, dir.filePath(u"hugo-site"_s), u"--destination"_s,
                                                dir.filePath(u"public"_s), u"--cacheDir"_s, dir.filePath(u"cache"_s),
                                                u"--quiet"_s});
            QCOMPARE(built.exitCode != 0, broken);
        }
        const Run run = runProgram(QStringLiteral(POSTWRIGHT_CLI), {u"check"_s, site + u"/content/posts/a.md"_s});
        const QStringList errors = run.out.split(u'\n').filter(u"must be closed"_s);
        QCOMPARE(errors.size(), broken ? 1 : 0);
        if (broken)
            QVERIFY2(errors.first().contains(u"a.md:7:1: error:"_s) && errors.first().contains(u"[shortcode-syntax]"_s),
                     qPrintable(run.out));
        const Run exported = runProgram(QStringLiteral(POSTWRIGHT_CLI),
                                        {u"export"_s, site, u"-o"_s, dir.filePath(u"out"_s), u"--no-cache"_s});
        QCOMPARE(exported.err.count(u"must be closed"_s), broken ? 1 : 0);
    }

    // themesDir = "../themes": the theme lies beside the site, where hugo
    // finds its shortcodes; so do check and the export.
    void themeOutsideTheSite()
    {
        QTemporaryDir dir;
        const QString site = dir.filePath(u"site"_s);
        writeFile(site + u"/hugo.toml"_s,
                  "baseURL = \"https://example.org/\"\ntitle = \"T\"\ntheme = \"t\"\nthemesDir = \"../themes\"\n");
        writeFile(dir.filePath(u"themes/t/layouts/_default/single.html"_s), "{{ .Content }}");
        writeFile(dir.filePath(u"themes/t/layouts/shortcodes/box.html"_s), "<div>{{ .Inner }}</div>");
        writeFile(site + u"/content/posts/closed.md"_s, "---\ntitle: C\nsummary: s\n---\n{{< box >}}in{{< /box >}}\n");
        const Run exported = runProgram(QStringLiteral(POSTWRIGHT_CLI),
                                        {u"export"_s, site, u"-o"_s, dir.filePath(u"out"_s), u"--no-cache"_s});
        QCOMPARE(exported.exitCode, 0);
        QVERIFY2(exported.err.contains(u"shortcode \"box\" is the site's own template"_s), qPrintable(exported.err));
        writeFile(site + u"/content/posts/open.md"_s, "---\ntitle: O\nsummary: s\n---\n{{< box >}} never closed\n");
        if (const QString hugo = QStandardPaths::findExecutable(u"hugo"_s); !hugo.isEmpty()) {
            const Run built = runProgram(hugo, {u"--source"_s, site, u"--destination"_s, dir.filePath(u"public"_s),
                                                u"--cacheDir"_s, dir.filePath(u"cache"_s), u"--quiet"_s});
            QVERIFY2(built.exitCode != 0 && built.err.contains(u"must be closed"_s), qPrintable(built.err));
        }
        const Run run = runProgram(QStringLiteral(POSTWRIGHT_CLI), {u"check"_s, site + u"/content/posts/open.md"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(u"open.md:5:1: error: shortcode box: must be closed"_s), qPrintable(run.out));
    }

    // A tag hugo cannot read stops its build: check says where and why, the
    // export warns and shows the text; a tag in a fenced code block is not
    // read, and a site that is not Hugo's has no shortcodes.
    void brokenShortcodeSyntaxIsReported()
    {
        const QString site = m_dir.filePath(u"syntax"_s);
        copyFolder(m_site, site);
        writeFile(site + u"/content/posts/syntax.md"_s,
                  "---\ntitle: Syntax\nsummary: s\n---\nOpen é {{< figure src=\"a.png >}} here.\n\n"
                  "```\n{{< in code\n```\n\nStray {{< /details >}} end.\n");
        const QString path = site + u"/content/posts/syntax.md"_s;
        const Run run = runProgram(QStringLiteral(POSTWRIGHT_CLI), {u"check"_s, path});
        QCOMPARE(run.exitCode, 1);
        const QStringList syntax = run.out.split(u'\n').filter(u"[shortcode-syntax]"_s);
        QCOMPARE(syntax.size(), 2);
        QVERIFY2(syntax[0].contains(u"syntax.md:5:8: error: shortcode: a quoted parameter is not closed"_s), qPrintable(run.out));
        QVERIFY2(syntax[1].contains(u"syntax.md:11:7: error: shortcode details: closing tag without an opening one"_s),
                 qPrintable(run.out));

        const QString out = m_dir.filePath(u"syntax-out"_s);
        const Run exported = runProgram(QStringLiteral(POSTWRIGHT_CLI), {u"export"_s, site, u"-o"_s, out, u"--no-cache"_s});
        QCOMPARE(exported.exitCode, 0);
        QVERIFY2(exported.err.contains(u"content/posts/syntax.md:5:8: shortcode: a quoted parameter is not closed"_s),
                 qPrintable(exported.err));
        const QString page = pageOf(out, u"/posts/syntax/"_s);
        QVERIFY2(page.contains(u"Open é {{&lt; figure src=&quot;a.png &gt;}} here."_s) || page.contains(u"Open é {{&lt; figure src=\"a.png &gt;}} here."_s),
                 qPrintable(page));

        const QString plain = m_dir.filePath(u"plain-syntax"_s);
        writeFile(plain + u"/syntax.md"_s, readAll(path));
        const Run other = runProgram(QStringLiteral(POSTWRIGHT_CLI), {u"check"_s, plain + u"/syntax.md"_s});
        QVERIFY2(!other.out.contains(u"shortcode-syntax"_s), qPrintable(other.out));
    }

    void sameStructureAsHugo()
    {
        const QString hugo = QStandardPaths::findExecutable(u"hugo"_s);
        if (hugo.isEmpty())
            QSKIP("hugo is not installed (Debian's package hugo)");
        const QString theirs = m_dir.filePath(u"hugo"_s);
        const Run built = runProgram(hugo, {u"--source"_s, m_site, u"--destination"_s, theirs, u"--cacheDir"_s,
                                            m_dir.filePath(u"cache"_s), u"--quiet"_s});
        QVERIFY2(built.exitCode == 0, qPrintable(built.err));
        const Run run = runProgram(QStringLiteral(POSTWRIGHT_CLI), {u"export"_s, m_site, u"-o"_s, m_ours, u"--no-cache"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        const QString ours = pageOf(m_ours, u"/posts/shared/"_s);
        const QString their = pageOf(theirs, u"/posts/shared/"_s);
        QVERIFY(!their.isEmpty());

        QCOMPARE(tagsOf(ours, u"<figure"_s, u"</figure>"_s), tagsOf(their, u"<figure"_s, u"</figure>"_s));
        // highlight: the same wrappers, numbered and marked lines, and code.
        QCOMPARE(tagsOf(ours, u"<div class=\"highlight\""_s, u"</code>"_s).mid(0, 3),
                 tagsOf(their, u"<div class=\"highlight\""_s, u"</code>"_s).mid(0, 3));
        QCOMPARE(highlightLines(ours), highlightLines(their));
        QCOMPARE(highlightLines(ours), (QStringList{u"line 1"_s, u"line hl 2"_s}));
        QCOMPARE(highlightText(ours), highlightText(their));

        // The same iframes (the privacy-enhanced players).
        static const QRegularExpression iframe(uR"re(<iframe src="([^"]+)")re"_s);
        QStringList ourFrames, theirFrames;
        for (auto it = iframe.globalMatch(ours); it.hasNext();)
            ourFrames.append(it.next().captured(1));
        for (auto it = iframe.globalMatch(their); it.hasNext();)
            theirFrames.append(it.next().captured(1));
        QCOMPARE(ourFrames, theirFrames);

        // ref and relref lead to the same page; param says the same.
        static const QRegularExpression links(uR"re(<a href="([^"]+)">(?:the other post|again)</a>)re"_s);
        QStringList ourLinks, theirLinks;
        const auto path = [](const QString &link) {
            QString p = QUrl(u"https://example.org/posts/shared/"_s).resolved(QUrl(link)).path();
            return p.endsWith(u"index.html"_s) ? p.chopped(10) : p;
        };
        for (auto it = links.globalMatch(ours); it.hasNext();)
            ourLinks.append(path(it.next().captured(1)));
        for (auto it = links.globalMatch(their); it.hasNext();)
            theirLinks.append(path(it.next().captured(1)));
        QCOMPARE(ourLinks, (QStringList{u"/posts/other/"_s, u"/posts/other/"_s}));
        QCOMPARE(ourLinks, theirLinks);
        QVERIFY(their.contains(u"By Ann Author on Lyon."_s));
        QVERIFY(ours.contains(u"By Ann Author on Lyon."_s));
    }

private:
    QTemporaryDir m_dir;
    QString m_site;
    QString m_ours;
};

QTEST_GUILESS_MAIN(tst_CliShortcodes)
#include "tst_cli_shortcodes.moc"
