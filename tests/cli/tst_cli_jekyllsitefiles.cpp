// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What Jekyll 4.3 reads of a site beyond its posts (issue 19): pages of
// any extension with a front matter (feed.xml, .mkd, .markdown, .html,
// .scss, .json) in site.pages, site.html_pages and {% link %}; documents
// of a collection whose permalink has :year, dated by their front matter
// or file name; front-matter defaults whose scope path is a glob (**,
// {a,b}); tags and categories given by defaults, in page.*, site.tags,
// site.categories and the post's URL. A site built by jekyll itself and
// by postwright-cli export gives each post the same page at the same URL.
// Skips when jekyll is not installed.
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "support/jekyllpages.h"
#include "support/testfiles.h"

using namespace postwright::testing;

namespace {

const char *const layout = "<!DOCTYPE html>\n<html><body><article id=\"pw-body\">\n{{ content }}\n</article></body></html>\n";

// Plain literals: moc reads "/*" in a raw string as a comment.
const char *const config =
    "title: Files\n"
    "timezone: Asia/Tokyo\n"
    "collections:\n"
    "  guides:\n"
    "    output: true\n"
    "    permalink: /guides/:year/:month/:day/:title/\n"
    "defaults:\n"
    "  - scope:\n"
    "      path: \"\"\n"
    "    values:\n"
    "      layout: default\n"
    "  - scope:\n"
    "      path: \"_posts/**/news\"\n"
    "    values:\n"
    "      badge: deep-news\n"
    "  - scope:\n"
    "      path: \"**/*.md\"\n"
    "    values:\n"
    "      glob: any-md\n"
    "  - scope:\n"
    "      path: \"_posts/{news,nothing}*\"\n"
    "    values:\n"
    "      brace: braced\n"
    "  - scope:\n"
    "      path: \"_posts/[0-9]*\"\n"
    "    values:\n"
    "      year: in-a-year\n"
    "  - scope:\n"
    "      path: \"_posts\"\n"
    "      type: posts\n"
    "    values:\n"
    "      tags: [from-defaults]\n"
    "      categories: [defcat]\n";

const char *const deep = R"(---
title: Deep
categories: [own]
---
Deep: [{{ page.badge }}] [{{ page.glob }}] [{{ page.brace }}] [{{ page.year }}] tags={{ page.tags | join: "," }} cats={{ page.categories | join: "," }}
)";

const char *const shallow = R"(---
title: Shallow
tags: [mine]
category: single
---
Shallow: [{{ page.badge }}] [{{ page.glob }}] [{{ page.brace }}] [{{ page.year }}] tags={{ page.tags | join: "," }} cats={{ page.categories | join: "," }}
)";

const char *const links = R"(---
title: Links
---
Links: {% link _guides/2023-05-06-dated.md %} {% link _guides/fm-date.md %} {% link _guides/quoted.md %} {% link feed.xml %} {% link other.mkd %} {% link notes.markdown %} {% link plain.html %} {% link assets/style.scss %} {% link data.json %}

Pages: {{ site.pages | map: "url" | sort | join: " " }}

Html pages: {{ site.html_pages | map: "url" | sort | join: " " }}

Tags: {% for t in site.tags %}{{ t[0] }}={{ t[1] | map: "title" | join: "+" }} {% endfor %}

Categories: {% for t in site.categories %}{{ t[0] }}={{ t[1] | map: "title" | join: "+" }} {% endfor %}

Own: [{{ page.badge }}] [{{ page.glob }}] [{{ page.year }}] tags={{ page.tags | join: "," }} cats={{ page.categories | join: "," }}
)";

} // namespace

class TestCliJekyllSiteFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void postsMatchJekyll_data();
    void postsMatchJekyll();

private:
    QTemporaryDir m_dir;
};

