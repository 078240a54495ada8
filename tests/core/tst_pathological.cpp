// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Markdown that makes Debian's cmark-gfm 0.29.0.gfm.6 superlinear renders
// in linear time with every character of its text still on the page: the
// patterns of cmark-gfm's test/pathological_tests.py at the sizes it uses,
// the proofs of concept of its 2023 security advisories, and the ones this
// project found. The assertions are on the output; ctest's timeout is the
// watchdog (several of these took minutes before the render guards).
#include "doctor/postdoctor.h"
#include "post/post.h"
#include "render/codehighlighter.h"
#include "render/markdownguard.h"
#include "render/renderer.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace postwright;

namespace {

// The text a reader sees: tags removed, cmark's entities decoded, white
// space runs as one space.
QString visibleText(const QString &html)
{
    static const QRegularExpression tag(u"<[^>]*>"_s);
    QString text = html;
    text.remove(tag);
    text.replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s).replace(u"&quot;"_s, u"\""_s).replace(u"&amp;"_s, u"&"_s);
    return text.simplified();
}

QString repeated(const QString &text, int times)
{
    return text.repeated(times);
}

RenderResult renderPlain(const QString &markdown)
{
    RenderOptions options;
    options.sourcePos = false;
    options.statistics = false;
    return render(markdown, options);
}

} // namespace

class TestPathological : public QObject
{
    Q_OBJECT

private slots:
    void upstreamPatterns_data();
    void upstreamPatterns();
    void deepNestingShowsAsText_data();
    void deepNestingShowsAsText();
    void deepFootnotesAreCut();
    void nestingUpToTheLimitIsKept();
    void deepMarkersInCodeStayCode();
    void referenceCollisions();
    void wideTablesShowAsText_data();
    void wideTablesShowAsText();
    void autolinksShowAsText_data();
    void autolinksShowAsText();
    void imagesAndLinksStayWhenCheap();
    void longCodeLinesArePlain();
    void linkCheckReadsLongLines();
    void highlightingHasABudget();
};

