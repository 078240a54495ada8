// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/inlinephase.h"
#include "render/renderarena.h"
#include "render/renderer.h"
#include "render/renderutf8.h"

#include <QFile>
#include <QRegularExpression>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using postwright::Heading;
using postwright::render;
using postwright::RenderArena;
using postwright::RenderOptions;
using postwright::RenderResult;

namespace {

QString readData(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString renderData(const QString &name)
{
    return readData(QStringLiteral(POSTWRIGHT_TEST_DATA "/render/") + name);
}

RenderOptions withoutSourcePos()
{
    RenderOptions options;
    options.sourcePos = false;
    return options;
}

QStringList idsOf(const RenderResult &result)
{
    QStringList ids;
    for (const Heading &h : result.outline)
        ids.append(h.id);
    return ids;
}

QString describe(const QList<Heading> &outline)
{
    QStringList parts;
    for (const Heading &h : outline)
        parts.append(u"%1|%2|%3|%4"_s.arg(h.level).arg(h.text, h.id).arg(h.line));
    return parts.join(u'\n');
}

} // namespace

class tst_Renderer : public QObject
{
    Q_OBJECT

private slots:
    void gfm_data();
    void gfm();
    void footnotesCanBeTurnedOff();
    void bodyStartingWithRuleIsAThematicBreak();
    void headingIds_data();
    void headingIds();
    void headingIdIsOnTheTag_data();
    void headingIdIsOnTheTag();
    void sourcePosIsShiftedByFirstLine_data();
    void sourcePosIsShiftedByFirstLine();
    void noSourcePosWhenOff();
    void outlineLevelsTextsAndLines();
    void wordCount_data();
    void wordCount();
    void readingTime_data();
    void readingTime();
    void samplePost();
    void byteOrderMarkIsSkipped();
    void concurrentRendersMatchSerial();
    void parsersRunSideBySideAfterTheFirst();
    void bigDocumentRendersAsItsParts();
    void utf8HtmlIsTheSameHtml_data();
    void utf8HtmlIsTheSameHtml();
};

void tst_Renderer::gfm_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");

    QTest::newRow("table") << u"| a | b |\n|---|---|\n| 1 | 2 |\n"_s
                           << QStringList{u"<table>"_s, u"<th>a</th>"_s, u"<td>2</td>"_s}
                           << QStringList{u"|"_s};
    QTest::newRow("table alignment")
        << u"| l | r |\n|:--|--:|\n| 1 | 2 |\n"_s
        << QStringList{u"<th align=\"left\">l</th>"_s, u"<td align=\"right\">2</td>"_s}
        << QStringList{};
    QTest::newRow("task list")
        << u"- [ ] todo\n- [x] done\n"_s
        << QStringList{u"<li><input type=\"checkbox\" disabled=\"\" /> todo</li>"_s,
                       u"<li><input type=\"checkbox\" checked=\"\" disabled=\"\" /> done</li>"_s}
        << QStringList{u"[x]"_s, u"[ ]"_s};
    QTest::newRow("strikethrough") << u"~~gone~~ and ~one~"_s
                                   << QStringList{u"<del>gone</del>"_s, u"<del>one</del>"_s}
                                   << QStringList{u"~"_s};
    QTest::newRow("autolink url")
        << u"see https://example.com/a?b=1 now"_s
        << QStringList{u"<a href=\"https://example.com/a?b=1\">https://example.com/a?b=1</a>"_s}
        << QStringList{};
    QTest::newRow("autolink www")
        << u"visit www.example.org."_s
        << QStringList{u"<a href=\"http://www.example.org\">www.example.org</a>."_s}
        << QStringList{};
    QTest::newRow("autolink email")
        << u"mail me@example.com"_s
        << QStringList{u"<a href=\"mailto:me@example.com\">me@example.com</a>"_s}
        << QStringList{};
    QTest::newRow("footnote")
        << u"Text[^1]\n\n[^1]: The note.\n"_s
        << QStringList{u"<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1\" data-footnote-ref>1</a></sup>"_s,
                       u"<section class=\"footnotes\" data-footnotes>"_s,
                       u"<li id=\"fn-1\">"_s, u"The note."_s}
        << QStringList{u"[^1]"_s};
    QTest::newRow("raw html block")
        << u"<div class=\"note\">Hi <b>there</b></div>\n"_s
        << QStringList{u"<div class=\"note\">Hi <b>there</b></div>"_s}
        << QStringList{u"&lt;"_s};
    QTest::newRow("raw inline html") << u"Press <kbd>Ctrl</kbd>."_s
                                     << QStringList{u"<kbd>Ctrl</kbd>"_s}
                                     << QStringList{u"&lt;"_s};
    QTest::newRow("tagfilter keeps other tags")
        << u"<video src=\"a.mp4\"></video>\n"_s
        << QStringList{u"<video src=\"a.mp4\"></video>"_s} << QStringList{u"&lt;"_s};
    // GFM's tagfilter escapes the opening '<' of these nine tags, in HTML
    // blocks and inline, and leaves the rest of the markup as written.
    QTest::newRow("tagfilter script block")
        << u"<script>alert(1)</script>\n"_s
        << QStringList{u"&lt;script>alert(1)&lt;/script>"_s} << QStringList{u"<script"_s};
    const QStringList filtered{u"title"_s, u"textarea"_s, u"style"_s, u"xmp"_s, u"iframe"_s,
                               u"noembed"_s, u"noframes"_s, u"script"_s, u"plaintext"_s};
    for (const QString &tag : filtered) {
        QTest::addRow("tagfilter inline %s", qPrintable(tag))
            << u"before <%1 class=\"x\">inside</%1> after"_s.arg(tag)
            << QStringList{u"&lt;%1 class=\"x\">inside&lt;/%1>"_s.arg(tag)}
            << QStringList{u"<"_s + tag};
    }
}

