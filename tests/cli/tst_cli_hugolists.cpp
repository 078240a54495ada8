// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Hugo's lists as hugo 0.111 makes them, on small sites the test writes and
// builds with hugo and with postwright-cli export: the sitemap (no page
// after a list's first, nothing its _build keeps out of lists), the feed,
// the section pages (their subsections, hugo's order: weight, date, title,
// path), paginated taxonomy pages, paginatePath as hugo reads it, the
// resources of headless and unrendered bundles, and a home page that is
// not rendered (skips without hugo). Term pages of other sites are
// paginated as their home page.
#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QXmlStreamReader>

#include "support/testfiles.h"

using namespace postwright::testing;

namespace {

// A theme that lists each list's pages (its pages of terms too) by .Paginate.
const QString layouts = QStringLiteral(POSTWRIGHT_TEST_DATA "/sites/hugo-build/layouts");

int run(const QString &program, const QStringList &args, QString *output = nullptr)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, args);
    process.waitForFinished(120000);
    if (output)
        *output = QString::fromUtf8(process.readAll());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

// A link as a site-absolute URL path: hugo writes "/posts/a/", the export
// "../posts/a/index.html" relative to its page, or absolute in the feed.
QString urlPath(const QString &pageUrl, const QString &link)
{
    QString path = QUrl(QStringLiteral("https://example.org") + pageUrl).resolved(QUrl(link)).path();
    if (path.endsWith(QLatin1String("/index.html")))
        path.chop(int(qstrlen("index.html")));
    return path;
}

// One built site (hugo's or the export's), read back.
struct Output
{
    QString root;

    QString text(const QString &url) const { return QString::fromUtf8(readAll(root + url + QStringLiteral("index.html"))); }

    // Every page (an index.html) as its URL path.
    QStringList pages() const { return pageUrlsBelow(root); }

    // The entries a list page links to, in order; with the pages after it
    // (url + pager + N/). The terms on the export's page of terms too.
    QStringList entries(const QString &url, const QString &pager = QStringLiteral("page/")) const
    {
        static const QRegularExpression entry(QStringLiteral("class=\"pw-entry\">\\s*<h2[^>]*><a href=\"([^\"]*)\"|"
                                                             "<li class=\"pw-chip\"[^>]*><a href=\"([^\"]*)\""));
        QStringList links;
        for (int n = 1; n == 1 || QFileInfo::exists(root + url + pager + QStringLiteral("%1/index.html").arg(n)); ++n) {
            const QString page = n == 1 ? url : url + pager + QStringLiteral("%1/").arg(n);
            for (const QRegularExpressionMatch &match : entry.globalMatch(text(page)))
                links.append(urlPath(page, match.captured(match.lastCapturedIndex())));
        }
        return links;
    }

    // The texts of element (in parent) in an XML file, as URL paths.
    QStringList xmlLinks(const QString &file, const QString &parent, const QString &element) const
    {
        QFile in(root + QLatin1Char('/') + file);
        if (!in.open(QIODevice::ReadOnly))
            return {QStringLiteral("(no %1)").arg(file)};
        QXmlStreamReader xml(&in);
        QStringList links;
        bool inside = false;
        while (!xml.atEnd()) {
            const QXmlStreamReader::TokenType token = xml.readNext();
            if (token == QXmlStreamReader::StartElement && xml.qualifiedName() == parent)
                inside = true;
            else if (token == QXmlStreamReader::EndElement && xml.qualifiedName() == parent)
                inside = false;
            else if (token == QXmlStreamReader::StartElement && inside && xml.qualifiedName() == element)
                links.append(urlPath(QStringLiteral("/"), xml.readElementText().trimmed()));
        }
        if (xml.hasError())
            links.append(QStringLiteral("(%1: %2)").arg(file, xml.errorString()));
        return links;
    }

    QStringList sitemap() const
    {
        QStringList urls = xmlLinks(QStringLiteral("sitemap.xml"), QStringLiteral("url"), QStringLiteral("loc"));
        urls.sort();
        return urls;
    }
    // The home feed's items, in order.
    QStringList feed() const { return xmlLinks(QStringLiteral("index.xml"), QStringLiteral("item"), QStringLiteral("link")); }

    // The tag and category chips of the page at url, sorted: "name" for a
    // chip without a link, "name -> /url/" for one with; names in lower
    // case (hugo shows a term's title, the export the post's word).
    QStringList chips(const QString &url) const
    {
        static const QRegularExpression chip(QStringLiteral("<li class=\"pw-chip pw-(?:tag|category)\"[^>]*>(?:<a href=\"([^\"]*)\"[^>]*>)?([^<]*)<"));
        QStringList found;
        for (const QRegularExpressionMatch &match : chip.globalMatch(text(url))) {
            const QString name = match.captured(2).trimmed().toLower();
            found.append(match.captured(1).isEmpty() ? name : name + QStringLiteral(" -> ") + urlPath(url, match.captured(1)));
        }
        found.sort();
        return found;
    }

    // The links from its pages to files of the site that are not there,
    // as "page -> link" (links with a scheme or from the root not looked at).
    QStringList deadLinks() const
    {
        static const QRegularExpression link(QStringLiteral("(?:href|src)=\"([^\"#?:/][^\"#?:]*)(?:[#?][^\"]*)?\""));
        QStringList dead;
        for (const QString &file : filesBelow(root, QStringLiteral("*.html"))) {
            const QString folder = QFileInfo(root + QLatin1Char('/') + file).path();
            for (const QRegularExpressionMatch &match : link.globalMatch(QString::fromUtf8(readAll(root + QLatin1Char('/') + file)))) {
                QString target = QDir::cleanPath(folder + QLatin1Char('/') + match.captured(1));
                if (match.captured(1).endsWith(QLatin1Char('/')))
                    target += QStringLiteral("/index.html");
                if (!QFileInfo::exists(target))
                    dead.append(file + QStringLiteral(" -> ") + match.captured(1));
            }
        }
        return dead;
    }

    // Every feed (an index.xml) as its folder's URL path.
    QStringList feeds() const { return filesBelow(root, QStringLiteral("index.xml")); }
};

} // namespace

class tst_CliHugoLists final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sitemapAndFeedAsHugo();
    void termFeedsAsHugo();
    void feedsWinOverPostsAndTerms();
    void feedLimitAsHugo();
    void termBuildOptionsAsHugo();
    void disabledKindsAsHugo_data();
    void disabledKindsAsHugo();
    void disabledFeedsAndSitemapAsHugo_data();
    void disabledFeedsAndSitemapAsHugo();
    void sectionListsAsHugo();
    void filelessSectionCascadeAsHugo();
    void termOfUnlistedPostsOnlyIsNoLink();
    void taxonomyPagesPaginatedAsHugo();
    void paginatePathAsHugo_data();
    void paginatePathAsHugo();
    void bundleResourcesAsHugo();
    void unrenderedHomeAsHugo_data();
    void unrenderedHomeAsHugo();
    void newerHugoPagination_data();
    void newerHugoPagination();
    void otherSitesPaginateTermPages_data();
    void otherSitesPaginateTermPages();

