// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "page/katexassets.h"
#include "page/pagetemplate.h"
#include "render/renderer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using postwright::PageData;
using postwright::PageTemplate;

namespace {

PageData fullPage()
{
    PageData page;
    page.title = u"Why Open-Source AI is the Future"_s;
    page.date = u"2025-06-03"_s;
    page.author = u"Buma"_s;
    page.summary = u"Exploring open-source AI."_s;
    page.tags = {u"AI"_s, u"OpenSource"_s};
    page.categories = {u"Tech"_s};
    page.bodyHtml = u"<p data-sourcepos=\"10:1-10:5\">Hello <em>body</em></p>\n"_s;
    page.siteTitle = u"Buma's Blog"_s;
    page.canonicalUrl = u"https://blog.example/posts/open-ai/"_s;
    page.baseHref = u"file:///home/buma/blog/content/posts/"_s;
    return page;
}

QString withoutStyle(const QString &html)
{
    static const QRegularExpression style(u"<style>.*</style>"_s,
                                          QRegularExpression::DotMatchesEverythingOption);
    return QString(html).remove(style);
}

// A small structural check: every non-void element that opens also closes,
// in order. Enough to catch a broken template; not a full HTML5 parser.
QString tagBalanceError(const QString &html)
{
    static const QRegularExpression tag(u"<(/?)([a-zA-Z][a-zA-Z0-9]*)\\b[^>]*?(/?)>"_s);
    static const QStringList voidElements{u"area"_s, u"base"_s, u"br"_s,   u"col"_s,
                                          u"embed"_s, u"hr"_s,  u"img"_s,  u"input"_s,
                                          u"link"_s, u"meta"_s, u"source"_s, u"track"_s,
                                          u"wbr"_s};
    QStringList open;
    for (const QRegularExpressionMatch &m : tag.globalMatch(withoutStyle(html))) {
        const QString name = m.captured(2).toLower();
        if (voidElements.contains(name))
            continue;
        if (m.captured(1).isEmpty()) {
            open.append(name);
        } else if (open.isEmpty() || open.takeLast() != name) {
            return u"unexpected </%1> at %2"_s.arg(name).arg(m.capturedStart());
        }
    }
    return open.isEmpty() ? QString() : u"unclosed: "_s + open.join(u' ');
}

QString attributeOf(const QString &html, const QString &elementPattern, const QString &attr)
{
    const QRegularExpression re(u"<"_s + elementPattern + u"[^>]*\\b"_s + attr + u"=\"([^\"]*)\""_s);
    return re.match(html).captured(1);
}

} // namespace

class tst_PageTemplate : public QObject
{
    Q_OBJECT

private slots:
    void everyFieldAppears();
    void headTags();
    void titleWithAndWithoutSiteTitle_data();
    void titleWithAndWithoutSiteTitle();
    void valuesAreEscaped_data();
    void valuesAreEscaped();
    void optionalHeadTagsOnlyWhenSet();
    void emptyFieldsKeepTheirElementsHidden();
    void language_data();
    void language();
    void dates_data();
    void dates();
    void defaultCssIsInlined();
    void customCssReplacesTheDefault();
    void pageIsWellFormed();
    void brokenTemplateReportsError();
    void katexOnlyWithMath_data();
    void katexOnlyWithMath();
    void pageWithMathAndCodeIsWellFormed();
    void katexAssetFilesAreWhatTheCssNeeds();
    void siteHeaderAndFooterAroundThePost();
    void standalonePageHasNoSiteParts();
    void copyScriptIsAnExternalFileThePolicyAllows();
    void policyHashesEveryInlineScript_data();
    void policyHashesEveryInlineScript();
};

