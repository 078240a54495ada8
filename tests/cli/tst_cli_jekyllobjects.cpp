// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What Jekyll's Liquid objects hold beyond the front matter (issue 19):
// link's URLs of pages and collections' documents under the site's
// permalink style, _config.yml's front-matter defaults, page.previous and
// page.next, page.content and page.excerpt, and timezone. Two fixture
// sites built by jekyll itself and by postwright-cli export give each
// post the same body text. Skips when jekyll is not installed.
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "support/jekyllpages.h"
#include "support/testfiles.h"

using namespace postwright::testing;

namespace {

const char *const layout = "<!DOCTYPE html>\n<html><body><article id=\"pw-body\">\n{{ content }}\n</article></body></html>\n";

// Permalinks ending in '/', a time zone, defaults by path and type.
const char *const prettyConfig = R"(title: Objects
permalink: /:year/:title/
timezone: America/New_York
collections:
  guides:
    output: true
defaults:
  - scope:
      path: ""
    values:
      author: Site Default
      layout: page
  - scope:
      path: "_posts"
      type: posts
    values:
      author: Post Default
      layout: post
      nested: {a: 1, b: 2}
  - scope:
      path: "_posts/2024-01-03-three.md"
    values:
      permalink: /moved/:title/
)";

const char *const one = R"(---
title: One
nested: {b: 3}
date: 2024-01-01 23:30:00 +0000
---
First *para* of {{ page.title }}.

Second para.

Links: {% link _guides/setup/first.md %} and {% link about.md %} and {% link sub/index.md %} and {% post_url 2024-01-03-three %}

Defaults: {{ page.author }}, {{ page.layout }}, {{ page.nested.a }}-{{ page.nested.b }}.

Neighbours: [{{ page.previous.title }}] [{{ page.next.title }}] [{{ page.next.url }}]

Excerpt: {{ page.excerpt | strip_html | strip }}

Content: {{ page.content | truncatewords: 3 }}

Dates: {{ page.date | date: "%Y-%m-%d %H:%M %z" }}, {{ page.date | date_to_xmlschema }}, {{ "2024-06-01 12:00" | date: "%H:%M %z" }}, {{ "2024-06-01T12:00:00Z" | date_to_rfc822 }}.
)";

const char *const two = R"(---
title: Two
excerpt_separator: <!--more-->
---
Two starts here, {{ page.title }}.
<!--more-->
The rest.

Excerpt: {{ page.excerpt | strip_html | strip }}

Neighbours: [{{ page.previous.title }}] [{{ page.next.title }}]
)";

const char *const three = R"(---
title: Three
excerpt: Given by hand.
---
Three at {{ page.url }}, after [{{ page.previous.title }}], before [{{ page.next.title }}], by {{ page.author }}.

Excerpt: {{ page.excerpt }}. Date: {{ page.date | date: "%Y-%m-%d %H:%M %z" }}.
)";

// Written in UTC, 2024-12-31 in New York: the page's year is 2024 there.
const char *const four = R"(---
title: Four
date: 2025-01-01 02:00:00 +0000
---
Four on {{ page.date | date_to_string }} at {{ page.url }}, after [{{ page.previous.title }}].
)";

// A custom permalink ending in ".html": pages and documents get no suffix.
const char *const htmlConfig = R"(title: Html
permalink: /:categories/:year/:month/:day/:title.html
collections:
  guides:
    output: true
  notes:
    output: true
    permalink: /n/:name:output_ext
defaults:
  - scope:
      path: ""
    values:
      layout: post
)";

const char *const links = R"(---
title: Links
---
Links: {% link _guides/setup/first.md %} and {% link _notes/A Note.md %} and {% link about.md %} and {% link sub/index.md %}
)";

} // namespace

class TestCliJekyllObjects : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void postsMatchJekyll_data();
    void postsMatchJekyll();

private:
    // Builds the site with jekyll and exports it; false (with a failure) when either fails.
    bool build(const QString &name);

    QTemporaryDir m_dir;
    QString m_jekyll;
};

bool TestCliJekyllObjects::build(const QString &name)
{
    const QString site = m_dir.filePath(name);
    const Run built = runProgram(m_jekyll, {QStringLiteral("build"), QStringLiteral("--source"), site,
                                            QStringLiteral("--destination"), m_dir.filePath(name + QStringLiteral("-jekyll")),
                                            QStringLiteral("--disable-disk-cache"), QStringLiteral("--safe")});
    if (built.exitCode != 0) {
        qWarning("%s", qPrintable(built.out + built.err));
        return false;
    }
    const Run exported = runProgram(QStringLiteral(POSTWRIGHT_CLI), {QStringLiteral("export"), site, QStringLiteral("-o"),
                                                                     m_dir.filePath(name + QStringLiteral("-pw"))});
    if (exported.exitCode != 0 || exported.err.contains(QLatin1String("Liquid:"))) {
        qWarning("%s", qPrintable(exported.out + exported.err));
        return false;
    }
    return true;
}

