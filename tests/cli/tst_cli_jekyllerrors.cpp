// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Where jekyll build stops, Postwright says where (issue 19): render prints
// a post's Liquid errors with file:line:column on stderr, as check and
// export do, and still renders the rest; a _config.yml or a _data file
// that does not parse is reported by check, render and export with its
// file and line. Each case is first shown to stop jekyll build too.
// Skips the comparisons when jekyll is not installed.
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "support/jekyllpages.h"
#include "support/testfiles.h"

using namespace postwright::testing;

namespace {

// Body line 3 (file line 6) holds the unknown tag.
const char *const brokenPost = "---\ntitle: Broken\n---\nBefore the tag.\n\n{% frobnicate %}\n\nAfter the tag: {{ site.title }}.\n";

const char *const badConfig = "title: Bad\nnav: [home, about\nauthor: me\n";

} // namespace

class TestCliJekyllErrors : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void renderPrintsLiquidErrorsAtJekyllsLine();
    void badConfigIsReportedByCheckRenderAndExport_data();
    void badConfigIsReportedByCheckRenderAndExport();
    void badDataFileIsReportedToThePagesThatReadIt();
    void filesThatAreNotUtf8AreReported_data();
    void filesThatAreNotUtf8AreReported();

private:
    Run cli(const QStringList &args) { return runProgram(QStringLiteral(POSTWRIGHT_CLI), args); }
    // jekyll build of site: its output (empty when jekyll is missing).
    Run jekyllBuild(const QString &site);

    QTemporaryDir m_dir;
    QString m_jekyll;
};

Run TestCliJekyllErrors::jekyllBuild(const QString &site)
{
    return runProgram(m_jekyll, {QStringLiteral("build"), QStringLiteral("--source"), site, QStringLiteral("--destination"),
                                 site + QStringLiteral("-jekyll"), QStringLiteral("--disable-disk-cache"),
                                 QStringLiteral("--safe")});
}

void TestCliJekyllErrors::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_jekyll = QStandardPaths::findExecutable(QStringLiteral("jekyll"));
    if (m_jekyll.isEmpty())
        QSKIP("jekyll is not installed (scripts/deps.sh test installs it): nothing to compare with");
}

void TestCliJekyllErrors::renderPrintsLiquidErrorsAtJekyllsLine()
{
    const QString site = m_dir.filePath(QStringLiteral("liquid"));
    writeFile(site + QStringLiteral("/_config.yml"), "title: Errors\n");
    const QString post = site + QStringLiteral("/_posts/2024-01-01-broken.md");
    writeFile(post, brokenPost);
    const Run built = jekyllBuild(site);
    QVERIFY2(built.exitCode != 0, qPrintable(built.out));
    static const QRegularExpression jekyllLine(QStringLiteral("line (\\d+)\\): Unknown tag 'frobnicate'"));
    const QRegularExpressionMatch m = jekyllLine.match(built.out + built.err);
    QVERIFY2(m.hasMatch(), qPrintable(built.out + built.err));
    // Jekyll counts the body's lines; the post's body starts at line 4.
    const QString where = QStringLiteral("%1:%2:1: Liquid: Unknown tag 'frobnicate'").arg(post).arg(m.captured(1).toInt() + 3);
    for (const QStringList &args : {QStringList{QStringLiteral("render"), post},
                                    QStringList{QStringLiteral("render"), QStringLiteral("--fragment"), post}}) {
        const Run rendered = cli(args);
        QCOMPARE(rendered.exitCode, 0);
        QVERIFY2(rendered.err.contains(where), qPrintable(rendered.err));
        QVERIFY2(rendered.out.contains(QLatin1String("After the tag: Errors.")), qPrintable(rendered.out));
    }
    // check says the same line.
    const Run checked = cli({QStringLiteral("check"), post});
    QVERIFY2(checked.out.contains(QStringLiteral("%1:%2:1: error: Liquid: Unknown tag").arg(post).arg(m.captured(1).toInt() + 3)),
             qPrintable(checked.out));
}

void TestCliJekyllErrors::badConfigIsReportedByCheckRenderAndExport_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QString>("jekyllSays");   // in jekyll build's error
    QTest::addColumn<QString>("where");        // our line and column, a regular expression
    // Psych names where the '[' opened (line 2), yaml-cpp where it found
    // no ']' (line 3).
    QTest::newRow("YAML") << QByteArray(badConfig) << QStringLiteral("while parsing a flow sequence")
                          << QStringLiteral("[23]:\\d+");
    // Jekyll reads the file as UTF-8 and stops; yaml-cpp would read it.
    QByteArray utf16("\xff\xfe");
    for (const char c : QByteArray("title: Sixteen\n"))
        utf16 += QByteArray(1, c) + QByteArray(1, '\0');
    QTest::newRow("UTF-16") << utf16 << QStringLiteral("Error") << QStringLiteral("1:1");
}