private:
    // A site in the test's folder: hugo.toml (config), the fixture's layouts
    // and content/PATH for each file.
    QString site(const QString &name, const QByteArray &config, const QList<std::pair<QString, QByteArray>> &files);
    // Gives site's post pages the chips of the export's theme, made by
    // hugo's .GetTerms (a term without a URL: its name alone).
    static void useChipLayout(const QString &site);
    // buildBoth, then their pages, feeds and sitemaps compared.
    void buildAlike(const QString &site, Output &theirs, Output &ours);
    // Builds site with hugo and with the export; false when either fails.
    bool buildBoth(const QString &site, Output &theirs, Output &ours);

    QString m_hugo;
    QString m_hugoVersion;   // "0.111"
    QTemporaryDir m_dir;
};

void tst_CliHugoLists::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_hugo = QStandardPaths::findExecutable(QStringLiteral("hugo"));
    QString version;
    if (!m_hugo.isEmpty() && run(m_hugo, {QStringLiteral("version")}, &version) == 0)
        m_hugoVersion = QRegularExpression(QStringLiteral("v(\\d+\\.\\d+)")).match(version).captured(1);
}

QString tst_CliHugoLists::site(const QString &name, const QByteArray &config, const QList<std::pair<QString, QByteArray>> &files)
{
    const QString root = m_dir.filePath(name);
    writeFile(root + QStringLiteral("/hugo.toml"), "baseURL = \"https://example.org/\"\ntitle = \"Lists\"\n" + config);
    copyFolder(layouts, root + QStringLiteral("/layouts"));
    for (const auto &[path, bytes] : files)
        writeFile(root + QStringLiteral("/content/") + path, bytes);
    return root;
}

void tst_CliHugoLists::buildAlike(const QString &site, Output &theirs, Output &ours)
{
    QVERIFY(buildBoth(site, theirs, ours));
    QCOMPARE(ours.pages(), theirs.pages());
    QCOMPARE(ours.feeds(), theirs.feeds());
    QCOMPARE(ours.sitemap(), theirs.sitemap());
}

void tst_CliHugoLists::useChipLayout(const QString &site)
{
    writeFile(site + QStringLiteral("/layouts/_default/single.html"),
              "<!DOCTYPE html>\n<html><body><h1>{{ .Title }}</h1>{{ .Content }}<ul>"
              "{{ range .GetTerms \"tags\" }}<li class=\"pw-chip pw-tag\">{{ with .RelPermalink }}<a href=\"{{ . }}\">{{ end }}{{ .Data.Term }}</li>{{ end }}"
              "{{ range .GetTerms \"categories\" }}<li class=\"pw-chip pw-category\">{{ with .RelPermalink }}<a href=\"{{ . }}\">{{ end }}{{ .Data.Term }}</li>{{ end }}"
              "</ul></body></html>\n");
}

bool tst_CliHugoLists::buildBoth(const QString &site, Output &theirs, Output &ours)
{
    theirs.root = site + QStringLiteral("-hugo");
    ours.root = site + QStringLiteral("-ours");
    QString output;
    if (run(m_hugo, {QStringLiteral("--source"), site, QStringLiteral("--destination"), theirs.root, QStringLiteral("--quiet")},
            &output) != 0) {
        qWarning().noquote() << "hugo:" << output;
        return false;
    }
    if (run(QStringLiteral(POSTWRIGHT_CLI), {QStringLiteral("export"), site, QStringLiteral("-o"), ours.root,
                                             QStringLiteral("--no-cache")}, &output) != 0) {
        qWarning().noquote() << "export:" << output;
        return false;
    }
    return true;
}

// hugo's sitemap has no page after a list's first, no list: never or
// local page or section, but a render: link one; its feed only the pages
// listed everywhere.
void tst_CliHugoLists::sitemapAndFeedAsHugo()
{
    if (m_hugo.isEmpty())
        QSKIP("hugo is not installed (Debian's package hugo; scripts/deps.sh test installs it)");
    QList<std::pair<QString, QByteArray>> files;
    for (int i = 1; i <= 5; ++i)
        files.append({QStringLiteral("posts/p%1.md").arg(i), QStringLiteral("---\ntitle: P%1\ndate: 2024-01-0%1\ntags: [t]\n---\nx\n").arg(i).toUtf8()});
    files += {{"posts/never.md", "---\ntitle: Never\ndate: 2024-02-01\n_build:\n  list: never\n---\nx\n"},
              {"posts/local.md", "---\ntitle: Local\ndate: 2024-02-02\n_build:\n  list: local\n---\nx\n"},
              {"posts/sub/_index.md", "---\ntitle: Sub\n---\n"},
              {"posts/sub/s1.md", "---\ntitle: S1\ndate: 2024-01-03\n---\nx\n"},
              {"posts/sub-local/_index.md", "---\ntitle: SubLocal\n_build:\n  list: local\n---\n"},
              {"posts/sub-local/x.md", "---\ntitle: SLX\ndate: 2023-01-03\n---\nx\n"},
              {"posts/sub-link/_index.md", "---\ntitle: SubLink\n_build:\n  render: link\n---\n"},
              {"notes/_index.md", "---\ntitle: Notes\n_build:\n  list: never\n---\n"},
              {"notes/n1.md", "---\ntitle: N1\ndate: 2024-01-03\n---\nx\n"}};
    Output theirs;
    Output ours;
    QVERIFY(buildBoth(site(QStringLiteral("sitemap"), "paginate = 2\n", files), theirs, ours));
    const QStringList sitemap = theirs.sitemap();
    QCOMPARE(ours.sitemap(), sitemap);
    for (const char *url : {"/page/2/", "/posts/page/2/", "/tags/t/page/2/", "/posts/never/", "/posts/local/", "/notes/",
                            "/posts/sub-local/"})
        QVERIFY2(!sitemap.contains(QLatin1String(url)), url);
    for (const char *url : {"/", "/posts/", "/posts/sub/", "/posts/sub-link/", "/notes/n1/", "/tags/", "/tags/t/"})
        QVERIFY2(sitemap.contains(QLatin1String(url)), url);
    const QStringList feed = theirs.feed();
    QCOMPARE(ours.feed(), feed);
    QVERIFY(!feed.contains(QStringLiteral("/posts/never/")));
    QVERIFY(!feed.contains(QStringLiteral("/posts/local/")));
    // A feed beside each section's, taxonomy's and term's page, as hugo's,
    // with the same items in the same order (a section's: its own pages;
    // a taxonomy's: its terms).
    const QStringList feeds = theirs.feeds();
    QCOMPARE(ours.feeds(), feeds);
    for (const char *file : {"posts/index.xml", "tags/index.xml", "tags/t/index.xml", "posts/sub/index.xml"})
        QVERIFY2(feeds.contains(QLatin1String(file)), file);
    for (const QString &file : feeds) {
        const QStringList items = theirs.xmlLinks(file, QStringLiteral("item"), QStringLiteral("link"));
        QCOMPARE(ours.xmlLinks(file, QStringLiteral("item"), QStringLiteral("link")), items);
        // Each follows its list: its channel's link is the list's page.
        const QStringList channel = theirs.xmlLinks(file, QStringLiteral("channel"), QStringLiteral("link"));
        QCOMPARE(ours.xmlLinks(file, QStringLiteral("channel"), QStringLiteral("link")).value(0), channel.value(0));
    }
    // A term's page names its own feed.
    QVERIFY(ours.text(QStringLiteral("/tags/t/")).contains(QStringLiteral("href=\"index.xml\"")));
    // The pages are the same too.
    QCOMPARE(ours.pages(), theirs.pages());
}

