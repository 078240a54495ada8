// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentsupport/textstats.h"
#include "render/renderer.h"

#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using postwright::render;
using postwright::RenderOptions;
using postwright::RenderResult;
using postwright::ShortcodeFinding;

namespace {

RenderOptions hugo()
{
    RenderOptions options;
    options.sourcePos = false;
    options.shortcodes.enabled = true;
    options.shortcodes.resolveRef = [](const QString &target, bool absolute, const QString &) -> std::optional<QString> {
        if (target == u"b.md"_s || target == u"b"_s || target == u"/posts/b.md"_s)
            return absolute ? u"https://x.org/posts/b/"_s : u"/posts/b/"_s;
        if (target == u"b.md#part"_s)
            return u"/posts/b/#part"_s;
        return std::nullopt;
    };
    options.shortcodes.param = [](const QString &key) -> std::optional<QString> {
        if (key == u"author"_s)
            return u"Ann <& Bob>"_s;
        return std::nullopt;
    };
    return options;
}

QString html(const QString &markdown)
{
    return render(markdown, hugo()).html;
}

} // namespace

class TestShortcodes final : public QObject
{
    Q_OBJECT

private slots:
    void figureAllParameters()
    {
        const QString out = html(
            u"{{< figure src=\"/img/a.png\" link=\"https://e.org\" target=\"_blank\" rel=\"noopener\" alt=\"Alt\" "
            "title=\"T\" caption=\"Cap *em*\" attr=\"Me\" attrlink=\"https://me.org\" width=\"10\" height=\"20\" "
            "class=\"c\" loading=\"lazy\" >}}\n"_s);
        QCOMPARE(out.trimmed(),
                 u"<figure class=\"c\"><a href=\"https://e.org\" target=\"_blank\" rel=\"noopener\">"
                 "<img src=\"/img/a.png\" alt=\"Alt\" width=\"10\" height=\"20\" loading=\"lazy\"></a>"
                 "<figcaption><h4>T</h4><p>Cap <em>em</em><a href=\"https://me.org\">Me</a></p></figcaption>"
                 "</figure>"_s);
    }

    void figureAltFromCaptionAndEscaping()
    {
        const QString out = html(u"{{< figure src=\"a\\\"b.png\" caption=\"**Big** <cat>\" >}}"_s);
        QVERIFY2(out.contains(u"<img src=\"a&quot;b.png\" alt=\"Big "_s), qPrintable(out));
        QVERIFY2(!out.contains(u"alt=\"Big <cat>"_s), qPrintable(out));
    }

    void figureScriptLinkIsDisarmed()
    {
        const QString out = html(u"{{< figure src=\"javascript:alert(1)\" link=\"JavaScript:alert(2)\" >}}"_s);
        QVERIFY2(!out.contains(u"javascript"_s, Qt::CaseInsensitive), qPrintable(out));
        QVERIFY2(out.contains(u"<a href=\"#\"><img src=\"#\">"_s), qPrintable(out));
    }

    void positionalNamedAndSelfClosing()
    {
        QCOMPARE(html(u"By {{< param author >}}."_s).trimmed(), u"<p>By Ann &lt;&amp; Bob&gt;.</p>"_s);
        QCOMPARE(html(u"By {{% param \"author\" %}}."_s).trimmed(), u"<p>By Ann &lt;&amp; Bob&gt;.</p>"_s);
        QVERIFY(html(u"{{< figure src=`raw\\path.png` />}}"_s).contains(u"src=\"raw\\path.png\""_s));
    }

    void refAndRelref()
    {
        QCOMPARE(html(u"See [b]({{< ref \"b.md\" >}}) and {{< relref \"b\" >}}."_s).trimmed(),
                 u"<p>See <a href=\"https://x.org/posts/b/\">b</a> and /posts/b/.</p>"_s);
        QCOMPARE(html(u"<a href=\"{{< relref \"b.md#part\" >}}\">x</a>"_s).trimmed(),
                 u"<p><a href=\"/posts/b/#part\">x</a></p>"_s);
        const RenderResult result = render(u"a\n\n[x]({{< ref \"nope.md\" >}})\n"_s, hugo());
        QCOMPARE(result.shortcodes.size(), 1);
        QCOMPARE(result.shortcodes.first().kind, ShortcodeFinding::Kind::UnresolvedRef);
        QCOMPARE(result.shortcodes.first().detail, u"nope.md"_s);
        QCOMPARE(result.shortcodes.first().line, 3);
        // In code it is text: nothing to report.
        QVERIFY(render(u"`{{< ref \"nope.md\" >}}`\n\n    {{< notice >}}\n"_s, hugo()).shortcodes.isEmpty());
    }

