// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A second export into the same folder renders again exactly the Jekyll
// pages whose Liquid read what changed (issue 19): an include, another
// post's front matter (site.posts, post_url and link targets), a renamed
// post, a _data file (also a new one), a value of _config.yml, its
// settings. After each change the page is what a fresh export and `jekyll
// build` give, and a page that read none of it is left as it was. A page
// that shows site.time is rendered at each export. Skips when jekyll is
// not installed.
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "support/jekyllpages.h"
#include "support/testfiles.h"

using namespace postwright::testing;

namespace {

const char *const reader = R"(---
title: Reader
---
Include: {% include greet.html %}

Data: {{ site.data.people.name }} {{ site.data.extra.word }}

Title: {{ site.title }}

Tagline: {{ site.tagline }}

Link: {% post_url 2024-01-02-target %} and {% link _posts/2024-01-02-target.md %}

{% for p in site.posts %}Listed: {{ p.title }} at {{ p.url }}
{% endfor %}
)";

const char *const bystander = R"(---
title: Bystander
---
Plain text, {{ page.title }}.
)";

} // namespace

class TestCliJekyllIncremental : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void changeRendersWhatDependsOnIt_data();
    void changeRendersWhatDependsOnIt();
    void environmentChangeRendersPagesThatReadIt();
    void siteTimeRendersAtEachExport();

private:
    QString path(const QString &relative) const { return m_dir.filePath(QStringLiteral("site/") + relative); }
    // The reader's body text in a folder built by jekyll or exported by us.
    QString readerText(const QString &out) const
    {
        return bodyText(m_dir.filePath(out + QStringLiteral("/2024/01/03/reader.html")));
    }

    QTemporaryDir m_dir;
    QString m_jekyll;
    int m_round = 0;
};

void TestCliJekyllIncremental::initTestCase()
{
    m_jekyll = QStandardPaths::findExecutable(QStringLiteral("jekyll"));
    if (m_jekyll.isEmpty())
        QSKIP("jekyll is not installed (scripts/deps.sh test installs it): nothing to compare with");
    QVERIFY(m_dir.isValid());
    writeFile(path(QStringLiteral("_config.yml")),
              "title: First Title\ntagline: First tagline\npermalink: /:year/:month/:day/:title.html\n"
              "defaults:\n  - scope:\n      type: posts\n    values:\n      layout: default\n");
    writeFile(path(QStringLiteral("_layouts/default.html")),
              "<!DOCTYPE html>\n<html><body><article id=\"pw-body\">\n{{ content }}\n</article></body></html>\n");
    writeFile(path(QStringLiteral("_includes/greet.html")), "Hello from the first include\n");
    writeFile(path(QStringLiteral("_data/people.yml")), "name: Alice\n");
    writeFile(path(QStringLiteral("_posts/2024-01-01-other.md")), "---\ntitle: Other\n---\nOther post.\n");
    writeFile(path(QStringLiteral("_posts/2024-01-02-target.md")), "---\ntitle: Target\n---\nTarget post.\n");
    writeFile(path(QStringLiteral("_posts/2024-01-03-reader.md")), reader);
    writeFile(path(QStringLiteral("_posts/2024-01-04-bystander.md")), bystander);
    const Run first = runProgram(QStringLiteral(POSTWRIGHT_CLI),
                                 {QStringLiteral("export"), m_dir.filePath(QStringLiteral("site")), QStringLiteral("-o"),
                                  m_dir.filePath(QStringLiteral("out"))});
    QVERIFY2(first.exitCode == 0, qPrintable(first.out + first.err));
    QVERIFY2(readerText(QStringLiteral("out")).contains(QLatin1String("Hello from the first include")),
             qPrintable(readerText(QStringLiteral("out"))));
}

