// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// postwright-cli deploy (issue 16 §2) to a local folder and to a Git branch
// of a bare repository over file://.
#include <QTemporaryDir>
#include <QTest>

#include "deployfixture.h"

using namespace postwright::testing;

class tst_CliDeploy final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void secondDeployUploadsOnlyWhatChanged();
    void dryRunChangesNothing();
    void deleteRemovesOnlyWhatDeploysUploaded();
    void failedUploadLeavesTheOldSiteWhole();
    void destinationTheExportReadsIsRefused();
    void gitBranchGetsOneCommitPerDeploy();

private:
    QString path(const QString &relative) const { return m_dir->filePath(relative); }
    DeployRun deploy(const QString &dest, const QStringList &options = {});
    QByteArray git(const QString &folder, const QStringList &args);

    std::unique_ptr<QTemporaryDir> m_dir;
};

// What one post's new title changes: its page, the lists that show it
// (home page, its section, its tag) and the feed; not the other posts'
// pages, the other tag, the sitemap (no date changed) or the style sheet.
// Its own page, the lists, and the posts before and after it (three is
// also related to it by their tag), which link it by its title.
const QStringList pagesShowingTwo = {
    "index.html", "index.xml", "posts/index.html", "posts/index.xml", "posts/one/index.html", "posts/three/index.html",
    "posts/two/index.html", "tags/garden/index.html", "tags/garden/index.xml",   // hugo's feed of each list too
};

void tst_CliDeploy::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    writeDeploySite(path("site"));
}

DeployRun tst_CliDeploy::deploy(const QString &dest, const QStringList &options)
{
    return runCli(QStringList{"deploy", path("site"), "--to", dest} + options);
}

QByteArray tst_CliDeploy::git(const QString &folder, const QStringList &args)
{
    QProcess process;
    process.setWorkingDirectory(folder);
    process.start("git", args);
    process.waitForFinished(60000);
    if (process.exitCode() != 0)
        qWarning("git %s: %s", qPrintable(args.join(' ')), process.readAllStandardError().constData());
    return process.readAllStandardOutput().trimmed();
}

void tst_CliDeploy::secondDeployUploadsOnlyWhatChanged()
{
    const DeployRun first = deploy(path("www"));
    QCOMPARE(first.exitCode, 0);
    const QMap<QString, QByteArray> v1 = filesBelow(path("www"));
    QVERIFY(v1.contains("posts/two/index.html"));
    QCOMPARE(first.lastLine(), QString("deploy: %1 uploaded, 0 deleted, 0 unchanged").arg(v1.size()));
    QCOMPARE(first.listed("uploaded"), QStringList(v1.keys()));

    writeFile(path("site/content/posts/two.md"), deployPost("Two, revised", "garden", "2024-02-01"));
    const DeployRun second = deploy(path("www"));
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(second.listed("uploaded"), pagesShowingTwo);
    QCOMPARE(second.lastLine(), QString("deploy: %1 uploaded, 0 deleted, %2 unchanged").arg(pagesShowingTwo.size()).arg(v1.size() - pagesShowingTwo.size()));
    const QMap<QString, QByteArray> v2 = filesBelow(path("www"));
    QCOMPARE(QStringList(v2.keys()), QStringList(v1.keys()));
    for (const QString &file : v1.keys())
        QCOMPARE(v2.value(file) != v1.value(file), pagesShowingTwo.contains(file));
    QVERIFY(v2.value("posts/two/index.html").contains("Two, revised"));
    QVERIFY(v2.value("index.html").contains("Two, revised"));

    const DeployRun third = deploy(path("www"));
    QCOMPARE(third.lastLine(), QString("deploy: 0 uploaded, 0 deleted, %1 unchanged").arg(v1.size()));
}