// Each pattern of upstream's list and advisories: the text a reader sees,
// and how many times a tag appears (the structure).
void TestPathological::upstreamPatterns_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<int>("tagCount");

    QTest::newRow("nested strong emph")
        << repeated(u"*a **a "_s, 65000) + u"b"_s + repeated(u" a** a*"_s, 65000)
        << repeated(u"a a "_s, 65000) + u"b"_s + repeated(u" a a"_s, 65000) << u"<strong>"_s << 65000;
    QTest::newRow("many emph closers with no openers")
        << repeated(u"a_ "_s, 65000) << repeated(u"a_ "_s, 65000).trimmed() << u"<em>"_s << 0;
    QTest::newRow("many emph openers with no closers")
        << repeated(u"_a "_s, 65000) << repeated(u"_a "_s, 65000).trimmed() << u"<em>"_s << 0;
    QTest::newRow("many link closers with no openers") << repeated(u"a]"_s, 65000) << repeated(u"a]"_s, 65000)
                                                       << u"<a "_s << 0;
    QTest::newRow("many link openers with no closers") << repeated(u"[a"_s, 65000) << repeated(u"[a"_s, 65000)
                                                       << u"<a "_s << 0;
    QTest::newRow("mismatched openers and closers")
        << repeated(u"*a_ "_s, 50000) << repeated(u"*a_ "_s, 50000).trimmed() << u"<em>"_s << 0;
    QTest::newRow("openers and closers multiple of 3")
        << u"a**b"_s + repeated(u"c* "_s, 50000) << (u"a**b"_s + repeated(u"c* "_s, 50000)).trimmed() << u"<em>"_s << 0;
    QTest::newRow("link openers and emph closers") << repeated(u"[ a_"_s, 50000) << repeated(u"[ a_"_s, 50000)
                                                   << u"<a "_s << 0;
    QTest::newRow("pattern [ (]( repeated") << repeated(u"[ (]("_s, 80000) << repeated(u"[ (]("_s, 80000)
                                            << u"<a "_s << 0;
    // Each "[]()" is an empty link; every "![" waits for a "]" that never
    // comes, and each link walked back over all of them.
    QTest::newRow("pattern ![[]() repeated") << repeated(u"![[]()"_s, 160000) << repeated(u"!["_s, 160000)
                                             << u"<a href=\"\"></a>"_s << 160000;
    QTest::newRow("hard link/emph case") << u"**x [a*b**c*](d)"_s << u"**x ab**c"_s
                                         << u"**x <a href=\"d\">a<em>b**c</em></a>"_s << 1;
    QTest::newRow("nested brackets") << repeated(u"["_s, 50000) + u"a"_s + repeated(u"]"_s, 50000)
                                     << repeated(u"["_s, 50000) + u"a"_s + repeated(u"]"_s, 50000) << u"<a "_s << 0;
    QTest::newRow("U+0000 in input") << u"abc\u0000de\u0000"_s << u"abc\uFFFDde\uFFFD"_s << u"<p>"_s << 1;
    {
        QString backticks;
        for (int x = 1; x < 5000; ++x)
            backticks += u"e"_s + repeated(u"`"_s, x);
        QTest::newRow("backticks") << backticks << backticks << u"<code>"_s << 0;
    }
    QTest::newRow("unclosed links A") << repeated(u"[a](<b"_s, 30000) << repeated(u"[a](<b"_s, 30000) << u"<a "_s << 0;
    QTest::newRow("unclosed links B") << repeated(u"[a](b"_s, 30000) << repeated(u"[a](b"_s, 30000) << u"<a "_s << 0;
    QTest::newRow("unclosed <!--") << u"</"_s + repeated(u"<!--"_s, 300000) << u"</"_s + repeated(u"<!--"_s, 300000)
                                   << u"<!--"_s << 0;
    QTest::newRow("tables") << repeated(u"aaa\rbbb\n-\v\n"_s, 30000)
                            << u"aaa bbb"_s + repeated(u" aaa bbb -"_s, 29999) << u"<td>aaa</td>"_s << 29999;
    {
        QString references;
        for (int x = 1; x < 5000 * 16; ++x)
            references += u"[%1]: u\n"_s.arg(x);
        QTest::newRow("many references") << references + repeated(u"[0] "_s, 5000)
                                         << repeated(u"[0] "_s, 5000).trimmed() << u"<a "_s << 0;
    }
    // GHSA-24f7-9frr-5h2r, GHSA-r8vr-c48j-fcc5 (other renderers, same inputs).
    QTest::newRow("comment openers") << u"a"_s + repeated(u"<!--"_s, 50000) << u"a"_s + repeated(u"<!--"_s, 50000)
                                     << u"<!--"_s << 0;
    QTest::newRow("underscores around a dot") << repeated(u"_"_s, 10000) + u"."_s + repeated(u"_"_s, 10000) << u"."_s
                                              << u"<strong>"_s << 5000;
    // Raw HTML that never closes: cmark-gfm reads each to the end of the
    // paragraph (26 s for 100,000 "<?"). The text stays, as text.
    QTest::newRow("unclosed <?") << repeated(u"a <?"_s, 100000) << repeated(u"a <?"_s, 100000) << u"<?"_s << 0;
    QTest::newRow("unclosed <![CDATA[") << repeated(u"a <![CDATA["_s, 50000) << repeated(u"a <![CDATA["_s, 50000)
                                        << u"<![CDATA["_s << 0;
    QTest::newRow("unclosed <!X") << repeated(u"a <!X "_s, 50000) << repeated(u"a <!X "_s, 50000).trimmed() << u"<!X"_s << 0;
    // Math openers with no closer: each one used to read to the end of
    // the paragraph (30 s for 160,000). Nothing is math; all is text.
    QTest::newRow("math $ openers") << repeated(u"$a "_s, 160000) << repeated(u"$a "_s, 160000).trimmed()
                                    << u"class=\"math"_s << 0;
    QTest::newRow("math \\( openers") << repeated(u"a \\( "_s, 80000) << repeated(u"a ( "_s, 80000).trimmed()
                                      << u"class=\"math"_s << 0;
    QTest::newRow("math \\[ openers") << repeated(u"a \\[ "_s, 80000) << repeated(u"a [ "_s, 80000).trimmed()
                                      << u"class=\"math"_s << 0;
    QTest::newRow("ordered items") << u"1.\n"_s + repeated(u" 2.\n"_s, 10000) << QString() << u"<li>"_s << 10001;
}