void TestCliJekyllIncremental::changeRendersWhatDependsOnIt_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("bytes");   // empty: file is renamed to expected instead
    QTest::addColumn<QString>("expected");   // in the reader's text after the change
    QTest::addColumn<bool>("everyPage");     // the bystander is rendered again too
    QTest::newRow("an include") << QStringLiteral("_includes/greet.html") << QByteArray("Hello from the second include\n")
                                << QStringLiteral("Hello from the second include") << false;
    QTest::newRow("another post's title (site.posts)")
        << QStringLiteral("_posts/2024-01-01-other.md") << QByteArray("---\ntitle: Renamed Other\n---\nOther post.\n")
        << QStringLiteral("Listed: Renamed Other at /2024/01/01/other.html") << false;
    QTest::newRow("a linked post's URL (post_url, link)")
        << QStringLiteral("_posts/2024-01-02-target.md")
        << QByteArray("---\ntitle: Target\npermalink: /moved/target.html\n---\nTarget post.\n")
        << QStringLiteral("Link: /moved/target.html and /moved/target.html") << false;
    QTest::newRow("a renamed post") << QStringLiteral("_posts/2024-01-01-other.md") << QByteArray()
                                    << QStringLiteral("_posts/2023-12-31-other.md") << false;
    QTest::newRow("a data file") << QStringLiteral("_data/people.yml") << QByteArray("name: Bob\n")
                                 << QStringLiteral("Data: Bob") << false;
    QTest::newRow("a new data file") << QStringLiteral("_data/extra.yml") << QByteArray("word: fresh\n")
                                     << QStringLiteral("Data: Bob fresh") << false;
    // Only the pages that read it: not every page, as a byte of
    // _config.yml did before.
    QTest::newRow("a value of _config.yml (site.tagline)")
        << QStringLiteral("_config.yml")
        << QByteArray("title: First Title\ntagline: Second tagline\npermalink: /:year/:month/:day/:title.html\n"
                      "defaults:\n  - scope:\n      type: posts\n    values:\n      layout: default\n")
        << QStringLiteral("Tagline: Second tagline") << false;
    // The title is on every page the export writes.
    QTest::newRow("a setting of _config.yml (title)")
        << QStringLiteral("_config.yml")
        << QByteArray("title: Second Title\ntagline: Second tagline\npermalink: /:year/:month/:day/:title.html\n"
                      "defaults:\n  - scope:\n      type: posts\n    values:\n      layout: default\n")
        << QStringLiteral("Title: Second Title") << true;
}

void TestCliJekyllIncremental::changeRendersWhatDependsOnIt()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QFETCH(bool, everyPage);
    if (bytes.isEmpty()) {
        QVERIFY(QFile::rename(path(file), path(expected)));
        expected = QStringLiteral("at /2023/12/31/other.html");
    } else {
        writeFile(path(file), bytes);
    }
    const QString site = m_dir.filePath(QStringLiteral("site"));
    const Run again = runProgram(QStringLiteral(POSTWRIGHT_CLI), {QStringLiteral("export"), site, QStringLiteral("-o"),
                                                                  m_dir.filePath(QStringLiteral("out")),
                                                                  QStringLiteral("--no-cache"),
                                                                  QStringLiteral("--list-written")});
    QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
    const QString fresh = QStringLiteral("fresh-%1").arg(++m_round);
    const Run clean = runProgram(QStringLiteral(POSTWRIGHT_CLI),
                                 {QStringLiteral("export"), site, QStringLiteral("-o"), m_dir.filePath(fresh)});
    QVERIFY2(clean.exitCode == 0, qPrintable(clean.out + clean.err));
    const Run built = runProgram(m_jekyll, {QStringLiteral("build"), QStringLiteral("--source"), site,
                                            QStringLiteral("--destination"), m_dir.filePath(QStringLiteral("jekyll")),
                                            QStringLiteral("--disable-disk-cache"), QStringLiteral("--safe")});
    QVERIFY2(built.exitCode == 0, qPrintable(built.out + built.err));

    const QString ours = readerText(QStringLiteral("out"));
    QVERIFY2(ours.contains(expected), qPrintable(ours));
    QCOMPARE(ours, readerText(fresh));
    QCOMPARE(ours, readerText(QStringLiteral("jekyll")));
    // Rendered again exactly where it read what changed: the bystander
    // read none of it (but the settings every page depends on).
    QVERIFY2(again.out.contains(QLatin1String("2024/01/03/reader.html\n")), qPrintable(again.out));
    QCOMPARE(again.out.contains(QLatin1String("2024/01/04/bystander.html\n")), everyPage);
}

