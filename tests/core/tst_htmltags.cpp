// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A post's HTML as a browser reads it: character references, tags and
// attributes (render/htmltags.h), and what filterRawHtml takes out of it.
#include "render/htmltags.h"
#include "render/rawhtmlfilter.h"

#include <QTest>

using namespace postwright;

class tst_HtmlTags final : public QObject
{
    Q_OBJECT

private slots:
    void decode_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("inAttribute");
        QTest::addColumn<QString>("decoded");
        QTest::newRow("colon") << "javascript&colon;x" << true << "javascript:x";
        QTest::newRow("tab and newline") << "jav&Tab;as&NewLine;cript" << true << "jav\tas\ncript";
        QTest::newRow("decimal without ;") << "&#106avascript" << true << "javascript";
        QTest::newRow("leading zeros") << "&#0000106;&#x00000061;" << true << "ja";
        QTest::newRow("hex upper X") << "&#X6A;" << true << "j";
        QTest::newRow("no digits") << "&#;&#x;" << true << "&#;&#x;";
        QTest::newRow("zero and too big") << "&#0;&#x110000;&#99999999999999999999;" << true << "\uFFFD\uFFFD\uFFFD";
        QTest::newRow("surrogate") << "&#xD800;" << true << "\uFFFD";
        QTest::newRow("windows-1252") << "&#x80;&#150;" << true << "\u20AC\u2013";
        QTest::newRow("legacy without ;") << "&amp &lt &eacute" << false << "& < \u00E9";
        QTest::newRow("legacy before a letter, attribute") << "?a=1&copy=2&ampx" << true << "?a=1&copy=2&ampx";
        QTest::newRow("legacy before a letter, text") << "&ampx" << false << "&x";
        QTest::newRow("legacy name before a letter, attribute") << "&notit;" << true << "&notit;";
        QTest::newRow("legacy name before a blank") << "&not it" << false << "\u00AC it";
        QTest::newRow("outside Latin-1 stays") << "&mdash;&notin;" << false << "&mdash;&notin;";
        QTest::newRow("fj ligature") << "&fjlig;" << false << "fj";
        QTest::newRow("unknown") << "&bogus; & &;" << false << "&bogus; & &;";
    }

    void decode()
    {
        QFETCH(QString, text);
        QFETCH(bool, inAttribute);
        QFETCH(QString, decoded);
        QCOMPARE(decodeHtmlCharacters(text, inAttribute), decoded);
    }

    void tags_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QStringList>("seen");   // name[attr=value,...] per start tag
        QTest::newRow("quotes") << "<a href=\"x\" title='y' data-z=w>" << QStringList{"a[href=x,title=y,data-z=w]"};
        QTest::newRow("case and blanks") << "<A\tHREF = \"x\"\n>" << QStringList{"a[href=x]"};
        QTest::newRow("slash between") << "<img/src=x/alt=y>" << QStringList{"img[src=x/alt=y]"};
        QTest::newRow("no blank after a quote") << "<a href=\"x\"title=\"y\">" << QStringList{"a[href=x,title=y]"};
        QTest::newRow("namespaced") << "<svg><a xlink:href=\"x\">" << QStringList{"svg[]", "a[xlink:href=x]"};
        QTest::newRow("empty value") << "<a href=>b" << QStringList{"a[href=]"};
        QTest::newRow("no value") << "<input disabled>" << QStringList{"input[disabled]"};
        QTest::newRow("comment") << "<!-- <a href=x> --><b>" << QStringList{"b[]"};
        QTest::newRow("abrupt comment") << "<!--><a href=x>" << QStringList{"a[href=x]"};
        QTest::newRow("comment ended by --!>") << "<!-- x --!><a href=x>" << QStringList{"a[href=x]"};
        QTest::newRow("bogus comment") << "<?php <a href=y ?><a href=x>" << QStringList{"a[href=x]"};
        QTest::newRow("end tag attributes") << "</a href=x><b>" << QStringList{"b[]"};
        QTest::newRow("not a tag") << "a < b <3 <" << QStringList{};
        QTest::newRow("unclosed") << "<a href=\"x" << QStringList{"a[href=x]"};
        QTest::newRow("each tag its own attributes") << "<a href=x title=y></a><b><I ID=z>"
                                                     << QStringList{"a[href=x,title=y]", "b[]", "i[id=z]"};
        // A browser lowers ASCII letters only: the Kelvin sign is no "k".
        QTest::newRow("only ASCII is lowered") << QString::fromUtf8("<a \u212Aey=x Data-\u017F=y>")
                                               << QStringList{QString::fromUtf8("a[\u212Aey=x,data-\u017F=y]")};
        QTest::newRow("quote inside a value") << "<a title=\"<b href=x>\" href=y>" << QStringList{"a[title=<b href=x>,href=y]"};
    }

    void tags()
    {
        QFETCH(QString, html);
        QFETCH(QStringList, seen);
        QStringList tags;
        forEachStartTag(html, [&](const HtmlStartTag &tag) {
            QStringList attributes;
            for (const HtmlAttribute &attribute : tag.attributes) {
                attributes.append(attribute.valueStart < 0
                                      ? attribute.name
                                      : attribute.name + '=' + html.mid(attribute.valueStart, attribute.valueEnd - attribute.valueStart));
            }
            tags.append(tag.name + '[' + attributes.join(',') + ']');
        });
        QCOMPARE(tags, seen);
    }

    void rawHtml_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("filtered");
        QTest::addColumn<QStringList>("removed");
        QTest::newRow("refresh") << "<p>a</p>\n<meta http-equiv=\"refresh\" content=\"0;url=https://example.com\">\n"
                                 << "<p>a</p>\n<!---->\n" << QStringList{"<meta http-equiv=\"refresh\" content=\"0;url=https://example.com\">"};
        QTest::newRow("set-cookie, upper case, unquoted") << "x<META HTTP-EQUIV=Set-Cookie CONTENT=a>y"
                                                          << "x<!---->y" << QStringList{"<META HTTP-EQUIV=Set-Cookie CONTENT=a>"};
        QTest::newRow("policy, slash") << "<meta/http-equiv='content-security-policy'/content=\"x\"/>"
                                       << "<!---->" << QStringList{"<meta/http-equiv='content-security-policy'/content=\"x\"/>"};
        QTest::newRow("other meta stays") << "<meta name=\"x\" content=\"y\">" << "<meta name=\"x\" content=\"y\">" << QStringList{};
        QTest::newRow("unclosed: to the end") << "a<meta http-equiv=refresh content=\"0;url=x" << "a<!---->"
                                              << QStringList{"<meta http-equiv=refresh content=\"0;url=x"};
        QTest::newRow("no tag made of what is left") << "<<meta http-equiv=x>script>alert(1)<</meta http-equiv=x>/script>"
                                                     << "<<!---->script>alert(1)<</meta http-equiv=x>/script>"
                                                     << QStringList{"<meta http-equiv=x>"};
        QTest::newRow("meta in a comment is no meta") << "<!-- <meta http-equiv=refresh> -->" << "<!-- <meta http-equiv=refresh> -->"
                                                      << QStringList{};
        QTest::newRow("noscript disarmed") << "<noscript><p title=\"</noscript><meta http-equiv=refresh>\"></noscript>"
                                           << "&lt;noscript><p title=\"&lt;/noscript><meta http-equiv=refresh>\">&lt;/noscript>"
                                           << QStringList{};
        QTest::newRow("CDATA disarmed") << "<svg><![CDATA[ x ]]></svg>" << "<svg>&lt;![CDATA[ x ]]></svg>" << QStringList{};
        QTest::newRow("noscripts is another tag") << "<noscripts>" << "<noscripts>" << QStringList{};
        QTest::newRow("noscript in any ASCII case") << "<NoScRiPt>" << "&lt;NoScRiPt>" << QStringList{};
        QTest::newRow("a long s is no s") << QString::fromUtf8("<no\u017Fcript>") << QString::fromUtf8("<no\u017Fcript>")
                                          << QStringList{};
    }

    void rawHtml()
    {
        QFETCH(QString, html);
        QFETCH(QString, filtered);
        QFETCH(QStringList, removed);
        QString out = html;
        QCOMPARE(filterRawHtml(out), removed);
        QCOMPARE(out, filtered);
    }

    // The UTF-8 form (postwright-cli render --fragment) filters the same.
    void rawHtmlUtf8_data()
    {
        rawHtml_data();
        QTest::newRow("non-ASCII around a meta") << "\u00E9<meta http-equiv=refresh>\u4E2D<noscript>\U0001F600"
                                                 << "\u00E9<!---->\u4E2D&lt;noscript>\U0001F600"
                                                 << QStringList{"<meta http-equiv=refresh>"};
        QTest::newRow("nothing to filter, non-ASCII") << "<p>\u00E9\U0001F600</p><metal>" << "<p>\u00E9\U0001F600</p><metal>"
                                                      << QStringList{};
    }

    void rawHtmlUtf8()
    {
        QFETCH(QString, html);
        QFETCH(QString, filtered);
        QFETCH(QStringList, removed);
        QByteArray out = html.toUtf8();
        QCOMPARE(filterRawHtml(out), removed);
        QCOMPARE(out, filtered.toUtf8());
    }
};

QTEST_GUILESS_MAIN(tst_HtmlTags)
#include "tst_htmltags.moc"