void TestPathological::upstreamPatterns()
{
    QFETCH(QString, markdown);
    QFETCH(QString, text);
    QFETCH(QString, tag);
    QFETCH(int, tagCount);
    const QString html = renderPlain(markdown).html;
    const QString seen = visibleText(html);
    QVERIFY2(seen == text, qPrintable(u"%1 characters seen, %2 expected; starts: %3"_s.arg(seen.size())
                                          .arg(text.size())
                                          .arg(seen.left(120))));
    QCOMPARE(html.count(tag), tagCount);
}

// Containers nested deeper than maxContainerDepth: the first 100 levels
// stay, the markers beyond show as text, and what follows them too.
void TestPathological::deepNestingShowsAsText_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("tag");

    const int depth = maxContainerDepth;
    QTest::newRow("nested block quotes") << repeated(u"> "_s, 50000) + u"a"_s
                                         << repeated(u"> "_s, 50000 - depth) + u"a"_s << u"<blockquote>"_s;
    {
        QString lists;
        for (int x = 0; x < 1000; ++x)
            lists += repeated(u"  "_s, x) + u"* a\n"_s;
        QTest::newRow("deeply nested lists") << lists << repeated(u"a "_s, depth - 1) + u"a"_s + repeated(u" * a"_s, 1000 - depth)
                                             << u"<ul>"_s;
    }
    // GHSA-66g8-4hjf-77xh: block quotes then emphasis, list items then
    // blank lines; cmark-gfm #323: list items, a quote and a fence.
    QTest::newRow("quotes then emphasis") << repeated(u">"_s, 10000) + repeated(u"a*"_s, 10000)
                                          << repeated(u">"_s, 10000 - depth) + repeated(u"a"_s, 10000) << u"<blockquote>"_s;
    // The last "-" is "-x", not a marker.
    QTest::newRow("items then blank lines") << repeated(u" -"_s, 10000) + u"x"_s + repeated(u"\n"_s, 10000)
                                            << repeated(u"- "_s, 10000 - 1 - depth) + u"-x"_s << u"<ul>"_s;
    QTest::newRow("items, a quote, a fence") << repeated(u" -"_s, 40000) + u" > ```"_s + repeated(u"\n"_s, 40000)
                                             << repeated(u"- "_s, 40000 - depth) + u"> ```"_s << u"<ul>"_s;
    // This issue's own: 20,000 levels, then a run of "[" or emphasis.
    QTest::newRow("items then brackets") << repeated(u"- "_s, 20000) + repeated(u"["_s, 20000)
                                         << repeated(u"- "_s, 20000 - depth) + repeated(u"["_s, 20000) << u"<ul>"_s;
    QTest::newRow("quotes then brackets") << repeated(u"> "_s, 20000) + repeated(u"["_s, 20000)
                                          << repeated(u"> "_s, 20000 - depth) + repeated(u"["_s, 20000) << u"<blockquote>"_s;
    QTest::newRow("items then emphasis") << repeated(u"- "_s, 20000) + repeated(u"*a "_s, 20000)
                                         << (repeated(u"- "_s, 20000 - depth) + repeated(u"*a "_s, 20000)).trimmed() << u"<ul>"_s;
    QTest::newRow("quotes then stars") << repeated(u"> "_s, 20000) + repeated(u"*"_s, 20000)
                                       << repeated(u"> "_s, 20000 - depth) + repeated(u"*"_s, 20000) << u"<blockquote>"_s;
    QTest::newRow("ordered items then brackets") << repeated(u"1. "_s, 20000) + repeated(u"["_s, 20000)
                                                 << repeated(u"1. "_s, 20000 - depth) + repeated(u"["_s, 20000) << u"<ol>"_s;
}

void TestPathological::deepNestingShowsAsText()
{
    QFETCH(QString, markdown);
    QFETCH(QString, text);
    QFETCH(QString, tag);
    const QString html = renderPlain(markdown).html;
    QCOMPARE(html.count(tag), maxContainerDepth);
    const QString seen = visibleText(html);
    QVERIFY2(seen == text, qPrintable(u"%1 characters seen, %2 expected; starts: %3"_s.arg(seen.size())
                                          .arg(text.size())
                                          .arg(seen.left(160))));
    QVERIFY(!html.contains(u"\\"_s));   // the escapes do not show
}

