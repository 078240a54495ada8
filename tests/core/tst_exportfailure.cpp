// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A site export that cannot finish (a full disk, a cancel) leaves the last
// good export in OUT exactly as it was, and says which file failed and why;
// the export never writes into a file it does not own (a hard link in OUT);
// --clean removes only what the export itself wrote.
#include "export/siteexporter.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <sys/stat.h>
#include <unistd.h>

#include "support/siteexport.h"
#include "support/smalldisk.h"
#include "support/testfiles.h"

using namespace postwright;
using namespace postwright::testing;
using postwright::testing::siteexport::optionsFor;

namespace {

// Post n of a small Hugo site, its body repeated times.
QByteArray post(int n, int paragraphs, const QByteArray &extra = {})
{
    QByteArray text = "---\ntitle: Post " + QByteArray::number(n) + "\ndate: 2025-01-"
                      + QByteArray::number(10 + n) + "T10:00:00Z\ntags: [alpha, t" + QByteArray::number(n % 2) + "]\n---\n";
    for (int i = 0; i < paragraphs; ++i)
        text += "Paragraph " + QByteArray::number(i) + " of post " + QByteArray::number(n)
                + ": every word of it must arrive whole.\n\n";
    return text + extra;
}

void writeSite(const QString &root, int posts, int paragraphs, const QByteArray &extra = {})
{
    writeFile(root + "/hugo.toml", "title = \"Site\"\nbaseURL = \"https://example.org/\"\n");
    for (int n = 1; n <= posts; ++n)
        writeFile(root + QStringLiteral("/content/posts/post-%1.md").arg(n), post(n, paragraphs, extra));
}

QString errorText(const Result<SiteExportReport> &report)
{
    return report ? QString() : report.error().toString();
}

// The first way after differs from before (a file added, gone or changed),
// as a message; empty when they are the same.
QString firstDifference(const QMap<QString, QByteArray> &before, const QMap<QString, QByteArray> &after)
{
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!after.contains(it.key()))
            return it.key() + QStringLiteral(" is gone");
        if (after.value(it.key()) != it.value())
            return it.key() + QStringLiteral(" changed");
    }
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (!before.contains(it.key()))
            return it.key() + QStringLiteral(" is new");
    }
    return {};
}

QString findWritten(const SiteExportReport &report, const QString &ending)
{
    for (const QString &file : report.written) {
        if (file.endsWith(ending))
            return file;
    }
    return {};
}

} // namespace

class tst_ExportFailure final : public QObject
{
    Q_OBJECT

private slots:
    void fullDiskLeavesThePreviousExport_data();
    void fullDiskLeavesThePreviousExport();
    void canceledExportLeavesThePreviousExport();
    void failedCommitPutsThePreviousExportBack_data();
    void failedCommitPutsThePreviousExportBack();
    void rollbackThroughAFolderLinkInsideOut();
    void fileThatCannotBeLinkedIsKeptAsACopy();
    void hardLinkInOutIsNeverWrittenThrough_data();
    void hardLinkInOutIsNeverWrittenThrough();
    void cleanRemovesOnlyWhatTheExportWrote();
};

void tst_ExportFailure::fullDiskLeavesThePreviousExport_data()
{
    QTest::addColumn<bool>("clean");
    QTest::newRow("incremental") << false;
    QTest::newRow("--clean") << true;
}