    void details()
    {
        const QString out = html(u"{{< details summary=\"More *here*\" open=true class=\"k\" >}}\nInner **bold**\n\n- item\n{{< /details >}}\n\nAfter"_s);
        QVERIFY2(out.startsWith(u"<details class=\"k\" open><summary>More <em>here</em></summary><p>Inner <strong>bold</strong></p>"_s),
                 qPrintable(out));
        QVERIFY2(out.contains(u"<li>item</li>"_s), qPrintable(out));
        QVERIFY2(out.contains(u"</details><p>After</p>"_s) || out.contains(u"</details>\n<p>After</p>"_s), qPrintable(out));
    }

    void nestedShortcodes()
    {
        const QString out = html(u"{{< details >}}\n{{< details summary=\"in\" >}}\n{{< figure src=\"x.png\" >}}\n{{< /details >}}\n{{< /details >}}\n"_s);
        QCOMPARE(out.count(u"<details>"_s), 2);
        QVERIFY2(out.contains(u"<img src=\"x.png\">"_s), qPrintable(out));
        QVERIFY(!out.contains(u"{{"_s));
    }

    void highlightWithLineNumbers()
    {
        const QString out = html(u"{{< highlight go \"linenos=table,hl_lines=2\" >}}\npackage main\nfunc main() {}\n{{< /highlight >}}\n"_s);
        QVERIFY2(out.startsWith(u"<div class=\"highlight\"><pre tabindex=\"0\"><code class=\"language-go\" data-lang=\"go\">"_s),
                 qPrintable(out));
        QVERIFY2(out.contains(u"<span class=\"line\"><span class=\"ln\">1</span>"_s), qPrintable(out));
        QVERIFY2(out.contains(u"<span class=\"line hl\"><span class=\"ln\">2</span>"_s), qPrintable(out));
        QVERIFY2(out.contains(u"hl-keyword"_s), qPrintable(out));
    }

    void videos()
    {
        const QString yt = html(u"{{< youtube w7Ft2ymGmfc >}}"_s);
        QVERIFY2(yt.contains(u"<iframe src=\"https://www.youtube-nocookie.com/embed/w7Ft2ymGmfc\""_s), qPrintable(yt));
        const QString vimeo = html(u"{{< vimeo id=\"146022717\" title=\"A film\" >}}"_s);
        QVERIFY2(vimeo.contains(u"<iframe src=\"https://player.vimeo.com/video/146022717?dnt=1\""_s), qPrintable(vimeo));
        QVERIFY(vimeo.contains(u"title=\"A film\""_s));

        RenderOptions preview = hugo();
        preview.shortcodes.embedPlaceholders = true;
        const QString placeholder = render(u"{{< youtube w7Ft2ymGmfc >}}"_s, preview).html;
        QVERIFY2(!placeholder.contains(u"<iframe"_s), qPrintable(placeholder));
        QVERIFY(placeholder.contains(u"data-embed-src=\"https://www.youtube-nocookie.com/embed/w7Ft2ymGmfc\""_s));

        // A hostile id is refused, never written into markup.
        const RenderResult bad = render(u"{{< youtube \"x\\\" onload=alert(1) \" >}}"_s, hugo());
        QVERIFY2(!bad.html.contains(u"<iframe"_s) && !bad.html.contains(u"\" onload"_s), qPrintable(bad.html));
        QCOMPARE(bad.shortcodes.size(), 1);
        QCOMPARE(bad.shortcodes.first().kind, ShortcodeFinding::Kind::Invalid);
    }

    void networkCards()
    {
        QVERIFY(html(u"{{< gist spf13 7896402 >}}"_s).contains(u"<a href=\"https://gist.github.com/spf13/7896402\">"_s));
        QVERIFY(html(u"{{< x user=\"SanDiegoZoo\" id=\"1453110110599868418\" >}}"_s)
                    .contains(u"<a href=\"https://x.com/SanDiegoZoo/status/1453110110599868418\">"_s));
        QVERIFY(html(u"{{< instagram BWNjjyYFxVx >}}"_s).contains(u"https://www.instagram.com/p/BWNjjyYFxVx/"_s));
        QVERIFY(!html(u"{{< gist \"a\\\"><script>\" 1 >}}"_s).contains(u"<script>"_s));
    }

