// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Dates as Jekyll 4.3 reads them (issue 19): a front-matter timestamp
// written without a zone is UTC (Ruby's YAML), a quoted one or a date alone
// is local time; all are shown in _config.yml's timezone, else in the
// system's (TZ); a POSIX timezone such as "UTC+5" is five hours *behind*
// UTC. The post's URL takes its day there. Sites built by jekyll itself
// and by postwright-cli export, in the same TZ, give each post the same
// page at the same URL. Skips when jekyll is not installed.
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "support/jekyllpages.h"
#include "support/testfiles.h"

using namespace postwright::testing;

namespace {

const char *const layout = "<!DOCTYPE html>\n<html><body><article id=\"pw-body\">\n{{ content }}\n</article></body></html>\n";

const char *const unquoted = R"(---
title: Unquoted
date: 2024-03-01 22:00:00
updated: 2024-03-01 10:00:00
stamp: 2024-03-01 10:00:00 +05:00
quoted: "2024-03-01 10:00:00"
---
Date: {{ page.date | date: "%Y-%m-%d %H:%M %z" }} at {{ page.url }}.
Updated: {{ page.updated }}, {{ page.updated | date: "%H:%M %z" }}.
Stamp: {{ page.stamp }}. Quoted: {{ page.quoted | date: "%H:%M %z" }}.
)";

const char *const offset = R"(---
title: Offset
date: 2024-03-05 23:00:00 +0000
---
Offset: {{ page.date | date_to_xmlschema }} at {{ page.url }}.
)";

const char *const quoted = R"(---
title: Quoted
date: "2024-03-01 10:00:00"
---
Quoted: {{ page.date | date: "%Y-%m-%d %H:%M %z" }} at {{ page.url }}.
)";

const char *const early = R"(---
title: Early
date: 2024-03-01 03:00:00
---
Early: {{ page.date | date: "%Y-%m-%d %H:%M %z" }} at {{ page.url }}, {{ "2024-06-01 12:00" | date: "%H:%M %z" }}.
)";

struct Site
{
    const char *name;
    const char *config;
    const char *timeZone;   // TZ of both builds
};

const Site sites[] = {
    {"system", "title: System\n", "Asia/Tokyo"},
    {"kolkata", "title: Kolkata\ntimezone: Asia/Kolkata\n", "UTC"},
    {"posix", "title: Posix\ntimezone: UTC+5\n", "Asia/Tokyo"},
    {"etc", "title: Etc\ntimezone: Etc/GMT-3\n", "UTC"},
};

} // namespace

class TestCliJekyllDates : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void postsMatchJekyll_data();
    void postsMatchJekyll();

private:
    bool build(const Site &site);

    QTemporaryDir m_dir;
    QString m_jekyll;
};

bool TestCliJekyllDates::build(const Site &site)
{
    const QString name = QLatin1String(site.name);
    const QString root = m_dir.filePath(name);
    const QString zone = QLatin1String(site.timeZone);
    const Run built = runProgram(m_jekyll,
                                 {QStringLiteral("build"), QStringLiteral("--source"), root, QStringLiteral("--destination"),
                                  m_dir.filePath(name + QStringLiteral("-jekyll")), QStringLiteral("--disable-disk-cache"),
                                  QStringLiteral("--safe")},
                                 QStringLiteral("development"), zone);
    if (built.exitCode != 0) {
        qWarning("%s", qPrintable(built.out + built.err));
        return false;
    }
    const Run exported = runProgram(QStringLiteral(POSTWRIGHT_CLI),
                                    {QStringLiteral("export"), root, QStringLiteral("-o"), m_dir.filePath(name + QStringLiteral("-pw"))},
                                    QStringLiteral("development"), zone);
    if (exported.exitCode != 0 || exported.err.contains(QLatin1String("Liquid:"))) {
        qWarning("%s", qPrintable(exported.out + exported.err));
        return false;
    }
    return true;
}