// The feed of a taxonomy lists its terms as hugo's: newest first (a term
// is as new as its newest post), then by name; each term's feed its posts.
void tst_CliHugoLists::termFeedsAsHugo()
{
    if (m_hugo.isEmpty())
        QSKIP("hugo is not installed (Debian's package hugo; scripts/deps.sh test installs it)");
    const QList<std::pair<QString, QByteArray>> files{
        {"posts/a.md", "---\ntitle: A\ndate: 2024-01-01\ntags: [old, Both]\n---\nx\n"},
        {"posts/b.md", "---\ntitle: B\ndate: 2024-03-01\ntags: [zeta, alpha, both]\ncategories: [c]\n---\nx\n"},
        {"posts/c.md", "---\ntitle: C\ndate: 2024-02-01\ntags: [mid]\n---\nx\n"},
        // Terms of one date: by name as the site's language sorts them.
        {"posts/d.md", "---\ntitle: D\ndate: 2024-03-01\ntags: [Zebra, apple, \"\u00e9clair\", Mango, banana]\n---\nx\n"},
        // A term with a page of its own and no post: last.
        {"tags/empty/_index.md", "---\ntitle: Empty\n---\n"},
    };
    Output theirs;
    Output ours;
    QVERIFY(buildBoth(site(QStringLiteral("termfeeds"), {}, files), theirs, ours));
    const QStringList terms = theirs.xmlLinks(QStringLiteral("tags/index.xml"), QStringLiteral("item"), QStringLiteral("link"));
    QCOMPARE(terms.size(), 11);
    QCOMPARE(terms.constLast(), QStringLiteral("/tags/empty/"));
    QCOMPARE(ours.xmlLinks(QStringLiteral("tags/index.xml"), QStringLiteral("item"), QStringLiteral("link")), terms);
    // The taxonomy's page names its own feed too.
    QVERIFY(ours.text(QStringLiteral("/tags/")).contains(QStringLiteral("href=\"index.xml\"")));
    QCOMPARE(ours.feeds(), theirs.feeds());
    for (const QString &file : theirs.feeds())
        QCOMPARE(ours.xmlLinks(file, QStringLiteral("item"), QStringLiteral("link")),
                 theirs.xmlLinks(file, QStringLiteral("item"), QStringLiteral("link")));
}

// rssLimit: every feed keeps its first items, as hugo's.
void tst_CliHugoLists::feedLimitAsHugo()
{
    if (m_hugo.isEmpty())
        QSKIP("hugo is not installed (Debian's package hugo; scripts/deps.sh test installs it)");
    QList<std::pair<QString, QByteArray>> files;
    for (int i = 1; i <= 4; ++i)
        files.append({QStringLiteral("posts/p%1.md").arg(i), QStringLiteral("---\ntitle: P%1\ndate: 2024-01-0%1\ntags: [t, u%1]\n---\nx\n").arg(i).toUtf8()});
    Output theirs;
    Output ours;
    QVERIFY(buildBoth(site(QStringLiteral("rsslimit"), "rssLimit = 2\n", files), theirs, ours));
    QCOMPARE(ours.feeds(), theirs.feeds());
    for (const QString &file : theirs.feeds())
        QCOMPARE(ours.xmlLinks(file, QStringLiteral("item"), QStringLiteral("link")),
                 theirs.xmlLinks(file, QStringLiteral("item"), QStringLiteral("link")));
    QCOMPARE(ours.feed(), (QStringList{QStringLiteral("/posts/p4/"), QStringLiteral("/posts/p3/")}));
}

