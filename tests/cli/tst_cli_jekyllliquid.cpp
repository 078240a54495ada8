// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Jekyll posts run Liquid before Markdown (issue 19): the fixture site
// tests/data/sites/jekyll-liquid, built by jekyll itself and by
// postwright-cli export, gives each post the same body text (tags
// stripped, whitespace collapsed, typographic quotes made plain: kramdown
// and cmark-gfm differ in markup, not in text). check reports a Liquid
// error with its line. Skips when jekyll is not installed.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "support/jekyllpages.h"
#include "support/testfiles.h"

using namespace postwright::testing;

namespace {

const QString fixture = QStringLiteral(POSTWRIGHT_TEST_DATA "/sites/jekyll-liquid");

} // namespace

class TestCliJekyllLiquid : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void postsMatchJekyll_data();
    void postsMatchJekyll();
    void exportWarnsOnlyAboutLiquidLeftAsText();
    void checkReportsLiquidErrorsWithTheirLine();
    void hugoSitesNeverRunLiquid();
    void hostileSiteFilesAreRefused();

private:
    QTemporaryDir m_dir;
    QString m_site;
    Run m_export;
};

void TestCliJekyllLiquid::initTestCase()
{
    const QString jekyll = QStandardPaths::findExecutable(QStringLiteral("jekyll"));
    if (jekyll.isEmpty())
        QSKIP("jekyll is not installed (scripts/deps.sh test installs it): nothing to compare with");
    QVERIFY(m_dir.isValid());
    m_site = m_dir.filePath(QStringLiteral("site"));
    copyFolder(fixture, m_site);
    const Run built = runProgram(jekyll, {QStringLiteral("build"), QStringLiteral("--source"), m_site,
                                          QStringLiteral("--destination"), m_dir.filePath(QStringLiteral("jekyll")),
                                          QStringLiteral("--disable-disk-cache"), QStringLiteral("--safe")});
    QVERIFY2(built.exitCode == 0, qPrintable(built.out + built.err));
    m_export = runProgram(QStringLiteral(POSTWRIGHT_CLI),
                          {QStringLiteral("export"), m_site, QStringLiteral("-o"), m_dir.filePath(QStringLiteral("pw"))});
    QVERIFY2(m_export.exitCode == 0, qPrintable(m_export.out + m_export.err));
}

void TestCliJekyllLiquid::postsMatchJekyll_data()
{
    QTest::addColumn<QString>("page");
    QTest::newRow("tags") << QStringLiteral("guide/2024/01/05/tags.html");
    QTest::newRow("filters") << QStringLiteral("2024/02/10/filters.html");
    QTest::newRow("site, page, data, includes, highlight, links, Jekyll filters")
        << QStringLiteral("guide/2024/03/15/jekyll.html");
    QTest::newRow("render_with_liquid: false") << QStringLiteral("2024/04/01/optout.html");
}

void TestCliJekyllLiquid::postsMatchJekyll()
{
    QFETCH(QString, page);
    const QString jekyll = bodyText(m_dir.filePath(QStringLiteral("jekyll/") + page));
    const QString ours = bodyText(m_dir.filePath(QStringLiteral("pw/") + page));
    QVERIFY2(!jekyll.isEmpty(), qPrintable(page));
    QCOMPARE(ours, jekyll);
    // Nothing of the template is left as syntax (but what {% raw %} keeps
    // and where the post opts out).
    const QString rendered = QString(ours).remove(QStringLiteral("Raw: {{ page.title }} and {% if %}"));
    if (!page.contains(QLatin1String("optout")))
        QVERIFY2(!rendered.contains(QLatin1String("{%")) && !rendered.contains(QLatin1String("{{")), qPrintable(ours));
}

void TestCliJekyllLiquid::exportWarnsOnlyAboutLiquidLeftAsText()
{
    // The Liquid the engine renders is no longer "left as text"; the post
    // that opts out still is.
    const QStringList lines = m_export.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QStringList leftAsText = lines.filter(QStringLiteral("left as text"));
    QCOMPARE(leftAsText.size(), 1);
    QVERIFY2(leftAsText.first().contains(QLatin1String("2024-04-01-optout.md")), qPrintable(m_export.err));
    QVERIFY2(lines.filter(QStringLiteral("Liquid:")).isEmpty(), qPrintable(m_export.err));
}

void TestCliJekyllLiquid::checkReportsLiquidErrorsWithTheirLine()
{
    const QString post = m_site + QStringLiteral("/_posts/2024-05-01-broken.md");
    writeFile(post, "---\ntitle: Broken\ndescription: A post with Liquid errors for the check.\n---\n"
                    "Fine {{ site.title }}.\n\n"
                    "Then {% frobnicate %} here.\n"
                    "And {% post_url 2020-01-01-nowhere %}.\n");
    const Run checked = runProgram(QStringLiteral(POSTWRIGHT_CLI), {QStringLiteral("check"), post});
    QFile::remove(post);
    QCOMPARE(checked.exitCode, 1);
    QVERIFY2(checked.out.contains(QLatin1String("2024-05-01-broken.md:7:6: error: Liquid: Unknown tag 'frobnicate'")),
             qPrintable(checked.out + checked.err));
    QVERIFY2(checked.out.contains(QLatin1String("2024-05-01-broken.md:8:5: error: Liquid: Could not find post "
                                                "\"2020-01-01-nowhere\"")),
             qPrintable(checked.out + checked.err));
}