void tst_Renderer::gfm()
{
    QFETCH(QString, markdown);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);

    const QString html = render(markdown, withoutSourcePos()).html;
    for (const QString &s : present)
        QVERIFY2(html.contains(s), qPrintable(u"missing %1 in:\n%2"_s.arg(s, html)));
    for (const QString &s : absent)
        QVERIFY2(!html.contains(s), qPrintable(u"unexpected %1 in:\n%2"_s.arg(s, html)));
}

void tst_Renderer::footnotesCanBeTurnedOff()
{
    RenderOptions options = withoutSourcePos();
    options.footnotes = false;
    const QString html = render(u"Text[^1]\n\n[^1]: The note.\n"_s, options).html;
    QVERIFY2(!html.contains(u"footnote"_s), qPrintable(html));
    QVERIFY2(html.contains(u"[^1]"_s), qPrintable(html));
}

// The post model strips the front matter before render(); a body that still
// starts with "---" is plain Markdown: a rule, then a setext heading.
void tst_Renderer::bodyStartingWithRuleIsAThematicBreak()
{
    const RenderResult result = render(renderData(u"body-starts-with-rule.md"_s), withoutSourcePos());
    QVERIFY2(result.html.startsWith(u"<hr />\n<h2 id=\"title-not-front-matter\">title: not front matter</h2>\n"_s),
             qPrintable(result.html));
    QVERIFY(result.html.contains(u"<p>The body starts with a thematic break, as cmark reads it.</p>"_s));
}

void tst_Renderer::headingIds_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QStringList>("ids");

    QTest::newRow("lower case, spaces to dashes")
        << u"# Hello World"_s << QStringList{u"hello-world"_s};
    QTest::newRow("punctuation dropped")
        << u"## 1. The Future: A Free AI Ecosystem!"_s
        << QStringList{u"1-the-future-a-free-ai-ecosystem"_s};
    QTest::newRow("each space is a dash") << u"# C++ & Qt"_s << QStringList{u"c--qt"_s};
    QTest::newRow("dash and underscore kept")
        << u"# snake_case and kebab-case"_s << QStringList{u"snake_case-and-kebab-case"_s};
    QTest::newRow("inline markup is text")
        << u"# Hello *world* and `code` [link](https://x.org)"_s
        << QStringList{u"hello-world-and-code-link"_s};
    QTest::newRow("duplicates numbered")
        << u"# Intro\n\n## Intro\n\n### Intro\n"_s
        << QStringList{u"intro"_s, u"intro-1"_s, u"intro-2"_s};
    QTest::newRow("literal suffix does not collide")
        << u"# Intro\n# Intro 1\n# Intro\n"_s
        << QStringList{u"intro"_s, u"intro-1"_s, u"intro-2"_s};
    QTest::newRow("accented letters kept")
        << u"# Café Überblick"_s << QStringList{u"café-überblick"_s};
    QTest::newRow("hebrew") << u"# שלום עולם"_s << QStringList{u"שלום-עולם"_s};
    QTest::newRow("chinese, full-width comma dropped")
        << u"# 你好，世界"_s << QStringList{u"你好世界"_s};
    QTest::newRow("emoji dropped") << u"# 🚀 Launch"_s << QStringList{u"-launch"_s};
    QTest::newRow("empty heading") << u"#\n\n# !!!\n"_s
                                   << QStringList{u"section"_s, u"section-1"_s};
}