// A taxonomy's or term's _build, from its own _index.md or handed down
// by a cascade, as hugo builds it: render: never or link, no page and no
// feed (link: still in the sitemap and linked); list: never or local, a
// page but in no list, the sitemap or a post's chips; a draft _index.md,
// nothing, as a draft or a future date a cascade hands to a term without
// one; a cascade's path matches a term without a page by its folder.
// The chips of a post are hugo's .GetTerms, a render: never term's without
// a link. Before, every term got its page and every chip its link.
void tst_CliHugoLists::termBuildOptionsAsHugo()
{
    if (m_hugo.isEmpty())
        QSKIP("hugo is not installed (Debian's package hugo; scripts/deps.sh test installs it)");
    const QList<std::pair<QString, QByteArray>> files{
        {"posts/a.md", "---\ntitle: A\ndate: 2024-01-01\ntags: [rust, zig, odin, loc, dr, go, secret, hidden, drafty, later]\n"
                       "categories: [c1, c2]\nseries: [s1]\n---\nx\n"},
        {"posts/b.md", "---\ntitle: B\ndate: 2024-01-02\ntags: [go]\n---\nx\n"},
        {"tags/_index.md", "---\ntitle: Tags\ncascade:\n  - _target:\n      path: \"/tags/secret/**\"\n    _build:\n      render: never\n"
                           "  - _target:\n      path: \"/tags/hid*\"\n    _build:\n      render: never\n"
                           "  - _target:\n      path: /tags/drafty\n    draft: true\n"
                           "  - _target:\n      path: /tags/later\n    date: 2099-01-01\n---\n"},
        {"tags/rust/_index.md", "---\ntitle: Rust\n_build:\n  render: never\n---\n"},
        {"tags/zig/_index.md", "---\ntitle: Zig\n_build:\n  render: link\n---\n"},
        {"tags/odin/_index.md", "---\ntitle: Odin\n_build:\n  list: never\n---\n"},
        {"tags/loc/_index.md", "---\ntitle: Loc\n_build:\n  list: local\n---\n"},
        {"tags/dr/_index.md", "---\ntitle: Dr\ndraft: true\n---\n"},
        {"categories/_index.md", "---\ntitle: Cats\ncascade:\n  _build:\n    render: never\n---\n"},
        {"series/_index.md", "---\ntitle: Series\n_build:\n  render: link\n  list: always\n---\n"},
    };
    const QString root = site(QStringLiteral("termbuild"), "[taxonomies]\ntag = \"tags\"\ncategory = \"categories\"\nseries = \"series\"\n", files);
    useChipLayout(root);
    Output theirs;
    Output ours;
    buildAlike(root, theirs, ours);
    if (QTest::currentTestFailed())
        return;
    // Spelled out, so that a change on both sides is seen.
    const QStringList pages = ours.pages();
    for (const char *gone : {"/tags/rust/", "/tags/zig/", "/tags/dr/", "/tags/hidden/", "/tags/drafty/", "/tags/later/", "/categories/",
                             "/categories/c1/", "/series/"})
        QVERIFY2(!pages.contains(QLatin1String(gone)), gone);
    for (const char *kept : {"/tags/odin/", "/tags/loc/", "/tags/secret/", "/tags/go/", "/series/s1/"})
        QVERIFY2(pages.contains(QLatin1String(kept)), kept);
    const QStringList chips{QStringLiteral("c1"), QStringLiteral("c2"), QStringLiteral("go -> /tags/go/"), QStringLiteral("hidden"),
                            QStringLiteral("rust"), QStringLiteral("secret -> /tags/secret/"), QStringLiteral("zig -> /tags/zig/")};
    QCOMPARE(ours.chips(QStringLiteral("/posts/a/")), chips);
    QCOMPARE(theirs.chips(QStringLiteral("/posts/a/")), chips);
    // The list of terms and the taxonomy's feed: the listed terms with a URL.
    QCOMPARE(ours.entries(QStringLiteral("/tags/")),
             (QStringList{QStringLiteral("/tags/go/"), QStringLiteral("/tags/secret/"), QStringLiteral("/tags/zig/")}));
    QStringList terms = theirs.xmlLinks(QStringLiteral("tags/index.xml"), QStringLiteral("item"), QStringLiteral("link"));
    terms.removeAll(QStringLiteral("/"));   // hugo 0.111's item for a render: never term, without a link
    QCOMPARE(ours.xmlLinks(QStringLiteral("tags/index.xml"), QStringLiteral("item"), QStringLiteral("link")), terms);
    // No page links the taxonomy pages that are not written.
    QVERIFY(!ours.text(QStringLiteral("/")).contains(QLatin1String("categories/index.html")));
    QVERIFY(!ours.text(QStringLiteral("/posts/a/")).contains(QLatin1String("categories/index.html")));
}

// A post or term that wants a feed's place gets a warning and no page
// (the generated file wins), where hugo stops: the export goes on.
void tst_CliHugoLists::feedsWinOverPostsAndTerms()
{
    const QString root = site(QStringLiteral("feedclash"), {},
                              {{"posts/a.md", "---\ntitle: A\ndate: 2024-01-01\ntags: [index.xml, go]\n---\nx\n"},
                               {"posts/b.md", "---\ntitle: B\ndate: 2024-01-02\nurl: /posts/index.xml\n---\nx\n"},
                               {"posts/c.md", "---\ntitle: C\ndate: 2024-01-03\nslug: index.xml\n---\nx\n"}});
    const QString out = root + QStringLiteral("-ours");
    QString output;
    QCOMPARE(run(QStringLiteral(POSTWRIGHT_CLI), {QStringLiteral("export"), root, QStringLiteral("-o"), out,
                                                 QStringLiteral("--no-cache")}, &output),
             1);   // pages not written: a warning's exit code, not a stop
    QVERIFY2(output.contains(QStringLiteral("posts/b.md: posts/index.xml is already the feed of posts: not written")),
             qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("posts/c.md: posts/index.xml/index.html is already the feed of posts: not written")),
             qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("the tags term \"index.xml\": its page tags/index.xml/index.html would be where "
                                            "tags/index.xml is: not written")),
             qPrintable(output));
    Output ours{out};
    QCOMPARE(ours.xmlLinks(QStringLiteral("posts/index.xml"), QStringLiteral("item"), QStringLiteral("link")),
             QStringList{QStringLiteral("/posts/a/")});
    QCOMPARE(ours.xmlLinks(QStringLiteral("tags/index.xml"), QStringLiteral("item"), QStringLiteral("link")),
             QStringList{QStringLiteral("/tags/go/")});
    QVERIFY(QFileInfo(out + QStringLiteral("/posts/index.xml")).isFile());
    QVERIFY(QFileInfo(out + QStringLiteral("/tags/index.xml")).isFile());
}

// disableKinds = ["RSS", "sitemap"]: no feed and no sitemap, and no page
// links a feed, as hugo (0.111 reads the kinds in their case only).
void tst_CliHugoLists::disabledKindsAsHugo_data()
{
    QTest::addColumn<QByteArray>("kinds");
    QTest::addColumn<QStringList>("gone");   // pages hugo 0.111 does not write
    QTest::addColumn<QStringList>("kept");
    const QStringList all{QStringLiteral("/"), QStringLiteral("/posts/"), QStringLiteral("/posts/sub/"), QStringLiteral("/posts/a/"),
                          QStringLiteral("/posts/sub/s1/"), QStringLiteral("/notes/"), QStringLiteral("/notes/n/"),
                          QStringLiteral("/tags/"), QStringLiteral("/tags/t/")};
    const auto row = [&](const char *name, const QByteArray &kinds, const QStringList &gone) {
        QStringList kept = all;
        for (const QString &url : gone)
            kept.removeAll(url);
        QTest::newRow(name) << kinds << gone << kept;
    };
    row("taxonomy, term", R"("taxonomy", "term")", {QStringLiteral("/tags/"), QStringLiteral("/tags/t/")});
    row("term", R"("term")", {QStringLiteral("/tags/t/")});
    row("taxonomyTerm: the older taxonomy", R"("taxonomyTerm")", {QStringLiteral("/tags/")});
    row("older names: taxonomy is term", R"("taxonomy", "taxonomyTerm")", {QStringLiteral("/tags/"), QStringLiteral("/tags/t/")});
    row("home", R"("home")", {QStringLiteral("/")});
    row("home and section", R"("home", "section")",
        {QStringLiteral("/"), QStringLiteral("/posts/"), QStringLiteral("/posts/sub/"), QStringLiteral("/notes/")});
    row("section", R"("section")", {QStringLiteral("/posts/"), QStringLiteral("/posts/sub/"), QStringLiteral("/notes/")});
    // A folder without an _index.md (notes) has nothing to be a section of.
    row("page", R"("page")", {QStringLiteral("/posts/a/"), QStringLiteral("/posts/sub/s1/"), QStringLiteral("/tags/t/"),
                              QStringLiteral("/notes/"), QStringLiteral("/notes/n/")});
    row("Taxonomy, Home: not kinds in 0.111", R"("Taxonomy", "Term", "Home")", {});
}