// Footnote definitions nest too ("[^a]: [^a]: ..."), and blank lines keep
// them open: the 101st definition on the line is text, nothing else changes.
void TestPathological::deepFootnotesAreCut()
{
    const QString markdown = u"[^a]\n\n"_s + repeated(u"[^a]: "_s, 20000) + repeated(u"["_s, 20000)
                             + repeated(u"\n"_s, 20000) + u"After.\n"_s;
    const std::optional<std::string> defused = defusePathologicalMarkdown(markdown.toStdString(), true);
    QVERIFY(defused);
    QString expected = markdown;
    expected.insert(6 + 6 * maxContainerDepth, u"\\"_s);
    QCOMPARE(QString::fromStdString(*defused), expected);
    const QString html = renderPlain(markdown).html;
    QVERIFY(visibleText(html).contains(repeated(u"["_s, 20000)));
    QVERIFY(visibleText(html).contains(u"After."_s));
    // Without footnotes "[^a]:" opens nothing: nothing to cut.
    QCOMPARE(defusePathologicalMarkdown(markdown.toStdString(), false), std::nullopt);
}

// A document nested exactly as deep as the limit is left as it is.
void TestPathological::nestingUpToTheLimitIsKept()
{
    const QString quotes = repeated(u"> "_s, maxContainerDepth) + u"a\n"_s + repeated(u"> "_s, maxContainerDepth) + u"b\n"_s;
    QCOMPARE(defusePathologicalMarkdown(quotes.toStdString(), true), std::nullopt);
    QString lists;
    for (int x = 0; x < maxContainerDepth; ++x)
        lists += repeated(u"  "_s, x) + u"- item\n\n"_s;
    QCOMPARE(defusePathologicalMarkdown(lists.toStdString(), true), std::nullopt);
    const QString html = renderPlain(lists).html;
    QCOMPARE(html.count(u"<ul>"_s), maxContainerDepth);
    QCOMPARE(html.count(u"<li>"_s), maxContainerDepth);
    // One more level: only that marker becomes text.
    const QString deeper = lists + repeated(u"  "_s, maxContainerDepth) + u"- last\n"_s;
    const std::optional<std::string> defused = defusePathologicalMarkdown(deeper.toStdString(), true);
    QVERIFY(defused);
    QCOMPARE(QString::fromStdString(*defused), lists + repeated(u"  "_s, maxContainerDepth) + u"\\- last\n"_s);
}

// Markers inside code blocks are code: not counted, not escaped.
void TestPathological::deepMarkersInCodeStayCode()
{
    const QString code = repeated(u"> "_s, 300) + u"x"_s;
    for (const QString &block : {u"```\n"_s + code + u"\n```\n"_s, u"<pre>\n"_s + code + u"\n</pre>\n"_s,
                                 u"Text\n\n    "_s + code + u"\n"_s}) {
        QCOMPARE(defusePathologicalMarkdown(block.toStdString(), true), std::nullopt);
        const QString html = renderPlain(block).html;
        QVERIFY(!html.contains(u"<blockquote>"_s));
        QCOMPARE(visibleText(html).count(u">"_s), 300);
    }
    // Inside a deep quote, a fence's code keeps its markers too.
    const QString fenced = repeated(u"> "_s, 50) + u"```\n"_s + repeated(u"> "_s, 50) + repeated(u"- "_s, 200) + u"\n"_s
                           + repeated(u"> "_s, 50) + u"```\n"_s;
    QCOMPARE(defusePathologicalMarkdown(fenced.toStdString(), true), std::nullopt);
}

// Upstream's "reference collisions": 50,000 references whose labels fall
// into one bucket of cmark's hash map; then a paragraph of each unknown one.
void TestPathological::referenceCollisions()
{
    const auto badHash = [](const QByteArray &ref) {
        quint32 h = 0;
        for (const char c : ref)
            h = quint32(uchar(c)) + (h << 6) + (h << 16) - h;
        return h % 16 == 0;
    };
    QList<QByteArray> keys;
    for (int i = 0; keys.size() < 50000; ++i) {
        const QByteArray key = "x" + QByteArray::number(i);
        if (badHash(key))
            keys.append(key);
    }
    const QByteArray bad = keys.takeFirst();
    QByteArray markdown;
    for (const QByteArray &key : std::as_const(keys))
        markdown += "[" + key + "]: /url\n\n[" + bad + "]\n\n";
    const QString html = renderPlain(QString::fromLatin1(markdown)).html;
    QCOMPARE(html.count(u"<p>[%1]</p>"_s.arg(QString::fromLatin1(bad))), 49999);
}