void tst_CliDeploy::dryRunChangesNothing()
{
    QCOMPARE(deploy(path("www")).exitCode, 0);
    writeFile(path("site/content/posts/two.md"), deployPost("Two, revised", "garden", "2024-02-01"));
    QFile::remove(path("site/content/posts/three.md"));
    const QMap<QString, QByteArray> before = filesBelow(path("www"));
    const QMap<QString, QByteArray> data = filesBelow(qEnvironmentVariable("XDG_DATA_HOME"));
    const DeployRun dry = deploy(path("www"), {"--dry-run", "--delete"});
    QCOMPARE(dry.exitCode, 0);
    QVERIFY(dry.out.contains("dry run: nothing was uploaded or deleted"));
    QCOMPARE(dry.listed("would delete"), QStringList{"posts/three/index.html"});
    QVERIFY2(dry.listed("would upload").contains("posts/two/index.html"), qPrintable(dry.out));
    QVERIFY(dry.lastLine().startsWith("deploy: "));
    QCOMPARE(filesBelow(path("www")), before);
    QCOMPARE(filesBelow(qEnvironmentVariable("XDG_DATA_HOME")), data);   // the deploy record too
}

void tst_CliDeploy::deleteRemovesOnlyWhatDeploysUploaded()
{
    writeFile(path("www/CNAME"), "blog.example.org\n");   // the user's own, never uploaded
    QCOMPARE(deploy(path("www")).exitCode, 0);
    QFile::remove(path("site/content/posts/three.md"));

    const DeployRun kept = deploy(path("www"));
    QCOMPARE(kept.exitCode, 0);
    QVERIFY2(kept.out.contains("1 stale file(s) an earlier deploy uploaded left in place"), qPrintable(kept.out));
    QVERIFY(QFileInfo::exists(path("www/posts/three/index.html")));
    QVERIFY(kept.lastLine().contains(" uploaded, 0 deleted, "));

    const DeployRun removed = deploy(path("www"), {"--delete"});
    QCOMPARE(removed.exitCode, 0);
    QCOMPARE(removed.listed("deleted"), QStringList{"posts/three/index.html"});
    QVERIFY(removed.lastLine().startsWith("deploy: 0 uploaded, 1 deleted, "));
    QVERIFY(!QFileInfo::exists(path("www/posts/three")));
    QCOMPARE(readAll(path("www/CNAME")), QByteArray("blog.example.org\n"));
}

// The new post's page cannot be written (a folder is in its place): the
// deploy stops before any existing page is replaced, the site there is
// the earlier one, and the next deploy finishes the job.
void tst_CliDeploy::failedUploadLeavesTheOldSiteWhole()
{
    QCOMPARE(deploy(path("www")).exitCode, 0);
    const QMap<QString, QByteArray> v1 = filesBelow(path("www"));
    writeFile(path("site/content/posts/five.md"), deployPost("Five", "garden", "2024-05-01"));
    writeFile(path("site/content/posts/two.md"), deployPost("Two, revised", "garden", "2024-02-01"));
    writeFile(path("www/posts/five/index.html/blocker"), "in the way\n");

    const DeployRun failed = deploy(path("www"));
    QCOMPARE(failed.exitCode, 1);
    QVERIFY2(failed.err.contains("posts/five/index.html"), qPrintable(failed.err));
    QVERIFY(failed.out.contains("deploy stopped: the destination still has the earlier site whole"));
    QMap<QString, QByteArray> now = filesBelow(path("www"));
    for (const QString &file : v1.keys())
        QCOMPARE(now.value(file), v1.value(file));   // every earlier page as it was
    for (const QString &file : now.keys())
        QVERIFY2(v1.contains(file) || file.startsWith("posts/five/") || file.startsWith("tags/") || file.startsWith("."),
                 qPrintable(file));

    QVERIFY(QDir(path("www/posts/five/index.html")).removeRecursively());
    const DeployRun again = deploy(path("www"));
    QCOMPARE(again.exitCode, 0);
    QVERIFY(readAll(path("www/index.html")).contains("Five"));
    QVERIFY(readAll(path("www/posts/two/index.html")).contains("Two, revised"));
    QVERIFY(QFileInfo::exists(path("www/posts/five/index.html")));
    for (const QString &file : filesBelow(path("www")).keys())
        QVERIFY2(!file.contains(".postwright-deploy"), qPrintable(file));   // no temporary file left
}

