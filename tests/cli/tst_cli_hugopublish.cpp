// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What hugo 0.111 does not publish, on small sites the test writes: drafts
// by any value hugo takes as true (own or cascaded), dates in the future in
// any format hugo reads, also a date handed down by a cascade. The export
// publishes the same pages as hugo itself (skips without hugo).
#include <QDirIterator>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "support/testfiles.h"

using namespace postwright::testing;

namespace {

const QString layouts = QStringLiteral(POSTWRIGHT_TEST_DATA "/sites/hugo-build/layouts");

int run(const QString &program, const QStringList &args, QString *output = nullptr)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, args);
    process.waitForFinished(120000);
    if (output)
        *output = QString::fromUtf8(process.readAll());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}



// A YAML page with front matter lines (one string, "\n" between).
QByteArray page(const char *frontMatter)
{
    return QByteArray("---\ntitle: t\n") + frontMatter + "\n---\nText.\n";
}

} // namespace

class tst_CliHugoPublish final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void publishesAsHugo_data();
    void publishesAsHugo();
    void unbuiltHomePublishesNothing_data();
    void unbuiltHomePublishesNothing();
    void unbuiltTaxonomyPagesAsHugo();
    void unpublishedResourcesNotCopied();
    void checkReportsRefsToCascadedFuture();
    void checkWarnsOfDatesHugoDoesNotRead();

private:
    QString m_hugo;
    QTemporaryDir m_dir;
};

void tst_CliHugoPublish::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_hugo = QStandardPaths::findExecutable(QStringLiteral("hugo"));
}

void tst_CliHugoPublish::publishesAsHugo_data()
{
    QTest::addColumn<QString>("folder");   // content/FOLDER/p.md, its _index.md when cascade
    QTest::addColumn<QByteArray>("own");
    QTest::addColumn<QByteArray>("cascade");
    QTest::addColumn<bool>("published");
    // go-yaml v2's booleans and cast.ToBool's strings and numbers.
    QTest::newRow("own draft: 1") << "d1" << page("draft: 1") << QByteArray() << false;
    QTest::newRow("own draft: \"1\"") << "d2" << page("draft: \"1\"") << QByteArray() << false;
    QTest::newRow("own draft: y") << "d3" << page("draft: y") << QByteArray() << false;
    QTest::newRow("own draft: Y") << "d4" << page("draft: Y") << QByteArray() << false;
    QTest::newRow("own draft: t") << "d5" << page("draft: t") << QByteArray() << false;
    QTest::newRow("own draft: \"t\"") << "d6" << page("draft: \"t\"") << QByteArray() << false;
    QTest::newRow("own draft: \"yes\" is false") << "d7" << page("draft: \"yes\"") << QByteArray() << true;
    QTest::newRow("own draft: TOML \"t\"") << "d8" << QByteArray("+++\ntitle = \"t\"\ndraft = \"t\"\n+++\n") << QByteArray()
                                           << false;
    for (const char *value : {"y", "Y", "yes", "YES", "on", "On", "ON", "1", "\"t\""}) {
        QTest::addRow("cascade draft: %s", value)
            << QStringLiteral("c%1").arg(QString::fromLatin1(value).remove(QLatin1Char('"'))) << page("")
            << page(QByteArray("cascade:\n  draft: ").append(value).constData()) << false;
    }
    QTest::newRow("cascade draft: \"yes\" is false") << "cq" << page("") << page("cascade:\n  draft: \"yes\"") << true;
    // hugo takes publishDate from date, a cascaded one too.
    QTest::newRow("cascade date in the future") << "cd" << page("") << page("cascade:\n  date: 2099-01-01") << false;
    QTest::newRow("below a section its cascaded date makes future") << "cs" << page("date: 2020-01-01")
                                                                    << page("cascade:\n  date: 2099-01-01") << false;
    QTest::newRow("own date beats a cascaded one")
        << "co" << page("date: 2020-01-01") << page("cascade:\n  - date: 2099-01-01\n    _target:\n      kind: page") << true;
    QTest::newRow("cascaded date to pages only") << "cp" << page("")
                                                 << page("cascade:\n  - date: 2099-01-01\n    _target:\n      kind: page") << false;
    // cast.ToTime's formats and Unix times.
    QTest::newRow("publishDate RFC 1123Z") << "f1" << page("publishDate: \"Thu, 01 Jan 2099 10:00:00 +0000\"") << QByteArray()
                                           << false;
    QTest::newRow("publishDate 02 Jan 2006") << "f2" << page("publishDate: \"01 Jan 2099\"") << QByteArray() << false;
    QTest::newRow("publishDate Unix time") << "f3" << page("publishDate: 4102444800") << QByteArray() << false;
    QTest::newRow("date Unix time") << "f4" << page("date: 4102444800") << QByteArray() << false;
    QTest::newRow("expiryDate RFC 1123Z, past") << "f5" << page("expiryDate: \"Thu, 01 Jan 2015 10:00:00 +0000\"")
                                                << QByteArray() << false;
    QTest::newRow("cascade publishDate 02 Jan 2006") << "f6" << page("") << page("cascade:\n  publishDate: \"01 Jan 2099\"")
                                                     << false;
    QTest::newRow("cascade publishDate quoted digits: no date to hugo") << "f8" << page("")
                                                                        << page("cascade:\n  publishDate: \"4102444800\"") << true;
    QTest::newRow("cascade expiryDate Unix time, past") << "f7" << page("") << page("cascade:\n  expiryDate: 1420070400")
                                                        << false;
    // Go's layouts have fixed widths: no date to hugo, which publishes the page.
    QTest::newRow("date \"2099-1-1\": no date") << "n1" << page("date: \"2099-1-1\"") << QByteArray() << true;
    QTest::newRow("date 2099-1-1 unquoted: no date") << "n2" << page("date: 2099-1-1") << QByteArray() << true;
    QTest::newRow("date \"2099-01-1\": no date") << "n3" << page("date: \"2099-01-1\"") << QByteArray() << true;
    QTest::newRow("date \"2099-1-1T10:00:00Z\": no date") << "n4" << page("date: \"2099-1-1T10:00:00Z\"") << QByteArray() << true;
    QTest::newRow("date without seconds: no date") << "n5" << page("date: 2099-01-01 10:00") << QByteArray() << true;
    QTest::newRow("date with a space before: no date") << "n6" << page("date: \" 2099-01-01\"") << QByteArray() << true;
    QTest::newRow("publishDate \"2099-1-1\": no date") << "n7" << page("publishDate: \"2099-1-1\"") << QByteArray() << true;
    QTest::newRow("TOML date \"2099-1-1\": no date") << "n8" << QByteArray("+++\ntitle = \"t\"\ndate = \"2099-1-1\"\n+++\n")
                                                       << QByteArray() << true;
    QTest::newRow("JSON date \"2099-1-1\": no date") << "n9" << QByteArray("{\"title\": \"t\", \"date\": \"2099-1-1\"}\nText.\n")
                                                       << QByteArray() << true;
    QTest::newRow("cascade date 2099-1-1: no date") << "na" << page("") << page("cascade:\n  date: 2099-1-1") << true;
    QTest::newRow("date -0700 without a colon") << "nb" << page("date: \"2099-01-01T10:00:00+0100\"") << QByteArray() << false;
    QTest::newRow("date as Go's Time.String()") << "nc" << page("date: \"2099-01-01 10:00:00 +0100 CET\"") << QByteArray()
                                                << false;
    QTest::newRow("date with a one-digit hour") << "nd" << page("date: \"2099-01-01 9:00:00\"") << QByteArray() << false;
}