void TestCliJekyllObjects::initTestCase()
{
    m_jekyll = QStandardPaths::findExecutable(QStringLiteral("jekyll"));
    if (m_jekyll.isEmpty())
        QSKIP("jekyll is not installed (scripts/deps.sh test installs it): nothing to compare with");
    QVERIFY(m_dir.isValid());
    for (const char *name : {"pretty", "html"}) {
        const QString site = m_dir.filePath(QLatin1String(name));
        writeFile(site + QStringLiteral("/_layouts/post.html"), layout);
        writeFile(site + QStringLiteral("/_layouts/page.html"), layout);
        writeFile(site + QStringLiteral("/_guides/setup/first.md"), "---\ntitle: First\n---\nA guide.\n");
        writeFile(site + QStringLiteral("/about.md"), "---\ntitle: About\n---\nAbout.\n");
        writeFile(site + QStringLiteral("/sub/index.md"), "---\ntitle: Sub\n---\nSub.\n");
    }
    const QString pretty = m_dir.filePath(QStringLiteral("pretty"));
    writeFile(pretty + QStringLiteral("/_config.yml"), prettyConfig);
    writeFile(pretty + QStringLiteral("/_posts/2024-01-01-one.md"), one);
    writeFile(pretty + QStringLiteral("/_posts/2024-01-02-two.md"), two);
    writeFile(pretty + QStringLiteral("/_posts/2024-01-03-three.md"), three);
    writeFile(pretty + QStringLiteral("/_posts/2025-01-01-four.md"), four);
    const QString html = m_dir.filePath(QStringLiteral("html"));
    writeFile(html + QStringLiteral("/_config.yml"), htmlConfig);
    writeFile(html + QStringLiteral("/_notes/A Note.md"), "---\ntitle: A note\n---\nNote.\n");
    writeFile(html + QStringLiteral("/_posts/2024-02-01-links.md"), links);
    QVERIFY(build(QStringLiteral("pretty")));
    QVERIFY(build(QStringLiteral("html")));
}

void TestCliJekyllObjects::postsMatchJekyll_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("expected");   // a part of the text that says the feature works
    QTest::newRow("link under a permalink ending in /, defaults, neighbours, excerpt, content, timezone")
        << QStringLiteral("pretty-%1/2024/one/index.html")
        << QStringLiteral("Links: /guides/setup/first/ and /about/ and /sub/ and /moved/three/ "
                          "Defaults: Post Default, post, 1-3. Neighbours: [] [Two] [/2024/two/] "
                          "Excerpt: First para of One. Content: First para of... "
                          "Dates: 2024-01-01 18:30 -0500, 2024-01-01T18:30:00-05:00, 12:00 -0400, "
                          "Sat, 01 Jun 2024 08:00:00 -0400.");
    QTest::newRow("excerpt_separator") << QStringLiteral("pretty-%1/2024/two/index.html")
                                       << QStringLiteral("Excerpt: Two starts here, Two. Neighbours: [One] [Three]");
    QTest::newRow("a permalink from defaults, the excerpt in the front matter, a date from the file name")
        << QStringLiteral("pretty-%1/moved/three/index.html")
        << QStringLiteral("Three at /moved/three/, after [Two], before [Four], by Post Default. "
                          "Excerpt: Given by hand.. Date: 2024-01-03 00:00 -0500.");
    QTest::newRow("a date in another zone than the site's timezone") << QStringLiteral("pretty-%1/2024/four/index.html")
                                                                       << QStringLiteral("Four on 31 Dec 2024 at /2024/four/, after [Three].");
    QTest::newRow("link under a custom permalink ending in .html")
        << QStringLiteral("html-%1/2024/02/01/links.html")
        << QStringLiteral("Links: /guides/setup/first and /n/a-note.html and /about and /sub/");
}

void TestCliJekyllObjects::postsMatchJekyll()
{
    QFETCH(QString, page);
    QFETCH(QString, expected);
    const QString jekyll = bodyText(m_dir.filePath(page.arg(QStringLiteral("jekyll"))));
    const QString ours = bodyText(m_dir.filePath(page.arg(QStringLiteral("pw"))));
    QVERIFY2(jekyll.contains(expected), qPrintable(jekyll));
    QCOMPARE(ours, jekyll);
}

QTEST_GUILESS_MAIN(TestCliJekyllObjects)
#include "tst_cli_jekyllobjects.moc"