void tst_PageTemplate::everyFieldAppears()
{
    const QString html = PageTemplate::defaultTemplate().render(fullPage());

    QVERIFY(html.contains(u"<h1 id=\"pw-title\" class=\"pw-title\" dir=\"auto\">Why Open-Source AI is the Future</h1>"_s));
    QVERIFY(html.contains(u"<span id=\"pw-date\" class=\"pw-date\"><time datetime=\"2025-06-03\">3 June 2025</time></span>"_s));
    QVERIFY(html.contains(u"<span id=\"pw-author\" class=\"pw-author\" dir=\"auto\">Buma</span>"_s));
    QVERIFY(html.contains(u"<p id=\"pw-summary\" class=\"pw-summary\" dir=\"auto\">Exploring open-source AI.</p>"_s));
    QVERIFY(html.contains(u"<li class=\"pw-chip pw-tag\" dir=\"auto\">AI</li>"_s));
    QVERIFY(html.contains(u"<li class=\"pw-chip pw-tag\" dir=\"auto\">OpenSource</li>"_s));
    QVERIFY(html.contains(u"<li class=\"pw-chip pw-category\" dir=\"auto\">Tech</li>"_s));
    QVERIFY(html.contains(u"<article id=\"pw-body\" class=\"pw-body\" dir=\"auto\">\n"
                          u"<p data-sourcepos=\"10:1-10:5\">Hello <em>body</em></p>\n"_s));

    // The preview patches these: each exactly once, inside the header.
    const qsizetype header = html.indexOf(u"<header id=\"pw-header\""_s);
    const qsizetype headerEnd = html.indexOf(u"</header>"_s);
    QVERIFY(header > 0 && headerEnd > header);
    for (const QString &id : {u"pw-title"_s, u"pw-date"_s, u"pw-author"_s, u"pw-tags"_s,
                             u"pw-categories"_s, u"pw-summary"_s}) {
        const QString attr = u"id=\""_s + id + u'"';
        QCOMPARE(html.count(attr), 1);
        const qsizetype at = html.indexOf(attr);
        QVERIFY2(at > header && at < headerEnd, qPrintable(id));
    }
    QCOMPARE(html.count(u"id=\"pw-body\""_s), 1);
}