void tst_Renderer::headingIds()
{
    QFETCH(QString, markdown);
    QFETCH(QStringList, ids);

    const RenderResult result = render(markdown);
    QCOMPARE(idsOf(result), ids);
    for (const QString &id : ids) {
        const QString attr = u" id=\""_s + id + u'"';
        QCOMPARE(result.html.count(attr), 1);
    }
}

void tst_Renderer::headingIdIsOnTheTag_data()
{
    QTest::addColumn<bool>("sourcePos");
    QTest::addColumn<QString>("html");

    QTest::newRow("without sourcepos")
        << false << u"<h1 id=\"hello-world\">Hello <em>World</em></h1>\n"_s;
    QTest::newRow("with sourcepos")
        << true << u"<h1 id=\"hello-world\" data-sourcepos=\"1:1-1:15\">Hello <em>World</em></h1>\n"_s;
}

void tst_Renderer::headingIdIsOnTheTag()
{
    QFETCH(bool, sourcePos);
    QFETCH(QString, html);

    RenderOptions options;
    options.sourcePos = sourcePos;
    QCOMPARE(render(u"# Hello *World*\n"_s, options).html, html);
}

void tst_Renderer::sourcePosIsShiftedByFirstLine_data()
{
    QTest::addColumn<int>("firstLine");
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QStringList>("present");

    const QString doc = u"Para\n\n# Head\n\n| a |\n|---|\n| 1 |\n\n- item\n\n> quote\n"_s;
    QTest::newRow("body at line 1")
        << 1 << doc
        << QStringList{u"<p data-sourcepos=\"1:1-1:4\">"_s, u"data-sourcepos=\"3:1-3:6\">Head"_s,
                       u"<table data-sourcepos=\"5:1-7:5\">"_s, u"<li data-sourcepos=\"9:1-"_s,
                       u"<blockquote data-sourcepos=\"11:1-11:7\">"_s};
    QTest::newRow("body after 8 lines of front matter")
        << 9 << doc
        << QStringList{u"<p data-sourcepos=\"9:1-9:4\">"_s, u"data-sourcepos=\"11:1-11:6\">Head"_s,
                       u"<table data-sourcepos=\"13:1-15:5\">"_s, u"<li data-sourcepos=\"17:1-"_s,
                       u"<blockquote data-sourcepos=\"19:1-19:7\">"_s};
    QTest::newRow("footnote definition")
        << 301 << u"Text[^n]\n\n[^n]: Note.\n"_s
        << QStringList{u"<p data-sourcepos=\"301:1-301:8\">"_s, u"<p data-sourcepos=\"303:7-303:11\">"_s};
    QTest::newRow("zero is treated as one")
        << 0 << u"Para\n"_s << QStringList{u"<p data-sourcepos=\"1:1-1:4\">"_s};
}

void tst_Renderer::sourcePosIsShiftedByFirstLine()
{
    QFETCH(int, firstLine);
    QFETCH(QString, markdown);
    QFETCH(QStringList, present);

    RenderOptions options;
    options.firstLine = firstLine;
    const QString html = render(markdown, options).html;
    for (const QString &s : present)
        QVERIFY2(html.contains(s), qPrintable(u"missing %1 in:\n%2"_s.arg(s, html)));
}

void tst_Renderer::noSourcePosWhenOff()
{
    RenderOptions options = withoutSourcePos();
    options.firstLine = 20;
    const QString html = render(renderData(u"gfm-features.md"_s), options).html;
    QVERIFY(html.contains(u"<table>"_s));
    QVERIFY(!html.contains(u"data-sourcepos"_s));
}

