// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// postwright-cli deploy (issue 16 §2) over SSH to an sshd the test starts
// on 127.0.0.1: rsync:HOST:PATH with the rsync command, sftp://HOST:PORT/PATH
// with libcurl.
#include <QTemporaryDir>
#include <QTest>

#include "deployfixture.h"
#include "sshdfixture.h"

using namespace postwright::testing;

class tst_CliDeploySsh final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void deployTwice_data();
    void deployTwice();
    void stoppedHalfwayLeavesTheOldSiteWhole_data() { deployTwice_data(); }
    void stoppedHalfwayLeavesTheOldSiteWhole();
    void unknownHostKeyIsRefused();

private:
    QString path(const QString &relative) const { return m_dir->filePath(relative); }
    QString destination(const QString &kind, const QString &folder) const;
    DeployRun deploy(const QString &dest, const QStringList &options = {}, const QProcessEnvironment &env = {});

    QTemporaryDir m_serverDir;
    SshServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_CliDeploySsh::initTestCase()
{
    const QString problem = m_server.start(m_serverDir.filePath("sshd"));
    if (!problem.isEmpty())
        QFAIL(qPrintable(problem));
}

void tst_CliDeploySsh::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    writeDeploySite(path("site"));
}

QString tst_CliDeploySsh::destination(const QString &kind, const QString &folder) const
{
    if (kind == "rsync")
        return "rsync:deploy-test:" + folder;
    return QString("sftp://%1@127.0.0.1:%2%3").arg(SshServer::user()).arg(m_server.port()).arg(folder);
}

DeployRun tst_CliDeploySsh::deploy(const QString &dest, const QStringList &options, const QProcessEnvironment &env)
{
    return runCli(QStringList{"deploy", path("site"), "--to", dest} + options, env.isEmpty() ? m_server.environment() : env);
}

void tst_CliDeploySsh::deployTwice_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("rsync") << "rsync";
    QTest::newRow("sftp") << "sftp";
}

// The second deploy sends the changed post's page, the lists and feeds
// that show it and its neighbours' pages; --delete then removes a deleted
// post's page.
void tst_CliDeploySsh::deployTwice()
{
    QFETCH(QString, kind);
    const QString dest = destination(kind, path("www"));
    const DeployRun first = deploy(dest);
    QVERIFY2(first.exitCode == 0, qPrintable(first.out + first.err));
    const QMap<QString, QByteArray> v1 = filesBelow(path("www"));
    QVERIFY(v1.contains("posts/two/index.html"));
    QCOMPARE(first.lastLine(), QString("deploy: %1 uploaded, 0 deleted, 0 unchanged").arg(v1.size()));

    writeFile(path("site/content/posts/two.md"), deployPost("Two, revised", "garden", "2024-02-01"));
    const DeployRun second = deploy(dest);
    QVERIFY2(second.exitCode == 0, qPrintable(second.out + second.err));
    // Also the posts before and after it, which link it by its title, and
    // the feeds of the lists it is in.
    const QStringList changed = {"index.html", "index.xml", "posts/index.html", "posts/index.xml", "posts/one/index.html",
                                 "posts/three/index.html", "posts/two/index.html", "tags/garden/index.html",
                                 "tags/garden/index.xml"};
    QCOMPARE(second.listed("uploaded"), changed);
    QCOMPARE(second.lastLine(), QString("deploy: 9 uploaded, 0 deleted, %1 unchanged").arg(v1.size() - 9));
    const QMap<QString, QByteArray> v2 = filesBelow(path("www"));
    QCOMPARE(QStringList(v2.keys()), QStringList(v1.keys()));   // no temporary file left
    for (const QString &file : v1.keys())
        QCOMPARE(v2.value(file) != v1.value(file), changed.contains(file));
    QVERIFY(v2.value("posts/two/index.html").contains("Two, revised"));

    QFile::remove(path("site/content/posts/three.md"));
    const DeployRun third = deploy(dest, {"--delete"});
    QVERIFY2(third.exitCode == 0, qPrintable(third.out + third.err));
    QCOMPARE(third.listed("deleted"), QStringList{"posts/three/index.html"});
    // (rsync leaves the emptied folder; SFTP removes it.)
    QVERIFY(!QFileInfo::exists(path("www/posts/three/index.html")));
    QCOMPARE(QFileInfo::exists(path("www/posts/three")), kind == "rsync");
    QVERIFY(!readAll(path("www/index.html")).contains("Three"));
}

// The new post's page cannot be put in place (a folder holds its name):
// the deploy stops before any existing page is replaced, so every page
// there is the old one; the next deploy finishes the job.
void tst_CliDeploySsh::stoppedHalfwayLeavesTheOldSiteWhole()
{
    QFETCH(QString, kind);
    const QString dest = destination(kind, path("www"));
    QCOMPARE(deploy(dest).exitCode, 0);
    const QMap<QString, QByteArray> v1 = filesBelow(path("www"));
    writeFile(path("site/content/posts/five.md"), deployPost("Five", "garden", "2024-05-01"));
    writeFile(path("www/posts/five/index.html/blocker"), "in the way\n");

    const DeployRun failed = deploy(dest);
    QCOMPARE(failed.exitCode, 1);
    QVERIFY2(failed.err.contains("posts/five/index.html"), qPrintable(failed.err));
    const QMap<QString, QByteArray> now = filesBelow(path("www"));
    for (const QString &file : v1.keys())
        QCOMPARE(now.value(file), v1.value(file));

    QVERIFY(QDir(path("www/posts/five/index.html")).removeRecursively());
    const DeployRun again = deploy(dest);
    QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
    QVERIFY(readAll(path("www/index.html")).contains("Five"));
    QVERIFY(readAll(path("www/posts/five/index.html")).contains("Five"));
}

void tst_CliDeploySsh::unknownHostKeyIsRefused()
{
    QProcessEnvironment env = m_server.environment();
    writeFile(path("empty_known_hosts"), "");
    env.insert("POSTWRIGHT_SSH_KNOWN_HOSTS", path("empty_known_hosts"));
    const DeployRun run = deploy(destination("sftp", path("www")), {}, env);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(!QFileInfo::exists(path("www")));
}

QTEST_GUILESS_MAIN(tst_CliDeploySsh)
#include "tst_cli_deployssh.moc"