void TestCliJekyllSiteFiles::initTestCase()
{
    const QString jekyllProgram = QStandardPaths::findExecutable(QStringLiteral("jekyll"));
    if (jekyllProgram.isEmpty())
        QSKIP("jekyll is not installed (scripts/deps.sh test installs it): nothing to compare with");
    QVERIFY(m_dir.isValid());
    const QString site = m_dir.filePath(QStringLiteral("site"));
    writeFile(site + QStringLiteral("/_config.yml"), config);
    writeFile(site + QStringLiteral("/_layouts/default.html"), layout);
    writeFile(site + QStringLiteral("/_posts/2024/news/2024-01-01-deep.md"), deep);
    writeFile(site + QStringLiteral("/_posts/news/2024-01-02-shallow.md"), shallow);
    writeFile(site + QStringLiteral("/_posts/2024-01-03-links.md"), links);
    writeFile(site + QStringLiteral("/_guides/2023-05-06-dated.md"), "---\ntitle: Dated\n---\nDated guide.\n");
    writeFile(site + QStringLiteral("/_guides/fm-date.md"), "---\ntitle: FM\ndate: 2022-07-08 23:30:00\n---\nFM guide.\n");
    writeFile(site + QStringLiteral("/_guides/quoted.md"), "---\ntitle: Quoted\ndate: \"2021-02-03\"\n---\nQuoted guide.\n");
    writeFile(site + QStringLiteral("/feed.xml"), "---\nlayout: null\n---\n<feed>{{ site.title }}</feed>\n");
    writeFile(site + QStringLiteral("/other.mkd"), "---\ntitle: Other\n---\nOther page.\n");
    writeFile(site + QStringLiteral("/notes.markdown"), "---\ntitle: Notes\n---\nNotes page.\n");
    writeFile(site + QStringLiteral("/plain.html"), "---\ntitle: Plain\n---\n<p>Plain page.</p>\n");
    writeFile(site + QStringLiteral("/assets/style.scss"), "---\n---\nbody { color: red; }\n");
    writeFile(site + QStringLiteral("/data.json"), "---\nlayout: null\n---\n{\"a\": 1}\n");
    writeFile(site + QStringLiteral("/README.md"), "No front matter: a static file, not a page.\n");
    writeFile(site + QStringLiteral("/_drafts/x.md"), "---\ntitle: Draft\n---\nNot a page.\n");
    const Run built = runProgram(jekyllProgram, {QStringLiteral("build"), QStringLiteral("--source"), site,
                                                 QStringLiteral("--destination"), m_dir.filePath(QStringLiteral("jekyll")),
                                                 QStringLiteral("--disable-disk-cache"), QStringLiteral("--safe")});
    QVERIFY2(built.exitCode == 0, qPrintable(built.out + built.err));
    const Run exported = runProgram(QStringLiteral(POSTWRIGHT_CLI), {QStringLiteral("export"), site, QStringLiteral("-o"),
                                                                     m_dir.filePath(QStringLiteral("pw"))});
    QVERIFY2(exported.exitCode == 0 && !exported.err.contains(QLatin1String("Liquid:")),
             qPrintable(exported.out + exported.err));
}

void TestCliJekyllSiteFiles::postsMatchJekyll_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("expected");   // a part of the text that says the feature works
    QTest::newRow("link to documents dated by file name and front matter, pages of any extension, site.pages")
        << QStringLiteral("%1/defcat/2024/01/03/links.html")
        << QStringLiteral("Links: /guides/2023/05/06/dated/ /guides/2022/07/09/fm-date/ /guides/2021/02/03/quoted/ "
                          "/feed.xml /other.html /notes.html /plain.html /assets/style.css /data.json "
                          "Pages: /assets/style.css /data.json /feed.xml /notes.html /other.html /plain.html "
                          "Html pages: /notes.html /other.html /plain.html");
    QTest::newRow("tags and categories from defaults in site.tags and site.categories")
        << QStringLiteral("%1/defcat/2024/01/03/links.html")
        << QStringLiteral("Tags: from-defaults=Links+Deep mine=Shallow "
                          "Categories: defcat=Links+Shallow+Deep own=Deep single=Shallow "
                          "Own: [] [any-md] [in-a-year] tags=from-defaults cats=defcat");
    QTest::newRow("** spans folders, [0-9]* a class, a category of its own after the defaults'")
        << QStringLiteral("%1/defcat/own/2024/01/01/deep.html")
        << QStringLiteral("Deep: [deep-news] [any-md] [] [in-a-year] tags=from-defaults cats=defcat,own");
    QTest::newRow("**/ spans no folder too, {a,b} alternatives, tags of its own replace the defaults'")
        << QStringLiteral("%1/defcat/single/2024/01/02/shallow.html")
        << QStringLiteral("Shallow: [deep-news] [any-md] [braced] [] tags=mine cats=defcat,single");
}

void TestCliJekyllSiteFiles::postsMatchJekyll()
{
    QFETCH(QString, page);
    QFETCH(QString, expected);
    const QString jekyll = bodyText(m_dir.filePath(page.arg(QStringLiteral("jekyll"))));
    const QString ours = bodyText(m_dir.filePath(page.arg(QStringLiteral("pw"))));
    QVERIFY2(jekyll.contains(expected), qPrintable(jekyll));
    QCOMPARE(ours, jekyll);
}

QTEST_GUILESS_MAIN(TestCliJekyllSiteFiles)
#include "tst_cli_jekyllsitefiles.moc"