void tst_Renderer::outlineLevelsTextsAndLines()
{
    RenderOptions options;
    options.firstLine = 5;
    const QString markdown = u"# Title\n\nText\n\nSetext *heading*\n----------------\n\n"
                             u"### `code` heading ###\n\n    # not a heading\n\n> ## Quoted\n"_s;
    const RenderResult result = render(markdown, options);
    QCOMPARE(describe(result.outline),
             u"1|Title|title|5\n"
             u"2|Setext heading|setext-heading|9\n"
             u"3|code heading|code-heading|12\n"
             u"2|Quoted|quoted|16"_s);
}

void tst_Renderer::wordCount_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<int>("words");

    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("blank lines") << u"\n\n   \n"_s << 0;
    QTest::newRow("plain") << u"one two three"_s << 3;
    QTest::newRow("apostrophe, hyphen, version") << u"Don't re-render v1.2."_s << 3;
    QTest::newRow("lone punctuation is no word") << u"a – b | c ..."_s << 3;
    QTest::newRow("markup inside a word") << u"**bold**text and *x*y"_s << 3;
    QTest::newRow("line break separates") << u"end\nstart"_s << 2;
    QTest::newRow("inline code counts") << u"call `render()` now"_s << 3;
    QTest::newRow("code block does not") << u"text\n\n```\nint a = 1;\n```\n"_s << 1;
    QTest::newRow("raw html text counts") << u"<div>shown <b>words</b> here</div>\n\nseen"_s << 4;
    QTest::newRow("html comment does not") << u"<!-- note to self -->\n\nseen"_s << 1;
    QTest::newRow("br splits") << u"one<br>two"_s << 2;
    QTest::newRow("escaped characters are punctuation") << u"a & b < c \"d\""_s << 4;
    QTest::newRow("numeric entity") << u"caf&#233; &#x4F60;&#x597D;"_s << 3;
    QTest::newRow("image description does not") << u"![alt text here](a.png) caption"_s << 1;
    QTest::newRow("link text counts") << u"[two words](https://example.com)"_s << 2;
    QTest::newRow("table cells") << u"| a b | c |\n|---|---|\n| d | e f |\n"_s << 6;
    QTest::newRow("headings and lists") << u"# Title here\n\n- one\n- two\n"_s << 4;
    QTest::newRow("footnotes") << u"Text[^1]\n\n[^1]: Note body.\n"_s << 3;
    QTest::newRow("footnote marker is no word") << u"Text [^1]\n\n[^1]: Note.\n"_s << 2;
    QTest::newRow("chinese: one per ideograph") << u"你好世界"_s << 4;
    QTest::newRow("chinese with latin") << u"Qt 是一个框架。"_s << 6;
    QTest::newRow("japanese kana") << u"これはペンです"_s << 7;
    QTest::newRow("korean uses spaces") << u"안녕하세요 세계"_s << 2;
    QTest::newRow("hebrew") << u"שלום עולם"_s << 2;
    QTest::newRow("accented") << u"café naïve über"_s << 3;
    QTest::newRow("no-break space separates") << u"100\u00A0km"_s << 2;
}

void tst_Renderer::wordCount()
{
    QFETCH(QString, markdown);
    QFETCH(int, words);

    QCOMPARE(render(markdown).words, words);
}

void tst_Renderer::readingTime_data()
{
    QTest::addColumn<int>("words");
    QTest::addColumn<int>("minutes");

    QTest::newRow("empty") << 0 << 0;
    QTest::newRow("one word") << 1 << 1;
    QTest::newRow("exactly 230") << 230 << 1;
    QTest::newRow("231") << 231 << 2;
    QTest::newRow("1000") << 1000 << 5;
}

void tst_Renderer::readingTime()
{
    QFETCH(int, words);
    QFETCH(int, minutes);

    QStringList text;
    for (int i = 0; i < words; ++i)
        text.append(u"word"_s);
    const RenderResult result = render(text.join(u' '));
    QCOMPARE(result.words, words);
    QCOMPARE(result.readingMinutes, minutes);
}