    void unknownShortcodeIsABox()
    {
        const RenderResult result = render(u"{{< notice warning title=\"Be \\\"careful\\\"\" >}}\nSome *inner* text\n{{< /notice >}}\n"_s, hugo());
        QVERIFY2(result.html.startsWith(u"<div class=\"pw-shortcode\" data-shortcode=\"notice\">"_s), qPrintable(result.html));
        QVERIFY(result.html.contains(u"shortcode notice"_s));
        QVERIFY(result.html.contains(u"title=&quot;Be &quot;careful&quot;&quot;"_s));
        QVERIFY(result.html.contains(u"<p>Some <em>inner</em> text</p>"_s));
        QVERIFY(!result.html.contains(u"{{"_s));
        QCOMPARE(result.shortcodes.size(), 1);
        QCOMPARE(result.shortcodes.first().kind, ShortcodeFinding::Kind::Unknown);
        QCOMPARE(result.shortcodes.first().name, u"notice"_s);
        // Inline, inside a paragraph: a span.
        const QString inlined = html(u"Text {{% myinline a %}} more"_s);
        QVERIFY2(inlined.startsWith(u"<p>Text <span class=\"pw-shortcode\" data-shortcode=\"myinline\">"_s), qPrintable(inlined));
    }

    void codeIsText()
    {
        QCOMPARE(html(u"`{{< figure src=\"x\" >}}`"_s).trimmed(),
                 u"<p><code>{{&lt; figure src=&quot;x&quot; &gt;}}</code></p>"_s);
        const QString fenced = html(u"```\n{{< figure src=\"x\" >}}\n```\n"_s);
        QVERIFY2(fenced.contains(u"{{&lt; figure src=&quot;x&quot; &gt;}}"_s), qPrintable(fenced));
        const QString indented = html(u"text\n\n    {{< figure src=\"x\" >}}\n"_s);
        QVERIFY2(indented.contains(u"<pre><code>{{&lt; figure src=&quot;x&quot; &gt;}}"_s), qPrintable(indented));
    }

    void commentEscapesShowTheShortcode()
    {
        QCOMPARE(html(u"Write {{</* figure src=\"c\" */>}} here"_s).trimmed(),
                 u"<p>Write {{&lt; figure src=&quot;c&quot; &gt;}} here</p>"_s);
        const QString fenced = html(u"```\n{{%/* param x */%}}\n```\n"_s);
        QVERIFY2(fenced.contains(u"{{% param x %}}"_s), qPrintable(fenced));
    }

    void notOnOtherSites()
    {
        RenderOptions plain;
        plain.sourcePos = false;
        QCOMPARE(render(u"{{< figure src=\"x\" >}}"_s, plain).html.trimmed(),
                 u"<p>{{&lt; figure src=&quot;x&quot; &gt;}}</p>"_s);
    }

    void postTextCannotForgeAPlaceholder()
    {
        // The placeholder's characters with any nonce and index stay text;
        // only the real shortcode becomes HTML, and never in an attribute.
        const QString forged = QString(QChar(0xE110)) + u"0000000000000000"_s + u"0"_s + QString(QChar(0xE111));
        const QString out = html(u"{{< figure src=\"x.png\" >}}\n\n<a title=\""_s + forged + u"\">t</a> "_s + forged + u"\n"_s);
        QCOMPARE(out.count(u"<figure>"_s), 1);
        QVERIFY2(out.contains(u"title=\""_s + forged + u"\""_s), qPrintable(out));
        // A real shortcode written in an attribute is its escaped text there.
        const QString attr = html(u"<a title=\"{{< figure src=x >}}\">t</a>"_s);
        QVERIFY2(attr.contains(u"<a title=\"{{&lt; figure src=x &gt;}}\">"_s), qPrintable(attr));
    }

    void hostileInputStaysLinear()
    {
        // 100,000 openers that never close, and 20,000 nested pairs: the
        // render finishes and shows the text.
        const QString openers = u"{{< a "_s.repeated(100000);
        const RenderResult unclosed = render(openers, hugo());
        QCOMPARE(unclosed.html.count(u"{{&lt; a"_s), 100000);

        const QString nested = u"{{< n >}}"_s.repeated(20000) + u"x"_s + u"{{< /n >}}"_s.repeated(20000);
        const RenderResult deep = render(nested, hugo());
        QVERIFY(deep.html.contains(u"x"_s));
        QVERIFY(deep.html.contains(u"pw-shortcode"_s));

        const QString quotes = u"{{< a \""_s.repeated(50000);
        QVERIFY(!render(quotes, hugo()).html.isEmpty());
    }

