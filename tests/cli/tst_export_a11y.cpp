// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The exported site passes an automated accessibility check (issue 17):
// axe-core runs in headless Chromium over every kind of page of an exported
// site, light at desktop width and dark at phone width, and any serious or
// critical violation fails. Each page is checked as a copy beside it (its
// stylesheet and script load as on the page) with axe added and the
// page's policy left out so that axe may run. Without chromium or axe-core
// the test fails: `scripts/deps.sh test` installs both.
#include <QColor>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include "support/testfiles.h"

using namespace postwright::testing;

namespace {

const QString data = QStringLiteral(POSTWRIGHT_TEST_DATA "/blog");

QString chromium()
{
    for (const char *name : {"chromium", "chromium-browser"}) {
        const QString path = QStandardPaths::findExecutable(QString::fromLatin1(name));
        if (!path.isEmpty())
            return path;
    }
    return {};
}

// axe.min.js: POSTWRIGHT_AXE_CORE (a file or a node_modules folder), else
// where scripts/deps.sh installs it.
QString axeScript()
{
    QStringList candidates;
    const QString configured = qEnvironmentVariable("POSTWRIGHT_AXE_CORE");
    if (!configured.isEmpty())
        candidates << configured << configured + "/axe-core/axe.min.js" << configured + "/node_modules/axe-core/axe.min.js";
    candidates << QStringLiteral("/var/cache/postwright-test/node_modules/axe-core/axe.min.js");
    for (const QString &candidate : std::as_const(candidates)) {
        if (QFileInfo(candidate).isFile())
            return candidate;
    }
    return {};
}

QByteArray runChromium(const QString &profile, const QString &page, const QStringList &extra, bool *ok)
{
    QStringList args = {"--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--allow-file-access-from-files", "--user-data-dir=" + profile};
    args += extra;
    args.append(QUrl::fromLocalFile(page).toString());
    QProcess process;
    process.start(chromium(), args);
    *ok = process.waitForFinished(180000) && process.exitStatus() == QProcess::NormalExit;
    if (!*ok)
        process.kill();
    return process.readAllStandardOutput();
}

// The colour scheme the page sees (prefers-color-scheme); chromium's
// --force-prefers-color-scheme does nothing headless, Blink's setting does
// (0 dark, 1 light).
QString colourScheme(bool dark)
{
    return QStringLiteral("--blink-settings=preferredColorScheme=%1").arg(dark ? 0 : 1);
}

// Runs axe once the page has loaded and writes what it found, and whether
// the page is wider than the window, into the page for --dump-dom.
const char harness[] = R"(<script src="pw-axe.min.js"></script>
<script>
window.addEventListener("load", function () {
  axe.run(document, { resultTypes: ["violations"] }).then(function (result) {
    var out = document.createElement("pre");
    out.id = "pw-axe-result";
    out.textContent = JSON.stringify({
      overflow: document.documentElement.scrollWidth > window.innerWidth,
      violations: result.violations.map(function (v) {
        return { id: v.id, impact: v.impact, help: v.help,
                 nodes: v.nodes.map(function (n) { return n.target.join(" ") + " " + n.failureSummary; }) };
      })
    });
    document.body.appendChild(out);
  });
});
</script>
)";

} // namespace