void TestCliJekyllErrors::badConfigIsReportedByCheckRenderAndExport()
{
    QFETCH(QByteArray, config);
    QFETCH(QString, jekyllSays);
    QFETCH(QString, where);
    const QString site = m_dir.filePath(QStringLiteral("config-%1").arg(QString::fromLatin1(QTest::currentDataTag())));
    writeFile(site + QStringLiteral("/_config.yml"), config);
    const QString post = site + QStringLiteral("/_posts/2024-01-01-post.md");
    writeFile(post, "---\ntitle: Post\n---\nThe post's own text.\n");
    writeFile(site + QStringLiteral("/_posts/2024-01-02-other.md"), "---\ntitle: Other\n---\nOther text.\n");
    const Run built = jekyllBuild(site);
    QVERIFY2(built.exitCode != 0 && (built.out + built.err).contains(jekyllSays), qPrintable(built.out + built.err));
    const QString configPath = QDir::cleanPath(site + QStringLiteral("/_config.yml"));
    const QRegularExpression at(QRegularExpression::escape(configPath) + QLatin1Char(':') + where + QStringLiteral(": "));
    // check of one post, and of the site: said once, as an error.
    for (const QString &target : {post, site}) {
        const Run checked = cli({QStringLiteral("check"), target});
        QCOMPARE(checked.exitCode, 1);
        const QStringList lines = checked.out.split(QLatin1Char('\n')).filter(configPath + QLatin1Char(':'));
        QCOMPARE(lines.size(), 1);
        QVERIFY2(at.match(lines.first()).hasMatch()
                     && lines.first().contains(QLatin1String("error: The site's configuration does not parse")),
                 qPrintable(checked.out));
    }
    const Run rendered = cli({QStringLiteral("render"), post});
    QCOMPARE(rendered.exitCode, 0);
    QVERIFY2(at.match(rendered.err).hasMatch(), qPrintable(rendered.err));
    QVERIFY2(rendered.out.contains(QLatin1String("The post's own text.")), qPrintable(rendered.out));
    // The export stops, as jekyll build does, and says where.
    const Run exported = cli({QStringLiteral("export"), site, QStringLiteral("-o"), site + QStringLiteral("-pw")});
    QVERIFY(exported.exitCode != 0);
    QVERIFY2(at.match(exported.err).hasMatch(), qPrintable(exported.err));
}

void TestCliJekyllErrors::badDataFileIsReportedToThePagesThatReadIt()
{
    const QString site = m_dir.filePath(QStringLiteral("data"));
    writeFile(site + QStringLiteral("/_config.yml"), "title: Data\n");
    writeFile(site + QStringLiteral("/_data/people.yml"), "- name: Ann\n- name: [Bob\n");
    const QString reads = site + QStringLiteral("/_posts/2024-01-01-reads.md");
    writeFile(reads, "---\ntitle: Reads\n---\nPeople: {{ site.data.people | size }}.\n");
    const QString ignores = site + QStringLiteral("/_posts/2024-01-02-ignores.md");
    writeFile(ignores, "---\ntitle: Ignores\n---\nNo data here: {{ page.title }}.\n");
    const Run built = jekyllBuild(site);
    // Psych names the line (2), not the file.
    QVERIFY2(built.exitCode != 0 && (built.out + built.err).contains(QLatin1String("flow sequence at line 2")),
             qPrintable(built.out + built.err));
    // yaml-cpp finds the missing ']' where the text ends (line 3).
    const QRegularExpression at(QRegularExpression::escape(QDir::cleanPath(site + QStringLiteral("/_data/people.yml")))
                                + QStringLiteral(":[23]:\\d+: "));
    const Run rendered = cli({QStringLiteral("render"), reads});
    QCOMPARE(rendered.exitCode, 0);
    QVERIFY2(at.match(rendered.err).hasMatch(), qPrintable(rendered.err));
    QVERIFY2(rendered.out.contains(QLatin1String("People: 0.")), qPrintable(rendered.out));
    const Run checked = cli({QStringLiteral("check"), reads});
    QVERIFY2(at.match(checked.out).hasMatch(), qPrintable(checked.out));
    const Run quiet = cli({QStringLiteral("render"), ignores});
    QVERIFY2(!quiet.err.contains(QLatin1String("people.yml")), qPrintable(quiet.err));
}

void TestCliJekyllErrors::filesThatAreNotUtf8AreReported_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("jekyllSays");
    QTest::addColumn<QString>("oursSays");   // on render's stderr
    QTest::newRow("include") << QStringLiteral("_includes/latin.html") << QByteArray("Latin: {% include latin.html %}.")
                             << QStringLiteral("invalid byte sequence in UTF-8")
                             << QStringLiteral("2024-01-01-post.md:4:8: Liquid: The included file 'latin.html': invalid "
                                               "byte sequence in UTF-8");
    QTest::newRow("data") << QStringLiteral("_data/latin.yml") << QByteArray("Data: {{ site.data.latin.name }}.")
                          << QStringLiteral("incomplete UTF-8 octet sequence")
                          << QStringLiteral("_data/latin.yml:1:10: Liquid: invalid byte sequence in UTF-8");
}

// A Latin-1 file read as UTF-8 showed its accents as U+FFFD without a
// word; Jekyll stops at it.
void TestCliJekyllErrors::filesThatAreNotUtf8AreReported()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, body);
    QFETCH(QString, jekyllSays);
    QFETCH(QString, oursSays);
    const QString site = m_dir.filePath(QStringLiteral("latin-%1").arg(QString::fromLatin1(QTest::currentDataTag())));
    writeFile(site + QStringLiteral("/_config.yml"), "title: Latin\n");
    writeFile(site + QLatin1Char('/') + file, "name: caf\xe9\n");
    const QString post = site + QStringLiteral("/_posts/2024-01-01-post.md");
    writeFile(post, "---\ntitle: Post\n---\n" + body + "\n");
    const Run built = jekyllBuild(site);
    QVERIFY2(built.exitCode != 0 && (built.out + built.err).contains(jekyllSays), qPrintable(built.out + built.err));
    const Run rendered = cli({QStringLiteral("render"), post});
    QCOMPARE(rendered.exitCode, 0);
    QVERIFY2(rendered.err.contains(oursSays), qPrintable(rendered.err));
    QVERIFY2(!rendered.out.contains(QChar(0xfffd)), qPrintable(rendered.out));
}

QTEST_GUILESS_MAIN(TestCliJekyllErrors)
#include "tst_cli_jekyllerrors.moc"