void tst_CliHugoPublish::publishesAsHugo()
{
    QFETCH(QString, folder);
    QFETCH(QByteArray, own);
    QFETCH(QByteArray, cascade);
    QFETCH(bool, published);
    if (m_hugo.isEmpty())
        QSKIP("hugo is not installed (Debian's package hugo; scripts/deps.sh test installs it)");
    const QString site = m_dir.filePath(folder);
    writeFile(site + QStringLiteral("/hugo.toml"), "baseURL = \"https://example.org/\"\ntitle = \"Publish\"\n");
    copyFolder(layouts, site + QStringLiteral("/layouts"));
    writeFile(site + QStringLiteral("/content/other.md"), page(""));
    writeFile(site + QStringLiteral("/content/") + folder + QStringLiteral("/p.md"), own);
    if (!cascade.isEmpty())
        writeFile(site + QStringLiteral("/content/") + folder + QStringLiteral("/_index.md"), cascade);
    const QString theirs = m_dir.filePath(folder + QStringLiteral("-hugo"));
    const QString ours = m_dir.filePath(folder + QStringLiteral("-ours"));
    QString output;
    QVERIFY2(run(m_hugo, {QStringLiteral("--source"), site, QStringLiteral("--destination"), theirs, QStringLiteral("--quiet")},
                 &output) == 0,
             qPrintable(output));
    QVERIFY2(run(QStringLiteral(POSTWRIGHT_CLI), {QStringLiteral("export"), site, QStringLiteral("-o"), ours,
                                                  QStringLiteral("--no-cache")}, &output) == 0,
             qPrintable(output));
    const QString url = QLatin1Char('/') + folder.toLower() + QStringLiteral("/p/");
    QCOMPARE(pageUrlsBelow(theirs).contains(url), published);
    QCOMPARE(pageUrlsBelow(ours), pageUrlsBelow(theirs));
    // Not in the feed nor the sitemap either.
    if (!published) {
        QVERIFY(!readAll(ours + QStringLiteral("/index.xml")).contains(url.toUtf8()));
        QVERIFY(!readAll(ours + QStringLiteral("/sitemap.xml")).contains(url.toUtf8()));
    }
}

