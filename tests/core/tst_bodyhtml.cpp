// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What a post's body may do to the page it is shown in: no script link
// however it is written, no <meta http-equiv>, and no value of the front
// matter can move the body or the policy of the page template.
#include "export/htmltext.h"
#include "page/pagetemplate.h"
#include "render/renderer.h"

#include <QTest>

using namespace postwright;

class tst_BodyHtml final : public QObject
{
    Q_OBJECT

private slots:
    // Every way to write a script link that a browser follows is "#".
    void scriptLinks_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("expected");
        QTest::newRow("&colon;") << "<a href=\"javascript&colon;alert(1)\">" << "<a href=\"#\">";
        QTest::newRow("&#106 without ;") << "<a href=\"&#106avascript:alert(1)\">" << "<a href=\"#\">";
        QTest::newRow("leading zeros") << "<a href=\"&#x0000006A;avascript&#0000058;x\">" << "<a href=\"#\">";
        QTest::newRow("&Tab; inside") << "<a href=\"jav&Tab;ascript:x\">" << "<a href=\"#\">";
        QTest::newRow("unquoted") << "<a href=javascript:alert(1)>x</a>" << "<a href=\"#\">x</a>";
        QTest::newRow("single quotes, upper case") << "<A HREF='JAVASCRIPT:x'>" << "<A HREF='#'>";
        QTest::newRow("xlink:href") << "<svg><a xlink:href=\"javascript:x\">" << "<svg><a xlink:href=\"#\">";
        QTest::newRow("formaction") << "<button formaction=\"javascript:x\">" << "<button formaction=\"#\">";
        QTest::newRow("form action") << "<form action=\"javascript:x\">" << "<form action=\"#\">";
        QTest::newRow("object data") << "<object data=\"data:text/html,x\">" << "<object data=\"#\">";
        QTest::newRow("blank before =") << "<a href = \"javascript:x\">" << "<a href = \"#\">";
        QTest::newRow("no blank between attributes") << "<a title=\"t\"href=\"javascript:x\">" << "<a title=\"t\"href=\"#\">";
        QTest::newRow("slash between attributes") << "<a/href=javascript:x>" << "<a/href=\"#\">";
        QTest::newRow("vbscript") << "<a href=\"vbscript:x\">" << "<a href=\"#\">";
        QTest::newRow("plain link stays") << "<a href=\"https://example.com/?a=1&amp;b=2\">" << "<a href=\"https://example.com/?a=1&amp;b=2\">";
        QTest::newRow("in a comment: not a link") << "<!-- <a href=javascript:x> -->" << "<!-- <a href=javascript:x> -->";
        QTest::newRow("in text: not a link") << "href=javascript:x" << "href=javascript:x";
        QTest::newRow("shown as text: stays as written") << "&lt;iframe src=\"javascript:x\"&gt;" << "&lt;iframe src=\"javascript:x\"&gt;";
        QTest::newRow("a tag inside what looks like a value") << "src=\"a <a href=javascript:x> b\""
                                                               << "src=\"a <a href=\"#\"> b\"";
        QTest::newRow("srcset") << "<img srcset=\"a.png 1x, javascript:x 2x\">" << "<img srcset=\"a.png 1x, # 2x\">";
    }

    void scriptLinks()
    {
        QFETCH(QString, html);
        QFETCH(QString, expected);
        const QString out = rewriteReferences(html, [](const QString &url, bool) -> std::optional<QString> {
            return isScriptUrl(url) ? std::optional<QString>(QStringLiteral("#")) : std::nullopt;
        });
        QCOMPARE(out, expected);
    }

    // The renderer does it for every render: the preview and the export.
    void renderRemovesMetaRefresh()
    {
        const RenderResult result = render(u"a\n\n<meta http-equiv=\"refresh\" content=\"0;url=https://example.com\">\n\n"
                                           u"`<meta http-equiv=\"refresh\">`\n");
        QVERIFY2(!result.html.contains("<meta"), qPrintable(result.html));
        QVERIFY(result.html.contains("<code>&lt;meta http-equiv=&quot;refresh&quot;&gt;</code>"));
    }

    // A value holding what once marked the body's or the policy's place
    // is only text; the body goes where the template says, once.
    void valuesCannotMoveTheBodyOrThePolicy_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("old body mark") << QStringLiteral("\x01pw-body\x01");
        QTest::newRow("old policy mark") << QStringLiteral("\x01pw-csp\x01");
        QTest::newRow("both, twice") << QStringLiteral("\x01pw-csp\x01\x01pw-body\x01\x01pw-csp\x01\x01pw-body\x01");
        QTest::newRow("mustache") << QStringLiteral("{{{bodyHtml}}}{{{csp}}}");
    }

    void valuesCannotMoveTheBodyOrThePolicy()
    {
        QFETCH(QString, value);
        PageData page;
        page.title = value;
        page.summary = value;
        page.author = value;
        page.siteTitle = value;
        page.canonicalUrl = value;
        page.tags = {value};
        page.categories = {value};
        page.bodyHtml = QStringLiteral("<p>BODY</p>");
        const QString html = PageTemplate::defaultTemplate().render(page);
        QCOMPARE(html.count(QStringLiteral("<p>BODY</p>")), 1);
        QVERIFY(html.indexOf(QStringLiteral("<p>BODY</p>")) > html.indexOf(QStringLiteral("<article id=\"pw-body\"")));
        QCOMPARE(html.count(QStringLiteral("http-equiv=\"Content-Security-Policy\"")), 1);
        QVERIFY(html.indexOf(QStringLiteral("http-equiv=\"Content-Security-Policy\"")) < html.indexOf(QStringLiteral("<title>")));
        QVERIFY(html.contains(QStringLiteral("<meta name=\"author\" content=\"") + value.toHtmlEscaped() + '"'));
    }

    // The body and the policy are placed, not searched for: a body that
    // holds the old marks stays as it is.
    void bodyHoldingMarksStays()
    {
        PageData page;
        page.bodyHtml = QStringLiteral("<p>\x01pw-csp\x01 \x01pw-body\x01</p>");
        const QString html = PageTemplate::defaultTemplate().render(page);
        QCOMPARE(html.count(page.bodyHtml), 1);
        QCOMPARE(html.count(QStringLiteral("Content-Security-Policy")), 1);
    }
};

QTEST_GUILESS_MAIN(tst_BodyHtml)
#include "tst_bodyhtml.moc"