// A row of n cells costs cmark n x n: a table that would cost more than
// maxCellWork shows as its text, in a quote too.
void TestPathological::wideTablesShowAsText_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<int>("cells");

    const QString header = u"|"_s + repeated(u"x|"_s, 20000) + u"\n|"_s + repeated(u"-|"_s, 20000) + u"\n"_s;
    QTest::newRow("20,000 columns") << header << 20000;
    QTest::newRow("5,000 columns, 10 rows")
        << u"|"_s + repeated(u"x|"_s, 5000) + u"\n|"_s + repeated(u"-|"_s, 5000) + u"\n"_s
               + repeated(u"|"_s + repeated(u"x|"_s, 5000) + u"\n"_s, 10)
        << 55000;
    QTest::newRow("one wide row") << u"|x|\n|-|\n|"_s + repeated(u"x|"_s, 20000) + u"\n"_s << 20001;
    QTest::newRow("in a block quote") << u"> |"_s + repeated(u"x|"_s, 20000) + u"\n> |"_s + repeated(u"-|"_s, 20000) + u"\n"_s
                                      << 20000;
    // cmark-gfm lets a delimiter row end in form feeds or vertical tabs:
    // 1,000 columns, 2,000 short rows made 80 MB of empty cells.
    const auto spaced = [](const QString &space) {
        return u"|"_s + repeated(u"x|"_s, 1000) + u"\n|"_s + repeated(u"-|"_s, 1000) + space + u"\n"_s + repeated(u"|x\n"_s, 2000);
    };
    QTest::newRow("delimiter row ending in a form feed") << spaced(u"\f"_s) << 3000;
    QTest::newRow("delimiter row ending in a vertical tab") << spaced(u"\v"_s) << 3000;
    QTest::newRow("not a table") << u"x|x\n"_s + repeated(u"-|"_s, 20000) + u"\n"_s << 2;
}

void TestPathological::wideTablesShowAsText()
{
    QFETCH(QString, markdown);
    QFETCH(int, cells);
    const QString html = renderPlain(markdown).html;
    QVERIFY(!html.contains(u"<table"_s));
    QVERIFY(!html.contains(u"\\|"_s));
    QCOMPARE(visibleText(html).count(u"x"_s), cells);
    QCOMPARE(visibleText(html).count(u"|"_s), markdown.count(u"|"_s));
}

// GHSA-r572-jvj2-3m8p's cousins in the autolink extension: a run of
// "www.a_" (each "www." reads the rest of the run) and a link followed by
// 160,000 ")" (each is trimmed with a count over the link).
void TestPathological::autolinksShowAsText_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<int>("links");

    QTest::newRow("www.a_ run") << repeated(u"www.a_"_s, 20000) << 0;
    QTest::newRow("www and parentheses") << u"www.a"_s + repeated(u")"_s, 160000) << 0;
    QTest::newRow("http and parentheses") << u"http://a"_s + repeated(u")"_s, 160000) << 0;
    QTest::newRow("a few parentheses") << u"See www.example.com/a_(b)) or http://example.com/x)."_s << 2;
}

void TestPathological::autolinksShowAsText()
{
    QFETCH(QString, markdown);
    QFETCH(int, links);
    const QString html = renderPlain(markdown).html;
    QCOMPARE(visibleText(html), markdown);
    QCOMPARE(html.count(u"<a href"_s), links);
}

// Thousands of images and links in one paragraph, each image closed:
// nothing to defuse, every image stays an image.
void TestPathological::imagesAndLinksStayWhenCheap()
{
    const QString gallery = repeated(u"![a [b](c) d](e.png) "_s, 20000);
    QCOMPARE(defusePathologicalMarkdown(gallery.toStdString(), true), std::nullopt);
    const QString html = renderPlain(gallery).html;
    QCOMPARE(html.count(u"<img "_s), 20000);
    // A few "![" that never close, among links: left alone too.
    const QString few = u"![ ![ ![ "_s + repeated(u"[l](u) "_s, 1000);
    QCOMPARE(defusePathologicalMarkdown(few.toStdString(), true), std::nullopt);
    // Code spans keep what is in them, even in a defused paragraph.
    const QString mixed = u"`![[]()` "_s + repeated(u"![[]()"_s, 20000);
    const QString defused = renderPlain(mixed).html;
    QVERIFY(defused.contains(u"<code>![[]()</code>"_s));
    QCOMPARE(visibleText(defused), u"![[]() "_s + repeated(u"!["_s, 20000));
}