void tst_ExportFailure::fullDiskLeavesThePreviousExport()
{
    QFETCH(bool, clean);
    SmallDisk disk(200 * 1024);
    POSTWRIGHT_REQUIRE_MOUNT(disk);
    QTemporaryDir site;
    writeSite(site.path(), 6, 4);
    const QString out = disk.filePath("out");
    const Result<SiteExportReport> first = exportSite(site.path(), optionsFor(out));
    QVERIFY2(first.ok(), qPrintable(errorText(first)));
    QCOMPARE(first.value().posts, 6);
    const QMap<QString, QByteArray> before = snapshot(out);

    // Every post grows: together they no longer fit beside the old export.
    writeSite(site.path(), 6, 4, QByteArray(40 * 1024, 'w') + "\n");
    SiteExportOptions options = optionsFor(out);
    options.clean = clean;
    const Result<SiteExportReport> second = exportSite(site.path(), options);
    QVERIFY(!second);
    const QRegularExpression message(QStringLiteral(
        "^\\Q%1/\\E\\S+: cannot write: No space left on device; the export stopped and the previous export is left as it was$")
                                                .arg(out));
    QVERIFY2(message.match(second.error().toString()).hasMatch(), qPrintable(second.error().toString()));
    // Whole pages, the old feed, the old manifest, and nothing else.
    const QMap<QString, QByteArray> after = snapshot(out);
    const QString difference = firstDifference(before, after);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QVERIFY(after.value("index.xml").contains("<title>Post 6</title>"));
}

