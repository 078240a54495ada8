// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/renderer.h"

#include <QFile>
#include <QRegularExpression>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using postwright::render;
using postwright::RenderOptions;
using postwright::RenderResult;

namespace {

RenderOptions withoutSourcePos()
{
    RenderOptions options;
    options.sourcePos = false;
    return options;
}

QString html(const QString &markdown)
{
    return render(markdown, withoutSourcePos()).html;
}

QString unescaped(QString text)
{
    return text.replace(u"&lt;"_s, u"<"_s)
        .replace(u"&gt;"_s, u">"_s)
        .replace(u"&quot;"_s, u"\""_s)
        .replace(u"&amp;"_s, u"&"_s);
}

// The text of the first <pre>...</pre>, tags removed and entities resolved.
QString codeText(const QString &html)
{
    static const QRegularExpression pre(u"<pre[^>]*>(.*)</pre>"_s,
                                        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tag(u"<[^>]*>"_s);
    return unescaped(pre.match(html).captured(1).remove(tag));
}

QString fenced(const QString &info, const QString &code)
{
    return u"```"_s + info + u"\n"_s + code + u"```\n"_s;
}

int count(const QString &haystack, const QString &needle)
{
    return int(haystack.count(needle));
}

QString readData(const QString &name)
{
    QFile file(QStringLiteral(POSTWRIGHT_TEST_DATA "/render/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

class tst_MathCode : public QObject
{
    Q_OBJECT

private slots:
    void highlightedLanguages_data();
    void highlightedLanguages();
    void highlightedCodeIsEscaped();
    void plainBlocksAreAsBefore_data();
    void plainBlocksAreAsBefore();
    void inlineCodeIsNotHighlighted();
    void highlightedBlockKeepsSourcePos();
    void highlightingCanBeTurnedOff();
    void mathDelimiters_data();
    void mathDelimiters();
    void noMathInCode_data();
    void noMathInCode();
    void dollarsThatAreNotMath_data();
    void dollarsThatAreNotMath();
    void subscriptsAreNotEmphasis();
    void mathIsEscaped();
    void displayMathKeepsLineNumbers();
    void mathInContainers();
    void mathInLinksAndRawHtmlStaysText();
    void formulaIsOneWord();
    void mathCanBeTurnedOff();
    void sampleDocument();
    void concurrentRendersMatchSerial();
};

void tst_MathCode::highlightedLanguages_data()
{
    QTest::addColumn<QString>("info");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("spans");   // must all be present

    QTest::newRow("python") << u"python"_s << u"def f(x):\n    return \"hi\"  # done\n"_s
                            << QStringList{u"<span class=\"hl-keyword\">def</span>"_s,
                                           u"<span class=\"hl-string\">&quot;hi&quot;</span>"_s,
                                           u"<span class=\"hl-comment\"># done</span>"_s};
    QTest::newRow("py alias") << u"py"_s << u"import os\n"_s
                              << QStringList{u"class=\"hl-"_s};
    QTest::newRow("cpp") << u"cpp"_s << u"int main() { return 0; } // end\n"_s
                         << QStringList{u"<span class=\"hl-type\">int</span>"_s,
                                        u"<span class=\"hl-keyword\">return</span>"_s,
                                        u"<span class=\"hl-comment\">// end</span>"_s};
    QTest::newRow("c++") << u"c++"_s << u"auto x = 1;\n"_s
                         << QStringList{u"<span class=\"hl-keyword\">auto</span>"_s};
    QTest::newRow("js") << u"js"_s << u"const x = 'a'; // c\n"_s
                        << QStringList{u"<span class=\"hl-keyword\">const</span>"_s,
                                       u"<span class=\"hl-comment\">// c</span>"_s};
    QTest::newRow("ts") << u"ts"_s << u"function f(): number { return 42; }\n"_s
                        << QStringList{u"<span class=\"hl-keyword\">function</span>"_s};
    QTest::newRow("bash") << u"bash"_s << u"for f in *.md; do echo \"$f\"; done\n"_s
                          << QStringList{u"<span class=\"hl-keyword\">for</span>"_s};
    QTest::newRow("sh") << u"sh"_s << u"# comment\nls -l\n"_s
                        << QStringList{u"<span class=\"hl-comment\"># comment</span>"_s};
    QTest::newRow("go") << u"go"_s << u"func main() {}\n"_s
                        << QStringList{u"<span class=\"hl-keyword\">func</span>"_s};
    QTest::newRow("rust") << u"rust"_s << u"fn main() { let x = 1; }\n"_s
                          << QStringList{u"<span class=\"hl-keyword\">fn</span>"_s};
    QTest::newRow("json") << u"json"_s << u"{\"a\": 1, \"b\": true}\n"_s
                          << QStringList{u"class=\"hl-key\""_s, u"class=\"hl-number\""_s};
    QTest::newRow("yaml") << u"yaml"_s << u"# settings\nport: 8080\n"_s
                          << QStringList{u"<span class=\"hl-comment\"># settings</span>"_s};
    QTest::newRow("toml") << u"toml"_s << u"[server]\nport = 8080\n"_s
                          << QStringList{u"class=\"hl-"_s};
    QTest::newRow("diff") << u"diff"_s << u"--- a\n+++ b\n@@ -1 +1 @@\n-old\n+new\n"_s
                          << QStringList{u"class=\"hl-oldfile\""_s, u"class=\"hl-newfile\""_s};
    QTest::newRow("sql") << u"sql"_s << u"SELECT * FROM t WHERE a = 1;\n"_s
                         << QStringList{u"class=\"hl-keyword\""_s};
    QTest::newRow("java") << u"java"_s << u"public class A {}\n"_s
                          << QStringList{u"<span class=\"hl-keyword\">public</span>"_s};
    QTest::newRow("html") << u"html"_s << u"<p class=\"x\">hi</p>\n"_s
                          << QStringList{u"class=\"hl-"_s};
    QTest::newRow("css") << u"css"_s << u"body { color: red; }\n"_s
                         << QStringList{u"class=\"hl-"_s};
    QTest::newRow("upper case and attributes") << u"Python {linenos=true}"_s << u"pass\n"_s
                                               << QStringList{u"class=\"hl-keyword\""_s};
    QTest::newRow("multi-line comment") << u"c"_s << u"/* one\ntwo */ int x;\n"_s
                                        << QStringList{u"class=\"hl-comment\">two */</span>"_s};
}

void tst_MathCode::highlightedLanguages()
{
    QFETCH(QString, info);
    QFETCH(QString, code);
    QFETCH(QStringList, spans);

    const QString out = html(fenced(info, code));
    const QString word = info.section(u' ', 0, 0);
    QVERIFY2(out.startsWith(u"<pre><code class=\"language-%1\">"_s.arg(word)), qPrintable(out));
    QVERIFY2(out.endsWith(u"</code></pre>\n"_s), qPrintable(out));
    for (const QString &span : spans)
        QVERIFY2(out.contains(span), qPrintable(u"missing %1 in %2"_s.arg(span, out)));
    // Highlighting adds markup only: the text reads the same.
    QCOMPARE(codeText(out), code);
}

void tst_MathCode::highlightedCodeIsEscaped()
{
    const QString code = u"#include <vector>\nif (a < b && c > \"d\") {}\n"_s;
    const QString out = html(fenced(u"cpp"_s, code));
    QVERIFY(out.contains(u"class=\"hl-"_s));
    QVERIFY(out.contains(u"&lt;vector&gt;"_s));
    QVERIFY(!out.contains(u"<vector>"_s));
    QVERIFY(!out.contains(u"&& "_s));
    QCOMPARE(codeText(out), code);
}

void tst_MathCode::plainBlocksAreAsBefore_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::newRow("no info string") << fenced({}, u"int x = 1;\n"_s);
    QTest::newRow("unknown language") << fenced(u"klingon"_s, u"qapla' 1;\n"_s);
    QTest::newRow("text") << fenced(u"text"_s, u"if else return\n"_s);
    QTest::newRow("markdown") << fenced(u"md"_s, u"# title\n"_s);
    QTest::newRow("indented") << u"para\n\n    int x = 1;\n"_s;
}

void tst_MathCode::plainBlocksAreAsBefore()
{
    QFETCH(QString, markdown);
    RenderOptions plain;
    plain.highlightCode = false;
    const QString out = render(markdown).html;
    QVERIFY2(!out.contains(u"hl-"_s), qPrintable(out));
    QCOMPARE(out, render(markdown, plain).html);
    if (markdown.startsWith(u"```klingon"_s))
        QVERIFY(out.contains(u"<code class=\"language-klingon\">"_s));
}

void tst_MathCode::inlineCodeIsNotHighlighted()
{
    const QString out = html(u"Use `int x = 1; // c` here, and ```return 0``` there.\n"_s);
    QVERIFY2(!out.contains(u"hl-"_s), qPrintable(out));
    QVERIFY(out.contains(u"<code>int x = 1; // c</code>"_s));
    QVERIFY(out.contains(u"<code>return 0</code>"_s));
}

void tst_MathCode::highlightedBlockKeepsSourcePos()
{
    RenderOptions options;
    options.firstLine = 5;
    const QString out =
        render(u"Text\n\n```python\nx = 1\ny = 2\n```\n\nAfter\n"_s, options).html;
    QVERIFY2(out.contains(u"<pre data-sourcepos=\"7:1-10:3\"><code class=\"language-python\">"_s),
             qPrintable(out));
    QVERIFY(out.contains(u"<span class=\"hl-number\">1</span>"_s));
    QVERIFY(out.contains(u"<p data-sourcepos=\"12:1-12:5\">After</p>"_s));
}

void tst_MathCode::highlightingCanBeTurnedOff()
{
    RenderOptions options = withoutSourcePos();
    options.highlightCode = false;
    QCOMPARE(render(fenced(u"python"_s, u"def f(): pass\n"_s), options).html,
             u"<pre><code class=\"language-python\">def f(): pass\n</code></pre>\n"_s);
}

void tst_MathCode::mathDelimiters_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("expected");

    QTest::newRow("dollar inline") << u"Let $x^2$ be."_s
                                   << u"<p>Let <span class=\"math math-inline\">\\(x^2\\)</span> be.</p>\n"_s;
    QTest::newRow("paren inline") << u"Let \\(x^2\\) be."_s
                                  << u"<p>Let <span class=\"math math-inline\">\\(x^2\\)</span> be.</p>\n"_s;
    QTest::newRow("double dollar block")
        << u"$$\\sum_{i=1}^n i$$\n"_s
        << u"<div class=\"math math-display\">\\[\\sum_{i=1}^n i\\]</div>\n"_s;
    QTest::newRow("bracket block")
        << u"\\[\n\\int_0^1 x\\,dx\n\\]\n"_s
        << u"<div class=\"math math-display\">\\[\n\\int_0^1 x\\,dx\n\\]</div>\n"_s;
    QTest::newRow("multi-line double dollar")
        << u"$$\na = b\n+ c\n$$\n"_s
        << u"<div class=\"math math-display\">\\[\na = b\n+ c\n\\]</div>\n"_s;
    QTest::newRow("display inside a sentence")
        << u"So $$E = mc^2$$ holds."_s
        << u"<p>So <span class=\"math math-display\">\\[E = mc^2\\]</span> holds.</p>\n"_s;
    QTest::newRow("inline math across a line break")
        << u"Take $a +\nb$ now."_s
        << u"<p>Take <span class=\"math math-inline\">\\(a +\nb\\)</span>\n now.</p>\n"_s;
    QTest::newRow("two formulas") << u"$a$ and $b$"_s
                                  << u"<p><span class=\"math math-inline\">\\(a\\)</span> and "
                                     u"<span class=\"math math-inline\">\\(b\\)</span></p>\n"_s;
    QTest::newRow("a closing dollar opens nothing") << u"$x$y$ and $z$"_s
                                                    << u"<p><span class=\"math math-inline\">\\(x\\)</span>y$ and "
                                                       u"<span class=\"math math-inline\">\\(z\\)</span></p>\n"_s;
    QTest::newRow("display then dollar") << u"$$a$$b$ c"_s
                                         << u"<p><span class=\"math math-display\">\\[a\\]</span>b$ c</p>\n"_s;
    QTest::newRow("in emphasis") << u"*see $x$*"_s
                                 << u"<p><em>see <span class=\"math math-inline\">\\(x\\)</span></em></p>\n"_s;
    QTest::newRow("in a heading") << u"# Euler $e^{i\\pi}$"_s
                                  << u"<h1 id=\"euler\">Euler <span class=\"math math-inline\">\\(e^{i\\pi}\\)</span></h1>\n"_s;
    QTest::newRow("in a table cell with a pipe")
        << u"| a | b |\n|---|---|\n| $|x|$ | 2 |\n"_s
        << u"<td><span class=\"math math-inline\">\\(|x|\\)</span></td>"_s;
    QTest::newRow("escaped dollar inside") << u"$a \\$ b$"_s
                                           << u"<p><span class=\"math math-inline\">\\(a \\$ b\\)</span></p>\n"_s;
}

void tst_MathCode::mathDelimiters()
{
    QFETCH(QString, markdown);
    QFETCH(QString, expected);
    const RenderResult result = render(markdown, withoutSourcePos());
    QVERIFY2(result.html.contains(expected), qPrintable(result.html));
    QVERIFY(result.hasMath);
}

void tst_MathCode::noMathInCode_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("expected");

    QTest::newRow("code span") << u"Run `echo $HOME $PATH` now"_s
                               << u"<code>echo $HOME $PATH</code>"_s;
    QTest::newRow("code span with math") << u"`$x$` is TeX"_s << u"<code>$x$</code>"_s;
    QTest::newRow("double backtick span") << u"``a ` $x$ ``"_s << u"<code>a ` $x$ </code>"_s;
    QTest::newRow("code span paren") << u"`\\(x\\)`"_s << u"<code>\\(x\\)</code>"_s;
    QTest::newRow("fenced") << u"```\n$x$ and $$y$$\n```\n"_s
                            << u"<pre><code>$x$ and $$y$$\n</code></pre>"_s;
    QTest::newRow("fenced tilde in list") << u"- item\n\n  ~~~\n  $a$\n  ~~~\n"_s
                                          << u"<code>$a$\n</code>"_s;
    QTest::newRow("fenced bash") << u"```bash\necho \"$a\" \"$b\"\n```\n"_s << u"$a"_s;
    QTest::newRow("indented") << u"Text\n\n    cost = $x$\n"_s << u"<pre><code>cost = $x$\n</code></pre>"_s;
    QTest::newRow("fence between dollars")
        << u"A $x\n```\ny$\n```\n"_s << u"<pre><code>y$\n</code></pre>"_s;
}

void tst_MathCode::noMathInCode()
{
    QFETCH(QString, markdown);
    QFETCH(QString, expected);
    const RenderResult result = render(markdown, withoutSourcePos());
    QVERIFY2(result.html.contains(expected), qPrintable(result.html));
    QVERIFY2(!result.html.contains(u"class=\"math"_s), qPrintable(result.html));
    QVERIFY(!result.hasMath);
}

void tst_MathCode::dollarsThatAreNotMath_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("expected");

    QTest::newRow("two prices") << u"It costs $5 and $10."_s << u"It costs $5 and $10."_s;
    QTest::newRow("prices with commas") << u"Pay $5, $10, or $20 today."_s
                                        << u"Pay $5, $10, or $20 today."_s;
    QTest::newRow("US dollars") << u"US$5 and US$10"_s << u"US$5 and US$10"_s;
    QTest::newRow("closing before a digit") << u"From $x to 5$3 off"_s << u"From $x to 5$3 off"_s;
    QTest::newRow("space after opening") << u"a $ x$ b"_s << u"a $ x$ b"_s;
    QTest::newRow("space before closing") << u"a $x $ b"_s << u"a $x $ b"_s;
    QTest::newRow("escaped dollars") << u"\\$x\\$ and \\$y\\$"_s << u"$x$ and $y$"_s;
    QTest::newRow("escaped paren") << u"\\\\(x\\\\)"_s << u"\\(x\\)"_s;
    QTest::newRow("lone dollar") << u"$"_s << u"$"_s;
    QTest::newRow("empty display") << u"$$ $$"_s << u"$$ $$"_s;
    QTest::newRow("prices across paragraphs") << u"costs $5\n\nand 7$ more"_s << u"costs $5"_s;
}

void tst_MathCode::dollarsThatAreNotMath()
{
    QFETCH(QString, markdown);
    QFETCH(QString, expected);
    const RenderResult result = render(markdown, withoutSourcePos());
    QVERIFY2(result.html.contains(expected), qPrintable(result.html));
    QVERIFY2(!result.html.contains(u"class=\"math"_s), qPrintable(result.html));
    QVERIFY(!result.hasMath);
}

void tst_MathCode::subscriptsAreNotEmphasis()
{
    // Without protection cmark would make emphasis of *b* and of _{b} + y^{c}_,
    // and eat the backslashes of \{ and \\.
    const QString out = html(u"Sum $a_1 + b_1$ and $a*b*c$ and $x^{a}_{b} + y^{c}_{d}$ and "
                             u"$\\{x\\} \\\\ y$, then *real* emphasis."_s);
    QVERIFY2(out.contains(u"\\(a_1 + b_1\\)"_s), qPrintable(out));
    QVERIFY2(out.contains(u"\\(a*b*c\\)"_s), qPrintable(out));
    QVERIFY2(out.contains(u"\\(x^{a}_{b} + y^{c}_{d}\\)"_s), qPrintable(out));
    QVERIFY2(out.contains(u"\\(\\{x\\} \\\\ y\\)"_s), qPrintable(out));
    QCOMPARE(count(out, u"<em>"_s), 1);
    QVERIFY(out.contains(u"<em>real</em>"_s));
}

void tst_MathCode::mathIsEscaped()
{
    const QString out = html(u"$a<b>c & \"d\"$"_s);
    QVERIFY2(out.contains(u"\\(a&lt;b&gt;c &amp; &quot;d&quot;\\)"_s), qPrintable(out));
    QVERIFY(!out.contains(u"<b>"_s));
}

void tst_MathCode::displayMathKeepsLineNumbers()
{
    RenderOptions options;
    options.firstLine = 3;   // front matter above
    const QString markdown = u"Intro $x$\n"                  // 3
                             u"\n"                           // 4
                             u"$$\n"                         // 5
                             u"a_1 *b* \\\\\n"               // 6
                             u"# not a heading\n"            // 7
                             u"- not a list\n"               // 8
                             u"$$\n"                         // 9
                             u"\n"                           // 10
                             u"## Heading\n"                 // 11
                             u"\n"                           // 12
                             u"Text with \\[\n"              // 13
                             u"y\n"                          // 14
                             u"\\] inside\n"                 // 15
                             u"\n"                           // 16
                             u"Last\n"_s;                    // 17
    const RenderResult result = render(markdown, options);
    QVERIFY2(result.html.contains(u"<div class=\"math math-display\" data-sourcepos=\"5:1-9:"_s),
             qPrintable(result.html));
    QVERIFY(result.html.contains(u"\\[\na_1 *b* \\\\\n# not a heading\n- not a list\n\\]</div>"_s));
    QVERIFY(result.html.contains(u"<h2 id=\"heading\" data-sourcepos=\"11:1-11:10\">"_s));
    QVERIFY2(result.html.contains(u"<p data-sourcepos=\"13:1-15:"_s), qPrintable(result.html));
    QVERIFY(result.html.contains(u"Text with <span class=\"math math-display\">\\[\ny\n\\]</span>"_s));
    QVERIFY(result.html.contains(u"<p data-sourcepos=\"17:1-17:4\">Last</p>"_s));
    QCOMPARE(result.outline.size(), 1);
    QCOMPARE(result.outline.first().line, 11);
    QVERIFY(!result.html.contains(u"<li>"_s));
    QVERIFY(!result.html.contains(u"<h1"_s));
}

void tst_MathCode::mathInContainers()
{
    const QString quoted = html(u"> Quote:\n>\n> $$\n> a = b\n> $$\n>\n> and $c$\n"_s);
    QVERIFY2(quoted.contains(u"<blockquote>\n<p>Quote:</p>\n<div class=\"math math-display\">\\[\na = b\n\\]</div>"_s),
             qPrintable(quoted));
    QVERIFY(quoted.contains(u"\\(c\\)"_s));

    const QString listed = html(u"1. first $a$\n2. second\n\n   $$\n   b\n   $$\n"_s);
    QVERIFY2(listed.contains(u"<li>\n<p>first <span class=\"math math-inline\">\\(a\\)</span></p>"_s),
             qPrintable(listed));
    QVERIFY2(listed.contains(u"<div class=\"math math-display\">\\[\nb\n\\]</div>"_s), qPrintable(listed));
    QCOMPARE(count(listed, u"<li>"_s), 2);
}

void tst_MathCode::mathInLinksAndRawHtmlStaysText()
{
    const QString out = html(u"[see](https://e.org/$a$/) <span title=\"$b$\">$c$</span>"_s);
    QVERIFY2(out.contains(u"href=\"https://e.org/$a$/\""_s), qPrintable(out));
    QVERIFY(out.contains(u"<span title=\"$b$\">"_s));
    // Inline HTML is only the tags: the text between them is Markdown.
    QVERIFY(out.contains(u"\\(c\\)"_s));

    const QString block = html(u"<div>\n$x$ and $y$\n</div>\n"_s);
    QCOMPARE(block, u"<div>\n$x$ and $y$\n</div>\n"_s);
}

void tst_MathCode::formulaIsOneWord()
{
    QCOMPARE(render(u"Let $a_1 + b_1 = c$ hold."_s).words, 3);
    QCOMPARE(render(u"Before\n\n$$\nx + y + z\n$$\n\nafter"_s).words, 3);
}

void tst_MathCode::mathCanBeTurnedOff()
{
    RenderOptions options = withoutSourcePos();
    options.math = false;
    const RenderResult result = render(u"$a*b*c \\{x\\}$"_s, options);
    QCOMPARE(result.html, u"<p>$a<em>b</em>c {x}$</p>\n"_s);
    QVERIFY(!result.hasMath);
}

void tst_MathCode::sampleDocument()
{
    const QString markdown = readData(u"math-and-code.md"_s);
    QVERIFY(!markdown.isEmpty());
    const RenderResult result = render(markdown);
    QVERIFY(result.hasMath);
    QVERIFY(count(result.html, u"class=\"math math-inline\""_s) >= 3);
    QVERIFY(count(result.html, u"<div class=\"math math-display\""_s) >= 2);
    for (const QString &language : {u"python"_s, u"cpp"_s, u"rust"_s, u"bash"_s})
        QVERIFY2(result.html.contains(u"<code class=\"language-%1\"><span class=\"hl-"_s.arg(language))
                     || result.html.contains(u"<code class=\"language-%1\">"_s.arg(language)),
                 qPrintable(language));
    QVERIFY(count(result.html, u"class=\"hl-keyword\""_s) >= 4);
    QVERIFY(result.html.contains(u"It costs $5 and $10"_s));
}

namespace {

// Each job renders its own text, so that no job finds its code blocks in
// the cache: highlighting really runs on several threads at once. Names are
// letters, so a document reads the same to the highlighter whatever the
// name: the serial reference renders it once under a dummy name.
QString jobDocument(const QString &name)
{
    QString doc = readData(u"math-and-code.md"_s);
    for (int i = 0; i < 6; ++i) {
        doc += u"\n\nPara NAME with $x_NAME + y$ and `$code$`.\n\n"
               u"```python\ndef fNAME(a):\n    return a * b  # NAME\n```\n\n"
               u"$$\n\\frac{NAME}{2}\n$$\n\n"
               u"```cpp\nint vNAME = wNAME; // NAME\n```\n\n"
               u"```bash\necho \"$NAME\" <<EOF\nNAME\nEOF\n```\n"_s;
    }
    return doc.replace(u"NAME"_s, name);
}

// As long as "NAME", so that columns in data-sourcepos match too.
QString letters(int n)
{
    return u"q"_s + QChar(u'a' + n / 26 % 26) + QChar(u'a' + n % 26) + u"z"_s;
}

} // namespace

void tst_MathCode::concurrentRendersMatchSerial()
{
    QList<int> jobs;
    for (int i = 1; i <= 48; ++i)
        jobs.append(i);
    QThreadPool pool;
    pool.setMaxThreadCount(4);
    const QList<QString> parallel = QtConcurrent::blockingMapped(
        &pool, jobs, [](int i) { return render(jobDocument(letters(i))).html; });

    const QString reference = render(jobDocument(u"NAME"_s)).html;
    QVERIFY(reference.contains(u"class=\"hl-"_s));
    QVERIFY(reference.contains(u"class=\"math"_s));
    for (qsizetype i = 0; i < jobs.size(); ++i) {
        const QString expected = QString(reference).replace(u"NAME"_s, letters(jobs.at(i)));
        QCOMPARE(parallel.at(i), expected);
    }
}

QTEST_GUILESS_MAIN(tst_MathCode)
#include "tst_mathcode.moc"