void tst_CliDeploy::destinationTheExportReadsIsRefused()
{
    const QMap<QString, QByteArray> before = filesBelow(path("site"));
    // The site, a folder holding it, a folder the export reads (its pages
    // would land among the posts), and links to them.
    QVERIFY(QFile::link(m_dir->path(), path("parent-link")));
    QVERIFY(QFile::link(path("site/content"), path("content-link")));
    for (const QString &dest : {path("site"), path("."), path("site/content"), path("site/content/posts/new"),
                                path("parent-link"), path("content-link")}) {
        const DeployRun run = deploy(dest);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("the destination cannot take the site"), qPrintable(run.err));
    }
    const DeployRun bad = deploy("git:nowhere");
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains("git:REMOTE#BRANCH"));
    QCOMPARE(filesBelow(path("site")), before);
}

void tst_CliDeploy::gitBranchGetsOneCommitPerDeploy()
{
    const QString site = path("site");
    git(site, {"init", "-q", "-b", "main"});
    git(site, {"add", "-A"});
    git(site, {"-c", "user.name=T", "-c", "user.email=t@example.org", "commit", "-q", "-m", "posts"});
    const QByteArray sourceHead = git(site, {"rev-parse", "HEAD"});
    git(path("."), {"init", "-q", "--bare", "pages.git"});
    const QString dest = "git:file://" + path("pages.git") + "#gh-pages";

    const DeployRun first = deploy(dest);
    QCOMPARE(first.exitCode, 0);
    QVERIFY2(first.lastLine().endsWith(" uploaded, 0 deleted, 0 unchanged"), qPrintable(first.out + first.err));
    // Someone adds a file of their own to the branch between deploys.
    git(path("."), {"clone", "-q", "-b", "gh-pages", path("pages.git"), "pages"});
    writeFile(path("pages/CNAME"), "blog.example.org\n");
    git(path("pages"), {"add", "CNAME"});
    git(path("pages"), {"-c", "user.name=T", "-c", "user.email=t@example.org", "commit", "-q", "-m", "CNAME"});
    git(path("pages"), {"push", "-q", "origin", "gh-pages"});

    writeFile(site + "/content/posts/two.md", deployPost("Two, revised", "garden", "2024-02-01"));
    const DeployRun second = deploy(dest);
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(second.listed("uploaded"), pagesShowingTwo);
    QCOMPARE(git(path("pages.git"), {"rev-list", "--count", "gh-pages"}), QByteArray("3"));
    const QByteArray changed = git(path("pages.git"), {"diff", "--name-only", "gh-pages~1", "gh-pages"});
    QCOMPARE(QString::fromUtf8(changed).split('\n'), pagesShowingTwo);
    QCOMPARE(git(path("pages.git"), {"show", "gh-pages:CNAME"}), QByteArray("blog.example.org"));
    QVERIFY(git(path("pages.git"), {"show", "gh-pages:posts/two/index.html"}).contains("Two, revised"));

    // Nothing changed: no empty commit.
    QVERIFY(deploy(dest).lastLine().startsWith("deploy: 0 uploaded, 0 deleted, "));
    QCOMPARE(git(path("pages.git"), {"rev-list", "--count", "gh-pages"}), QByteArray("3"));
    // The site's repository: same branch, same commit, nothing staged, no new branch.
    QCOMPARE(git(site, {"rev-parse", "HEAD"}), sourceHead);
    QCOMPARE(git(site, {"branch", "--format=%(refname:short)"}), QByteArray("main"));
    QCOMPARE(git(site, {"status", "--porcelain"}), QByteArray("M content/posts/two.md"));   // " M", trimmed: not staged
}

QTEST_GUILESS_MAIN(tst_CliDeploy)
#include "tst_cli_deploy.moc"