void tst_ExportFailure::canceledExportLeavesThePreviousExport()
{
    QTemporaryDir site;
    QTemporaryDir out;
    writeSite(site.path(), 12, 2);
    QVERIFY2(exportSite(site.path(), optionsFor(out.path())).ok(), "the first export failed");
    const QMap<QString, QByteArray> before = snapshot(out.path());

    writeSite(site.path(), 12, 3);
    std::atomic<int> asked = 0;
    ExportProgress progress;
    progress.canceled = [&asked] { return ++asked > 4; };   // after a few pages
    const Result<SiteExportReport> report = exportSite(site.path(), optionsFor(out.path()), progress);
    QVERIFY2(report.ok(), qPrintable(errorText(report)));
    QVERIFY(report.value().canceled);
    const QString difference = firstDifference(before, snapshot(out.path()));
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void tst_ExportFailure::failedCommitPutsThePreviousExportBack_data()
{
    QTest::addColumn<int>("jobs");
    QTest::newRow("one thread") << 1;
    QTest::newRow("eight threads") << 8;
}

// A page that cannot be replaced when the files go in place (immutable:
// chattr +i) stops the export there, after other pages went in place: they
// are put back, the new ones removed, and the previous export is whole
// again, byte for byte. The error names the first page that failed,
// whatever the threads did.
void tst_ExportFailure::failedCommitPutsThePreviousExportBack()
{
    QFETCH(int, jobs);
    QTemporaryDir site;
    QTemporaryDir out;
    writeSite(site.path(), 300, 1);
    QVERIFY2(exportSite(site.path(), optionsFor(out.path())).ok(), "the first export failed");
    const QStringList stuck{out.filePath("posts/post-20/index.html"), out.filePath("posts/post-250/index.html")};
    auto chattr = [&](const char *flag) {
        for (const QString &file : stuck) {
            if (QProcess::execute(QStringLiteral("chattr"), {QString::fromLatin1(flag), file}) != 0)
                return false;
        }
        return true;
    };
    if (!chattr("+i"))
        QSKIP("chattr +i is not possible here (not root, or a file system without it)");
    const auto unstick = qScopeGuard([&] { chattr("-i"); });
    const QMap<QString, QByteArray> before = snapshot(out.path());
    // Every page changes, and a new post brings new pages and a folder.
    writeFile(site.path() + "/hugo.toml", "title = \"Renamed\"\nbaseURL = \"https://example.org/\"\n");
    writeFile(site.path() + "/content/posts/post-0.md", post(0, 1));
    SiteExportOptions options = optionsFor(out.path());
    options.jobs = jobs;
    const Result<SiteExportReport> second = exportSite(site.path(), options);
    QVERIFY(!second);
    QCOMPARE(second.error().toString(),
             QStringLiteral("%1: cannot replace the file: Operation not permitted; the export stopped and the previous "
                            "export is left as it was").arg(stuck.first()));
    const QString difference = firstDifference(before, snapshot(out.path()));   // no new page, no backup, no temporary left
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QVERIFY(!QFileInfo::exists(out.filePath("posts/post-0")));
    // Once the page can be replaced again, the export goes through.
    chattr("-i");
    QVERIFY(exportSite(site.path(), options).ok());
    QVERIFY(readAll(stuck.first()).contains("Renamed"));
}

namespace {

// chattr on each of files; false when not possible here.
bool chattrAll(const char *flag, const QStringList &files)
{
    for (const QString &file : files) {
        if (QProcess::execute(QStringLiteral("chattr"), {QString::fromLatin1(flag), file}) != 0)
            return false;
    }
    return true;
}

} // namespace

// A folder inside OUT that is a link to another (the export writes through
// links that stay inside OUT): two pages are one file. A failed commit puts
// back the file as it was before either went in place.
void tst_ExportFailure::rollbackThroughAFolderLinkInsideOut()
{
    QTemporaryDir site;
    QTemporaryDir out;
    writeSite(site.path(), 12, 1);
    QVERIFY2(exportSite(site.path(), optionsFor(out.path())).ok(), "the first export failed");
    QVERIFY(QDir(out.filePath("posts/post-7")).removeRecursively());
    QVERIFY(QFile::link(QStringLiteral("post-8"), out.filePath("posts/post-7")));
    const QStringList stuck{out.filePath("index.xml")};   // the feed goes in place last
    if (!chattrAll("+i", stuck))
        QSKIP("chattr +i is not possible here (not root, or a file system without it)");
    const auto unstick = qScopeGuard([&] { chattrAll("-i", stuck); });
    const QMap<QString, QByteArray> before = snapshot(out.path());
    writeFile(site.path() + "/hugo.toml", "title = \"Renamed\"\nbaseURL = \"https://example.org/\"\n");
    for (int jobs : {1, 8}) {
        SiteExportOptions options = optionsFor(out.path());
        options.jobs = jobs;
        const Result<SiteExportReport> second = exportSite(site.path(), options);
        QVERIFY(!second);
        QVERIFY2(second.error().message.endsWith(QLatin1String("the previous export is left as it was")),
                 qPrintable(second.error().toString()));
        const QString difference = firstDifference(before, snapshot(out.path()));
        QVERIFY2(difference.isEmpty(), qPrintable(QString::number(jobs) + ": " + difference));
    }
}

// A page with as many hard links as the file system allows (ext4: 65,000)
// cannot be kept by one more: it is kept as a copy, and a failed commit
// puts it back all the same.
void tst_ExportFailure::fileThatCannotBeLinkedIsKeptAsACopy()
{
    QTemporaryDir site;
    QTemporaryDir out;
    QTemporaryDir links;
    writeSite(site.path(), 12, 1);
    QVERIFY2(exportSite(site.path(), optionsFor(out.path())).ok(), "the first export failed");
    const QByteArray page = QFile::encodeName(out.filePath("posts/post-5/index.html"));
    int made = 0;
    for (; made < 70000; ++made) {
        if (::link(page.constData(), QFile::encodeName(links.filePath(QString::number(made))).constData()) != 0)
            break;
    }
    if (errno != EMLINK || made >= 70000)
        QSKIP("this file system has no small limit of hard links");
    const QStringList stuck{out.filePath("index.xml")};
    if (!chattrAll("+i", stuck))
        QSKIP("chattr +i is not possible here (not root, or a file system without it)");
    const auto unstick = qScopeGuard([&] { chattrAll("-i", stuck); });
    const QMap<QString, QByteArray> before = snapshot(out.path());
    writeFile(site.path() + "/hugo.toml", "title = \"Renamed\"\nbaseURL = \"https://example.org/\"\n");
    const Result<SiteExportReport> second = exportSite(site.path(), optionsFor(out.path()));
    QVERIFY(!second);
    QVERIFY2(second.error().message.endsWith(QLatin1String("the previous export is left as it was")),
             qPrintable(second.error().toString()));
    const QString difference = firstDifference(before, snapshot(out.path()));
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    // Once the feed can be replaced, the page is replaced too.
    chattrAll("-i", stuck);
    QVERIFY(exportSite(site.path(), optionsFor(out.path())).ok());
    QVERIFY(readAll(QString::fromUtf8(page)).contains("Renamed"));
}

void tst_ExportFailure::hardLinkInOutIsNeverWrittenThrough_data()
{
    QTest::addColumn<QString>("page");
    QTest::newRow("home page") << "index.html";
    QTest::newRow("post page") << "posts/post-1/index.html";
    QTest::newRow("feed") << "index.xml";
}

void tst_ExportFailure::hardLinkInOutIsNeverWrittenThrough()
{
    QFETCH(QString, page);
    QTemporaryDir site;
    QTemporaryDir out;
    QTemporaryDir outside;
    writeSite(site.path(), 3, 2);
    QVERIFY2(exportSite(site.path(), optionsFor(out.path())).ok(), "the first export failed");
    QVERIFY(QFile::exists(out.filePath(page)));

    // Someone put a second name of their own file where the page is.
    const QString secret = outside.filePath("diary.txt");
    writeFile(secret, "my diary\n");
    QVERIFY(QFile::remove(out.filePath(page)));
    QCOMPARE(::link(QFile::encodeName(secret).constData(), QFile::encodeName(out.filePath(page)).constData()), 0);

    writeSite(site.path(), 3, 3);   // every page changes
    const Result<SiteExportReport> report = exportSite(site.path(), optionsFor(out.path()));
    QVERIFY2(report.ok(), qPrintable(errorText(report)));
    QCOMPARE(readAll(secret), QByteArray("my diary\n"));
    struct stat info {};
    QCOMPARE(::stat(QFile::encodeName(secret).constData(), &info), 0);
    QCOMPARE(info.st_nlink, nlink_t(1));
    QVERIFY(readAll(out.filePath(page)).contains("Post 1"));
}

void tst_ExportFailure::cleanRemovesOnlyWhatTheExportWrote()
{
    QTemporaryDir site;
    QTemporaryDir out;
    writeSite(site.path(), 3, 2);
    writeFile(site.filePath("content/posts/post-4/index.md"), post(4, 1, "![pic](pic.png)\n"));
    writeFile(site.filePath("content/posts/post-4/pic.png"), "PNG of the site\n");
    const Result<SiteExportReport> first = exportSite(site.path(), optionsFor(out.path()));
    QVERIFY2(first.ok(), qPrintable(errorText(first)));
    const QString page1 = findWritten(first.value(), "post-1/index.html");
    const QString page2 = findWritten(first.value(), "post-2/index.html");
    const QString picture = findWritten(first.value(), "post-4/pic.png");
    QVERIFY(!page1.isEmpty() && !page2.isEmpty() && !picture.isEmpty());

    // The user edits one page and replaces the picture by hand; then posts
    // 1, 2 and 4 leave the site.
    writeFile(out.filePath(page1), "<p>my own page now</p>\n");
    writeFile(out.filePath(picture), "my own picture\n");
    QVERIFY(QFile::remove(site.filePath("content/posts/post-1.md")));
    QVERIFY(QFile::remove(site.filePath("content/posts/post-2.md")));
    QVERIFY(QDir(site.filePath("content/posts/post-4")).removeRecursively());

    SiteExportOptions options = optionsFor(out.path());
    options.clean = true;
    const Result<SiteExportReport> second = exportSite(site.path(), options);
    QVERIFY2(second.ok(), qPrintable(errorText(second)));
    QCOMPARE(readAll(out.filePath(page1)), QByteArray("<p>my own page now</p>\n"));
    QCOMPARE(readAll(out.filePath(picture)), QByteArray("my own picture\n"));
    QVERIFY2(!QFile::exists(out.filePath(page2)), "a page the export wrote and nobody touched stays");
    QStringList warnings;
    for (const Error &warning : second.value().warnings)
        warnings.append(warning.toString());
    QVERIFY2(warnings.contains(out.filePath(page1) + ": changed since the export wrote it (by hand?): not removed"),
             qPrintable(warnings.join('\n')));
    QVERIFY2(warnings.contains(out.filePath(picture) + ": changed since the export wrote it (by hand?): not removed"),
             qPrintable(warnings.join('\n')));
}

QTEST_GUILESS_MAIN(tst_ExportFailure)
#include "tst_exportfailure.moc"