void tst_PageTemplate::headTags()
{
    const QString html = PageTemplate::defaultTemplate().render(fullPage());

    QVERIFY(html.startsWith(u"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"_s));
    QVERIFY(html.contains(u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"_s));
    QVERIFY(html.contains(u"<base href=\"file:///home/buma/blog/content/posts/\">"_s));
    QVERIFY(html.contains(u"<meta name=\"description\" content=\"Exploring open-source AI.\">"_s));
    QVERIFY(html.contains(u"<meta name=\"author\" content=\"Buma\">"_s));
    QVERIFY(html.contains(u"<link rel=\"canonical\" href=\"https://blog.example/posts/open-ai/\">"_s));
    QVERIFY(html.contains(u"<meta property=\"og:type\" content=\"article\">"_s));
    QVERIFY(html.contains(u"<meta property=\"og:title\" content=\"Why Open-Source AI is the Future\">"_s));
    QVERIFY(html.contains(u"<meta property=\"og:description\" content=\"Exploring open-source AI.\">"_s));
    QVERIFY(html.contains(u"<meta property=\"og:url\" content=\"https://blog.example/posts/open-ai/\">"_s));
    QVERIFY(html.contains(u"<meta property=\"og:site_name\" content=\"Buma&apos;s Blog\">"_s));
    QVERIFY(html.contains(u"<meta property=\"article:published_time\" content=\"2025-06-03\">"_s));
    QVERIFY(html.contains(u"<meta property=\"article:tag\" content=\"OpenSource\">"_s));
    // <base> must come before anything that uses a URL.
    QVERIFY(html.indexOf(u"<base "_s) < html.indexOf(u"<link "_s));
}

void tst_PageTemplate::titleWithAndWithoutSiteTitle_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("siteTitle");
    QTest::addColumn<QString>("expected");

    QTest::newRow("both") << u"Post"_s << u"Site"_s << u"<title>Post — Site</title>"_s;
    QTest::newRow("no site title") << u"Post"_s << QString() << u"<title>Post</title>"_s;
    QTest::newRow("no post title") << QString() << u"Site"_s << u"<title>Site</title>"_s;
    QTest::newRow("neither") << QString() << QString() << u"<title>Untitled</title>"_s;
}

void tst_PageTemplate::titleWithAndWithoutSiteTitle()
{
    QFETCH(QString, title);
    QFETCH(QString, siteTitle);
    QFETCH(QString, expected);

    PageData page;
    page.title = title;
    page.siteTitle = siteTitle;
    const QString html = PageTemplate::defaultTemplate().render(page);
    QVERIFY2(html.contains(expected), qPrintable(html.left(800)));
}

void tst_PageTemplate::valuesAreEscaped_data()
{
    QTest::addColumn<QString>("field");

    for (const char *field : {"title", "date", "author", "summary", "tag", "category",
                              "siteTitle", "canonicalUrl", "baseHref", "lang"})
        QTest::newRow(field) << QString::fromLatin1(field);
}

void tst_PageTemplate::valuesAreEscaped()
{
    QFETCH(QString, field);

    const QString nasty = u"x\"><script>alert('1&2')</script>"_s;
    const QString escaped = u"x&quot;&gt;&lt;script&gt;alert(&apos;1&amp;2&apos;)&lt;/script&gt;"_s;
    PageData page;
    page.bodyHtml = u"<p>body</p>"_s;
    if (field == u"title")
        page.title = nasty;
    else if (field == u"date")
        page.date = nasty;
    else if (field == u"author")
        page.author = nasty;
    else if (field == u"summary")
        page.summary = nasty;
    else if (field == u"tag")
        page.tags = {nasty};
    else if (field == u"category")
        page.categories = {nasty};
    else if (field == u"siteTitle")
        page.siteTitle = nasty;
    else if (field == u"canonicalUrl")
        page.canonicalUrl = nasty;
    else if (field == u"baseHref")
        page.baseHref = nasty;
    else if (field == u"lang")
        page.lang = nasty;

    const QString html = PageTemplate::defaultTemplate().render(page);
    QVERIFY2(!html.contains(u"<script"_s), qPrintable(html));
    QVERIFY2(!withoutStyle(html).contains(u"x\""_s), qPrintable(html));
    QVERIFY2(html.contains(escaped), qPrintable(html));
    QCOMPARE(tagBalanceError(html), QString());
}

void tst_PageTemplate::optionalHeadTagsOnlyWhenSet()
{
    PageData page;
    page.title = u"Only a title"_s;
    const QString html = PageTemplate::defaultTemplate().render(page);

    QVERIFY(!html.contains(u"rel=\"canonical\""_s));
    QVERIFY(!html.contains(u"og:url"_s));
    QVERIFY(!html.contains(u"<base"_s));
    QVERIFY(!html.contains(u"name=\"description\""_s));
    QVERIFY(!html.contains(u"og:description"_s));
    QVERIFY(!html.contains(u"og:site_name"_s));
    QVERIFY(!html.contains(u"article:published_time"_s));
    QVERIFY(!html.contains(u"article:tag"_s));
    QVERIFY(html.contains(u"<meta property=\"og:title\" content=\"Only a title\">"_s));
    QVERIFY(html.contains(u"<meta property=\"og:type\" content=\"article\">"_s));
}

void tst_PageTemplate::emptyFieldsKeepTheirElementsHidden()
{
    PageData page;
    page.bodyHtml = u"<p>Just a body.</p>\n"_s;
    const QString html = PageTemplate::defaultTemplate().render(page);

    QVERIFY(html.contains(u"<h1 id=\"pw-title\" class=\"pw-title\" dir=\"auto\" hidden></h1>"_s));
    QVERIFY(html.contains(u"<span id=\"pw-date\" class=\"pw-date\" hidden></span>"_s));
    QVERIFY(html.contains(u"<span id=\"pw-author\" class=\"pw-author\" dir=\"auto\" hidden></span>"_s));
    QVERIFY(html.contains(u"<p id=\"pw-summary\" class=\"pw-summary\" dir=\"auto\" hidden></p>"_s));
    QVERIFY(html.contains(u"<ul id=\"pw-tags\" class=\"pw-chips pw-tags\" hidden>"_s));
    QVERIFY(html.contains(u"<ul id=\"pw-categories\" class=\"pw-chips pw-categories\" hidden>"_s));
    QVERIFY(!html.contains(u"<li"_s));
    QVERIFY(!html.contains(u"<time"_s));
    // Hidden must win over the chips' display: flex.
    QVERIFY(html.contains(u"[hidden] { display: none !important; }"_s));
}

void tst_PageTemplate::language_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("expected");

    QTest::newRow("default") << QString() << u"en"_s;
    QTest::newRow("hebrew") << u"he"_s << u"he"_s;
    QTest::newRow("region") << u"pt-BR"_s << u"pt-BR"_s;
}