void TestCliJekyllDates::initTestCase()
{
    m_jekyll = QStandardPaths::findExecutable(QStringLiteral("jekyll"));
    if (m_jekyll.isEmpty())
        QSKIP("jekyll is not installed (scripts/deps.sh test installs it): nothing to compare with");
    QVERIFY(m_dir.isValid());
    for (const Site &site : sites) {
        const QString root = m_dir.filePath(QLatin1String(site.name));
        writeFile(root + QStringLiteral("/_config.yml"), QByteArray(site.config) + "defaults:\n  - scope:\n      path: \"\"\n    values:\n      layout: post\n");
        writeFile(root + QStringLiteral("/_layouts/post.html"), layout);
        writeFile(root + QStringLiteral("/_posts/2024-03-01-unquoted.md"), unquoted);
        writeFile(root + QStringLiteral("/_posts/2024-03-05-offset.md"), offset);
        writeFile(root + QStringLiteral("/_posts/2024-03-01-quoted.md"), quoted);
        writeFile(root + QStringLiteral("/_posts/2024-03-01-early.md"), early);
    }
    for (const Site &site : sites)
        QVERIFY2(build(site), site.name);
}

void TestCliJekyllDates::postsMatchJekyll_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("expected");   // a part of the text that says the feature works
    QTest::newRow("no timezone: a timestamp without a zone is UTC, shown in TZ (Tokyo), on the next day")
        << QStringLiteral("system-%1/2024/03/02/unquoted.html")
        << QStringLiteral("Date: 2024-03-02 07:00 +0900 at /2024/03/02/unquoted.html. "
                          "Updated: 2024-03-01 19:00:00 +0900, 19:00 +0900. Stamp: 2024-03-01 10:00:00 +0500. "
                          "Quoted: 10:00 +0900.");
    QTest::newRow("no timezone: an offset is moved into TZ")
        << QStringLiteral("system-%1/2024/03/06/offset.html")
        << QStringLiteral("Offset: 2024-03-06T08:00:00+09:00 at /2024/03/06/offset.html.");
    QTest::newRow("no timezone: a quoted date is local time")
        << QStringLiteral("system-%1/2024/03/01/quoted.html")
        << QStringLiteral("Quoted: 2024-03-01 10:00 +0900 at /2024/03/01/quoted.html.");
    QTest::newRow("timezone: a timestamp without a zone is UTC, shown in the site's zone")
        << QStringLiteral("kolkata-%1/2024/03/02/unquoted.html")
        << QStringLiteral("Date: 2024-03-02 03:30 +0530 at /2024/03/02/unquoted.html. "
                          "Updated: 2024-03-01 15:30:00 +0530, 15:30 +0530.");
    QTest::newRow("timezone: a quoted date is the site's local time")
        << QStringLiteral("kolkata-%1/2024/03/01/quoted.html")
        << QStringLiteral("Quoted: 2024-03-01 10:00 +0530 at /2024/03/01/quoted.html.");
    QTest::newRow("POSIX timezone UTC+5 is five hours behind UTC: the day before")
        << QStringLiteral("posix-%1/2024/02/29/early.html")
        << QStringLiteral("Early: 2024-02-29 22:00 -0500 at /2024/02/29/early.html, 12:00 -0500.");
    QTest::newRow("POSIX timezone: a quoted date") << QStringLiteral("posix-%1/2024/03/01/quoted.html")
                                                   << QStringLiteral("Quoted: 2024-03-01 10:00 -0500");
    QTest::newRow("Etc/GMT-3 is three hours ahead of UTC")
        << QStringLiteral("etc-%1/2024/03/01/early.html")
        << QStringLiteral("Early: 2024-03-01 06:00 +0300 at /2024/03/01/early.html, 12:00 +0300.");
}

void TestCliJekyllDates::postsMatchJekyll()
{
    QFETCH(QString, page);
    QFETCH(QString, expected);
    const QString jekyll = bodyText(m_dir.filePath(page.arg(QStringLiteral("jekyll"))));
    const QString ours = bodyText(m_dir.filePath(page.arg(QStringLiteral("pw"))));
    QVERIFY2(jekyll.contains(expected), qPrintable(jekyll));
    QCOMPARE(ours, jekyll);
}

QTEST_GUILESS_MAIN(TestCliJekyllDates)
#include "tst_cli_jekylldates.moc"
