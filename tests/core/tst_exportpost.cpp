// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// One post as a self-contained HTML file.
#include "export/postexporter.h"
#include "support/scriptlinks.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "support/testfiles.h"

using namespace postwright;

namespace {

const QString post = QStringLiteral(POSTWRIGHT_TEST_DATA "/export/standalone/post.md");

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// A post with one formula, in dir.
QString writeMathPost(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("math.md"));
    testing::writeFile(path, "---\ntitle: Math\n---\n\nEuler: $e^{i\\pi} + 1 = 0$\n");
    return path;
}

} // namespace

class TestExportPost : public QObject
{
    Q_OBJECT

private slots:
    void selfContained()
    {
        QTemporaryDir out;
        PostExportOptions options;
        options.output = out.filePath("post.html");
        const Result<PostExportReport> report = exportPost(post, options);
        QVERIFY(report.ok());
        QCOMPARE(report.value().embedded, 2);
        QVERIFY(report.value().warnings.isEmpty());
        const QString html = readText(options.output);
        QVERIFY(html.contains(QLatin1String("<title>Standalone Post</title>")));
        QVERIFY(html.contains(QLatin1String("<table>")));
        QVERIFY(html.contains(QLatin1String("--pw-bg")));   // the stylesheet, inlined
        // No reference to anything outside the file: every src is data:,
        // no stylesheet or script is linked.
        static const QRegularExpression src(QStringLiteral("\\bsrc=\"([^\"]*)\""));
        int images = 0;
        for (auto it = src.globalMatch(html); it.hasNext();) {
            const QString value = it.next().captured(1);
            QVERIFY2(value.startsWith(QLatin1String("data:image/png;base64,")), qPrintable(value.left(40)));
            ++images;
        }
        QCOMPARE(images, 2);
        QVERIFY(!html.contains(QLatin1String("<link rel=\"stylesheet\"")));
        QVERIFY(!html.contains(QLatin1String("<script src")));
        QVERIFY(!html.contains(QLatin1String("images/square.png")));
    }

