// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// postwright-cli publish (issue 16) with the remote over SSH: the test's own
// sshd on 127.0.0.1 (sshdfixture.h, as the rsync and SFTP deploys use it)
// serves a bare repository; the user's git and ssh fetch and push, two
// clones' edits of one post merge per key, and a host whose key is unknown
// fails the push without prompting, the commit kept.
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include "deployfixture.h"
#include "sshdfixture.h"
#include "support/postfixture.h"

using namespace postwright::testing;

class tst_CliPublishSsh final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void publishPushesOverSsh();
    void editsOfTwoClonesMergeOverSsh();
    void unknownHostKeyFailsAndKeepsTheCommit();

private:
    QString path(const QString &relative) const { return m_dir->filePath(relative); }
    QProcessEnvironment environment(const QString &knownHosts = {}) const;
    QByteArray git(const QString &folder, const QStringList &args);
    void clone(const QString &name);
    DeployRun publish(const QString &clone, const QProcessEnvironment &env) const
    {
        return runCli({"publish", path(clone + "/blog")}, env, path(clone));
    }

    QTemporaryDir m_serverDir;
    SshServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
};

// git and ssh as a user has them: ssh reads the test's client config
// (the host alias deploy-test, the user key, the server's host key).
QProcessEnvironment tst_CliPublishSsh::environment(const QString &knownHosts) const
{
    QProcessEnvironment env = m_server.environment();
    env.insert("GIT_CONFIG_NOSYSTEM", "1");
    QString ssh = "ssh -F " + m_server.file("ssh_config");
    if (!knownHosts.isEmpty())
        ssh += " -o UserKnownHostsFile=" + knownHosts;
    env.insert("GIT_SSH_COMMAND", ssh);
    return env;
}

QByteArray tst_CliPublishSsh::git(const QString &folder, const QStringList &args)
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.setWorkingDirectory(folder);
    process.start("git", args);
    process.waitForFinished(60000);
    if (process.exitCode() != 0)
        qWarning("git %s: %s", qPrintable(args.join(' ')), process.readAllStandardError().constData());
    return process.readAllStandardOutput();
}

void tst_CliPublishSsh::clone(const QString &name)
{
    git(m_dir->path(), {"clone", "-q", "deploy-test:" + path("remote.git"), name});
    git(path(name), {"config", "user.name", name});
    git(path(name), {"config", "user.email", name + "@example.org"});
}

void tst_CliPublishSsh::initTestCase()
{
    const QString problem = m_server.start(m_serverDir.filePath("sshd"));
    if (!problem.isEmpty())
        QFAIL(qPrintable(problem));
}

// remote.git, reached as deploy-test:PATH, holds a Hugo site in blog/.
void tst_CliPublishSsh::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir().mkpath(path("remote.git")));
    git(path("remote.git"), {"init", "-q", "--bare", "-b", "main"});
    QVERIFY(QDir().mkpath(path("a")));
    git(path("a"), {"init", "-q", "-b", "main"});
    git(path("a"), {"config", "user.name", "a"});
    git(path("a"), {"config", "user.email", "a@example.org"});
    writeFile(path("a/blog/hugo.toml"), "title = \"Blog\"\n");
    writeFile(path("a/blog/content/posts/night.md"), nightSkyPost);
    git(path("a"), {"add", "-A"});
    git(path("a"), {"commit", "-q", "-m", "Start"});
    git(path("a"), {"remote", "add", "origin", "deploy-test:" + path("remote.git")});
    git(path("a"), {"push", "-q", "-u", "origin", "main"});
    QCOMPARE(git(path("remote.git"), {"rev-parse", "main"}), git(path("a"), {"rev-parse", "HEAD"}));
}

void tst_CliPublishSsh::publishPushesOverSsh()
{
    writeFile(path("a/blog/content/posts/night.md"), edited(nightSkyPost, "\"Night sky\"", "\"The night sky\""));
    const DeployRun run = publish("a", environment());
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY(run.out.contains(": Publish: The night sky\n"));
    QVERIFY(run.out.endsWith("pushed to origin/main\n"));
    QCOMPARE(git(path("remote.git"), {"rev-parse", "main"}), git(path("a"), {"rev-parse", "HEAD"}));
    QCOMPARE(git(path("remote.git"), {"show", "main:blog/content/posts/night.md"}),
             edited(nightSkyPost, "\"Night sky\"", "\"The night sky\""));
}

void tst_CliPublishSsh::editsOfTwoClonesMergeOverSsh()
{
    clone("b");
    writeFile(path("a/blog/content/posts/night.md"), edited(nightSkyPost, "\"Night sky\"", "\"The night sky\""));
    QCOMPARE(publish("a", environment()).exitCode, 0);
    writeFile(path("b/blog/content/posts/night.md"), edited(nightSkyPost, "[astro, night]", "[astro, night, moon]"));
    const DeployRun run = publish("b", environment());
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY(run.out.contains("merged per key and block: blog/content/posts/night.md\n"));
    const QByteArray both = edited(edited(nightSkyPost, "\"Night sky\"", "\"The night sky\""), "[astro, night]", "[astro, night, moon]");
    QCOMPARE(readAll(path("b/blog/content/posts/night.md")), both);
    QCOMPARE(git(path("remote.git"), {"show", "main:blog/content/posts/night.md"}), both);
}

// A host key that is not known: ssh refuses (BatchMode: no question on a
// terminal), the push fails, the commit stays and the user is told.
void tst_CliPublishSsh::unknownHostKeyFailsAndKeepsTheCommit()
{
    writeFile(path("empty_known_hosts"), "");
    writeFile(path("a/blog/content/posts/night.md"), edited(nightSkyPost, "draft: false", "draft: true"));
    const QByteArray remoteBefore = git(path("remote.git"), {"rev-parse", "main"});
    const DeployRun run = publish("a", environment(path("empty_known_hosts")));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("your commit stays here"), qPrintable(run.err));
    QVERIFY(run.out.contains(": Publish: Night sky\n"));
    QCOMPARE(git(path("remote.git"), {"rev-parse", "main"}), remoteBefore);
    QCOMPARE(git(path("a"), {"log", "-1", "--format=%s"}), QByteArray("Publish: Night sky\n"));
}

QTEST_GUILESS_MAIN(tst_CliPublishSsh)
#include "tst_cli_publishssh.moc"
