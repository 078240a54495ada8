// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "doctor/postdoctor.h"
#include "export/siteexporter.h"
#include "markdown/postlink.h"
#include "post/post.h"
#include "site/indexbuilder.h"
#include "site/siteindex.h"
#include "support/testfiles.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace postwright;
using namespace postwright::markdown;
using postwright::testing::runGenerator;

namespace {

void write(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

QByteArray hugoPost(const char *title, const QByteArray &body = {})
{
    return QByteArray("---\ntitle: \"") + title + "\"\ndate: 2024-01-01\n---\n" + body;
}

QByteArray zolaPost(const char *title, const QByteArray &body = {})
{
    return QByteArray("+++\ntitle = \"") + title + "\"\ndate = 2024-01-01\n+++\n" + body;
}

// The doctor's link findings (broken links and refs) of the post at path.
QStringList linkFindings(const QString &path)
{
    const Result<Post> post = Post::load(path);
    if (!post)
        return {QStringLiteral("unreadable")};
    QStringList found;
    for (const Finding &finding : checkPost(post.value(), checkContextFor(path))) {
        if (finding.code.startsWith(QLatin1String("broken")) || finding.code == QLatin1String("not-published")
            || finding.code == QLatin1String("liquid"))
            found.append(finding.code + QLatin1String(": ") + finding.message);
    }
    return found;
}

// A title that Hugo, Jekyll and Zola each read as their own template tags
// when it stands in a post's text: a tutorial about those tags.
const char templateTitle[] = "Why {{% note %}} and {{ page.title }} and {% raw %} break";

// The text of the links in the page at path, entities decoded ("" when unreadable).
QStringList linkTexts(const QString &path)
{
    QFile page(path);
    if (!page.open(QIODevice::ReadOnly))
        return {};
    QStringList texts;
    static const QRegularExpression link(QStringLiteral("<a href=\"[^\"]*\">([^<]*)</a>"));
    for (const QRegularExpressionMatch &m : link.globalMatch(QString::fromUtf8(page.readAll()))) {
        QString text = m.captured(1);
        text.replace(QLatin1String("&#34;"), QLatin1String("\"")).replace(QLatin1String("&#39;"), QLatin1String("'"));
        texts.append(text.replace(QLatin1String("&amp;"), QLatin1String("&")));
    }
    return texts;
}

// A Hugo site hugo builds to HTML: its config (extra after the base URL and
// title) and layouts that write each page's content and each list's title.
void writeBuildableHugoSite(const QTemporaryDir &dir, const QByteArray &extra = {})
{
    write(dir.filePath("hugo.toml"), "baseURL = 'https://example.org/'\ntitle = 'Blog'\n" + extra);
    write(dir.filePath("layouts/_default/single.html"), "{{ .Content }}");
    write(dir.filePath("layouts/_default/list.html"), "{{ .Title }}");
}

} // namespace

class TestPostLink final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_hugo = m_dir.filePath(QStringLiteral("hugo"));
        write(m_hugo + "/hugo.toml", "baseURL = 'https://example.org/'\ntitle = 'Blog'\n");
        write(m_hugo + "/content/_index.md", hugoPost("Home"));
        write(m_hugo + "/content/posts/first-post.md", hugoPost("First post"));
        write(m_hugo + "/content/posts/second-post.md", hugoPost("Second post"));
        write(m_hugo + "/content/posts/my trip (2024)/index.md", hugoPost("A [trip]"));
        write(m_hugo + "/content/notes/note.md", hugoPost("Postscript"));
        const Result<SiteIndex> index = indexSite(m_hugo);
        QVERIFY(index);
        m_index = std::make_unique<SiteIndex>(index.value());