void tst_PageTemplate::language()
{
    QFETCH(QString, lang);
    QFETCH(QString, expected);

    PageData page;
    page.lang = lang;
    page.title = u"שלום עולם"_s;
    const QString html = PageTemplate::defaultTemplate().render(page);
    QCOMPARE(attributeOf(html, u"html"_s, u"lang"_s), expected);
    // The direction follows the text, so a Hebrew post reads right to left.
    QCOMPARE(attributeOf(html, u"article id=\"pw-body\""_s, u"dir"_s), u"auto"_s);
    QCOMPARE(attributeOf(html, u"h1 id=\"pw-title\""_s, u"dir"_s), u"auto"_s);
}

void tst_PageTemplate::dates_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("expected");

    QTest::newRow("iso date")
        << QString() << u"2025-06-03"_s << u"<time datetime=\"2025-06-03\">3 June 2025</time>"_s;
    QTest::newRow("iso date-time with offset")
        << QString() << u"2025-06-03T10:30:00+02:00"_s
        << u"<time datetime=\"2025-06-03T10:30:00+02:00\">3 June 2025</time>"_s;
    QTest::newRow("utc")
        << QString() << u"2024-12-31T23:59:00Z"_s
        << u"<time datetime=\"2024-12-31T23:59:00Z\">31 December 2024</time>"_s;
    QTest::newRow("unpadded")
        << QString() << u"2024-4-09"_s << u"<time datetime=\"2024-04-09\">9 April 2024</time>"_s;
    QTest::newRow("jekyll date and time")
        << QString() << u"2023-01-15 08:00:00 +0100"_s
        << u">15 January 2023</time>"_s;
    QTest::newRow("page language")
        << u"fr"_s << u"2025-06-03"_s << u"<time datetime=\"2025-06-03\">3 juin 2025</time>"_s;
    QTest::newRow("not a date: as written")
        << QString() << u"last summer"_s
        << u"<span id=\"pw-date\" class=\"pw-date\">last summer</span>"_s;
    QTest::newRow("impossible date: as written")
        << QString() << u"2025-13-45"_s
        << u"<span id=\"pw-date\" class=\"pw-date\">2025-13-45</span>"_s;
    // The next page in another language gets its own month names.
    QTest::newRow("then German") << u"de"_s << u"2025-06-03"_s << u">3 Juni 2025</time>"_s;
    QTest::newRow("then English again") << QString() << u"2025-03-07"_s << u">7 March 2025</time>"_s;
    for (const char *odd : {"2025-06-031", "12025-06-03", "2025-06-03x", "2025-006-03", "2025-06-", "２０２５-06-03"})
        QTest::newRow(odd) << QString() << QString::fromUtf8(odd)
                           << u"<span id=\"pw-date\" class=\"pw-date\">"_s + QString::fromUtf8(odd) + u"</span>"_s;
}

void tst_PageTemplate::dates()
{
    QFETCH(QString, lang);
    QFETCH(QString, written);
    QFETCH(QString, expected);

    PageData page;
    page.lang = lang;
    page.date = written;
    const QString html = PageTemplate::defaultTemplate().render(page);
    QVERIFY2(html.contains(expected), qPrintable(html.mid(html.indexOf(u"<header"_s), 400)));
}

void tst_PageTemplate::defaultCssIsInlined()
{
    const PageTemplate tmpl = PageTemplate::defaultTemplate();
    QVERIFY(tmpl.css().contains(u"prefers-color-scheme: dark"_s));
    QVERIFY(tmpl.css().contains(u"max-width: 42rem"_s));

    const QString html = tmpl.render(fullPage());
    QCOMPARE(html.count(u"<style>"_s), 1);
    QVERIFY(html.contains(u"<style>\n"_s + tmpl.css()));
    // Self-contained: no external stylesheet or script.
    QVERIFY(!html.contains(u"rel=\"stylesheet\""_s));
    QVERIFY(!html.contains(u"<script"_s));
}