class TestExportA11y : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!chromium().isEmpty(), "chromium is not installed (scripts/deps.sh test installs it)");
        QVERIFY2(!axeScript().isEmpty(), "axe-core is not installed (scripts/deps.sh test installs it with npm)");
        QVERIFY(m_dir.isValid());
        QProcess cli;
        cli.start(QStringLiteral(POSTWRIGHT_CLI), {"export", data + "/hugo", "-o", m_dir.filePath("site"), "--no-cache"});
        QVERIFY(cli.waitForFinished(120000));
        QCOMPARE(cli.exitCode(), 0);
    }

    void axeFindsNothingSerious_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<bool>("dark");
        const QList<std::pair<const char *, const char *>> pages{
            {"post", "posts/sourdough/index.html"}, {"post with a list", "posts/tomatoes/index.html"},
            {"home", "index.html"},                  {"home, page 2", "page/2/index.html"},
            {"section", "posts/index.html"},         {"tags", "tags/index.html"},
            {"tag", "tags/bread/index.html"},        {"category", "categories/kitchen/index.html"}};
        for (const auto &[name, page] : pages) {
            QTest::addRow("%s, light, desktop", name) << QString::fromLatin1(page) << false;
            QTest::addRow("%s, dark, phone", name) << QString::fromLatin1(page) << true;
        }
    }

    void axeFindsNothingSerious()
    {
        QFETCH(QString, page);
        QFETCH(bool, dark);
        const QJsonObject result = check(m_dir.filePath("site/" + page), dark);
        QVERIFY2(!result.isEmpty(), "axe did not report");
        QStringList serious;
        for (const QJsonValue &value : result.value("violations").toArray()) {
            const QJsonObject violation = value.toObject();
            const QString impact = violation.value("impact").toString();
            const QString text = impact + ": " + violation.value("id").toString() + " ("
                                 + violation.value("help").toString() + ") "
                                 + violation.value("nodes").toVariant().toStringList().join(" | ");
            if (impact == QLatin1String("serious") || impact == QLatin1String("critical"))
                serious << text;
            else
                qInfo("%s", qPrintable(text));   // moderate and minor: shown, not failed
        }
        QVERIFY2(serious.isEmpty(), qPrintable(serious.join('\n')));
        // Readable at phone width: nothing wider than the window.
        QVERIFY2(!result.value("overflow").toBool(), "the page is wider than the window");
    }

    // The check can fail: an image without a text alternative is critical.
    void axeSeesAViolation()
    {
        const QString page = m_dir.filePath("site/posts/rye/index.html");
        QString html = QString::fromUtf8(readAll(page));
        html.replace("<article id=\"pw-body\" class=\"pw-body\" dir=\"auto\">",
                     "<article id=\"pw-body\" class=\"pw-body\" dir=\"auto\"><img src=\"x.png\">");
        const QString broken = m_dir.filePath("site/posts/rye/broken.html");
        writeFile(broken, html.toUtf8());
        const QJsonObject result = check(broken, false);
        QStringList ids;
        for (const QJsonValue &value : result.value("violations").toArray())
            ids << value.toObject().value("id").toString();
        QVERIFY2(ids.contains("image-alt"), qPrintable(ids.join(' ')));
    }

    // The copy buttons come from postwright.js, which runs under the page's
    // own policy (no inline script, no exception), opened from disk.
    void copyButtonRunsUnderThePolicy()
    {
        const QString page = m_dir.filePath("site/posts/sourdough/index.html");
        const QString html = QString::fromUtf8(readAll(page));
        QVERIFY(html.contains("<meta http-equiv=\"Content-Security-Policy\""));
        QVERIFY(html.contains("<script defer src=\"../../postwright.js\"></script>"));
        QVERIFY2(!html.contains(QRegularExpression("<script>")), "an inline script");
        bool ok = false;
        const QString dom = QString::fromUtf8(
            runChromium(m_dir.filePath("profile-copy"), page, {"--dump-dom", "--virtual-time-budget=5000"}, &ok));
        QVERIFY(ok);
        QVERIFY2(dom.contains("<div class=\"pw-code\"><pre tabindex=\"0\">"), qPrintable(dom.right(3000)));
        QVERIFY(dom.contains("<button type=\"button\" class=\"pw-copy\">Copy</button>"));
    }

    // prefers-color-scheme: the dark theme's background at phone width, the
    // light one at desktop width.
    void followsTheColourScheme()
    {
        const QString page = m_dir.filePath("site/posts/sourdough/index.html");
        for (const bool dark : {false, true}) {
            const QString png = m_dir.filePath(dark ? "dark.png" : "light.png");
            bool ok = false;
            runChromium(m_dir.filePath(dark ? "profile-dark" : "profile-light"), page,
                        {"--screenshot=" + png, dark ? "--window-size=390,844" : "--window-size=1280,800",
                         "--hide-scrollbars", colourScheme(dark)},
                        &ok);
            QVERIFY(ok);
            const QImage image(png);
            QVERIFY(!image.isNull());
            const QColor corner = image.pixelColor(image.width() - 3, image.height() - 3);
            QVERIFY2(dark ? corner.lightness() < 40 : corner.lightness() > 240, qPrintable(corner.name()));
        }
    }

private:
    // axe's report on a copy of page beside it, without the page's policy.
    QJsonObject check(const QString &page, bool dark)
    {
        const QString folder = QFileInfo(page).absolutePath();
        QFile::remove(folder + "/pw-axe.min.js");
        if (!QFile::copy(axeScript(), folder + "/pw-axe.min.js"))
            return {};
        QString html = QString::fromUtf8(readAll(page));
        html.remove(QRegularExpression("<meta http-equiv=\"Content-Security-Policy\"[^>]*>"));
        html.replace("</body>", QString::fromUtf8(harness) + "</body>");
        const QString copy = folder + "/pw-axe-check.html";
        writeFile(copy, html.toUtf8());
        bool ok = false;
        const QString dom = QString::fromUtf8(runChromium(
            m_dir.filePath("profile-axe"), copy,
            {"--dump-dom", "--virtual-time-budget=30000", dark ? "--window-size=390,844" : "--window-size=1280,800",
             colourScheme(dark)},
            &ok));
        QFile::remove(copy);
        QFile::remove(folder + "/pw-axe.min.js");
        static const QRegularExpression result("<pre id=\"pw-axe-result\">(.*?)</pre>",
                                               QRegularExpression::DotMatchesEverythingOption);
        QString json = result.match(dom).captured(1);
        json.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
        return QJsonDocument::fromJson(json.toUtf8()).object();
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestExportA11y)
#include "tst_export_a11y.moc"