        const QString zola = m_dir.filePath(QStringLiteral("zola"));
        write(zola + "/config.toml", "base_url = \"https://example.org\"\ntitle = \"Z\"\n");
        write(zola + "/content/_index.md", zolaPost("Home"));
        write(zola + "/content/top.md", zolaPost("Top"));
        write(zola + "/content/blog/_index.md", zolaPost("Blog"));
        write(zola + "/content/blog/second-post.md", zolaPost("Second post"));
        write(zola + "/content/blog/my trip (2024)/index.md", zolaPost("A [trip]"));
        write(zola + "/content/notes/note.md", zolaPost("Note"));
        const Result<SiteIndex> zolaIndex = indexSite(zola);
        QVERIFY(zolaIndex);
        m_zola = std::make_unique<SiteIndex>(zolaIndex.value());

        const QString jekyll = m_dir.filePath(QStringLiteral("jekyll"));
        write(jekyll + "/_config.yml", "title: Blog\nurl: https://example.org\nbaseurl: /blog\n");
        write(jekyll + "/_posts/2024-01-01-first.md", "---\ntitle: First\n---\n");
        write(jekyll + "/_posts/2024-02-01-second.md", "---\ntitle: Second\n---\n");
        write(jekyll + "/_posts/trips/2024-03-01-trip.md", "---\ntitle: Trip\n---\n");
        write(jekyll + "/news/_posts/2024-04-01-news.md", "---\ntitle: News\n---\n");
        write(jekyll + "/about/team.md", "---\ntitle: Team\n---\n");
        const Result<SiteIndex> jekyllIndex = indexSite(jekyll);
        QVERIFY(jekyllIndex);
        m_jekyll = std::make_unique<SiteIndex>(jekyllIndex.value());
    }

    void relativeLinks_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("url");
        QTest::newRow("same folder") << "content/posts/first-post.md" << "content/posts/second-post.md" << "second-post.md";
        QTest::newRow("other folder") << "content/notes/note.md" << "content/posts/second-post.md" << "../posts/second-post.md";
        QTest::newRow("bundle, spaces and parentheses encoded") << "content/posts/first-post.md"
                                                               << "content/posts/my trip (2024)/index.md"
                                                               << "my%20trip%20%282024%29/index.md";
    }
    void relativeLinks()
    {
        QFETCH(QString, from);
        QFETCH(QString, target);
        QFETCH(QString, url);
        const SiteConfig &config = m_index->config();
        QCOMPARE(postLinkUrl(config, config.absolutePath(from), target, PostLinkStyle::Relative), url);
    }

    void unsavedPostHasNoRelativeLink()
    {
        QVERIFY(!postLinkUrl(m_index->config(), {}, QStringLiteral("content/posts/second-post.md"), PostLinkStyle::Relative));
        QCOMPARE(postLinkUrl(m_index->config(), {}, QStringLiteral("content/posts/second-post.md"), PostLinkStyle::HugoRef),
                 QStringLiteral("{{< ref \"/posts/second-post.md\" >}}"));
    }

    // The links inserted are ones the doctor follows to the post; a link to
    // nothing, written the same way, is reported.
    void doctorAcceptsInsertedLinks()
    {
        const SiteConfig &config = m_index->config();
        const QString from = config.absolutePath(QStringLiteral("content/notes/note.md"));
        QString body;
        for (const PostLinkStyle style : {PostLinkStyle::Relative, PostLinkStyle::HugoRef, PostLinkStyle::HugoRelref}) {
            for (const char *target : {"content/posts/second-post.md", "content/posts/my trip (2024)/index.md"}) {
                const auto url = postLinkUrl(config, from, QString::fromUtf8(target), style);
                QVERIFY(url);
                body += postLinkMarkdown(QStringLiteral("A [trip]"), *url) + QStringLiteral("\n\n");
            }
        }
        write(from, hugoPost("Postscript", body.toUtf8()));
        QCOMPARE(linkFindings(from), QStringList());
        write(from, hugoPost("Postscript", "[a](../posts/none.md)\n\n[b]({{< ref \"/posts/none.md\" >}})\n"));
        QCOMPARE(linkFindings(from).size(), 2);
    }

    // Zola: "@/" and the path from content/, from any post (saved or not),
    // whatever the Hugo setting says; the doctor follows it, and reports
    // one to nothing.
    void zolaInternalLinks_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("url");
        QTest::newRow("a page") << "content/notes/note.md" << "content/blog/second-post.md" << "@/blog/second-post.md";
        QTest::newRow("a bundle, by its index.md, encoded") << "content/notes/note.md" << "content/blog/my trip (2024)/index.md"
                                                           << "@/blog/my%20trip%20%282024%29/index.md";
        QTest::newRow("not saved yet") << "" << "content/top.md" << "@/top.md";
    }
    void zolaInternalLinks()
    {
        QFETCH(QString, from);
        QFETCH(QString, target);
        QFETCH(QString, url);
        const SiteConfig &config = m_zola->config();
        const QString fromFile = from.isEmpty() ? QString() : config.absolutePath(from);
        for (const PostLinkStyle style : {PostLinkStyle::Relative, PostLinkStyle::HugoRef, PostLinkStyle::HugoRelref})
            QCOMPARE(postLinkUrl(config, fromFile, target, style), url);
    }

    void doctorAcceptsZolaLinks()
    {
        const SiteConfig &config = m_zola->config();
        const QString from = config.absolutePath(QStringLiteral("content/notes/note.md"));
        QString body;
        for (const char *target : {"content/blog/second-post.md", "content/blog/my trip (2024)/index.md", "content/top.md"})
            body += postLinkMarkdown(QStringLiteral("A [trip]"), *postLinkUrl(config, from, QString::fromUtf8(target), {}))
                    + QStringLiteral("\n\n");
        write(from, zolaPost("Note", body.toUtf8()));
        QCOMPARE(linkFindings(from), QStringList());
        write(from, zolaPost("Note", "[a](@/blog/none.md)\n"));
        QCOMPARE(linkFindings(from), QStringList({"broken-link: link target not found: @/blog/none.md"}));
    }

    // Jekyll: a post by {% post_url %} (its name, below _posts/), any other
    // page by {% link %} (its path in the site): Jekyll writes its URL with
    // the baseurl; a relative link to the file would be published as written.
    void jekyllTags_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("url");
        QTest::newRow("a post") << "_posts/2024-02-01-second.md" << "{% post_url 2024-02-01-second %}";
        QTest::newRow("a post in a subfolder") << "_posts/trips/2024-03-01-trip.md" << "{% post_url trips/2024-03-01-trip %}";
        QTest::newRow("a post of a category folder") << "news/_posts/2024-04-01-news.md" << "{% post_url news/2024-04-01-news %}";
        QTest::newRow("a page") << "about/team.md" << "{% link about/team.md %}";
        QTest::newRow("a draft") << "_drafts/idea.md" << "{% link _drafts/idea.md %}";
    }
    void jekyllTags()
    {
        QFETCH(QString, target);
        QFETCH(QString, url);
        const SiteConfig &config = m_jekyll->config();
        for (const QString &from : {config.absolutePath(QStringLiteral("_posts/2024-01-01-first.md")), QString()})
            QCOMPARE(postLinkUrl(config, from, target, PostLinkStyle::HugoRelref), url);
    }

    void doctorAcceptsJekyllTags()
    {
        const SiteConfig &config = m_jekyll->config();
        const QString from = config.absolutePath(QStringLiteral("_posts/2024-01-01-first.md"));
        QString body;
        for (const PostRecord &post : m_jekyll->posts()) {
            if (config.absolutePath(post.path) != from)
                body += postLinkMarkdown(post.title, *postLinkUrl(config, from, post.path, {})) + QStringLiteral("\n\n");
        }
        QCOMPARE(body.count(QStringLiteral("{% post_url ")), 3);
        // The index holds posts and drafts; a page is linked the same way.
        body += postLinkMarkdown(QStringLiteral("Team"), *postLinkUrl(config, from, QStringLiteral("about/team.md"), {}));
        write(from, "---\ntitle: First\n---\n" + body.toUtf8());
        QCOMPARE(linkFindings(from), QStringList());
        write(from, "---\ntitle: First\n---\n[a]({% post_url 2024-09-09-none %})\n");
        QCOMPARE(linkFindings(from).size(), 1);
    }

    // Round trip: the links inserted into a Jekyll post, exported, lead to
    // the pages of the posts they name (Jekyll's tags through the export's
    // Liquid), and nothing warns.
    void jekyllLinksLeadToThePages()
    {
        const SiteConfig &config = m_jekyll->config();
        const QString from = config.absolutePath(QStringLiteral("_posts/2024-01-01-first.md"));
        QString body;
        // (The export writes posts, not a Jekyll site's other pages.)
        for (const char *target : {"_posts/2024-02-01-second.md", "_posts/trips/2024-03-01-trip.md"})
            body += postLinkMarkdown(QStringLiteral("to"), *postLinkUrl(config, from, QString::fromUtf8(target), {})) + '\n';
        write(from, "---\ntitle: First\n---\n" + body.toUtf8());
        QCOMPARE(linkFindings(from), QStringList());
        QTemporaryDir out;
        SiteExportOptions options;
        options.outDir = out.path();
        options.useIndexCache = false;
        const Result<SiteExportReport> report = exportSite(config.root, options);
        QVERIFY(report.ok());
        QStringList warnings;
        for (const Error &e : report.value().warnings)
            warnings.append(e.toString());
        QCOMPARE(warnings.join(QLatin1Char('\n')), QString());
        QFile page(out.filePath(QStringLiteral("2024/01/01/first.html")));
        QVERIFY(page.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(page.readAll());
        QStringList titles;
        static const QRegularExpression link(QStringLiteral("<a href=\"([^\"]*)\">to</a>"));
        for (const QRegularExpressionMatch &m : link.globalMatch(html)) {
            // The export writes Jekyll's tags as the published URL (the
            // site's url and baseurl), which is OUT on this disk.
            QString href = m.captured(1);
            QVERIFY2(href.startsWith(QLatin1String("https://example.org/blog/")), qPrintable(href));
            QFile linked(out.filePath(href.mid(25)));
            QVERIFY2(linked.open(QIODevice::ReadOnly), qPrintable(m.captured(1)));
            titles.append(QString::fromUtf8(linked.readAll()).section(QStringLiteral("<title>"), 1).section(QLatin1Char('<'), 0, 0));
        }
        QCOMPARE(titles.size(), 2);
        QVERIFY2(titles.at(0).startsWith(QStringLiteral("Second")) && titles.at(1).startsWith(QStringLiteral("Trip")),
                 qPrintable(titles.join(QStringLiteral(" | "))));
    }

    // Red team: Jekyll finds a category folder's post by the folders above
    // _posts too ("news/2024-04-01-news", the name it asks for without a
    // deprecation warning); the doctor said "Could not find post" and the
    // export wrote an empty link.
    void jekyllPostOfACategoryFolderByItsFolder()
    {
        const SiteConfig &config = m_jekyll->config();
        const QString from = config.absolutePath(QStringLiteral("_posts/2024-01-01-first.md"));
        write(from, "---\ntitle: First\n---\n[to]({% post_url news/2024-04-01-news %})\n\n"
                    "[to]({% post_url 2024-04-01-news %})\n");
        QCOMPARE(linkFindings(from), QStringList());
        QTemporaryDir out;
        SiteExportOptions options;
        options.outDir = out.path();
        options.useIndexCache = false;
        QVERIFY(exportSite(config.root, options).ok());
        QFile page(out.filePath(QStringLiteral("2024/01/01/first.html")));
        QVERIFY(page.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(page.readAll());
        QCOMPARE(html.count(QStringLiteral("<a href=\"https://example.org/blog/news/2024/04/01/news.html\">to</a>")), 2);
    }

    void markdownEscapesTitle()
    {
        QCOMPARE(postLinkMarkdown(QStringLiteral("A [trip] \\ there"), QStringLiteral("t.md")),
                 QStringLiteral("[A \\[trip\\] \\\\ there](t.md)"));
        // Red team: raw HTML in a title would be dropped from the link's
        // text by the renderer; a block-scalar title's line breaks would end it.
        QCOMPARE(postLinkMarkdown(QStringLiteral("Why <div> fails\n\nin <b>Hugo</b>"), QStringLiteral("t.md")),
                 QStringLiteral("[Why \\<div> fails in \\<b>Hugo\\</b>](t.md)"));
    }

    // Red team: a link to a post titled with template tags (a post about
    // them) is built by hugo and by jekyll, its text the title: the tags in
    // the link's text broke the build ("template for shortcode "note" not
    // found", "'raw' tag was never closed") or were replaced by a value.
    void templateTagsInTitleStayText()
    {
        const QString hugo = QStandardPaths::findExecutable(QStringLiteral("hugo"));
        if (hugo.isEmpty())
            QSKIP("hugo is not installed");
        QTemporaryDir dir;
        writeBuildableHugoSite(dir);
        write(dir.filePath("content/posts/tags.md"), hugoPost(templateTitle));
        write(dir.filePath("content/posts/from.md"), {});
        const Result<SiteIndex> index = indexSite(dir.path());
        QVERIFY(index);
        const QString from = dir.filePath(QStringLiteral("content/posts/from.md"));
        const auto url = postLinkUrl(index.value().config(), from, QStringLiteral("content/posts/tags.md"), PostLinkStyle::HugoRelref);
        write(from, hugoPost("From", postLinkMarkdown(QString::fromUtf8(templateTitle), *url).toUtf8() + '\n'));
        QCOMPARE(runGenerator(hugo, {QStringLiteral("--quiet")}, dir.path()), QString());
        QCOMPARE(linkTexts(dir.filePath(QStringLiteral("public/posts/from/index.html"))), QStringList({templateTitle}));
    }
    // A Hugo site whose languages have content folders of their own
    // (languages.en.contentDir): a ref names a page from its language's
    // folder, among the pages of the post's own language. The link Link to
    // Post inserts builds with hugo and leads to the page; the doctor
    // passes it, and reports what hugo rejects: the path from content/,
    // a page of another language (but by the ref's lang), a language the
    // site does not have.
    void refOnASiteWithAContentFolderPerLanguage()
    {
        const QString hugo = QStandardPaths::findExecutable(QStringLiteral("hugo"));
        if (hugo.isEmpty())
            QSKIP("hugo is not installed");
        QTemporaryDir dir;
        writeBuildableHugoSite(dir, "defaultContentLanguage = 'en'\n[languages.en]\ncontentDir = 'content/en'\nweight = 1\n"
                                    "[languages.de]\ncontentDir = 'content/de'\nweight = 2\n");
        write(dir.filePath("content/en/posts/b.md"), hugoPost("Bee"));
        write(dir.filePath("content/de/posts/c.md"), hugoPost("Zeh"));
        const QString from = dir.filePath(QStringLiteral("content/en/posts/a.md"));
        write(from, {});
        const Result<SiteIndex> index = indexSite(dir.path());
        QVERIFY(index);
        const auto url = postLinkUrl(index.value().config(), from, QStringLiteral("content/en/posts/b.md"), PostLinkStyle::HugoRelref);
        QCOMPARE(url, QStringLiteral("{{< relref \"/posts/b.md\" >}}"));
        write(from, hugoPost("A", postLinkMarkdown(QStringLiteral("Bee"), *url).toUtf8() + '\n'));
        QCOMPARE(linkFindings(from), QStringList());
        QCOMPARE(runGenerator(hugo, {QStringLiteral("--quiet")}, dir.path()), QString());
        QCOMPARE(linkTexts(dir.filePath(QStringLiteral("public/posts/a/index.html"))), QStringList({QStringLiteral("Bee")}));
        for (const char *wrong : {"\"/en/posts/b.md\"", "\"/posts/c.md\"", "path=\"/posts/b.md\" lang=\"fr\""}) {
            write(from, hugoPost("A", QByteArray("[x]({{< relref ") + wrong + " >}})\n"));
            QCOMPARE(linkFindings(from).size(), 1);
            QVERIFY2(!runGenerator(hugo, {QStringLiteral("--quiet")}, dir.path()).isEmpty(), wrong);
        }
        // A page of another language, by the ref's lang.
        write(from, hugoPost("A", "[Zeh]({{< relref path=\"/posts/c.md\" lang=\"de\" >}})\n"));
        QCOMPARE(linkFindings(from), QStringList());
        QCOMPARE(runGenerator(hugo, {QStringLiteral("--quiet")}, dir.path()), QString());
        QCOMPARE(linkTexts(dir.filePath(QStringLiteral("public/posts/a/index.html"))), QStringList({QStringLiteral("Zeh")}));
    }

    // hugo names a list page by its folder, or by its _index.md when the
    // file is there; "posts/index.md" or a bare "_index" names none. The
    // doctor passes a ref exactly when hugo builds it, with and without
    // the sections' _index.md.
    void refToAListPageAsHugoBuildsIt()
    {
        const QString hugo = QStandardPaths::findExecutable(QStringLiteral("hugo"));
        if (hugo.isEmpty())
            QSKIP("hugo is not installed");
        QTemporaryDir dir;
        writeBuildableHugoSite(dir);
        write(dir.filePath("content/posts/b.md"), hugoPost("Bee"));
        const QString from = dir.filePath(QStringLiteral("content/posts/a.md"));
        for (const bool withFiles : {false, true}) {
            if (withFiles) {
                write(dir.filePath("content/_index.md"), hugoPost("Home"));
                write(dir.filePath("content/posts/_index.md"), hugoPost("Posts"));
            }
            for (const char *target : {"/posts/_index.md", "/_index.md", "_index.md", "/posts/_INDEX.md", "/posts/index.md",
                                       "/index.md", "/posts/_index", "/posts", "posts", "/", "b"}) {
                write(from, hugoPost("A", QByteArray("[x]({{< relref \"") + target + "\" >}})\n"));
                const bool built = runGenerator(hugo, {QStringLiteral("--quiet")}, dir.path()).isEmpty();
                QVERIFY2(linkFindings(from).isEmpty() == built,
                         qPrintable(QStringLiteral("%1, %2 _index.md: hugo %3 it")
                                        .arg(QLatin1String(target), withFiles ? QStringLiteral("with") : QStringLiteral("without"),
                                             built ? QStringLiteral("builds") : QStringLiteral("stops at"))));
            }
        }
    }

    void templateTagsInTitleStayTextOnJekyll()
    {
        const QString jekyll = QStandardPaths::findExecutable(QStringLiteral("jekyll"));
        if (jekyll.isEmpty())
            QSKIP("jekyll is not installed");
        QTemporaryDir dir;
        write(dir.filePath("_config.yml"), "title: Blog\n");
        write(dir.filePath("_posts/2024-01-01-tags.md"), QByteArray("---\ntitle: \"") + templateTitle + "\"\n---\n");
        const QString from = dir.filePath(QStringLiteral("_posts/2024-01-02-from.md"));
        write(from, "---\ntitle: From\n---\n");
        const Result<SiteIndex> index = indexSite(dir.path());
        QVERIFY(index);
        const auto url = postLinkUrl(index.value().config(), from, QStringLiteral("_posts/2024-01-01-tags.md"), {});
        write(from, "---\ntitle: From\n---\n" + postLinkMarkdown(QString::fromUtf8(templateTitle), *url).toUtf8() + '\n');
        QCOMPARE(linkFindings(from), QStringList());
        QCOMPARE(runGenerator(jekyll, {QStringLiteral("build"), QStringLiteral("--quiet")}, dir.path()), QString());
        QCOMPARE(linkTexts(dir.filePath(QStringLiteral("_site/2024/01/02/from.html"))), QStringList({templateTitle}));
    }

    // Red team: a post whose file name has "#" or "?" ("c# and why?.md")
    // is linked by relref: hugo reads the target as a URL and looked for
    // "/posts/c" (REF_NOT_FOUND, the build stopped), as did the doctor.
    void hugoRefToFileNamedLikeAUrl()
    {
        const QString hugo = QStandardPaths::findExecutable(QStringLiteral("hugo"));
        if (hugo.isEmpty())
            QSKIP("hugo is not installed");
        QTemporaryDir dir;
        write(dir.filePath("hugo.toml"), "baseURL = 'https://example.org/'\ntitle = 'Blog'\n");
        write(dir.filePath("layouts/_default/single.html"), "<h1>{{ .Title }}</h1>{{ .Content }}");
        write(dir.filePath("content/posts/c# and why?.md"), hugoPost("Sharp"));
        write(dir.filePath("content/posts/from.md"), {});
        const Result<SiteIndex> index = indexSite(dir.path());
        QVERIFY(index);
        const QString from = dir.filePath(QStringLiteral("content/posts/from.md"));
        QString body;
        for (const PostLinkStyle style : {PostLinkStyle::HugoRef, PostLinkStyle::HugoRelref}) {
            const auto url = postLinkUrl(index.value().config(), from, QStringLiteral("content/posts/c# and why?.md"), style);
            body += postLinkMarkdown(QStringLiteral("Sharp"), *url) + QStringLiteral("\n\n");
        }
        write(from, hugoPost("From", body.toUtf8()));
        QCOMPARE(linkFindings(from), QStringList());
        QCOMPARE(runGenerator(hugo, {QStringLiteral("--quiet")}, dir.path()), QString());
        QFile page(dir.filePath(QStringLiteral("public/posts/from/index.html")));
        QVERIFY(page.open(QIODevice::ReadOnly));
        static const QRegularExpression link(QStringLiteral("<a href=\"([^\"]*)\">Sharp</a>"));
        int links = 0;
        for (const QRegularExpressionMatch &m : link.globalMatch(QString::fromUtf8(page.readAll()))) {
            const QString href = QUrl::fromPercentEncoding(m.captured(1).toUtf8()).section(QLatin1String("example.org"), -1);
            QFile linked(dir.filePath(QStringLiteral("public") + href + QStringLiteral("index.html")));
            QVERIFY2(linked.open(QIODevice::ReadOnly), qPrintable(href));
            QVERIFY(linked.readAll().contains("<h1>Sharp</h1>"));
            ++links;
        }
        QCOMPARE(links, 2);
    }

    // Red team: a link to "Vim | Emacs" put in a table's cell keeps the
    // row: its "|" ended the cell ("[Vim" and "Emacs](/posts/v/)", the next
    // cell gone) on the site hugo builds.
    void pipeInTitleKeepsTheTableRow()
    {
        const QString hugo = QStandardPaths::findExecutable(QStringLiteral("hugo"));
        if (hugo.isEmpty())
            QSKIP("hugo is not installed");
        QTemporaryDir dir;
        write(dir.filePath("hugo.toml"), "baseURL = 'https://example.org/'\ntitle = 'Blog'\n");
        write(dir.filePath("layouts/_default/single.html"), "{{ .Content }}");
        write(dir.filePath("content/posts/v.md"), hugoPost("Vim | Emacs"));
        write(dir.filePath("content/posts/from.md"), {});
        const Result<SiteIndex> index = indexSite(dir.path());
        QVERIFY(index);
        const QString from = dir.filePath(QStringLiteral("content/posts/from.md"));
        const auto url = postLinkUrl(index.value().config(), from, QStringLiteral("content/posts/v.md"), PostLinkStyle::HugoRelref);
        const QString row = QStringLiteral("| ") + postLinkMarkdown(QStringLiteral("Vim | Emacs"), *url) + QStringLiteral(" | old |\n");
        write(from, hugoPost("From", "| Post | Note |\n|------|------|\n" + row.toUtf8()));
        QCOMPARE(runGenerator(hugo, {QStringLiteral("--quiet")}, dir.path()), QString());
        QFile page(dir.filePath(QStringLiteral("public/posts/from/index.html")));
        QVERIFY(page.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(page.readAll()).simplified();
        QVERIFY2(html.contains(QStringLiteral("<td><a href=\"/posts/v/\">Vim | Emacs</a></td> <td>old</td>")), qPrintable(html));
    }

    void matching_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("titles");
        QTest::newRow("prefix") << "Sec" << QStringList{"Second post"};
        QTest::newRow("prefix, word, then path") << "post" << QStringList{"Postscript", "Second post", "A [trip]"};
        QTest::newRow("anywhere") << "cond" << QStringList{"Second post"};
        QTest::newRow("by path") << "my trip" << QStringList{"A [trip]"};
        QTest::newRow("section pages and the post itself left out") << "first" << QStringList{};
        QTest::newRow("nothing") << "zzz" << QStringList{};
    }
    void matching()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, titles);
        QStringList found;
        for (const qsizetype i : matchPosts(m_index->posts(), typed, QStringLiteral("content/posts/first-post.md"), 20))
            found.append(m_index->posts().at(i).title);
        QCOMPARE(found, titles);
    }

    void typedQuery_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("bracket");   // -1: no query
        QTest::addColumn<QString>("text");
        QTest::newRow("two characters") << "See [Se" << 4 << "Se";
        QTest::newRow("words") << "[My po" << 0 << "My po";
        QTest::newRow("one character is not enough") << "See [S" << -1 << "";
        QTest::newRow("task box") << "- [x] done" << -1 << "";
        QTest::newRow("open task box") << "- [ ] to" << -1 << "";
        QTest::newRow("footnote") << "text[^no" << -1 << "";
        QTest::newRow("image") << "![Se" << -1 << "";
        QTest::newRow("escaped") << "\\[Se" << -1 << "";
        QTest::newRow("escaped backslash") << "\\\\[Se" << 2 << "Se";
        QTest::newRow("closed") << "[Se] and" << -1 << "";
        QTest::newRow("in a code span") << "`a[Se` b" << -1 << "";
        QTest::newRow("in a code span being typed") << "run `a[Se" << -1 << "";
        QTest::newRow("after a code span") << "`a` [Se" << 4 << "Se";
        QTest::newRow("the last bracket") << "[a](b) [Sec" << 7 << "Sec";
    }
    void typedQuery()
    {
        QFETCH(QString, line);
        QFETCH(int, bracket);
        QFETCH(QString, text);
        const std::optional<PostLinkQuery> query = postLinkQuery(line);
        QCOMPARE(query.has_value(), bracket >= 0);
        if (query) {
            QCOMPARE(query->bracket, bracket);
            QCOMPARE(query->text, text);
        }
    }

private:
    QTemporaryDir m_dir;
    QString m_hugo;
    std::unique_ptr<SiteIndex> m_index;
    std::unique_ptr<SiteIndex> m_zola;
    std::unique_ptr<SiteIndex> m_jekyll;
};

QTEST_GUILESS_MAIN(TestPostLink)
#include "tst_postlink.moc"