// hugo's disableKinds: no page of the kind, nor its feed, sitemap entry,
// entry in a list, links from the head or (terms) the posts' chips.
// Before, the export read only RSS and sitemap and wrote every other page.
void tst_CliHugoLists::disabledKindsAsHugo()
{
    QFETCH(QByteArray, kinds);
    QFETCH(QStringList, gone);
    QFETCH(QStringList, kept);
    if (m_hugo.isEmpty())
        QSKIP("hugo is not installed (Debian's package hugo; scripts/deps.sh test installs it)");
    const QList<std::pair<QString, QByteArray>> files{
        {"posts/a.md", "---\ntitle: A\ndate: 2024-01-01\ntags: [t]\ncategories: [c]\n---\nx\n"},
        {"posts/sub/_index.md", "---\ntitle: Sub\n---\n"},
        {"posts/sub/s1.md", "---\ntitle: S1\ndate: 2024-01-02\n---\nx\n"},
        {"notes/n.md", "---\ntitle: N\ndate: 2024-01-03\n---\nx\n"},
    };
    const QString root = site(QStringLiteral("nokinds-%1").arg(QString::number(qHash(kinds))), "disableKinds = [" + kinds + "]\n", files);
    useChipLayout(root);
    Output theirs;
    Output ours;
    buildAlike(root, theirs, ours);
    if (QTest::currentTestFailed())
        return;
    // Nothing links a page that is not written (the site's title, the
    // home feed, a taxonomy or term page).
    QCOMPARE(ours.deadLinks(), QStringList());
    if (!gone.contains(QStringLiteral("/posts/a/"))) {
        QCOMPARE(ours.chips(QStringLiteral("/posts/a/")), theirs.chips(QStringLiteral("/posts/a/")));
        QCOMPARE(ours.text(QStringLiteral("/posts/a/")).contains(QLatin1String("tags/index.html")), !gone.contains(QStringLiteral("/tags/")));
    }
    if (m_hugoVersion == QStringLiteral("0.111")) {
        const QStringList pages = ours.pages();
        for (const QString &url : gone)
            QVERIFY2(!pages.contains(url), qPrintable(url));
        for (const QString &url : kept)
            QVERIFY2(pages.contains(url), qPrintable(url));
    }
}

void tst_CliHugoLists::disabledFeedsAndSitemapAsHugo_data()
{
    QTest::addColumn<QByteArray>("kinds");
    QTest::addColumn<bool>("off");   // in hugo 0.111
    QTest::newRow("RSS, sitemap") << QByteArray(R"("RSS", "sitemap")") << true;
    QTest::newRow("rss, Sitemap") << QByteArray(R"("rss", "Sitemap")") << false;
}

void tst_CliHugoLists::disabledFeedsAndSitemapAsHugo()
{
    QFETCH(QByteArray, kinds);
    QFETCH(bool, off);
    if (m_hugo.isEmpty())
        QSKIP("hugo is not installed (Debian's package hugo; scripts/deps.sh test installs it)");
    const QList<std::pair<QString, QByteArray>> files{
        {"posts/a.md", "---\ntitle: A\ndate: 2024-01-01\ntags: [t]\n---\nx\n"},
    };
    Output theirs;
    Output ours;
    QVERIFY(buildBoth(site(QStringLiteral("nofeeds-%1").arg(off), "disableKinds = [" + kinds + "]\n", files), theirs, ours));
    const QStringList feeds = theirs.feeds();
    QCOMPARE(ours.feeds(), feeds);
    const bool sitemap = QFileInfo::exists(theirs.root + QStringLiteral("/sitemap.xml"));
    QCOMPARE(QFileInfo::exists(ours.root + QStringLiteral("/sitemap.xml")), sitemap);
    QCOMPARE(ours.pages(), theirs.pages());
    for (const char *url : {"/", "/posts/", "/posts/a/", "/tags/", "/tags/t/"})
        QCOMPARE(ours.text(QLatin1String(url)).contains(QStringLiteral("index.xml")), !feeds.isEmpty());
    if (m_hugoVersion == QStringLiteral("0.111")) {
        QCOMPARE(feeds.isEmpty(), off);
        QCOMPARE(sitemap, !off);
    }
}

// A top folder without an _index.md is a section as the cascades make it:
// the config's (kind section, its path) with render: never gives no
// section page, a home page's with a future date builds nothing in the
// folder (its posts, and a term only they have), as hugo; before, the
// export wrote them, their feeds and sitemap entries.
void tst_CliHugoLists::filelessSectionCascadeAsHugo()
{
    if (m_hugo.isEmpty())
        QSKIP("hugo is not installed (Debian's package hugo; scripts/deps.sh test installs it)");
    const QList<std::pair<QString, QByteArray>> files{
        {"_index.md", "---\ntitle: Home\ncascade:\n  - _target:\n      path: /later\n      kind: section\n    date: 2099-01-01\n---\n"},
        {"posts/a.md", "---\ntitle: A\ndate: 2024-01-01\n---\nx\n"},
        {"notes/n.md", "---\ntitle: N\ndate: 2024-01-02\n---\nx\n"},
        {"later/l.md", "---\ntitle: L\ndate: 2024-01-03\ntags: [soon]\n---\nx\n"},
    };
    const QString root = site(QStringLiteral("filelesssections"),
                              "[[cascade]]\n[cascade._build]\nrender = \"never\"\nlist = \"never\"\n"
                              "[cascade._target]\nkind = \"section\"\npath = \"/notes\"\n", files);
    Output theirs;
    Output ours;
    buildAlike(root, theirs, ours);
    if (QTest::currentTestFailed())
        return;
    const QStringList pages = ours.pages();
    QVERIFY(pages.contains(QStringLiteral("/posts/")));
    QVERIFY(pages.contains(QStringLiteral("/notes/n/")));
    QVERIFY(!pages.contains(QStringLiteral("/notes/")));
    QVERIFY(!pages.contains(QStringLiteral("/later/l/")));
    QVERIFY(!pages.contains(QStringLiteral("/tags/soon/")));
    QCOMPARE(ours.deadLinks(), QStringList());
}

