// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A real browser opens exported pages from disk: headless Chromium (the
// Debian package) dumps the DOM and takes a screenshot. Without chromium the
// test fails: scripts/test.sh installs it.
#include <QColor>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include "support/testfiles.h"

namespace {

const QString data = QStringLiteral(POSTWRIGHT_TEST_DATA "/export");

QString chromium()
{
    for (const char *name : {"chromium", "chromium-browser"}) {
        const QString path = QStandardPaths::findExecutable(QString::fromLatin1(name));
        if (!path.isEmpty())
            return path;
    }
    return {};
}

// Runs headless Chromium on file:// page with extra arguments; stdout.
QByteArray runChromium(const QString &profile, const QString &page, const QStringList &extra, bool *ok)
{
    QStringList args = {"--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--user-data-dir=" + profile};
    args += extra;
    args.append(QUrl::fromLocalFile(page).toString());
    QProcess process;
    process.start(chromium(), args);
    *ok = process.waitForFinished(120000) && process.exitStatus() == QProcess::NormalExit;
    if (!*ok)
        process.kill();
    return process.readAllStandardOutput();
}

bool near(QColor a, QColor b)
{
    return qAbs(a.red() - b.red()) <= 3 && qAbs(a.green() - b.green()) <= 3 && qAbs(a.blue() - b.blue()) <= 3;
}

} // namespace

class TestExportBrowser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!chromium().isEmpty(), "chromium is not installed (scripts/test.sh installs it)");
        QVERIFY(m_dir.isValid());
        QProcess cli;
        cli.start(QStringLiteral(POSTWRIGHT_CLI),
                  {"export", data + "/standalone/post.md", "-o", m_dir.filePath("post.html")});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        cli.start(QStringLiteral(POSTWRIGHT_CLI), {"export", QStringLiteral(POSTWRIGHT_TEST_DATA "/render/math-and-code.md"),
                                                   "-o", m_dir.filePath("alone/math.html")});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        cli.start(QStringLiteral(POSTWRIGHT_CLI), {"export", data + "/hugo", "-o", m_dir.filePath("site"), "--no-cache"});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
    }

    void standaloneDom()
    {
        bool ok = false;
        const QString dom = QString::fromUtf8(
            runChromium(m_dir.filePath("profile-dom"), m_dir.filePath("post.html"), {"--dump-dom"}, &ok));
        QVERIFY(ok);
        QVERIFY2(dom.contains(QLatin1String("<title>Standalone Post</title>")), qPrintable(dom.left(400)));
        QVERIFY(dom.contains(QLatin1String("<h1 id=\"pw-title\" class=\"pw-title\" dir=\"auto\">Standalone Post</h1>")));
        QVERIFY(dom.contains(QLatin1String("<table>")));
        QVERIFY(dom.contains(QLatin1String("<td>two</td>")));
        QCOMPARE(dom.count(QLatin1String("<img src=\"data:image/png;base64,")), 2);
    }

    // A page with math, alone in its folder (as when it is mailed), has its
    // formulas typeset: KaTeX came inside it.
    void standaloneMathIsTypeset()
    {
        const QString page = m_dir.filePath("alone/math.html");
        QCOMPARE(QDir(m_dir.filePath("alone")).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList{"math.html"});
        const int formulas = QString::fromUtf8(postwright::testing::readAll(page)).count(QLatin1String("class=\"math math-"));
        QVERIFY(formulas > 0);
        bool ok = false;
        const QString dom = QString::fromUtf8(runChromium(m_dir.filePath("profile-math"), page, {"--dump-dom"}, &ok));
        QVERIFY(ok);
        QCOMPARE(dom.count(QLatin1String("class=\"katex\"")), formulas);
        QVERIFY(dom.contains(QLatin1String("class=\"katex-display\"")));
    }

    void siteDom()
    {
        bool ok = false;
        const QString dom = QString::fromUtf8(
            runChromium(m_dir.filePath("profile-site"), m_dir.filePath("site/posts/links/index.html"), {"--dump-dom"}, &ok));
        QVERIFY(ok);
        QVERIFY(dom.contains(QLatin1String("<table>")));
        QVERIFY(dom.contains(QLatin1String("<img src=\"../../images/static-pic.png\"")));
        QVERIFY(dom.contains(QLatin1String("href=\"../post-01/index.html\"")));
    }

    void styledScreenshot()
    {
        const QString png = m_dir.filePath("shot.png");
        bool ok = false;
        runChromium(m_dir.filePath("profile-shot"), m_dir.filePath("post.html"),
                    {"--screenshot=" + png, "--window-size=900,700", "--hide-scrollbars",
                     "--force-prefers-color-scheme=light"}, &ok);
        QVERIFY(ok);
        QVERIFY(QFileInfo(png).size() > 5000);
        const QImage image(png);
        QCOMPARE(image.size(), QSize(900, 700));
        // The theme's background (--pw-bg #fdfdfb), not the browser's white.
        QVERIFY2(near(image.pixelColor(5, 690), QColor(0xfd, 0xfd, 0xfb)),
                 qPrintable(image.pixelColor(5, 690).name()));
        // The red test image is drawn: the page's images load from the file.
        int red = 0;
        for (int y = 0; y < image.height(); y += 2) {
            for (int x = 0; x < image.width(); x += 2)
                red += near(image.pixelColor(x, y), QColor(220, 40, 40));
        }
        QVERIFY2(red > 100, qPrintable(QString::number(red)));
        // Text is drawn in the theme's dark foreground somewhere.
        bool dark = false;
        for (int y = 0; y < 200 && !dark; ++y) {
            for (int x = 0; x < image.width() && !dark; ++x)
                dark = image.pixelColor(x, y).lightness() < 80;
        }
        QVERIFY(dark);
        // To look at it: PW_KEEP_SCREENSHOT=/some/file.png
        if (qEnvironmentVariableIsSet("PW_KEEP_SCREENSHOT"))
            image.save(qEnvironmentVariable("PW_KEEP_SCREENSHOT"));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestExportBrowser)
#include "tst_export_browser.moc"
