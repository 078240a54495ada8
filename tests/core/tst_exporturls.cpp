// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// URLs, terms and summaries of the export: pure functions.
#include "export/htmltext.h"
#include "export/posturl.h"
#include "render/renderer.h"

#include <QRegularExpression>
#include <QTest>

using namespace postwright;

class TestExportUrls : public QObject
{
    Q_OBJECT

private:
    static SiteConfig config(SiteKind kind)
    {
        SiteConfig c;
        c.kind = kind;
        c.root = QStringLiteral("/site");
        c.contentDir = kind == SiteKind::Hugo ? QStringLiteral("/site/content") : QStringLiteral("/site");
        return c;
    }
    static PostRecord record(const QString &path, const QString &slug, const QString &date,
                             const QStringList &categories = {}, PostKind kind = PostKind::Post)
    {
        PostRecord r;
        r.path = path;
        r.slug = slug;
        r.title = QStringLiteral("My Great Title");
        r.kind = kind;
        r.date = QDateTime::fromString(date, Qt::ISODate);
        if (!categories.isEmpty())
            r.terms.insert(QStringLiteral("categories"), categories);
        return r;
    }

private slots:
    void hugo_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("slug");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("permalink");
        QTest::addColumn<QString>("expected");
        QTest::newRow("section post") << "content/posts/hello.md" << "hello" << "" << "" << "/posts/hello/";
        QTest::newRow("slug replaces the name") << "content/posts/hello.md" << "custom" << "" << "" << "/posts/custom/";
        QTest::newRow("top-level page") << "content/about.md" << "about" << "" << "" << "/about/";
        QTest::newRow("nested folders") << "content/posts/2024/trip.md" << "trip" << "" << "" << "/posts/2024/trip/";
        QTest::newRow("upper case and spaces lowered") << "content/Posts/My File.md" << "My File" << "" << ""
                                                       << "/posts/my-file/";
        QTest::newRow("bundle") << "content/posts/bundle/index.md" << "bundle" << "" << "" << "/posts/bundle/";
        QTest::newRow("url front matter") << "content/posts/hello.md" << "hello" << "/special/place/" << ""
                                          << "/special/place/";
        QTest::newRow("url escaping the site") << "content/posts/hello.md" << "hello" << "/../../etc/" << ""
                                               << "/etc/";
        QTest::newRow("permalinks config") << "content/posts/hello.md" << "hello" << "" << "/:year/:month/:slug/"
                                           << "/2024/03/my-great-title/";
    }
    // Every [permalinks] placeholder the export knows, with values that all
    // differ: slug, file name and title; year, month and day (2024-03-05);
    // the first folder and the nested ones.
    void hugoPermalinks_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("slug");
        QTest::addColumn<QString>("expected");
        const QString nested = QStringLiteral("content/posts/travel/lisbon/hello-world.md");
        const QString top = QStringLiteral("content/posts/hello-world.md");
        QTest::newRow(":slug is the front matter's slug") << "/:slug/" << top << "custom-slug" << "/custom-slug/";
        QTest::newRow(":slug is urlized") << "/:slug/" << top << "Custom Slug" << "/custom-slug/";
        QTest::newRow(":slug without a slug is the title") << "/:slug/" << top << "hello-world" << "/café-crème-title/";
        QTest::newRow(":title is the title, not the slug") << "/:title/" << top << "custom-slug" << "/café-crème-title/";
        QTest::newRow(":filename is the file's name, not the slug") << "/:filename/" << top << "custom-slug"
                                                                    << "/hello-world/";
        QTest::newRow(":filename of a bundle is its folder")
            << "/:filename/" << "content/posts/trip-bundle/index.md" << "custom-slug" << "/trip-bundle/";
        QTest::newRow(":contentbasename") << "/:contentbasename/" << top << "custom-slug" << "/hello-world/";
        QTest::newRow(":section is the first folder") << "/:section/:slug/" << nested << "custom-slug"
                                                      << "/posts/custom-slug/";
        QTest::newRow(":sections are all the folders") << "/:sections/:slug/" << nested << "custom-slug"
                                                       << "/posts/travel/lisbon/custom-slug/";
        QTest::newRow(":year :month :day") << "/:year/:month/:day/:slug/" << top << "custom-slug"
                                           << "/2024/03/05/custom-slug/";
        QTest::newRow(":day before :month") << "/:day-:month-:year/" << top << "custom-slug" << "/05-03-2024/";
        QTest::newRow("every placeholder at once")
            << "/:section/:sections/:year/:month/:day/:slug/:title/:filename/" << nested << "custom-slug"
            << "/posts/posts/travel/lisbon/2024/03/05/custom-slug/café-crème-title/hello-world/";
    }
    void hugoPermalinks()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, path);
        QFETCH(QString, slug);
        QFETCH(QString, expected);
        ExportSettings settings;
        settings.hugoPermalinks.insert(QStringLiteral("posts"), pattern);
        PostRecord r = record(path, slug, QStringLiteral("2024-03-05T10:00:00Z"), {},
                              path.endsWith(QLatin1String("/index.md")) ? PostKind::Bundle : PostKind::Post);
        r.title = QStringLiteral("Café Crème Title");
        const UrlPath result = postUrl(config(SiteKind::Hugo), settings, r);
        QCOMPARE(result.path, expected);
        QVERIFY(!result.sanitized);
    }

    void hugo()
    {
        QFETCH(QString, path);
        QFETCH(QString, slug);
        QFETCH(QString, url);
        QFETCH(QString, permalink);
        QFETCH(QString, expected);
        ExportSettings settings;
        if (!permalink.isEmpty())
            settings.hugoPermalinks.insert(QStringLiteral("posts"), permalink);
        const PostRecord r = record(path, slug, QStringLiteral("2024-03-05T10:00:00Z"),
                                    {}, path.endsWith(QLatin1String("/index.md")) ? PostKind::Bundle : PostKind::Post);
        const UrlPath result = postUrl(config(SiteKind::Hugo), settings, r, {url, {}});
        QCOMPARE(result.path, expected);
        QCOMPARE(result.sanitized, url.contains(QLatin1String("..")));
    }

    void jekyll_data()
    {
        QTest::addColumn<QString>("sitePermalink");
        QTest::addColumn<QString>("postPermalink");
        QTest::addColumn<QStringList>("categories");
        QTest::addColumn<QString>("expected");
        QTest::newRow("default (date)") << "" << "" << QStringList{"News"} << "/news/2024/03/05/hello-world.html";
        QTest::newRow("two categories") << "" << "" << QStringList{"blog", "Tech"}
                                        << "/blog/tech/2024/03/05/hello-world.html";
        QTest::newRow("no category") << "" << "" << QStringList{} << "/2024/03/05/hello-world.html";
        QTest::newRow("pretty") << "pretty" << "" << QStringList{} << "/2024/03/05/hello-world/";
        QTest::newRow("none") << "none" << "" << QStringList{"news"} << "/news/hello-world.html";
        QTest::newRow("pattern") << "/:year/:i_month/:slug" << "" << QStringList{} << "/2024/3/hello-world/";
        QTest::newRow("front matter wins") << "pretty" << "/fixed/:title/" << QStringList{} << "/fixed/hello-world/";
        // Jekyll's own default, as many _config.yml files spell it out.
        QTest::newRow("output_ext") << "/:categories/:year/:month/:day/:title:output_ext" << "" << QStringList{"news"}
                                    << "/news/2024/03/05/hello-world.html";
        QTest::newRow("weekdate") << "weekdate" << "" << QStringList{} << "/2024/W10/Tue/hello-world.html";
        QTest::newRow("names and weeks") << "/:long_month/:short_month/:w_year-:week-:w_day/:long_day/:title/" << ""
                                         << QStringList{} << "/March/Mar/2024-10-2/Tuesday/hello-world/";
        QTest::newRow("slugified categories") << "/:slugified_categories/:title/" << "" << QStringList{"Web Dev", "C++"}
                                              << "/web-dev/c/hello-world/";
    }
    // The slug from the front matter goes through Jekyll's slugify: :title
    // keeps its case (pretty mode), :slug is lower case.
    void jekyllSlug()
    {
        ExportSettings settings;
        settings.jekyllPermalink = QStringLiteral("/:title/:slug/");
        const PostRecord r = record(QStringLiteral("_posts/2024-02-01-second.md"), QStringLiteral("Custom Slug & Co"),
                                    QStringLiteral("2024-02-01"));
        QCOMPARE(postUrl(config(SiteKind::Jekyll), settings, r).path, QStringLiteral("/Custom-Slug-&-Co/custom-slug-co/"));
    }
    void jekyll()
    {
        QFETCH(QString, sitePermalink);
        QFETCH(QString, postPermalink);
        QFETCH(QStringList, categories);
        QFETCH(QString, expected);
        ExportSettings settings;
        settings.jekyllPermalink = expandJekyllPermalinkStyle(sitePermalink);
        const PostRecord r = record(QStringLiteral("_posts/2024-03-05-hello-world.md"), QStringLiteral("hello-world"),
                                    QStringLiteral("2024-03-05T10:00:00"), categories);
        QCOMPARE(postUrl(config(SiteKind::Jekyll), settings, r, {{}, postPermalink}).path, expected);
    }

    void plain()
    {
        const PostRecord r = record(QStringLiteral("trips/2023/Lisbon Trip.md"), QStringLiteral("Lisbon Trip"),
                                    QStringLiteral("2023-05-01"));
        QCOMPARE(postUrl(config(SiteKind::Plain), {}, r).path, QStringLiteral("/trips/2023/lisbon-trip/"));
        // A folder's index.md is the folder's page; the site's own keeps its name.
        const PostRecord index = record(QStringLiteral("trips/2023/index.md"), QStringLiteral("index"), QStringLiteral("2023-05-01"));
        QCOMPARE(postUrl(config(SiteKind::Plain), {}, index).path, QStringLiteral("/trips/2023/"));
        const PostRecord top = record(QStringLiteral("index.md"), QStringLiteral("index"), QStringLiteral("2023-05-01"));
        QCOMPARE(postUrl(config(SiteKind::Plain), {}, top).path, QStringLiteral("/index/"));
    }

    void terms_data()
    {
        QTest::addColumn<QString>("term");
        QTest::addColumn<QString>("slug");
        QTest::newRow("spaces") << "Open Source" << "open-source";
        QTest::newRow("plus kept") << "C++" << "c++";
        QTest::newRow("slash") << "a/b" << "a-b";
        QTest::newRow("climbing") << "../../etc" << "-..-etc";
        QTest::newRow("hidden") << ".htaccess" << "htaccess";
        QTest::newRow("reserved name") << "CON" << "con_";
        QTest::newRow("unicode") << "Café Crème" << "café-crème";
        // What hugo 0.111 makes of them (checked against its output).
        QTest::newRow("emoji first") << "🚀 rocket" << "rocket";
        QTest::newRow("emoji last") << "Launch day 🚀" << "launch-day";
        QTest::newRow("spaced hyphen") << "a - b" << "a-b";
        QTest::newRow("tab") << "tab\tsep" << "tab-sep";
        QTest::newRow("leading spaces") << "  lead" << "lead";
        QTest::newRow("punctuation dropped") << "q?uery a&b" << "query-ab";
        QTest::newRow("at kept") << "x@y" << "x@y";
        QTest::newRow("dots and underscores") << "dots.and_under" << "dots.and_under";
        QTest::newRow("outside the BMP") << "𝒳 math" << "𝒳-math";
        // hugo keeps these, and its links to them break: dropped here.
        QTest::newRow("hash") << "C#" << "c";
        QTest::newRow("percent") << "100%" << "100";
    }
    void terms()
    {
        QFETCH(QString, term);
        QFETCH(QString, slug);
        const QString result = termSlug(term);
        QCOMPARE(result, slug);
        QCOMPARE(termUrl(QStringLiteral("tags"), term), QStringLiteral("/tags/") + slug + QLatin1Char('/'));
    }

    // A term of which nothing is left ("..", "!!!") still gets a name of
    // its own: "term-" and a hash of the term, the same every time.
    void termsWithNothingLeftGetAName()
    {
        static const QRegularExpression named(QStringLiteral("^term-[0-9a-f]+$"));
        const QString dots = termSlug(QStringLiteral(".."));
        const QString bangs = termSlug(QStringLiteral("!!!"));
        QVERIFY2(named.match(dots).hasMatch(), qPrintable(dots));
        QVERIFY2(named.match(bangs).hasMatch(), qPrintable(bangs));
        QVERIFY(dots != bangs);
        QCOMPARE(termSlug(QStringLiteral("..")), dots);
        QCOMPARE(termUrl(QStringLiteral("tags"), QStringLiteral("..")), QStringLiteral("/tags/") + dots + QLatin1Char('/'));
    }

    // A file name holds 255 bytes: longer terms and slugs are cut, and two
    // that start alike stay apart.
    void longNamesFitAFileName()
    {
        const QString term = QStringLiteral("日本語のタグ").repeated(15);   // 270 bytes of UTF-8
        const QString slug = termSlug(term);
        QVERIFY(slug.toUtf8().size() <= 255);
        QVERIFY(slug.startsWith(QStringLiteral("日本語のタグ")));
        QVERIFY(termSlug(term + QStringLiteral("x")) != slug);
        QCOMPARE(termSlug(term), slug);   // the same every time
        const UrlPath path = sanitizeUrlPath(QStringLiteral("/posts/") + QString(300, QLatin1Char('x')) + QStringLiteral(".html"));
        QVERIFY(path.sanitized);
        const QString name = path.path.section(QLatin1Char('/'), -1);
        QVERIFY(name.toUtf8().size() <= 255);
        QVERIFY(name.endsWith(QLatin1String(".html")));
        QCOMPARE(sanitizeUrlPath(QStringLiteral("/posts/short/")).path, QStringLiteral("/posts/short/"));
    }

    // At the limit: a part of exactly 255 bytes stays whole, one of 256 is
    // cut to its first characters that fit whole, "-", 16 hex digits of a
    // hash, and its extension. Bytes count, not characters.
    void fileNameLimit_data()
    {
        QTest::addColumn<QString>("part");
        QTest::addColumn<QString>("keptStart");   // empty: the part stays whole
        QTest::addColumn<QString>("extension");
        QTest::addColumn<int>("bytes");           // of the part in the URL
        QTest::addColumn<bool>("termToo");        // a term slug keeps it as it is (no emoji)
        const QString e = QStringLiteral("é");      // 2 bytes
        const QString rocket = QStringLiteral("🚀");  // 4 bytes, 2 UTF-16 units
        const QString kanji = QStringLiteral("日");   // 3 bytes
        QTest::newRow("254 bytes") << QString(254, QLatin1Char('a')) << QString() << QString() << 254 << true;
        QTest::newRow("255 bytes") << QString(255, QLatin1Char('a')) << QString() << QString() << 255 << true;
        QTest::newRow("256 bytes") << QString(256, QLatin1Char('a')) << QString(238, QLatin1Char('a')) << QString()
                                   << 255 << true;
        QTest::newRow("255 bytes with an extension")
            << QString(250, QLatin1Char('a')) + QStringLiteral(".html") << QString() << QString() << 255 << true;
        QTest::newRow("256 bytes with an extension")
            << QString(251, QLatin1Char('a')) + QStringLiteral(".html") << QString(233, QLatin1Char('a'))
            << QStringLiteral(".html") << 255 << true;
        QTest::newRow("254 bytes, 127 characters") << e.repeated(127) << QString() << QString() << 254 << true;
        QTest::newRow("255 bytes, 128 characters") << e.repeated(127) + QStringLiteral("a") << QString() << QString()
                                                   << 255 << true;
        QTest::newRow("256 bytes, 128 characters") << e.repeated(128) << e.repeated(119) << QString() << 255 << true;
        QTest::newRow("255 bytes, 85 characters of 3") << kanji.repeated(85) << QString() << QString() << 255 << true;
        QTest::newRow("258 bytes, 86 characters of 3: none cut in half")
            << kanji.repeated(86) << kanji.repeated(79) << QString() << 254 << true;
        QTest::newRow("255 bytes of emoji") << rocket.repeated(63) + QStringLiteral("abc") << QString() << QString()
                                            << 255 << false;
        QTest::newRow("256 bytes of emoji") << rocket.repeated(64) << rocket.repeated(59) << QString() << 253 << false;
    }
    void fileNameLimit()
    {
        QFETCH(QString, part);
        QFETCH(QString, keptStart);
        QFETCH(QString, extension);
        QFETCH(int, bytes);
        QFETCH(bool, termToo);
        const bool cut = !keptStart.isEmpty();
        const UrlPath result = sanitizeUrlPath(QStringLiteral("/posts/") + part + QLatin1Char('/'));
        QCOMPARE(result.sanitized, cut);
        QVERIFY(result.path.startsWith(QLatin1String("/posts/")));
        QVERIFY(result.path.endsWith(QLatin1Char('/')));
        const QString name = result.path.mid(7, result.path.size() - 8);
        QCOMPARE(name.toUtf8().size(), bytes);
        if (termToo)
            QCOMPARE(termSlug(part), name);   // a term's slug follows the same rule
        if (!cut) {
            QCOMPARE(name, part);
            return;
        }
        static const QRegularExpression tag(QStringLiteral("^-[0-9a-f]{16}$"));
        QCOMPARE(name.left(keptStart.size()), keptStart);
        QVERIFY(name.endsWith(extension));
        const QString middle = name.mid(keptStart.size(), name.size() - keptStart.size() - extension.size());
        QVERIFY2(tag.match(middle).hasMatch(), qPrintable(middle));
        // Two long parts that start alike stay apart.
        QVERIFY(sanitizeUrlPath(QStringLiteral("/posts/") + part + QStringLiteral("x/")).path != result.path);
    }

    void outputs()
    {
        QCOMPARE(outputFileForUrl(QStringLiteral("/")), QStringLiteral("index.html"));
        QCOMPARE(outputFileForUrl(QStringLiteral("/a/b/")), QStringLiteral("a/b/index.html"));
        QCOMPARE(outputFileForUrl(QStringLiteral("/a/b.html")), QStringLiteral("a/b.html"));
        QCOMPARE(outputFileForUrl(QStringLiteral("/a/b")), QStringLiteral("a/b/index.html"));
        QCOMPARE(sanitizeUrlPath(QStringLiteral("/a/../../b\\c/")).path, QStringLiteral("/a/bc/"));
        QVERIFY(sanitizeUrlPath(QStringLiteral("/a/../b/")).sanitized);
    }

    void scriptUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("script");
        QTest::newRow("javascript") << "javascript:alert(1)" << true;
        QTest::newRow("mixed case") << "JaVaScRiPt:alert(1)" << true;
        QTest::newRow("blanks and tabs") << " \tjava\nscript:alert(1)" << true;
        QTest::newRow("vbscript") << "vbscript:msgbox(1)" << true;
        QTest::newRow("data html") << "data:text/html,<script>x</script>" << true;
        QTest::newRow("data svg image") << "data:image/svg+xml,<svg/>" << false;
        QTest::newRow("data png") << "data:image/png;base64,AAAA" << false;
        QTest::newRow("https") << "https://example.org/javascript:" << false;
        QTest::newRow("relative") << "javascript-tips/" << false;
        QTest::newRow("mailto") << "mailto:a@example.org" << false;
    }
    void scriptUrls()
    {
        QFETCH(QString, url);
        QFETCH(bool, script);
        QCOMPARE(isScriptUrl(url), script);
    }

    void fileNamesAreSanitised_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("sanitized");
        QTest::newRow("ordinary") << "/posts/hello-world/" << "/posts/hello-world/" << false;
        QTest::newRow("page file") << "/2024/01/hello.html" << "/2024/01/hello.html" << false;
        QTest::newRow("colon (scheme)") << "/javascript:alert(1)/" << "/javascriptalert(1)/" << true;
        QTest::newRow("windows specials") << "/a*b?c\"d<e>f|g/" << "/abcdefg/" << true;
        QTest::newRow("control characters") << "/a\x01" "b\tc\x7f/" << "/abc/" << true;
        QTest::newRow("leading dots") << "/.git/config" << "/git/config" << true;
        QTest::newRow("dots only") << "/.../x/" << "/x/" << true;
        QTest::newRow("trailing dot and blank") << "/name. /" << "/name/" << true;
        QTest::newRow("reserved device") << "/con/" << "/con_/" << true;
        QTest::newRow("reserved with extension") << "/posts/aux.html" << "/posts/aux_.html" << true;
        QTest::newRow("reserved numbered") << "/LPT1/" << "/LPT1_/" << true;
        QTest::newRow("climbing") << "/../../etc/passwd" << "/etc/passwd" << true;
        QTest::newRow("not reserved") << "/console/" << "/console/" << false;
    }
    void fileNamesAreSanitised()
    {
        QFETCH(QString, path);
        QFETCH(QString, expected);
        QFETCH(bool, sanitized);
        const UrlPath result = sanitizeUrlPath(path);
        QCOMPARE(result.path, expected);
        QCOMPARE(result.sanitized, sanitized);
    }

    void relativeLinks_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("expected");
        QTest::newRow("sibling post") << "/posts/a/" << "/posts/b/" << "../b/index.html";
        QTest::newRow("home from post") << "/posts/a/" << "/" << "../../index.html";
        QTest::newRow("post from home") << "/" << "/posts/a/" << "posts/a/index.html";
        QTest::newRow("asset") << "/posts/a/" << "/images/x.png" << "../../images/x.png";
        QTest::newRow("bundle resource") << "/posts/a/" << "/posts/a/pic.png" << "pic.png";
        QTest::newRow("from an .html page") << "/news/2024/01/x.html" << "/tags/t/" << "../../../tags/t/index.html";
        QTest::newRow("fragment kept") << "/posts/a/" << "/posts/b/#part" << "../b/index.html#part";
        QTest::newRow("query kept") << "/posts/a/" << "/posts/b/?utm=1#part" << "../b/index.html?utm=1#part";
        QTest::newRow("spaces and accents encoded") << "/posts/a/" << "/web dev/é/my pic.png"
                                                    << "../../web%20dev/%C3%A9/my%20pic.png";
        QTest::newRow("percent and hash in a name") << "/" << "/a%b/c#d" << "a%25b/c#d";
        QTest::newRow("no scheme from a colon") << "/" << "/javascript:x/" << "javascript%3Ax/index.html";
    }
    void relativeLinks()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, expected);
        QCOMPARE(relativeUrl(from, to), expected);
    }

    void absoluteLinks()
    {
        QCOMPARE(absoluteUrl(QStringLiteral("https://ex.org/blog/"), QStringLiteral("/web dev/2024/x.html")),
                 QStringLiteral("https://ex.org/blog/web%20dev/2024/x.html"));
        QCOMPARE(absoluteUrl(QStringLiteral("https://ex.org/"), QStringLiteral("/tags/ünï/")),
                 QStringLiteral("https://ex.org/tags/%C3%BCn%C3%AF/"));
        QCOMPARE(absoluteUrl(QString(), QStringLiteral("/a b/")), QStringLiteral("/a%20b/"));
    }

    void summaries()
    {
        QCOMPARE(postSummary(QStringLiteral("Given."), u"Body text", QStringLiteral("<p>Body text</p>")),
                 QStringLiteral("Given."));
        QCOMPARE(postSummary({}, u"Before *the* fold.\n\n<!--more-->\n\nAfter.", QStringLiteral("<p>ignored</p>")),
                 QStringLiteral("Before the fold."));
        QStringList words;
        for (int i = 0; i < 100; ++i)
            words.append(QStringLiteral("w%1").arg(i));
        const QString html = QStringLiteral("<p>") + words.join(QLatin1Char(' ')) + QStringLiteral("</p>");
        const QString summary = postSummary({}, u"", html);
        QVERIFY(summary.startsWith(QLatin1String("w0 w1")));
        QVERIFY(summary.endsWith(QStringLiteral("w69…")));
        QCOMPARE(htmlToText(u"<p>a<em>b</em> &amp; c</p><p>d</p>"), QStringLiteral("ab & c d"));
    }

    // A summary reads as the post does: headings and list items on lines of
    // their own, not run together; no markup, no shortcode boxes.
    void summaryText_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("text");
        QTest::newRow("heading and list") << "## What you need\n\n- three pots\n- good soil\n\nWater *daily*."
                                          << "What you need\n• three pots\n• good soil\nWater daily.";
        QTest::newRow("numbered") << "1. first\n2. second\n" << "1. first\n2. second";
        QTest::newRow("nested") << "- a\n  - b\n- c\n" << "• a\n• b\n• c";
        QTest::newRow("loose list") << "- a\n\n- b\n" << "• a\n• b";
        QTest::newRow("inline html") << "Water <span class=\"tip\">every <b>single</b> day</span>."
                                     << "Water every single day.";
        QTest::newRow("html block") << "<div class=\"note\">\n<p>Careful &amp; slow</p>\n</div>\n\nDone."
                                    << "Careful & slow\nDone.";
        QTest::newRow("entities stay text") << "a &lt;b&gt; `<i>`" << "a <b> <i>";
        QTest::newRow("footnote mark") << "Claim.[^1]\n\n[^1]: Source.\n" << "Claim.";
        QTest::newRow("unknown shortcode") << "Before\n\n{{< gallery dir=\"pics\" >}}\n\nAfter" << "Before\nAfter";
        QTest::newRow("shortcode with inner text") << "{{< note >}}Inside{{< /note >}}" << "Inside";
    }

    void summaryText()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, text);
        RenderOptions options;
        options.sourcePos = false;
        options.shortcodes.enabled = true;
        const QString html = render(markdown, options).html;
        QCOMPARE(postwright::summaryText(html), text);
        // The same through postSummary, before <!--more--> and from the body.
        QCOMPARE(postSummary({}, QString(markdown + "\n\n<!--more-->\n\nLater."), QString(), 70, options.shortcodes), text);
        QCOMPARE(postSummary({}, markdown, html, 70, options.shortcodes), text);
    }

    void rewrite()
    {
        const QString html = QStringLiteral("<a href=\"a.md\">x</a><img src=\"p&amp;q.png\" alt=\"\"><a href='b'>y</a>");
        QStringList seen;
        const QString out = rewriteReferences(html, [&](const QString &url, bool image) -> std::optional<QString> {
            seen.append(url + (image ? QStringLiteral("!") : QString()));
            if (url == QLatin1String("a.md"))
                return QStringLiteral("../a/index.html");
            if (image)
                return QStringLiteral("x\"y.png");
            return std::nullopt;
        });
        QCOMPARE(seen, (QStringList{"a.md", "p&q.png!", "b"}));
        QVERIFY(out.contains(QLatin1String("href=\"../a/index.html\"")));
        QVERIFY(out.contains(QLatin1String("src=\"x&quot;y.png\"")));
        QVERIFY(out.contains(QLatin1String("href='b'")));
    }

    // What counts as a link attribute is what a browser reads: the name in
    // any case, blanks around '=', a quoted or a bare value (written back
    // quoted), a value that never closes (in a page, the rest would be in
    // it); not a longer name ending in src.
    void rewriteReadsAttributesAsABrowserDoes()
    {
        const QString html = QStringLiteral(
            "<img data-src=\"lazy.png\"><a HREF = \"spaced\">s</a><img src=bare.png>"
            "<a title=\"x = y\" href=\"q?a=b&amp;c=d\">q</a><img\nSrc='nl.png'><a href=\"unclosed>");
        QStringList seen;
        const QString out = rewriteReferences(html, [&](const QString &url, bool image) -> std::optional<QString> {
            seen.append(url + (image ? QStringLiteral("!") : QString()));
            return QStringLiteral("[") + url + QStringLiteral("]");
        });
        QCOMPARE(seen, (QStringList{"spaced", "bare.png!", "q?a=b&c=d", "nl.png!", "unclosed>"}));
        QVERIFY(out.contains(QLatin1String("HREF = \"[spaced]\"")));
        QVERIFY(out.contains(QLatin1String("<img src=\"[bare.png]\">")));
        QVERIFY(out.contains(QLatin1String("href=\"[q?a=b&amp;c=d]\"")));
        QVERIFY(out.contains(QLatin1String("Src='[nl.png]'")));
        QVERIFY(out.contains(QLatin1String("data-src=\"lazy.png\"")));
        QVERIFY(out.endsWith(QLatin1String("<a href=\"[unclosed&gt;]")));
    }

    // HTML written as text (a code span, a paragraph, a tag GFM's tagfilter
    // shows as text) is not a link: the page shows it exactly as written,
    // and nothing it names is looked up, copied or warned about.
    void rewriteLeavesTextAsWritten_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::newRow("code span, single quotes") << "Write `<a href='other.md'>` to link.\n";
        QTest::newRow("code span, image") << "Or `<img src='../../static/x.png'>` for a picture.\n";
        QTest::newRow("paragraph") << "In text: href='other.md' and src = 'x.png' as well.\n";
        QTest::newRow("tagfilter") << "<iframe src=\"javascript:alert(1)\"></iframe>\n";
        QTest::newRow("fenced code") << "```\n<a href='other.md'>x</a> src=\"a.png\"\n```\n";
    }
    void rewriteLeavesTextAsWritten()
    {
        QFETCH(QString, markdown);
        const QString html = render(markdown).html;
        QStringList seen;
        const QString out = rewriteReferences(html, [&](const QString &url, bool) -> std::optional<QString> {
            seen.append(url);
            return QStringLiteral("#");
        });
        QVERIFY2(seen.isEmpty(), qPrintable(seen.join(QLatin1String(", "))));
        QCOMPARE(out, html);
    }

    // Every image URL of a srcset, and a video's poster, is an image too.
    void rewriteSeesSrcsetAndPoster()
    {
        const QString html = QStringLiteral(
            "<img srcset=\"a.png 1x, b.png  2x,c.png\"><source srcset=\"d.png 480w,\n e.png\">"
            "<video poster=\"p.png\"></video><img data-srcset=\"lazy.png 2x\">"
            "<img srcset=\"data:image/png;base64,AA== 2x\">");
        QStringList seen;
        const QString out = rewriteReferences(html, [&](const QString &url, bool image) -> std::optional<QString> {
            seen.append(url + (image ? QStringLiteral("!") : QString()));
            if (url.startsWith(QLatin1String("data:")))
                return std::nullopt;
            return QStringLiteral("x/") + url;
        });
        QCOMPARE(seen, (QStringList{"a.png!", "b.png!", "c.png!", "d.png!", "e.png!", "p.png!", "data:image/png;base64,AA==!"}));
        QVERIFY2(out.contains(QLatin1String("srcset=\"x/a.png 1x, x/b.png 2x, x/c.png\"")), qPrintable(out));
        QVERIFY(out.contains(QLatin1String("srcset=\"x/d.png 480w, x/e.png\"")));
        QVERIFY(out.contains(QLatin1String("poster=\"x/p.png\"")));
        QVERIFY(out.contains(QLatin1String("data-srcset=\"lazy.png 2x\"")));
        QVERIFY(out.contains(QLatin1String("srcset=\"data:image/png;base64,AA== 2x\"")));
    }
};

QTEST_GUILESS_MAIN(TestExportUrls)
#include "tst_exporturls.moc"