// A term that only list: never or local posts have gets no page (the
// lists leave those posts out, as newer hugo; hugo 0.111 writes it): its
// chips are its name without a link. Before, they linked the page that
// was not written. A term a listed post also has keeps its page and links.
void tst_CliHugoLists::termOfUnlistedPostsOnlyIsNoLink()
{
    const QList<std::pair<QString, QByteArray>> files{
        {"posts/hidden.md", "---\ntitle: Hidden\ndate: 2024-01-01\ntags: [solo, shared]\n_build:\n  list: never\n---\nx\n"},
        {"posts/local.md", "---\ntitle: Local\ndate: 2024-01-02\ntags: [mine]\n_build:\n  list: local\n---\nx\n"},
        {"posts/open.md", "---\ntitle: Open\ndate: 2024-01-03\ntags: [shared]\n---\nx\n"},
    };
    Output ours;
    ours.root = site(QStringLiteral("unlistedterms"), {}, files) + QStringLiteral("-ours");
    QString output;
    QCOMPARE(run(QStringLiteral(POSTWRIGHT_CLI), {QStringLiteral("export"), ours.root.chopped(5), QStringLiteral("-o"), ours.root,
                                                 QStringLiteral("--no-cache")}, &output), 0);
    QCOMPARE(ours.chips(QStringLiteral("/posts/hidden/")),
             (QStringList{QStringLiteral("shared -> /tags/shared/"), QStringLiteral("solo")}));
    QCOMPARE(ours.chips(QStringLiteral("/posts/local/")), QStringList{QStringLiteral("mine")});
    QVERIFY(!ours.pages().contains(QStringLiteral("/tags/solo/")));
    QCOMPARE(ours.deadLinks(), QStringList());
}

// A section lists its posts and subsections as hugo: list: local ones in,
// list: never ones out, render: link ones at their URL; weight first,
// undated entries by title; a subsection dated by its newest page, below
// too. The home page in the same order.
void tst_CliHugoLists::sectionListsAsHugo()
{
    if (m_hugo.isEmpty())
        QSKIP("hugo is not installed (Debian's package hugo; scripts/deps.sh test installs it)");
    const QList<std::pair<QString, QByteArray>> files{
        {"posts/_index.md", "---\ntitle: Posts\n---\n"},
        {"posts/a.md", "---\ntitle: A\ndate: 2024-01-05\n---\nx\n"},
        {"posts/b.md", "---\ntitle: B\ndate: 2024-01-04\n---\nx\n"},
        {"posts/zz-undated.md", "---\ntitle: C undated\n---\nx\n"},
        {"posts/aa-undated.md", "---\ntitle: D undated\n---\nx\n"},
        {"posts/w.md", "---\ntitle: W\nweight: 2\ndate: 2020-01-01\n---\nx\n"},
        {"posts/sub-dated/_index.md", "---\ntitle: SubDated\ndate: 2024-01-06\n---\n"},
        {"posts/sub-dated/x.md", "---\ntitle: SDX\ndate: 2023-01-01\n---\nx\n"},
        {"posts/sub-undated/_index.md", "---\ntitle: SubUndated\n---\n"},
        {"posts/sub-undated/x.md", "---\ntitle: SUX\ndate: 2024-01-03\n---\nx\n"},
        {"posts/sub-undated/deep/_index.md", "---\ntitle: Deep\n---\n"},
        {"posts/sub-undated/deep/y.md", "---\ntitle: DeepY\ndate: 2024-02-01\n---\nx\n"},
        {"posts/sub-empty/_index.md", "---\ntitle: SubEmpty\n---\n"},
        {"posts/sub-never/_index.md", "---\ntitle: SubNever\n_build:\n  list: never\n---\n"},
        {"posts/sub-never/x.md", "---\ntitle: SNX\ndate: 2024-01-02\n---\nx\n"},
        {"posts/sub-local/_index.md", "---\ntitle: SubLocal\n_build:\n  list: local\n---\n"},
        {"posts/sub-local/x.md", "---\ntitle: SLX\ndate: 2024-01-02\n---\nx\n"},
        {"posts/sub-link/_index.md", "---\ntitle: SubLink\n_build:\n  render: link\n---\n"},
        {"posts/nofolder/z.md", "---\ntitle: NoFolderZ\ndate: 2024-01-01\n---\nx\n"},
        {"posts/hb/index.md", "---\ntitle: HB\nheadless: true\ndate: 2025-01-01\n---\nx\n"},
    };
    Output theirs;
    Output ours;
    QVERIFY(buildBoth(site(QStringLiteral("sections"), "paginate = 3\n", files), theirs, ours));
    QCOMPARE(ours.pages(), theirs.pages());
    for (const char *list : {"/posts/", "/", "/posts/sub-undated/"}) {
        const QStringList entries = theirs.entries(QLatin1String(list));
        QVERIFY2(!entries.isEmpty(), list);
        QCOMPARE(ours.entries(QLatin1String(list)), entries);
    }
    const QStringList posts = theirs.entries(QStringLiteral("/posts/"));
    QCOMPARE(posts.constFirst(), QStringLiteral("/posts/w/"));
    QVERIFY(posts.contains(QStringLiteral("/posts/sub-link/")));
    QVERIFY(posts.contains(QStringLiteral("/posts/sub-local/")));
    QVERIFY(!posts.contains(QStringLiteral("/posts/sub-never/")));
    QVERIFY(posts.indexOf(QStringLiteral("/posts/zz-undated/")) < posts.indexOf(QStringLiteral("/posts/aa-undated/")));
}