// A 64 KB line of code is written as plain, escaped text; the lines around
// it are highlighted.
void TestPathological::longCodeLinesArePlain()
{
    if (codehighlight::languageFile("js").empty())
        QSKIP("source-highlight has no JavaScript definition here");
    QString line;
    for (int i = 0; line.size() < 64 * 1024; ++i)
        line += u"var a%1 = \"<%1>\"; "_s.arg(i);
    const QString markdown = u"```js\nvar first = 1;\n"_s + line + u"\nvar last = 2;\n```\n"_s;
    const QString html = renderPlain(markdown).html;
    QString escaped = line;
    escaped.replace(u"&"_s, u"&amp;"_s).replace(u"<"_s, u"&lt;"_s).replace(u">"_s, u"&gt;"_s).replace(u"\""_s, u"&quot;"_s);
    QVERIFY2(html.contains(u"\n"_s + escaped + u"\n"_s), "the long line is not there as plain, escaped text");
    QVERIFY(html.contains(u"<span class=\"hl-keyword\">var</span> first"_s));
    QVERIFY(html.contains(u"<span class=\"hl-keyword\">var</span> last"_s));
    // A line at the limit is still highlighted.
    const QString limit = u"var x = "_s + repeated(u"1"_s, int(codehighlight::maxHighlightedLine) - 8);
    const QString atLimit = renderPlain(u"```js\n"_s + limit + u"\n```\n"_s).html;
    QVERIFY(atLimit.contains(u"<span class=\"hl-keyword\">var</span> x"_s));
}

// Highlighting a line costs the square of its length: 300 lines of 990
// characters took seconds. A render highlights lines while their cost fits
// its budget (codehighlight::highlightBudgetFor); the rest are plain,
// escaped text, every character there.
void TestPathological::highlightingHasABudget()
{
    if (codehighlight::languageFile("js").empty())
        QSKIP("source-highlight has no JavaScript definition here");
    QStringList lines;
    for (int k = 0; k < 300; ++k) {
        QString line = u"var line%1 = 1; "_s.arg(k);
        for (int i = 0; line.size() < 980; ++i)
            line += u"var a%1 = \"<%1>\"; "_s.arg(i);
        lines.append(line);
    }
    const QString html = renderPlain(u"```js\n"_s + lines.join(u'\n') + u"\n```\n"_s).html;
    const auto escaped = [](QString line) {
        return line.replace(u"&"_s, u"&amp;"_s).replace(u"<"_s, u"&lt;"_s).replace(u">"_s, u"&gt;"_s).replace(u"\""_s, u"&quot;"_s);
    };
    QVERIFY(html.contains(u"<span class=\"hl-keyword\">var</span> line0 "_s));
    QVERIFY2(!html.contains(escaped(lines.first())), "the first line is not highlighted");
    QVERIFY2(html.contains(escaped(lines.last())), "the last line is not there as plain, escaped text");
    QCOMPARE(visibleText(html), visibleText(escaped(lines.join(u' '))));
}

// The post doctor's link check on lines of links that never close (each
// "[" used to read the rest of the line): no finding there, and a
// broken link on the next line is still found.
void TestPathological::linkCheckReadsLongLines()
{
    for (const QString &line : {repeated(u"[a](b ("_s, 40000), repeated(u"[ (]("_s, 80000), repeated(u"[a](<b"_s, 30000)}) {
        const QByteArray bytes = ("---\ntitle: T\n---\n" + line + u"\n[x](missing.md)\n"_s).toUtf8();
        const Result<Post> post = Post::fromBytes(bytes, u"/nonexistent/post.md"_s);
        QVERIFY(post.ok());
        QStringList links;
        for (const Finding &f : checkPost(post.value()))
            if (f.code == u"broken-link"_s)
                links.append(u"%1:%2 %3"_s.arg(f.line).arg(f.column).arg(f.message));
        QCOMPARE(links.size(), 1);
        QVERIFY2(links.first().startsWith(u"5:1 "_s), qPrintable(links.first()));
    }
}

QTEST_GUILESS_MAIN(TestPathological)
#include "tst_pathological.moc"