void tst_PageTemplate::customCssReplacesTheDefault()
{
    PageData page = fullPage();
    page.css = u"body { color: rebeccapurple; }"_s;
    const QString html = PageTemplate::defaultTemplate().render(page);
    QVERIFY(html.contains(u"<style>\nbody { color: rebeccapurple; }"_s));
    QVERIFY(!html.contains(u"prefers-color-scheme"_s));
}

void tst_PageTemplate::pageIsWellFormed()
{
    QFile file(QStringLiteral(POSTWRIGHT_TEST_DATA "/render/gfm-features.md"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    PageData page = fullPage();
    page.bodyHtml = postwright::render(QString::fromUtf8(file.readAll())).html;
    const QString html = PageTemplate::defaultTemplate().render(page);

    QVERIFY(html.startsWith(u"<!DOCTYPE html>\n"_s));
    QVERIFY(html.endsWith(u"</html>\n"_s));
    QCOMPARE(html.count(u"<html"_s), 1);
    QCOMPARE(html.count(u"<head>"_s), 1);
    QCOMPARE(html.count(u"<title>"_s), 1);
    QCOMPARE(html.count(u"<body>"_s), 1);
    QCOMPARE(html.count(u"<main"_s), 1);
    QVERIFY(html.indexOf(u"</head>"_s) < html.indexOf(u"<body>"_s));
    QVERIFY(html.indexOf(u"<meta charset=\"utf-8\">"_s) < html.indexOf(u"<title>"_s));
    QCOMPARE(tagBalanceError(html), QString());
    // No Mustache tag left unexpanded.
    QVERIFY(!withoutStyle(html).contains(u"{{"_s));
}

void tst_PageTemplate::brokenTemplateReportsError()
{
    const PageTemplate broken(u"<p>{{#open}}never closed</p>"_s, QString());
    QVERIFY(!broken.error().isEmpty());
    QVERIFY(broken.render(fullPage()).isEmpty());
    QVERIFY(PageTemplate::defaultTemplate().error().isEmpty());
}

void tst_PageTemplate::katexOnlyWithMath_data()
{
    QTest::addColumn<bool>("math");
    QTest::addColumn<QString>("assetsUrl");
    QTest::addColumn<QString>("katexDir");      // POSTWRIGHT_KATEX_DIR; empty: unset
    QTest::addColumn<QString>("expectedUrl");   // empty: no KaTeX in the page

    QTest::newRow("no math") << false << u"katex/"_s << QString() << QString();
    QTest::newRow("math, Debian's folder")
        << true << QString() << QString() << u"file:///usr/share/javascript/katex/"_s;
    QTest::newRow("math, a folder of one's own")
        << true << QString() << u"/opt/my katex/dist/"_s << u"file:///opt/my%20katex/dist/"_s;
    QTest::newRow("math, exported copy") << true << u"../assets/katex/"_s << QString() << u"../assets/katex/"_s;
    QTest::newRow("math, exported copy wins over the folder")
        << true << u"../assets/katex/"_s << u"/opt/katex"_s << u"../assets/katex/"_s;
}

void tst_PageTemplate::katexOnlyWithMath()
{
    QFETCH(bool, math);
    QFETCH(QString, assetsUrl);
    QFETCH(QString, katexDir);
    QFETCH(QString, expectedUrl);

    const QByteArray savedDir = qgetenv("POSTWRIGHT_KATEX_DIR");
    const bool hadDir = qEnvironmentVariableIsSet("POSTWRIGHT_KATEX_DIR");
    const auto restore = qScopeGuard([&] {
        if (hadDir)
            qputenv("POSTWRIGHT_KATEX_DIR", savedDir);
        else
            qunsetenv("POSTWRIGHT_KATEX_DIR");
    });
    if (katexDir.isEmpty())
        qunsetenv("POSTWRIGHT_KATEX_DIR");
    else
        qputenv("POSTWRIGHT_KATEX_DIR", katexDir.toUtf8());

    PageData page = fullPage();
    page.math = math;
    page.mathAssetsUrl = assetsUrl;
    const QString html = withoutStyle(PageTemplate::defaultTemplate().render(page));
    if (expectedUrl.isEmpty()) {
        QVERIFY(!html.contains(u"katex"_s, Qt::CaseInsensitive));
        QVERIFY(!html.contains(u"<script"_s));
        return;
    }
    QVERIFY(expectedUrl.endsWith(u'/'));
    const QString head = html.left(html.indexOf(u"</head>"_s));
    QVERIFY2(head.contains(u"<link rel=\"stylesheet\" href=\""_s + expectedUrl + u"katex.min.css\">"_s),
             qPrintable(head));
    QVERIFY(head.contains(u"<script defer src=\""_s + expectedUrl + u"katex.min.js\"></script>"_s));
    QVERIFY(head.contains(u"window.pwRenderMath = function"_s));
    QCOMPARE(tagBalanceError(html), QString());
}

void tst_PageTemplate::pageWithMathAndCodeIsWellFormed()
{
    QFile file(QStringLiteral(POSTWRIGHT_TEST_DATA "/render/math-and-code.md"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const postwright::RenderResult body = postwright::render(QString::fromUtf8(file.readAll()));
    QVERIFY(body.hasMath);
    PageData page = fullPage();
    page.bodyHtml = body.html;
    page.math = body.hasMath;
    const QString html = PageTemplate::defaultTemplate().render(page);

    QCOMPARE(tagBalanceError(html), QString());
    QVERIFY(!withoutStyle(html).contains(u"{{"_s));
    QCOMPARE(html.count(u"id=\"pw-body\""_s), 1);
    QVERIFY(html.contains(u"class=\"math math-inline\""_s));
    QVERIFY(html.contains(u"class=\"hl-keyword\""_s));
    // The stylesheet colours the highlighter's classes for light and dark.
    const QString css = PageTemplate::defaultTemplate().css();
    QVERIFY(css.contains(u".hl-keyword"_s));
    QVERIFY(css.contains(u".hl-comment"_s));
    QVERIFY(css.count(u"--pw-hl-keyword:"_s) >= 2);
}

void tst_PageTemplate::katexAssetFilesAreWhatTheCssNeeds()
{
    const QStringList files = postwright::katexAssetFiles();
    if (!QFileInfo::exists(postwright::katexDirectory()))
        QFAIL("libjs-katex is not installed (scripts/test.sh installs what the tests need)");
    QVERIFY(files.contains(u"katex.min.css"_s));
    QVERIFY(files.contains(u"katex.min.js"_s));
    const QDir dir(postwright::katexDirectory());
    for (const QString &f : files)
        QVERIFY2(QFileInfo(dir.filePath(f)).isFile(), qPrintable(f));

    // Every font the stylesheet loads is in the list, by the same relative path.
    QFile css(dir.filePath(u"katex.min.css"_s));
    QVERIFY(css.open(QIODevice::ReadOnly));
    static const QRegularExpression url(u"url\\(([^)]+)\\)"_s);
    int fonts = 0;
    for (const QRegularExpressionMatch &m : url.globalMatch(QString::fromUtf8(css.readAll()))) {
        const QString path = m.captured(1).remove(u'"').remove(u'\'');
        QVERIFY2(files.contains(path), qPrintable(path));
        ++fonts;
    }
    QVERIFY(fonts > 20);
    QVERIFY(postwright::katexAssetsUrl().startsWith(u"file:///"_s));
    QVERIFY(postwright::katexAssetsUrl().endsWith(u"/"_s));
}

// The site around a post (export and preview): header with the title
// leading home, the sections, tags, categories and feed; the chips linking
// their term pages; newer, older and related posts; the footer. Values are
// escaped, the page stays well formed.
void tst_PageTemplate::siteHeaderAndFooterAroundThePost()
{
    PageData page = fullPage();
    postwright::PageChrome chrome;
    chrome.siteTitle = u"Buma's <Blog>"_s;
    chrome.homeUrl = u"../../index.html"_s;
    chrome.menu = {{u"Posts"_s, u"../index.html"_s, true}, {u"Code & more"_s, u"https://git.example/"_s}};
    chrome.tagsUrl = u"../../tags/index.html"_s;
    chrome.feedUrl = u"../../index.xml"_s;
    chrome.copyright = u"© 2025 Buma"_s;
    page.chrome = chrome;
    page.tagUrls = {u"../../tags/ai/index.html"_s, u"../../tags/opensource/index.html"_s};
    page.newerPost = postwright::PageLink{u"Next <one>"_s, u"../next/index.html"_s};
    page.relatedPosts = {{u"Related A"_s, u"../a/index.html"_s}, {u"Related B"_s, u"../b/index.html"_s}};
    const QString html = withoutStyle(PageTemplate::defaultTemplate().render(page));
    QCOMPARE(tagBalanceError(html), QString());
    const qsizetype header = html.indexOf(u"<header class=\"pw-site-header\">"_s);
    const qsizetype main = html.indexOf(u"<main id=\"pw-content\""_s);
    const qsizetype footer = html.indexOf(u"<footer class=\"pw-site-footer\">"_s);
    QVERIFY(header > 0 && header < main && main < footer);
    QVERIFY2(html.contains(u"<a class=\"pw-site-title\" href=\"../../index.html\" rel=\"home\" dir=\"auto\">Buma&apos;s &lt;Blog&gt;</a>"_s),
             qPrintable(html.mid(header, 600)));
    QVERIFY(html.contains(u"<li><a href=\"../index.html\" dir=\"auto\" aria-current=\"page\">Posts</a></li>"_s));
    QVERIFY(html.contains(u"<li><a href=\"https://git.example/\" dir=\"auto\">Code &amp; more</a></li>"_s));
    QVERIFY(html.contains(u"<li><a href=\"../../tags/index.html\">Tags</a></li>"_s));
    QVERIFY(!html.contains(u">Categories</a>"_s));   // the site has none
    QVERIFY(html.contains(u"<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Buma&apos;s &lt;Blog&gt;\" href=\"../../index.xml\">"_s));
    QVERIFY(html.contains(u"<li class=\"pw-chip pw-tag\" dir=\"auto\"><a href=\"../../tags/ai/index.html\" rel=\"tag\">AI</a></li>"_s));
    // No URL for the category: its chip is text.
    QVERIFY(html.contains(u"<li class=\"pw-chip pw-category\" dir=\"auto\">Tech</li>"_s));
    QVERIFY(html.contains(u"<a class=\"pw-newer\" rel=\"next\" href=\"../next/index.html\"><span class=\"pw-nav-label\">Newer:</span> <span dir=\"auto\">Next &lt;one&gt;</span></a>"_s));
    QVERIFY(!html.contains(u"pw-older"_s));
    QVERIFY(html.contains(u"<li><a href=\"../a/index.html\" dir=\"auto\">Related A</a></li>\n<li><a href=\"../b/index.html\" dir=\"auto\">Related B</a></li>"_s));
    const QString foot = html.mid(footer);
    QVERIFY(foot.contains(u"<span class=\"pw-copyright\" dir=\"auto\">© 2025 Buma</span>"_s));
    QVERIFY(foot.contains(u"Made with Postwright"_s));
    // The post's author is not the site's: a site without one shows none.
    QVERIFY(!foot.contains(u"Buma</span>"_s.prepend(u"© "_s)));
    // The preview patches the post's header: it is still one element.
    QCOMPARE(html.count(u"<header id=\"pw-header\""_s), 1);

    chrome.madeWith = false;
    chrome.copyright.clear();
    chrome.author = u"Ada"_s;
    page.chrome = chrome;
    const QString second = PageTemplate::defaultTemplate().render(page);
    QVERIFY(!second.contains(u"Made with"_s));
    QVERIFY(second.contains(u"<span class=\"pw-copyright\" dir=\"auto\">© Ada</span>"_s));
}

void tst_PageTemplate::standalonePageHasNoSiteParts()
{
    const QString html = withoutStyle(PageTemplate::defaultTemplate().render(fullPage()));
    QVERIFY(!html.contains(u"pw-site-header"_s));
    QVERIFY(!html.contains(u"pw-site-footer"_s));
    QVERIFY(!html.contains(u"pw-post-nav"_s));
    QVERIFY(!html.contains(u"pw-related"_s));
    QVERIFY(!html.contains(u"<script defer src"_s));
    QVERIFY(html.contains(u"<li class=\"pw-chip pw-tag\" dir=\"auto\">AI</li>"_s));
}

void tst_PageTemplate::copyScriptIsAnExternalFileThePolicyAllows()
{
    PageData page = fullPage();
    page.baseHref.clear();
    page.scriptUrl = u"../../postwright.js"_s;
    const PageTemplate tmpl = PageTemplate::defaultTemplate();
    const QString html = tmpl.render(page);
    QVERIFY(html.contains(u"<script defer src=\"../../postwright.js\"></script>"_s));
    QVERIFY(html.contains(u"<html lang=\"en\" data-pw-copy=\"Copy\" data-pw-copied=\"Copied\">"_s));
    QVERIFY(!html.contains(u"<script>"_s));
    QVERIFY2(tmpl.contentSecurityPolicy(page).contains(u"script-src 'self';"_s), qPrintable(tmpl.contentSecurityPolicy(page)));
}

QTEST_GUILESS_MAIN(tst_PageTemplate)
#include "tst_pagetemplate.moc"

void tst_PageTemplate::policyHashesEveryInlineScript_data()
{
    QTest::addColumn<QString>("scripts");
    QTest::newRow("one") << u"<script>a()</script>"_s;
    QTest::newRow("upper case, spaces") << u"<SCRIPT type=\"module\">b()</SCRIPT >"_s;
    QTest::newRow("not a script tag, then one") << u"<scripts>no</scripts><script>c()</script>"_s;
    QTest::newRow("external skipped") << u"<script src=\"x.js\"></script><script>d()</script>"_s;
    QTest::newRow("inner text that opens one") << u"<script>e('<script>')</script><script>f()</script>"_s;
    QTest::newRow("two opened, one closed") << u"<script><script>g()</script>"_s;
    QTest::newRow("unclosed after one") << u"<script>h()</script><script>never closed"_s;
    QTest::newRow("the same twice") << u"<script>i()</script><p></p><script>i()</script>"_s;
    QTest::newRow("none") << u"<p>no script</p>"_s;
}

// The policy lists the hash of each inline script the template writes, as
// the pattern finds them from the page's start (the reference below), so
// that the browser runs exactly those.
void tst_PageTemplate::policyHashesEveryInlineScript()
{
    QFETCH(QString, scripts);
    const PageTemplate page(u"<!DOCTYPE html><html><head><meta charset=\"utf-8\">{{{csp}}}<title>{{title}}</title></head><body>"_s
                                + scripts + u"{{{bodyHtml}}}</body></html>"_s,
                            QString());
    PageData data;
    data.title = u"T"_s;
    const QString html = page.render(data);
    static const QRegularExpression script(u"<script\\b([^>]*)>(.*?)</script\\s*>"_s,
                                           QRegularExpression::CaseInsensitiveOption
                                               | QRegularExpression::DotMatchesEverythingOption);
    QStringList expected;
    for (const QRegularExpressionMatch &match : script.globalMatch(scripts)) {
        if (match.captured(1).contains(u"src"_s))
            continue;
        const QString hash = u"'sha256-"_s
            + QString::fromLatin1(QCryptographicHash::hash(match.captured(2).toUtf8(), QCryptographicHash::Sha256).toBase64())
            + u"'"_s;
        if (!expected.contains(hash))
            expected.append(hash);
    }
    const QRegularExpression hashes(u"'sha256-[^']*'"_s);
    QStringList found;
    for (const QRegularExpressionMatch &match : hashes.globalMatch(html))
        found.append(match.captured());
    QCOMPARE(found, expected);
}