// A taxonomy's page of terms is paginated (pagerSize terms a page, at
// /tags/page/N/, hugo's redirect at /tags/page/1/), as is each term's.
void tst_CliHugoLists::taxonomyPagesPaginatedAsHugo()
{
    if (m_hugo.isEmpty())
        QSKIP("hugo is not installed (Debian's package hugo; scripts/deps.sh test installs it)");
    QList<std::pair<QString, QByteArray>> files;
    const QStringList tags{QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("delta"), QStringLiteral("eps"),
                           QStringLiteral("gamma")};
    for (int i = 0; i < tags.size(); ++i) {
        files.append({QStringLiteral("posts/p%1.md").arg(i),
                      QStringLiteral("---\ntitle: P%1\ndate: 2024-01-0%2\ntags: [%3, all]\n---\nx\n").arg(i).arg(i + 1).arg(tags.at(i)).toUtf8()});
    }
    const QString root = site(QStringLiteral("terms"), "paginate = 2\n", files);
    // The export's page of terms, with the links to the pages before and after it.
    writeFile(root + QStringLiteral("/postwright/templates/terms.html"),
              "<!DOCTYPE html><html><body><h1>{{title}}</h1><ul>{{#terms}}<li class=\"pw-chip\"><a href=\"{{url}}\">{{name}}</a></li>"
              "{{/terms}}</ul>{{#hasPager}}{{#prevUrl}}<a rel=\"prev\" href=\"{{prevUrl}}\">{{prevLabel}}</a>{{/prevUrl}}"
              "<span>{{pageLabel}}</span>{{#nextUrl}}<a rel=\"next\" href=\"{{nextUrl}}\">{{nextLabel}}</a>{{/nextUrl}}"
              "{{/hasPager}}</body></html>\n");
    Output theirs;
    Output ours;
    QVERIFY(buildBoth(root, theirs, ours));
    const QStringList pages = theirs.pages();
    for (const char *url : {"/tags/page/1/", "/tags/page/2/", "/tags/page/3/", "/tags/all/page/3/", "/categories/page/1/"})
        QVERIFY2(pages.contains(QLatin1String(url)), url);
    QCOMPARE(ours.pages(), pages);
    QCOMPARE(ours.entries(QStringLiteral("/tags/")), theirs.entries(QStringLiteral("/tags/")));
    QCOMPARE(ours.entries(QStringLiteral("/tags/all/")), theirs.entries(QStringLiteral("/tags/all/")));
    // Each page of terms leads to the next and back.
    QVERIFY(ours.text(QStringLiteral("/tags/")).contains(QLatin1String("rel=\"next\" href=\"page/2/index.html\"")));
    QVERIFY(ours.text(QStringLiteral("/tags/page/2/")).contains(QLatin1String("rel=\"prev\" href=\"../../index.html\"")));
    QVERIFY(ours.text(QStringLiteral("/tags/page/2/")).contains(QLatin1String("Page 2 of 3")));
}

void tst_CliHugoLists::paginatePathAsHugo_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QString>("pager");   // where page 2 of a list is, below it
    QTest::newRow("empty: right below the list") << QByteArray("paginatePath = \"\"\n") << "2/";
    QTest::newRow("key in capitals, value in lower case") << QByteArray("PAGINATEPATH = \"Seite\"\n") << "seite/2/";
    QTest::newRow("two folders") << QByteArray("paginatepath = \"a/b\"\n") << "a/b/2/";
    QTest::newRow("slashes around") << QByteArray("paginatePath = \"/x/\"\n") << "x/2/";
    QTest::newRow("a space") << QByteArray("paginatePath = \" \"\n") << "-/2/";
    QTest::newRow("paginate in capitals") << QByteArray("Paginate = 4\n") << "page/2/";
}