void tst_Renderer::samplePost()
{
    const QString path =
        QStringLiteral(POSTWRIGHT_SAMPLE "/content/posts/why-open-source-ai-is-the-future.md");
    const QString file = readData(path);
    QVERIFY2(!file.isEmpty(), qPrintable(path));

    // Skip the front matter: the body starts on the line after the second ---.
    const QStringList lines = file.split(u'\n');
    const qsizetype close = lines.indexOf(u"---"_s, 1);
    QVERIFY(close > 0);
    RenderOptions options;
    options.firstLine = int(close) + 2;
    const RenderResult result = render(lines.mid(close + 1).join(u'\n'), options);

    QCOMPARE(result.html.count(u"<table"_s), 1);
    const qsizetype tbody = result.html.indexOf(u"<tbody>"_s);
    const qsizetype tbodyEnd = result.html.indexOf(u"</tbody>"_s);
    QVERIFY(tbody > 0 && tbodyEnd > tbody);
    const QString rows = result.html.mid(tbody, tbodyEnd - tbody);
    QCOMPARE(rows.count(u"<tr"_s), 3);
    QVERIFY(rows.contains(u"<strong>Llama 3</strong>"_s));
    QVERIFY(rows.contains(u"<strong>Stable Diffusion</strong>"_s));
    QVERIFY(rows.contains(u"<strong>Mistral</strong>"_s));
    QVERIFY(rows.contains(u">Apache 2.0</td>"_s));

    QCOMPARE(describe(result.outline),
             u"1|Why Open-Source AI is the Future of Technology|why-open-source-ai-is-the-future-of-technology|10\n"
             u"2|Introduction|introduction|14\n"
             u"2|1. The Problem with Proprietary AI|1-the-problem-with-proprietary-ai|24\n"
             u"2|2. Open-Source AI Alternatives|2-open-source-ai-alternatives|34\n"
             u"3|Why These Matter:|why-these-matter|43\n"
             u"2|3. How to Get Involved|3-how-to-get-involved|50\n"
             u"3|For Developers:|for-developers|53\n"
             u"3|For Users:|for-users|58\n"
             u"2|4. The Future: A Free AI Ecosystem|4-the-future-a-free-ai-ecosystem|65\n"
             u"2|Final Thoughts|final-thoughts|75"_s);
    QVERIFY(result.html.contains(
        u"<h2 id=\"introduction\" data-sourcepos=\"14:1-14:15\">Introduction</h2>"_s));
    QVERIFY(result.words > 300 && result.words < 500);
    QCOMPARE(result.readingMinutes, (result.words + 229) / 230);
}

void tst_Renderer::byteOrderMarkIsSkipped()
{
    RenderOptions options;
    options.firstLine = 3;
    const RenderResult result = render(u"\uFEFF# Title\n"_s, options);
    QCOMPARE(result.html, u"<h1 id=\"title\" data-sourcepos=\"3:1-3:7\">Title</h1>\n"_s);
}

// libcmark-gfm 0.29.0.gfm.6 shares its table of special inline characters
// between parsers; unguarded, parallel renders lose strikethroughs and
// autolinks. Render the same documents on many threads and compare.
void tst_Renderer::concurrentRendersMatchSerial()
{
    QString inlineHeavy;
    for (int i = 0; i < 1500; ++i)
        inlineHeavy += u"Some ~~struck~~ text, www.example.com, me@example.org and https://x.org/%1.\n\n"_s.arg(i);
    const QStringList documents{renderData(u"gfm-features.md"_s), inlineHeavy,
                                renderData(u"body-starts-with-rule.md"_s)};
    QVERIFY(!documents.first().isEmpty());

    QList<RenderResult> serial;
    for (const QString &doc : documents)
        serial.append(render(doc));
    QCOMPARE(serial[1].html.count(u"<del>"_s), 1500);

    QList<int> jobs;
    for (int round = 0; round < 16; ++round)
        for (int i = 0; i < documents.size(); ++i)
            jobs.append(i);

    QThreadPool pool;
    pool.setMaxThreadCount(8);
    const QList<RenderResult> parallel =
        QtConcurrent::blockingMapped(&pool, jobs, [&documents](int i) { return render(documents[i]); });

    QCOMPARE(parallel.size(), jobs.size());
    for (qsizetype j = 0; j < jobs.size(); ++j) {
        const RenderResult &expected = serial[jobs[j]];
        QCOMPARE(parallel[j].html, expected.html);
        QCOMPARE(describe(parallel[j].outline), describe(expected.outline));
        QCOMPARE(parallel[j].words, expected.words);
    }
}

// Once a render has shown that libcmark-gfm calls our
// cmark_manage_extensions_special_characters (which keeps the special
// characters and ignores their removal), the inline phase needs no lock:
// concurrentRendersMatchSerial then runs its parsers side by side.
void tst_Renderer::parsersRunSideBySideAfterTheFirst()
{
    QVERIFY(render(u"Some ~~struck~~ text and www.example.com.\n"_s).html.contains(u"<del>struck</del>"_s));
    QVERIFY(!postwright::inlinePhaseLock().owns_lock());
}