    void scriptLinksNeutralisedAndPolicyInPlace()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath("evil.md"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("---\ntitle: \"<script>alert(1)</script>\"\nauthor: \"\\\" onload=\\\"x\"\n---\n\n"
                   "[click](javascript:alert(2)) <a href=\"vbscript:x\">vb</a> <iframe src=\"data:text/html,x\"></iframe>\n\n"
                   "![abs](/etc/hostname)\n");
        file.close();
        PostExportOptions options;
        options.output = dir.filePath("out/evil.html");
        const Result<PostExportReport> report = exportPost(dir.filePath("evil.md"), options);
        QVERIFY(report.ok());
        const QString html = readText(options.output);
        QVERIFY(!html.contains(QLatin1String("<script"), Qt::CaseInsensitive));
        QVERIFY(html.contains(QLatin1String("&lt;script&gt;alert(1)&lt;/script&gt;")));
        QVERIFY(!html.contains(QLatin1String("\" onload=\"")));
        QVERIFY(!html.contains(QLatin1String("javascript:"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QLatin1String("vbscript:"), Qt::CaseInsensitive));
        QCOMPARE(testing::scriptLinksIn(html), QStringList());
        // The iframe GFM's tagfilter shows as text stays text, as written.
        QVERIFY2(html.contains(QLatin1String("&lt;iframe src=\"data:text/html,x\">")), qPrintable(html));
        QVERIFY(html.contains(QLatin1String("<meta http-equiv=\"Content-Security-Policy\"")));
        const qsizetype warned = std::count_if(report.value().warnings.cbegin(), report.value().warnings.cend(),
                                              [](const Error &e) { return e.message.contains(QLatin1String("script link")); });
        QCOMPARE(warned, 2);
        // An absolute path is never embedded.
        QVERIFY(!html.contains(QLatin1String("data:application/octet-stream")));
        QVERIFY(!html.contains(QLatin1String("data:text/plain")));
    }

    void assetsFolder()
    {
        QTemporaryDir out;
        PostExportOptions options;
        options.output = out.filePath("page.html");
        options.assets = true;
        const Result<PostExportReport> report = exportPost(post, options);
        QVERIFY(report.ok());
        QCOMPARE(report.value().assets.size(), 1);   // the same image twice: one copy
        QVERIFY(QFileInfo::exists(out.filePath("page_files/square.png")));
        const QString html = readText(options.output);
        QCOMPARE(html.count(QLatin1String("src=\"page_files/square.png\"")), 2);
        QVERIFY(!html.contains(QLatin1String("data:image")));
    }

    void missingAndOutside()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath("site/post.md"));
        QVERIFY(QDir().mkpath(dir.filePath("site")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("---\ntitle: T\n---\n\n![gone](nothere.png)\n\n![up](../secret.png)\n");
        file.close();
        QFile secret(dir.filePath("secret.png"));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write("secret");
        secret.close();
        PostExportOptions options;
        options.output = dir.filePath("out/post.html");
        const Result<PostExportReport> report = exportPost(file.fileName(), options);
        QVERIFY(report.ok());
        QCOMPARE(report.value().warnings.size(), 2);
        QCOMPARE(report.value().warnings.at(0).line, 5);
        QCOMPARE(report.value().warnings.at(0).column, 9);
        QVERIFY(report.value().warnings.at(1).message.contains(QLatin1String("outside")));
        QVERIFY(!readText(options.output).contains(QLatin1String("c2VjcmV0")));   // base64 of "secret"
    }

    // The one file carries KaTeX: its script, and its stylesheet with the
    // fonts inside; nothing is written beside it.
    void mathTravelsInsideThePage()
    {
        QTemporaryDir dir;
        const QString file = writeMathPost(dir);
        PostExportOptions options;
        options.output = dir.filePath("out/math.html");
        const Result<PostExportReport> report = exportPost(file, options);
        QVERIFY(report.ok());
        QVERIFY(report.value().warnings.isEmpty());
        QVERIFY(report.value().assets.isEmpty());
        QVERIFY(!QFileInfo::exists(dir.filePath("out/math_files")));
        const QString html = readText(options.output);
        QVERIFY(html.contains(QLatin1String("katex.render(")));
        QVERIFY(html.contains(QLatin1String("@font-face")));
        QVERIFY(html.contains(QLatin1String("url(data:font/woff2;base64,")));
        for (const char *reference : {"katex.min", "url(fonts/", "file://", "<script defer src=", "<link rel=\"stylesheet\""})
            QVERIFY2(!html.contains(QLatin1String(reference)), reference);
        // Every script is inline and allowed by its hash, nothing by origin.
        const QRegularExpression policy(QStringLiteral("script-src ([^;\"]*)"));
        const QString sources = policy.match(html).captured(1);
        QVERIFY2(sources.startsWith(QLatin1String("'sha256-")), qPrintable(sources));
        QVERIFY(!sources.contains(QLatin1String("'self'")) && !sources.contains(QLatin1String("file:")));
    }

    void mathWithAssetsIsCopied()
    {
        QTemporaryDir dir;
        const QString file = writeMathPost(dir);
        PostExportOptions options;
        options.output = dir.filePath("out/math page.html");
        options.assets = true;
        const Result<PostExportReport> report = exportPost(file, options);
        QVERIFY(report.ok());
        const QString html = readText(options.output);
        QVERIFY(html.contains(QLatin1String("href=\"math%20page_files/katex/katex.min.css\"")));
        QVERIFY(QFileInfo::exists(dir.filePath("out/math page_files/katex/katex.min.js")));
        QVERIFY(report.value().assets.contains(dir.filePath("out/math page_files/katex/katex.min.js")));
        QVERIFY(!html.contains(QLatin1String("file://")));
    }

    // The page never takes the place of the post or of a file it shows; a
    // post that shows files from its own FILE_files/ keeps them.
    void neverReplacesItsInputs()
    {
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath("images")));
        QVERIFY(QFile::copy(QStringLiteral(POSTWRIGHT_TEST_DATA "/export/outside.png"), dir.filePath("images/pic.png")));
        const QByteArray text = "---\ntitle: Only copy\n---\nHours of writing.\n\n![p](images/pic.png)\n";
        const QString postPath = dir.filePath("post.md");
        testing::writeFile(postPath, text);
        for (const char *output : {"post.md", "images/pic.png", "images/../post.md"}) {
            PostExportOptions options;
            options.output = dir.filePath(QLatin1String(output));
            const Result<PostExportReport> report = exportPost(postPath, options);
            QVERIFY2(!report.ok(), output);
        }
        QCOMPARE(testing::readAll(postPath), text);
        QFile picture(dir.filePath("images/pic.png"));
        QVERIFY(picture.open(QIODevice::ReadOnly));
        QCOMPARE(picture.size(), QFileInfo(QStringLiteral(POSTWRIGHT_TEST_DATA "/export/outside.png")).size());

        // Exported with --assets, then the post points into post_files/.
        PostExportOptions options;
        options.output = dir.filePath("post.html");
        options.assets = true;
        QVERIFY(exportPost(postPath, options).ok());
        QVERIFY(QFileInfo::exists(dir.filePath("post_files/pic.png")));
        const QString again = dir.filePath("again.md");
        testing::writeFile(again, "---\ntitle: Again\n---\n![p](post_files/pic.png)\n");
        QVERIFY(exportPost(again, options).ok());
        QCOMPARE(QFileInfo(dir.filePath("post_files/pic.png")).size(), picture.size());
    }

    void srcsetAndPosterAreEmbedded()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::copy(QStringLiteral(POSTWRIGHT_TEST_DATA "/export/outside.png"), dir.filePath("two.png")));
        const QString postPath = dir.filePath("post.md");
        testing::writeFile(postPath, "---\ntitle: Raw\n---\n<img src=\"two.png\" srcset=\"two.png 2x\">\n\n<video poster=\"two.png\"></video>\n");
        PostExportOptions options;
        options.output = dir.filePath("out.html");
        const Result<PostExportReport> report = exportPost(postPath, options);
        QVERIFY(report.ok());
        const QString html = readText(options.output);
        QVERIFY(html.contains(QLatin1String("srcset=\"data:image/png;base64,")));
        QVERIFY(html.contains(QLatin1String("poster=\"data:image/png;base64,")));
        QVERIFY(!html.contains(QLatin1String("\"two.png")));
    }

    void unreadable()
    {
        PostExportOptions options;
        QTemporaryDir out;
        options.output = out.filePath("x.html");
        QVERIFY(!exportPost(QStringLiteral("/nonexistent/post.md"), options).ok());
    }
};

QTEST_GUILESS_MAIN(TestExportPost)
#include "tst_exportpost.moc"