void tst_CliHugoLists::paginatePathAsHugo()
{
    QFETCH(QByteArray, config);
    QFETCH(QString, pager);
    if (m_hugo.isEmpty())
        QSKIP("hugo is not installed (Debian's package hugo; scripts/deps.sh test installs it)");
    QList<std::pair<QString, QByteArray>> files;
    for (int i = 1; i <= 5; ++i)
        files.append({QStringLiteral("posts/p%1.md").arg(i), QStringLiteral("---\ntitle: P%1\ndate: 2024-01-0%1\n---\nx\n").arg(i).toUtf8()});
    const QString name = QStringLiteral("pager-%1").arg(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'));
    Output theirs;
    Output ours;
    QVERIFY(buildBoth(site(name, "paginate = 2\n" + config, files), theirs, ours));
    const QStringList pages = theirs.pages();
    QVERIFY2(pages.contains(QLatin1Char('/') + pager) && pages.contains(QStringLiteral("/posts/") + pager), qPrintable(pages.join(u' ')));
    QCOMPARE(ours.pages(), pages);
    const QString folder = pager.chopped(2);
    QCOMPARE(ours.entries(QStringLiteral("/"), folder), theirs.entries(QStringLiteral("/"), folder));
}

// hugo publishes the files of a headless bundle, a render: never or link
// one, but none of a bundle that says publishResources: false or is a
// draft: a page that shows them finds them in the export where hugo puts
// them, and only those.
void tst_CliHugoLists::bundleResourcesAsHugo()
{
    if (m_hugo.isEmpty())
        QSKIP("hugo is not installed (Debian's package hugo; scripts/deps.sh test installs it)");
    const QList<std::pair<const char *, const char *>> bundles{
        {"headless", "headless: true"},
        {"headless-nopub", "headless: true\n_build:\n  publishResources: false"},
        {"never", "_build:\n  render: never"},
        {"never-nopub", "_build:\n  render: never\n  publishResources: false"},
        {"link", "_build:\n  render: link"},
        {"link-nopub", "_build:\n  render: link\n  publishResources: false"},
        {"cascaded/b", ""},
        {"branch", "_build:\n  render: never"},
        {"draft", "draft: true"},
        {"draft-branch", "draft: true"},
    };
    QList<std::pair<QString, QByteArray>> files{{"cascaded/_index.md", "---\ntitle: c\ncascade:\n  headless: true\n---\n"}};
    QByteArray shows = "---\ntitle: Shows\ndate: 2024-01-01\n---\n";
    for (const auto &[name, frontMatter] : bundles) {
        const QString folder = QString::fromLatin1(name);
        const char *index = folder.contains(QLatin1String("branch")) ? "/_index.md" : "/index.md";
        files.append({folder + QLatin1String(index), QByteArray("---\ntitle: ") + name + "\ndate: 2024-01-01\n" + frontMatter + "\n---\nx\n"});
        files.append({folder + QStringLiteral("/a.png"), "png"});
        shows += QByteArray("![") + name + "](/" + name + "/a.png)\n\n";
    }
    files.append({QStringLiteral("posts/shows.md"), shows});
    Output theirs;
    Output ours;
    QVERIFY(buildBoth(site(QStringLiteral("resources"), {}, files), theirs, ours));
    for (const auto &[name, frontMatter] : bundles) {
        const QString file = QLatin1Char('/') + QLatin1String(name) + QStringLiteral("/a.png");
        const bool published = QFileInfo::exists(theirs.root + file);
        QCOMPARE(QFileInfo::exists(ours.root + file), published);
        QCOMPARE(published, !QByteArray(frontMatter).contains("publishResources") && !QByteArray(frontMatter).contains("draft"));
    }
}

void tst_CliHugoLists::unrenderedHomeAsHugo_data()
{
    QTest::addColumn<QByteArray>("home");
    QTest::addColumn<bool>("page");   // hugo writes the home page and its feed
    QTest::newRow("render never") << QByteArray("_build:\n  render: never") << false;
    QTest::newRow("render false") << QByteArray("_build:\n  render: false") << false;
    QTest::newRow("render link") << QByteArray("_build:\n  render: link") << false;
    QTest::newRow("list never") << QByteArray("_build:\n  list: never") << true;
}

// A home page hugo does not render: no index.html, no pages after it, no
// feed (index.xml), but the other pages and a sitemap as hugo's.
void tst_CliHugoLists::unrenderedHomeAsHugo()
{
    QFETCH(QByteArray, home);
    QFETCH(bool, page);
    if (m_hugo.isEmpty())
        QSKIP("hugo is not installed (Debian's package hugo; scripts/deps.sh test installs it)");
    QList<std::pair<QString, QByteArray>> files{{"_index.md", "---\ntitle: Home\n" + home + "\n---\n"}};
    for (int i = 1; i <= 3; ++i)
        files.append({QStringLiteral("posts/p%1.md").arg(i), QStringLiteral("---\ntitle: P%1\ndate: 2024-01-0%1\ntags: [t]\n---\nx\n").arg(i).toUtf8()});
    const QString name = QStringLiteral("home-%1").arg(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'));
    Output theirs;
    Output ours;
    QVERIFY(buildBoth(site(name, "paginate = 2\n", files), theirs, ours));
    QCOMPARE(QFileInfo::exists(theirs.root + QStringLiteral("/index.xml")), page);
    QCOMPARE(QFileInfo::exists(ours.root + QStringLiteral("/index.xml")), page);
    const QStringList pages = theirs.pages();
    QCOMPARE(pages.contains(QStringLiteral("/page/2/")), page);
    QVERIFY(pages.contains(QStringLiteral("/posts/p1/")));
    QCOMPARE(ours.pages(), pages);
    QCOMPARE(ours.sitemap(), theirs.sitemap());
}

void tst_CliHugoLists::newerHugoPagination_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QString>("pager");   // page 2 of the home page
    QTest::newRow("pagination.path and pagerSize win") << QByteArray("paginatePath = \"old\"\npaginate = 5\n[pagination]\npagerSize = 2\npath = \"Seiten\"\n")
                                                      << "/seiten/2/";
    QTest::newRow("an empty path is \"page\"") << QByteArray("paginate = 2\npaginatePath = \"\"\n") << "/page/2/";
}

// A site for hugo 0.128 and later ([module.hugoVersion]): pagination.path
// and pagination.pagerSize, and an empty path falls back to "page".
void tst_CliHugoLists::newerHugoPagination()
{
    QFETCH(QByteArray, config);
    QFETCH(QString, pager);
    const QString root = m_dir.filePath(QStringLiteral("newer-%1").arg(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
    writeFile(root + QStringLiteral("/hugo.toml"), "baseURL = \"https://example.org/\"\n" + config
                                                    + "[module.hugoVersion]\nmin = \"0.128.0\"\n");
    for (int i = 1; i <= 3; ++i)
        writeFile(root + QStringLiteral("/content/posts/p%1.md").arg(i), QStringLiteral("---\ntitle: P%1\ndate: 2024-01-0%1\n---\nx\n").arg(i).toUtf8());
    Output ours;
    ours.root = root + QStringLiteral("-out");
    QString output;
    QVERIFY2(run(QStringLiteral(POSTWRIGHT_CLI), {QStringLiteral("export"), root, QStringLiteral("-o"), ours.root,
                                                  QStringLiteral("--no-cache")}, &output) == 0,
             qPrintable(output));
    const QStringList pages = ours.pages();
    QVERIFY2(pages.contains(pager) && !pages.contains(pager.chopped(2) + QStringLiteral("3/")), qPrintable(pages.join(u' ')));
}

void tst_CliHugoLists::otherSitesPaginateTermPages_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("perPage");
    QTest::newRow("plain folder: 10 a page") << "plain" << 10;
    QTest::newRow("Jekyll: its paginate") << "jekyll" << 3;
}

// Term pages of a plain folder or a Jekyll site are paginated as the home
// page (the site's paginate, else 10), at /tags/NAME/page/N/.
void tst_CliHugoLists::otherSitesPaginateTermPages()
{
    QFETCH(QString, kind);
    QFETCH(int, perPage);
    const QString root = m_dir.filePath(QStringLiteral("other-") + kind);
    const bool jekyll = kind == QLatin1String("jekyll");
    if (jekyll)
        writeFile(root + QStringLiteral("/_config.yml"), "title: Other\npaginate: 3\n");
    const int posts = perPage + 2;
    for (int i = 1; i <= posts; ++i) {
        const QString file = jekyll ? QStringLiteral("/_posts/2024-01-%1-p%1.md").arg(i, 2, 10, QLatin1Char('0'))
                                    : QStringLiteral("/p%1.md").arg(i);
        writeFile(root + file, QStringLiteral("---\ntitle: P%1\ndate: 2024-01-%2\ntags: [go]\n---\nx\n")
                                   .arg(i).arg(i, 2, 10, QLatin1Char('0')).toUtf8());
    }
    Output ours;
    ours.root = root + QStringLiteral("-out");
    QString output;
    QVERIFY2(run(QStringLiteral(POSTWRIGHT_CLI), {QStringLiteral("export"), root, QStringLiteral("-o"), ours.root,
                                                  QStringLiteral("--no-cache")}, &output) == 0,
             qPrintable(output));
    const QStringList pages = ours.pages();
    QVERIFY2(pages.contains(QStringLiteral("/tags/go/page/2/")), qPrintable(pages.join(u' ')));
    QVERIFY(!pages.contains(QStringLiteral("/tags/go/page/3/")));
    QVERIFY(!pages.contains(QStringLiteral("/tags/go/page/1/")));
    const QStringList first = ours.entries(QStringLiteral("/tags/go/"), QStringLiteral("none/"));
    QCOMPARE(first.size(), perPage);
    QCOMPARE(ours.entries(QStringLiteral("/tags/go/")).size(), posts);
    // The first page leads to the second, which lists the oldest posts.
    QVERIFY(ours.text(QStringLiteral("/tags/go/")).contains(QLatin1String("rel=\"next\"")));
    QCOMPARE(ours.entries(QStringLiteral("/tags/go/page/2/"), QStringLiteral("none/")).size(), 2);
}

QTEST_GUILESS_MAIN(tst_CliHugoLists)
#include "tst_cli_hugolists.moc"