// The renderer hands cmark a per-thread arena of 256 KB blocks for inputs
// up to RenderArena::maxInputBytes, and cmark's own allocator above. Parts
// of several blocks each (one paragraph, a table, a list, a code block),
// rendered from the arena, must come out exactly as the whole document that
// holds them all, rendered without it; and a small document rendered after
// them as it did before.
void tst_Renderer::bigDocumentRendersAsItsParts()
{
    RenderOptions options;
    options.sourcePos = false;
    options.highlightCode = false;
    options.math = false;
    // head, then line (with %1 the line's number) count times
    const auto repeated = [](QString text, const QString &line, int count) {
        for (int i = 0; i < count; ++i)
            text += line.arg(i);
        return text;
    };
    const QStringList parts{
        repeated({}, u"word%1 *em* ~~gone~~ www.example.org/%1 "_s, 15000),
        repeated(u"| a | b |\n|---|:-:|\n"_s, u"| cell %1 | **%1** |\n"_s, 25000),
        repeated({}, u"- [x] item `%1` <span>%1</span>\n"_s, 20000),
        repeated(u"```\n"_s, u"line %1 <tag> & \"quote\"\n"_s, 30000) + u"```\n"_s,
    };

    const QString small = renderData(u"gfm-features.md"_s);
    const QString smallBefore = render(small, options).html;
    QString expected;
    for (const QString &part : parts) {
        const qsizetype bytes = part.toUtf8().size();
        QVERIFY(bytes > 2 * 256 * 1024 && bytes <= qsizetype(RenderArena::maxInputBytes));
        const QString html = render(part, options).html;
        QVERIFY(html.size() > 500000);
        expected += html;
    }
    const QString whole = parts.join(u"\n\n"_s);
    QVERIFY(whole.toUtf8().size() > qsizetype(RenderArena::maxInputBytes));
    QCOMPARE(render(whole, options).html, expected);
    QCOMPARE(render(small, options).html, smallBefore);
    QCOMPARE(expected.count(u"<del>gone</del>"_s), 15000);
    QCOMPARE(expected.count(u"<tr>"_s), 25001);
    QVERIFY(expected.contains(u"line 29999 &lt;tag&gt; &amp; &quot;quote&quot;\n</code></pre>"_s));
}

QTEST_GUILESS_MAIN(tst_Renderer)
// renderUtf8 (postwright-cli render --fragment) gives the
// bytes of the HTML the text form gives, with the same filtering, for
// renders that produce the text on the way (blocks, Liquid) too.
void tst_Renderer::utf8HtmlIsTheSameHtml_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<bool>("blocks");
    QTest::addColumn<bool>("liquid");
    const QString gfm = renderData(u"gfm-features.md"_s);
    QVERIFY(!gfm.isEmpty());
    const QString raw = u"# Caf\u00E9 \U0001F600\n\n<meta http-equiv=\"refresh\" content=\"0\">\n\n<noscript>x</noscript> $x^2$\n"_s;
    QTest::newRow("gfm features") << gfm << false << false;
    QTest::newRow("meta and noscript, non-ASCII") << raw << false << false;
    QTest::newRow("with blocks") << gfm << true << false;
    QTest::newRow("through Liquid") << raw << false << true;
}

void tst_Renderer::utf8HtmlIsTheSameHtml()
{
    QFETCH(QString, markdown);
    QFETCH(bool, blocks);
    QFETCH(bool, liquid);
    RenderOptions options;
    options.blocks = blocks;
    options.firstLine = 4;
    if (liquid) {
        options.liquid = [](QStringView body, int) {
            postwright::LiquidResult result;
            result.output = body.toString();
            return result;
        };
    }
    const RenderResult text = render(markdown, options);
    const postwright::Utf8RenderResult bytes = postwright::renderUtf8(markdown, options);
    QVERIFY(!text.html.isEmpty());
    QVERIFY(bytes.rendered.html.isEmpty());
    QCOMPARE(bytes.html, text.html.toUtf8());
    QCOMPARE(bytes.rendered.removedTags, text.removedTags);
    QCOMPARE(bytes.rendered.words, text.words);
    QCOMPARE(describe(bytes.rendered.outline), describe(text.outline));
}

#include "tst_renderer.moc"