QTEST_GUILESS_MAIN(TestCliJekyllIncremental)
#include "tst_cli_jekyllincremental.moc"

// A production export after a development one (JEKYLL_ENV): the pages that
// read jekyll.environment are rendered again, as a fresh export has them.
void TestCliJekyllIncremental::environmentChangeRendersPagesThatReadIt()
{
    QTemporaryDir dir;
    const QString site = dir.filePath(QStringLiteral("env"));
    writeFile(site + QStringLiteral("/_config.yml"), "title: S\n");
    writeFile(site + QStringLiteral("/_posts/2024-01-01-a.md"),
              "---\ntitle: A\n---\n{% if jekyll.environment == \"production\" %}ANALYTICS{% else %}DEV{% endif %}\n");
    const QString out = dir.filePath(QStringLiteral("out"));
    const QString cli = QStringLiteral(POSTWRIGHT_CLI);
    QCOMPARE(runProgram(cli, {QStringLiteral("export"), site, QStringLiteral("-o"), out}).exitCode, 0);
    QVERIFY(readAll(out + QStringLiteral("/2024/01/01/a.html")).contains("DEV"));
    const Run production =
        runProgram(cli, {QStringLiteral("export"), site, QStringLiteral("-o"), out}, QStringLiteral("production"));
    QVERIFY2(production.exitCode == 0, qPrintable(production.out + production.err));
    const QByteArray page = readAll(out + QStringLiteral("/2024/01/01/a.html"));
    QVERIFY2(page.contains("ANALYTICS") && !page.contains("DEV"), page.constData());
}

// jekyll build shows the time of each build where a page reads site.time
// (or "now" | date): such a page is rendered at each export, even when
// nothing changed; the others are left as they are.
void TestCliJekyllIncremental::siteTimeRendersAtEachExport()
{
    QTemporaryDir dir;
    const QString site = dir.filePath(QStringLiteral("clock"));
    writeFile(site + QStringLiteral("/_config.yml"), "title: S\n");
    writeFile(site + QStringLiteral("/_posts/2024-01-01-clock.md"), "---\ntitle: Clock\n---\nBuilt {{ site.time }}.\n");
    writeFile(site + QStringLiteral("/_posts/2024-01-02-now.md"),
              "---\ntitle: Now\n---\nBuilt {{ 'now' | date: '%Y' }}.\n");
    writeFile(site + QStringLiteral("/_posts/2024-01-03-still.md"), "---\ntitle: Still\n---\nNo time here.\n");
    const QString out = dir.filePath(QStringLiteral("out"));
    const QString cli = QStringLiteral(POSTWRIGHT_CLI);
    QCOMPARE(runProgram(cli, {QStringLiteral("export"), site, QStringLiteral("-o"), out}).exitCode, 0);
    const Run again = runProgram(cli, {QStringLiteral("export"), site, QStringLiteral("-o"), out,
                                       QStringLiteral("--no-cache"), QStringLiteral("--list-written")});
    QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
    QVERIFY2(again.out.contains(QLatin1String("2024/01/01/clock.html\n")), qPrintable(again.out));
    QVERIFY2(again.out.contains(QLatin1String("2024/01/02/now.html\n")), qPrintable(again.out));
    QVERIFY2(!again.out.contains(QLatin1String("2024/01/03/still.html")), qPrintable(again.out));
}