    // "{{<" that starts no tag hugo can read: the text stays, and a Syntax
    // finding says where (line, column in characters) and why.
    void brokenTagsAreFindings()
    {
        const RenderResult result =
            render(u"ä {{< a \"open >}}\n\n{{<>}} and {{</* x >}}\n\n```\n{{< code\n```\n"_s, hugo());
        QVERIFY2(result.html.contains(u"ä {{&lt; a"_s), qPrintable(result.html));
        QCOMPARE(result.shortcodes.size(), 3);
        for (const ShortcodeFinding &finding : result.shortcodes)
            QCOMPARE(finding.kind, ShortcodeFinding::Kind::Syntax);
        QCOMPARE(result.shortcodes[0].line, 1);
        QCOMPARE(result.shortcodes[0].column, 3);
        QVERIFY(result.shortcodes[0].detail.contains(u"quoted"_s));
        QCOMPARE(result.shortcodes[1].line, 3);
        QCOMPARE(result.shortcodes[1].column, 1);
        QVERIFY(result.shortcodes[1].detail.contains(u"no shortcode name"_s));
        QCOMPARE(result.shortcodes[2].column, 12);
        QVERIFY(result.shortcodes[2].detail.contains(u"comment"_s));
        // Columns after a tag that spans lines count from its last line.
        const RenderResult spanning = render(u"{{< a\nb=\"1\" >}} {{< \"x\" >}}\n"_s, hugo());
        QCOMPARE(spanning.shortcodes.size(), 2);
        QCOMPARE(spanning.shortcodes[1].line, 2);
        QCOMPARE(spanning.shortcodes[1].column, 11);
    }

    // Hugo renders any depth; past our limit the tag stays text, and a
    // finding says so instead of leaving it unexplained.
    void tooDeepIsAFinding()
    {
        QString nested;
        for (int i = 0; i < 12; ++i)
            nested += u"{{< n%1 >}}\n"_s.arg(i);
        nested += u"core\n"_s;
        for (int i = 11; i >= 0; --i)
            nested += u"{{< /n%1 >}}\n"_s.arg(i);
        const RenderResult result = render(nested, hugo());
        QVERIFY2(result.html.contains(u"{{&lt; n9 &gt;}}"_s), qPrintable(result.html));
        QVERIFY(!result.html.contains(u"{{&lt; n8 &gt;}}"_s));
        const auto deep = std::find_if(result.shortcodes.cbegin(), result.shortcodes.cend(), [](const ShortcodeFinding &f) {
            return f.detail.contains(u"shown as text"_s);
        });
        QVERIFY(deep != result.shortcodes.cend());
        QCOMPARE(deep->name, u"n9"_s);
        QCOMPARE(deep->line, 10);
    }

    // Inner content is rendered on its own from line 1 (feeding the lines
    // above it made 8,000 pairs take seconds); what it finds is still
    // reported at the file's line.
    void innerContentKeepsFileLines()
    {
        const QString markdown = u"a\n\nb\n\n{{< details summary=\"s\" >}}\nx {{< mine >}}\n{{< /details >}}\n"_s;
        const RenderResult result = render(markdown, hugo());
        QCOMPARE(result.shortcodes.size(), 1);
        QCOMPARE(result.shortcodes.first().name, u"mine"_s);
        QCOMPARE(result.shortcodes.first().line, 6);

        RenderOptions later = hugo();
        later.firstLine = 10;
        const RenderResult moved = render(markdown, later);
        QCOMPARE(moved.shortcodes.size(), 1);
        QCOMPARE(moved.shortcodes.first().line, 15);

        // The red team's post: 8,000 pairs, each rendered (time not asserted).
        const QString many = u"{{< details summary=\"s\" >}}x{{< /details >}}\n"_s.repeated(8000);
        QCOMPARE(render(many, hugo()).html.count(u"<details>"_s), 8000);
    }

    void wordCountLeavesOutTags()
    {
        const QString text = u"Hello {{< figure src=\"a b c\" >}} world\n\n{{< notice x >}}\ninner {{% b %}}text{{% /b %}}\n{{< /notice >}}\n"_s;
        QCOMPARE(postwright::textStats(text).words, 4);
        // The page's own count agrees.
        QCOMPARE(render(text, hugo()).words, 4);
    }

    void linesAfterAShortcodeStay()
    {
        RenderOptions options = hugo();
        options.sourcePos = true;
        const QString out = render(u"{{< details >}}\na\n\nb\n{{< /details >}}\n\n# Head\n"_s, options).html;
        QVERIFY2(out.contains(u"<h1 id=\"head\" data-sourcepos=\"7:1-7:6\">"_s), qPrintable(out));
        QVERIFY2(out.startsWith(u"<details data-sourcepos=\"1:1-"_s), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestShortcodes)
#include "tst_shortcodes.moc"