void tst_CliHugoPublish::unbuiltHomePublishesNothing_data()
{
    QTest::addColumn<QByteArray>("home");     // content/_index.md, none when empty
    QTest::addColumn<QByteArray>("config");   // added to hugo.toml
    QTest::newRow("home draft") << page("draft: true") << QByteArray();
    QTest::newRow("home expired by its cascade") << page("cascade:\n  expiryDate: 2015-01-01") << QByteArray();
    QTest::newRow("config cascade draft") << QByteArray() << QByteArray("[cascade]\ndraft = true\n");
}

void tst_CliHugoPublish::unbuiltHomePublishesNothing()
{
    QFETCH(QByteArray, home);
    QFETCH(QByteArray, config);
    if (m_hugo.isEmpty())
        QSKIP("hugo is not installed (Debian's package hugo; scripts/deps.sh test installs it)");
    const QString site = m_dir.filePath(QStringLiteral("home-%1").arg(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
    writeFile(site + QStringLiteral("/hugo.toml"), "baseURL = \"https://example.org/\"\n" + config);
    copyFolder(layouts, site + QStringLiteral("/layouts"));
    writeFile(site + QStringLiteral("/content/posts/a.md"), page("tags: [x]"));
    if (!home.isEmpty())
        writeFile(site + QStringLiteral("/content/_index.md"), home);
    QString output;
    QVERIFY2(run(m_hugo, {QStringLiteral("--source"), site, QStringLiteral("--destination"), site + QStringLiteral("-hugo"),
                          QStringLiteral("--quiet")}, &output) == 0,
             qPrintable(output));
    QVERIFY2(run(QStringLiteral(POSTWRIGHT_CLI), {QStringLiteral("export"), site, QStringLiteral("-o"), site + QStringLiteral("-ours"),
                                                  QStringLiteral("--no-cache")}, &output) == 0,
             qPrintable(output));
    QCOMPARE(filesBelow(site + QStringLiteral("-hugo"), QStringLiteral("*.html")), QStringList());
    QCOMPARE(filesBelow(site + QStringLiteral("-ours"), QStringLiteral("*.html")), QStringList());
    QVERIFY2(output.contains(QLatin1String("the home page is a draft")), qPrintable(output));
}

void tst_CliHugoPublish::unbuiltTaxonomyPagesAsHugo()
{
    if (m_hugo.isEmpty())
        QSKIP("hugo is not installed (Debian's package hugo; scripts/deps.sh test installs it)");
    const QString site = m_dir.filePath(QStringLiteral("taxonomy"));
    writeFile(site + QStringLiteral("/hugo.toml"), "baseURL = \"https://example.org/\"\n");
    copyFolder(layouts, site + QStringLiteral("/layouts"));
    writeFile(site + QStringLiteral("/content/posts/a.md"), page("tags: [wip, go]\ncategories: [news]"));
    writeFile(site + QStringLiteral("/content/tags/wip/_index.md"), page("draft: true"));
    writeFile(site + QStringLiteral("/content/categories/_index.md"), page("publishDate: 2099-01-01"));
    QString output;
    QVERIFY2(run(m_hugo, {QStringLiteral("--source"), site, QStringLiteral("--destination"), site + QStringLiteral("-hugo"),
                          QStringLiteral("--quiet")}, &output) == 0,
             qPrintable(output));
    QVERIFY2(run(QStringLiteral(POSTWRIGHT_CLI), {QStringLiteral("export"), site, QStringLiteral("-o"), site + QStringLiteral("-ours"),
                                                  QStringLiteral("--no-cache")}, &output) == 0,
             qPrintable(output));
    // hugo's page/1/ redirects of the taxonomy pages aside.
    QStringList theirs = pageUrlsBelow(site + QStringLiteral("-hugo"));
    theirs.removeIf([](const QString &url) { return url.endsWith(QLatin1String("/page/1/")); });
    QStringList ours = pageUrlsBelow(site + QStringLiteral("-ours"));
    ours.removeIf([](const QString &url) { return url.endsWith(QLatin1String("/page/1/")); });
    QCOMPARE(ours, theirs);
    const QByteArray sitemap = readAll(site + QStringLiteral("-ours/sitemap.xml"));
    for (const char *url : {"/tags/wip/", "/categories/", "/categories/news/"}) {
        QVERIFY2(!theirs.contains(QLatin1String(url)), url);
        QVERIFY2(!sitemap.contains(QByteArray("example.org") + url + "<"), url);
    }
    QVERIFY(ours.contains(QLatin1String("/tags/go/")));
}

void tst_CliHugoPublish::unpublishedResourcesNotCopied()
{
    if (m_hugo.isEmpty())
        QSKIP("hugo is not installed (Debian's package hugo; scripts/deps.sh test installs it)");
    const QString site = m_dir.filePath(QStringLiteral("resources"));
    writeFile(site + QStringLiteral("/hugo.toml"), "baseURL = \"https://example.org/\"\n");
    copyFolder(layouts, site + QStringLiteral("/layouts"));
    writeFile(site + QStringLiteral("/content/posts/nopub/index.md"),
              "---\ntitle: nopub\n_build:\n  publishResources: false\n---\n[r](r.txt)\n");
    writeFile(site + QStringLiteral("/content/posts/nopub/r.txt"), "secret\n");
    writeFile(site + QStringLiteral("/content/posts/pub/index.md"), "---\ntitle: pub\n---\n[r](r.txt)\n");
    writeFile(site + QStringLiteral("/content/posts/pub/r.txt"), "open\n");
    QString output;
    QVERIFY2(run(m_hugo, {QStringLiteral("--source"), site, QStringLiteral("--destination"), site + QStringLiteral("-hugo"),
                          QStringLiteral("--quiet")}, &output) == 0,
             qPrintable(output));
    QVERIFY2(run(QStringLiteral(POSTWRIGHT_CLI), {QStringLiteral("export"), site, QStringLiteral("-o"), site + QStringLiteral("-ours"),
                                                  QStringLiteral("--no-cache")}, &output) == 0,
             qPrintable(output));
    for (const QString &root : {site + QStringLiteral("-hugo"), site + QStringLiteral("-ours")}) {
        QVERIFY2(!QFileInfo::exists(root + QStringLiteral("/posts/nopub/r.txt")), qPrintable(root));
        QVERIFY2(QFileInfo::exists(root + QStringLiteral("/posts/nopub/index.html")), qPrintable(root));
        QVERIFY2(QFileInfo::exists(root + QStringLiteral("/posts/pub/r.txt")), qPrintable(root));
    }
    QVERIFY2(output.contains(QLatin1String("publishResources: false")), qPrintable(output));
}

void tst_CliHugoPublish::checkReportsRefsToCascadedFuture()
{
    const QString site = m_dir.filePath(QStringLiteral("check"));
    writeFile(site + QStringLiteral("/hugo.toml"), "baseURL = \"https://example.org/\"\n");
    writeFile(site + QStringLiteral("/content/d/_index.md"), page("cascade:\n  date: 2099-01-01"));
    writeFile(site + QStringLiteral("/content/d/p.md"), page(""));
    writeFile(site + QStringLiteral("/content/posts/r.md"), "---\ntitle: r\n---\n{{< ref \"/d/p.md\" >}}\n");
    QString output;
    run(QStringLiteral(POSTWRIGHT_CLI), {QStringLiteral("check"), site}, &output);
    QVERIFY2(output.contains(QLatin1String("content/posts/r.md:4:1: error: ref \"/d/p.md\"")) && output.contains(QLatin1String("[broken-ref]")),
             qPrintable(output));
}

// check warns of a date hugo reads as none, at its line, with the form it reads.
void tst_CliHugoPublish::checkWarnsOfDatesHugoDoesNotRead()
{
    const QString site = m_dir.filePath(QStringLiteral("check-dates"));
    writeFile(site + QStringLiteral("/hugo.toml"), "baseURL = \"https://example.org/\"\n");
    writeFile(site + QStringLiteral("/content/posts/a.md"), "---\ntitle: a\ndate: 2099-1-1\n---\nText.\n");
    writeFile(site + QStringLiteral("/content/posts/b.md"), "---\ntitle: b\ndate: 2099-01-01\nexpiryDate: 2099-01-02 10:00\n---\nText.\n");
    QString output;
    run(QStringLiteral(POSTWRIGHT_CLI), {QStringLiteral("check"), site}, &output);
    QVERIFY2(output.contains(QLatin1String("content/posts/a.md:3:1: warning: hugo reads no date in date: 2099-1-1")), qPrintable(output));
    QVERIFY2(output.contains(QLatin1String("write 2099-01-01")), qPrintable(output));
    QVERIFY2(output.contains(QLatin1String("content/posts/b.md:4:1: warning: hugo reads no date in expiryDate")), qPrintable(output));
    QVERIFY2(!output.contains(QLatin1String("content/posts/b.md:3:")), qPrintable(output));
}

QTEST_GUILESS_MAIN(tst_CliHugoPublish)
#include "tst_cli_hugopublish.moc"