void TestCliJekyllLiquid::hugoSitesNeverRunLiquid()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("hugo.toml")), "title = 'Hugo'\n");
    const QString post = dir.filePath(QStringLiteral("content/posts/a.md"));
    writeFile(post, "---\ntitle: A\n---\nKeep {% raw %} and {{ site.title }} as written.\n");
    const Run rendered = runProgram(QStringLiteral(POSTWRIGHT_CLI), {QStringLiteral("render"), QStringLiteral("--fragment"), post});
    QCOMPARE(rendered.exitCode, 0);
    QVERIFY2(rendered.out.contains(QLatin1String("{% raw %}")), qPrintable(rendered.out));
}

// A cloned site may hold symbolic links out of it, link loops in _data/,
// a YAML alias bomb and a template that doubles an array: nothing outside
// the site is read, and the render finishes with what it could render.
void TestCliJekyllLiquid::hostileSiteFilesAreRefused()
{
    QTemporaryDir dir;
    const QString outside = dir.filePath(QStringLiteral("outside"));
    writeFile(outside + QStringLiteral("/secret.txt"), "SECRET-TEXT");
    writeFile(outside + QStringLiteral("/data.yml"), "k: LEAKED-VALUE\n");
    const QString site = dir.filePath(QStringLiteral("site"));
    writeFile(site + QStringLiteral("/_config.yml"), "title: Hostile\n");
    QVERIFY(QDir().mkpath(site + QStringLiteral("/_includes")));
    QVERIFY(QFile::link(outside + QStringLiteral("/secret.txt"), site + QStringLiteral("/_includes/link.html")));
    QVERIFY(QDir().mkpath(site + QStringLiteral("/_posts")));
    QVERIFY(QFile::link(outside + QStringLiteral("/secret.txt"), site + QStringLiteral("/_posts/rel.txt")));
    QVERIFY(QDir().mkpath(site + QStringLiteral("/_data")));
    QVERIFY(QFile::link(outside, site + QStringLiteral("/_data/ext")));
    QVERIFY(QFile::link(outside + QStringLiteral("/data.yml"), site + QStringLiteral("/_data/o.yml")));
    for (const char *loop : {"/_data/a", "/_data/b", "/_data/c"})
        QVERIFY(QFile::link(QStringLiteral("."), site + QLatin1String(loop)));
    // Nine levels of nine aliases each: 9^9 values if copied.
    QByteArray bomb = "l0: &l0 [x, x, x, x, x, x, x, x, x]\n";
    for (int i = 1; i < 10; ++i) {
        bomb += QStringLiteral("l%1: &l%1 [").arg(i).toUtf8();
        for (int j = 0; j < 9; ++j)
            bomb += QStringLiteral("%1*l%2").arg(j ? QStringLiteral(", ") : QString()).arg(i - 1).toUtf8();
        bomb += "]\n";
    }
    writeFile(site + QStringLiteral("/_data/bomb.yml"), bomb);
    const QString post = site + QStringLiteral("/_posts/2024-01-02-s.md");
    writeFile(post, "---\ntitle: S\n---\nA:{% include link.html %} R:{% include_relative rel.txt %} "
                    "B:{{ site.data.ext.data.k }} C:{{ site.data.o.k }} D:{{ site.data.bomb.l9 | size }}\n\n"
                    "{% assign a = \"1,2,3,4,5,6,7,8\" | split: \",\" %}"
                    "{% for i in (1..40) %}{% assign a = a | concat: a %}{% endfor %}Items: {{ a | size }}\n");
    const Run rendered = runProgram(QStringLiteral(POSTWRIGHT_CLI), {QStringLiteral("render"), QStringLiteral("--fragment"), post});
    QCOMPARE(rendered.exitCode, 0);
    QVERIFY2(!rendered.out.contains(QLatin1String("SECRET-TEXT")) && !rendered.out.contains(QLatin1String("LEAKED-VALUE")),
             qPrintable(rendered.out));
    // The doubling stops at the work budget, long before the array cap.
    QVERIFY2(rendered.out.contains(QLatin1String("D:0")) && !rendered.out.contains(QLatin1String("Items:")),
             qPrintable(rendered.out));
    const Run checked = runProgram(QStringLiteral(POSTWRIGHT_CLI), {QStringLiteral("check"), post});
    QVERIFY2(checked.out.contains(QLatin1String("2024-01-02-s.md:4:3: error: Liquid: Invalid include name 'link.html': "
                                                "a symbolic link that leads out of the site")),
             qPrintable(checked.out + checked.err));
    QVERIFY2(checked.out.contains(QLatin1String("The page took too much work to render")),
             qPrintable(checked.out + checked.err));
}

QTEST_GUILESS_MAIN(TestCliJekyllLiquid)
#include "tst_cli_jekyllliquid.moc"
