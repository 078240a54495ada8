// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The exported site is a blog a reader finds their way around (issue 17):
// every kind of page has the site's header and footer, chips lead to their
// term pages, a post leads to the posts before and after it and to related
// ones, and the lists show date, reading time, tags and a clean summary.
// Each check follows the links as a reader clicks them: to the file the
// relative URL names in the exported folder.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "support/testfiles.h"

using namespace postwright::testing;

namespace {

const QString data = QStringLiteral(POSTWRIGHT_TEST_DATA "/blog");

struct Link
{
    QString href;
    QString text;        // the text a reader sees, tags removed
    QString attributes;  // of the <a> element
};

int exportSite(const QString &site, const QString &out, const QStringList &extra = {})
{
    QProcess process;
    process.start(QStringLiteral(POSTWRIGHT_CLI), QStringList{"export", site, "-o", out, "--no-cache"} + extra);
    if (!process.waitForFinished(120000))
        return -1;
    return process.exitCode();
}

QString readText(const QString &path)
{
    return QString::fromUtf8(readAll(path));
}

QString plainText(QString html)
{
    html.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    return html.replace(QLatin1String("&amp;"), QLatin1String("&")).simplified();
}

// The element that starts with open, up to the first closeTag after it
// (enough for the page's own elements, which do not nest themselves).
QString element(const QString &html, const QString &open, const QString &closeTag)
{
    const qsizetype start = html.indexOf(open);
    if (start < 0)
        return {};
    const qsizetype end = html.indexOf(closeTag, start);
    return end < 0 ? QString() : html.mid(start, end + closeTag.size() - start);
}

QList<Link> linksIn(const QString &html)
{
    static const QRegularExpression anchor(QStringLiteral("<a\\b([^>]*)>(.*?)</a>"),
                                           QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression href(QStringLiteral("\\bhref=\"([^\"]*)\""));
    QList<Link> links;
    for (const QRegularExpressionMatch &match : anchor.globalMatch(html))
        links.append({href.match(match.captured(1)).captured(1), plainText(match.captured(2)), match.captured(1)});
    return links;
}

std::optional<Link> linkNamed(const QList<Link> &links, const QString &text)
{
    for (const Link &link : links) {
        if (link.text == text)
            return link;
    }
    return std::nullopt;
}

// The file a relative link of the page at pageFile opens, as a path
// relative to out ("tags/bread/index.html").
QString target(const QString &out, const QString &pageFile, const QString &href)
{
    const QString path = href.section(QLatin1Char('#'), 0, 0);
    const QString absolute = QDir::cleanPath(QFileInfo(QDir(out).filePath(pageFile)).absolutePath() + QLatin1Char('/') + path);
    return QDir(out).relativeFilePath(absolute);
}

QString h1Of(const QString &file)
{
    static const QRegularExpression h1(QStringLiteral("<h1\\b[^>]*>(.*?)</h1>"), QRegularExpression::DotMatchesEverythingOption);
    return plainText(h1.match(readText(file)).captured(1));
}

} // namespace

class TestCliBlog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCOMPARE(exportSite(data + "/hugo", m_dir.filePath("hugo")), 0);
        QCOMPARE(exportSite(data + "/hugo", m_dir.filePath("drafts"), {"--drafts"}), 0);
        QCOMPARE(exportSite(data + "/jekyll", m_dir.filePath("jekyll")), 0);
        QCOMPARE(exportSite(data + "/menu", m_dir.filePath("menu")), 0);
    }

    void siteHeaderOnEveryPage_data()
    {
        QTest::addColumn<QString>("page");
        QTest::newRow("post") << "posts/rye/index.html";
        QTest::newRow("post in another section") << "notes/reading/index.html";
        QTest::newRow("home") << "index.html";
        QTest::newRow("home, page 2") << "page/2/index.html";
        QTest::newRow("section") << "posts/index.html";
        QTest::newRow("tags") << "tags/index.html";
        QTest::newRow("tag") << "tags/bread/index.html";
        QTest::newRow("categories") << "categories/index.html";
        QTest::newRow("category") << "categories/kitchen/index.html";
    }

    void siteHeaderOnEveryPage()
    {
        QFETCH(QString, page);
        const QString out = m_dir.filePath("hugo");
        const QString html = readText(QDir(out).filePath(page));
        const QString header = element(html, "<header class=\"pw-site-header\">", "</header>");
        QVERIFY2(!header.isEmpty(), qPrintable(html.left(2000)));
        const QList<Link> links = linksIn(header);
        // The site's title leads home.
        QVERIFY(!links.isEmpty());
        QCOMPARE(links.first().text, QStringLiteral("Field Notes"));
        QCOMPARE(target(out, page, links.first().href), QStringLiteral("index.html"));
        // Its main sections (the _index.md's title, else the folder's), tags,
        // categories and the feed, each to the page the export wrote.
        const QList<std::pair<QString, QString>> expected{{"All posts", "posts/index.html"},
                                                          {"Notes", "notes/index.html"},
                                                          {"Tags", "tags/index.html"},
                                                          {"Categories", "categories/index.html"},
                                                          {"RSS feed", "index.xml"}};
        for (const auto &[text, file] : expected) {
            const std::optional<Link> link = linkNamed(links, text);
            QVERIFY2(link, qPrintable(text + " in " + header));
            QCOMPARE(target(out, page, link->href), file);
            QVERIFY2(QFileInfo::exists(QDir(out).filePath(file)), qPrintable(file));
        }
        // Browsers and feed readers find the feed in the head.
        static const QRegularExpression alternate(
            QStringLiteral("<link rel=\"alternate\" type=\"application/rss\\+xml\" title=\"Field Notes\" href=\"([^\"]+)\">"));
        const QRegularExpressionMatch feed = alternate.match(html.left(html.indexOf("</head>")));
        QVERIFY2(feed.hasMatch(), qPrintable(html.left(html.indexOf("</head>"))));
        QCOMPARE(target(out, page, feed.captured(1)), QStringLiteral("index.xml"));
        // The footer: the config's copyright, the feed, the "made with" line.
        const QString footer = element(html, "<footer class=\"pw-site-footer\">", "</footer>");
        QVERIFY2(plainText(footer).contains(QStringLiteral("© 2024 Ada Writer")), qPrintable(footer));
        QVERIFY(plainText(footer).contains(QStringLiteral("Made with Postwright")));
        const std::optional<Link> footerFeed = linkNamed(linksIn(footer), "RSS feed");
        QVERIFY(footerFeed);
        QCOMPARE(target(out, page, footerFeed->href), QStringLiteral("index.xml"));
    }

    // A Jekyll site names its author (a map's name) and turns the "made
    // with" line off; it has tags but no categories: no Categories link.
    void jekyllFooterAndMadeWithOff()
    {
        const QString out = m_dir.filePath("jekyll");
        for (const QString &page : {QStringLiteral("index.html"), QStringLiteral("tags/intro/index.html")}) {
            const QString html = readText(QDir(out).filePath(page));
            const QString footer = plainText(element(html, "<footer class=\"pw-site-footer\">", "</footer>"));
            QVERIFY2(footer.contains(QStringLiteral("© Grace Poster")), qPrintable(footer));
            QVERIFY2(!footer.contains(QStringLiteral("Made with")), qPrintable(footer));
            const QList<Link> header = linksIn(element(html, "<header class=\"pw-site-header\">", "</header>"));
            QCOMPARE(header.value(0).text, QStringLiteral("Jekyll Corner"));
            QVERIFY(linkNamed(header, "Tags"));
            QVERIFY(!linkNamed(header, "Categories"));
        }
    }

    // The home page does not show the site's title twice (the header has
    // it): its heading is for screen readers only, and the site's
    // description, when it has one, leads the page. Other lists keep a
    // visible heading.
    void homeLeadsWithTheDescriptionNotASecondTitle()
    {
        static const QRegularExpression heading(QStringLiteral("<h1 class=\"([^\"]*)\"[^>]*>(.*?)</h1>"));
        for (const QString &page : {QStringLiteral("index.html"), QStringLiteral("page/2/index.html")}) {
            const QString html = readText(QDir(m_dir.filePath("hugo")).filePath(page));
            const QRegularExpressionMatch h1 = heading.match(html);
            QCOMPARE(h1.captured(2), QStringLiteral("Field Notes"));
            QVERIFY2(h1.captured(1).split(' ').contains("pw-visually-hidden"), qPrintable(h1.captured(0)));
            QCOMPARE(plainText(element(html, "<p class=\"pw-lead\"", "</p>")), QStringLiteral("A blog about gardens, code and bread."));
        }
        const QString jekyll = readText(m_dir.filePath("jekyll/index.html"));
        QVERIFY(heading.match(jekyll).captured(1).contains("pw-visually-hidden"));
        QVERIFY(!jekyll.contains("pw-lead"));
        const QRegularExpressionMatch section = heading.match(readText(m_dir.filePath("hugo/posts/index.html")));
        QCOMPARE(section.captured(2), QStringLiteral("All posts"));
        QVERIFY(!section.captured(1).contains("pw-visually-hidden"));
    }

    // Hugo's menus.main, by weight, takes the place of the sections.
    void hugoMenu()
    {
        const QString out = m_dir.filePath("menu");
        const QString page = QStringLiteral("posts/one/index.html");
        const QString html = readText(QDir(out).filePath(page));
        const QList<Link> links = linksIn(element(html, "<nav class=\"pw-site-nav\"", "</nav>"));
        QStringList names;
        for (const Link &link : links)
            names << link.text;
        QCOMPARE(names, (QStringList{"Code", "Archive", "RSS feed"}));
        QCOMPARE(links.at(0).href, QStringLiteral("https://git.example.org/me"));
        QCOMPARE(target(out, page, links.at(1).href), QStringLiteral("posts/index.html"));
        QVERIFY(!plainText(element(html, "<footer class=\"pw-site-footer\">", "</footer>")).contains("Made with"));
    }

    void chipsLeadToTermPages()
    {
        const QString out = m_dir.filePath("hugo");
        const QString page = QStringLiteral("posts/rye/index.html");
        const QString html = readText(QDir(out).filePath(page));
        const QList<Link> tags = linksIn(element(html, "<ul id=\"pw-tags\"", "</ul>"));
        QCOMPARE(tags.size(), 3);
        for (const Link &tag : tags) {
            const QString file = target(out, page, tag.href);
            QCOMPARE(file, QStringLiteral("tags/%1/index.html").arg(tag.text));
            QCOMPARE(h1Of(QDir(out).filePath(file)), tag.text);
        }
        const QList<Link> categories = linksIn(element(html, "<ul id=\"pw-categories\"", "</ul>"));
        QCOMPARE(categories.size(), 1);
        QCOMPARE(categories.first().text, QStringLiteral("Kitchen"));
        QCOMPARE(h1Of(QDir(out).filePath(target(out, page, categories.first().href))), QStringLiteral("Kitchen"));
        // The date is text, not a link.
        const QString date = element(html, "<span id=\"pw-date\"", "</span>");
        QVERIFY(date.contains(QLatin1String("20 February 2024")));
        QVERIFY(!date.contains(QLatin1String("<a")));
    }

    void newerAndOlderPosts_data()
    {
        QTest::addColumn<QString>("out");
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("newer");
        QTest::addColumn<QString>("older");
        // The future post and the draft are never a neighbour, not even
        // when drafts are exported.
        for (const char *out : {"hugo", "drafts"}) {
            const QString o = QLatin1String(out);
            QTest::addRow("%s: newest", out) << o << "posts/sourdough/index.html" << "" << "posts/rye/index.html";
            QTest::addRow("%s: middle", out) << o << "posts/rye/index.html" << "posts/sourdough/index.html"
                                             << "posts/focaccia/index.html";
            QTest::addRow("%s: across sections", out) << o << "posts/compost/index.html"
                                                      << "posts/tomatoes/index.html" << "notes/reading/index.html";
            QTest::addRow("%s: oldest", out) << o << "notes/reading/index.html" << "posts/compost/index.html" << "";
        }
    }

    void newerAndOlderPosts()
    {
        QFETCH(QString, out);
        QFETCH(QString, page);
        QFETCH(QString, newer);
        QFETCH(QString, older);
        const QString root = m_dir.filePath(out);
        const QString html = readText(QDir(root).filePath(page));
        const QList<Link> links = linksIn(element(html, "<nav class=\"pw-post-nav\"", "</nav>"));
        QString newerFound;
        QString olderFound;
        for (const Link &link : links) {
            (link.attributes.contains("pw-newer") ? newerFound : olderFound) = target(root, page, link.href);
            QVERIFY(link.text.endsWith(h1Of(QDir(root).filePath(target(root, page, link.href)))));
        }
        QCOMPARE(newerFound, newer);
        QCOMPARE(olderFound, older);
    }

    // Related: most shared tags first, then the newer; never a draft or a
    // post without a shared tag; none at all: no section.
    void relatedPosts_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QStringList>("related");
        QTest::newRow("three tags") << "posts/rye/index.html" << QStringList{"Sourdough starter", "Focaccia"};
        QTest::newRow("one tag") << "posts/focaccia/index.html" << QStringList{"Sourdough starter", "Rye loaf"};
        QTest::newRow("garden") << "posts/compost/index.html" << QStringList{"Tomatoes in pots"};
        QTest::newRow("alone") << "notes/reading/index.html" << QStringList{};
    }

    void relatedPosts()
    {
        QFETCH(QString, page);
        QFETCH(QStringList, related);
        for (const char *out : {"hugo", "drafts"}) {
            const QString root = m_dir.filePath(QLatin1String(out));
            const QString html = readText(QDir(root).filePath(page));
            const QString section = element(html, "<section class=\"pw-related\"", "</section>");
            QCOMPARE(section.isEmpty(), related.isEmpty());
            QStringList titles;
            for (const Link &link : linksIn(section)) {
                titles << link.text;
                QCOMPARE(h1Of(QDir(root).filePath(target(root, page, link.href))), link.text);
            }
            QCOMPARE(titles, related);
        }
    }

    // A list entry: title, date, reading time, linked tags and a summary
    // whose heading and list items keep their lines; no shortcode, no HTML.
    void listEntries()
    {
        const QString out = m_dir.filePath("hugo");
        const QString page = QStringLiteral("page/2/index.html");
        const QString html = readText(QDir(out).filePath(page));
        const QString entry = element(html.mid(html.indexOf("Tomatoes in pots") - 200), "<li class=\"pw-entry\">", "\n</li>");
        QVERIFY2(!entry.isEmpty(), qPrintable(html));
        QVERIFY(entry.contains(QLatin1String("<time datetime=\"2024-02-01T09:00:00+00:00\">1 February 2024</time>")));
        QVERIFY2(entry.contains(QLatin1String("<span class=\"pw-reading-time\">1 min read</span>")), qPrintable(entry));
        const QList<Link> tags = linksIn(element(entry, "<ul class=\"pw-chips pw-tags\"", "</ul>"));
        QCOMPARE(tags.size(), 1);
        QCOMPARE(tags.first().text, QStringLiteral("garden"));
        QCOMPARE(target(out, page, tags.first().href), QStringLiteral("tags/garden/index.html"));
        static const QRegularExpression summaryElement(QStringLiteral("<p class=\"pw-entry-summary\" dir=\"auto\">(.*?)</p>"),
                                                       QRegularExpression::DotMatchesEverythingOption);
        const QString summary = summaryElement.match(entry).captured(1);
        QCOMPARE(summary, QStringLiteral("What you need\n• three pots\n• good soil\n• a sunny wall\n"
                                         "Water them every single day in July."));
        // The feed's description is the same clean text.
        const QString feed = readText(QDir(out).filePath("index.xml"));
        QVERIFY(feed.contains(QStringLiteral("What you need\n• three pots")));
        QVERIFY(!feed.contains(QLatin1String("gallery")));
    }

    // A new post: the page of the post that was the newest links it, though
    // its own file did not change.
    void newPostUpdatesItsNeighbours()
    {
        QTemporaryDir work;
        QVERIFY(work.isValid());
        const QString site = work.filePath("site");
        copyFolder(data + "/hugo", site);
        const QString out = work.filePath("out");
        QCOMPARE(exportSite(site, out), 0);
        const QString page = QStringLiteral("posts/sourdough/index.html");
        QVERIFY(element(readText(QDir(out).filePath(page)), "<nav class=\"pw-post-nav\"", "</nav>").indexOf("pw-newer") < 0);
        writeFile(site + "/content/posts/bagels.md",
                  "---\ntitle: \"Bagels\"\ndate: 2024-04-01T09:00:00Z\ntags: [bread]\n---\n\nBoiled, then baked.\n");
        QProcess process;
        process.start(QStringLiteral(POSTWRIGHT_CLI), {"export", site, "-o", out});
        QVERIFY(process.waitForFinished(120000));
        QCOMPARE(process.exitCode(), 0);
        const QString html = readText(QDir(out).filePath(page));
        const QList<Link> links = linksIn(element(html, "<nav class=\"pw-post-nav\"", "</nav>"));
        QVERIFY2(!links.isEmpty() && links.first().attributes.contains("pw-newer"), qPrintable(html.right(1500)));
        QCOMPARE(target(out, page, links.first().href), QStringLiteral("posts/bagels/index.html"));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCliBlog)
#include "tst_cli_blog.moc"
