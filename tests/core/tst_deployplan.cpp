// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Deploy (issue 16 §2): how DEST is read, and what a deploy would send.
#include "deploy/deployplan.h"
#include "deploy/deploytarget.h"

#include <QTest>

using namespace postwright;

class tst_DeployPlan final : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("dest");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("remote");
        QTest::addColumn<QString>("branchOrPath");
        QTest::newRow("git remote name") << "git:origin#gh-pages" << int(DeployTarget::Kind::Git) << "origin" << "gh-pages";
        QTest::newRow("git url with #") << "git:ssh://git@example.org/x.git#pages" << int(DeployTarget::Kind::Git)
                                        << "ssh://git@example.org/x.git" << "pages";
        QTest::newRow("rsync") << "rsync:me@example.org:/var/www/blog" << int(DeployTarget::Kind::Rsync) << "me@example.org"
                               << "/var/www/blog";
        QTest::newRow("sftp") << "sftp://me@example.org:2222/srv/www/" << int(DeployTarget::Kind::Sftp)
                              << "sftp://me@example.org:2222" << "/srv/www";
        QTest::newRow("folder") << "/srv/www/./blog/" << int(DeployTarget::Kind::Folder) << "" << "/srv/www/blog";
    }

    void parse()
    {
        QFETCH(QString, dest);
        QFETCH(int, kind);
        QFETCH(QString, remote);
        QFETCH(QString, branchOrPath);
        const Result<DeployTarget> target = DeployTarget::parse(dest);
        QVERIFY(target);
        QCOMPARE(int(target.value().kind), kind);
        switch (target.value().kind) {
        case DeployTarget::Kind::Git:
            QCOMPARE(target.value().remote, remote);
            QCOMPARE(target.value().branch, branchOrPath);
            break;
        case DeployTarget::Kind::Rsync:
            QCOMPARE(target.value().remote, remote);
            QCOMPARE(target.value().path, branchOrPath);
            break;
        case DeployTarget::Kind::Sftp:
            QCOMPARE(target.value().url, remote);
            QCOMPARE(target.value().path, branchOrPath);
            break;
        case DeployTarget::Kind::Folder:
            QCOMPARE(target.value().folder, branchOrPath);
            break;
        }
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("dest");
        QTest::addColumn<QString>("message");
        QTest::newRow("git without branch") << "git:origin" << "git:REMOTE#BRANCH";
        QTest::newRow("git option as branch") << "git:origin#--force" << "git:REMOTE#BRANCH";
        QTest::newRow("rsync without path") << "rsync:example.org" << "rsync:[USER@]HOST:PATH";
        QTest::newRow("rsync option as host") << "rsync:-e x:/p" << "rsync:[USER@]HOST:PATH";
        QTest::newRow("sftp without path") << "sftp://example.org" << "sftp://[USER@]HOST[:PORT]/PATH";
        QTest::newRow("sftp with password") << "sftp://me:secret@example.org/www" << "keychain";
    }

    void malformed()
    {
        QFETCH(QString, dest);
        QFETCH(QString, message);
        const Result<DeployTarget> target = DeployTarget::parse(dest);
        QVERIFY(!target);
        QVERIFY2(target.error().message.contains(message), qPrintable(target.error().message));
        QVERIFY(!target.error().toString().contains("secret"));
    }

    // Only files an earlier deploy uploaded are stale, and only with --delete removed.
    void plan()
    {
        const QHash<QString, DeployFile> local = {{"new.html", {"n", "s", 1}}, {"same.html", {"a", "s", 1}},
                                                  {"changed.html", {"c2", "s", 1}}, {"pending.html", {"p", "s", 1}}};
        const QHash<QString, QByteArray> remote = {{"same.html", "a"}, {"changed.html", "c1"}, {"pending.html", ""},
                                                   {"gone.html", "g"}, {"CNAME", "x"}};
        const QSet<QString> owned = {"same.html", "changed.html", "pending.html", "gone.html", "vanished.html"};
        const DeployPlan kept = planDeploy(local, remote, owned, false);
        QCOMPARE(kept.added, QStringList{"new.html"});
        QCOMPARE(kept.changed, (QStringList{"changed.html", "pending.html"}));
        QCOMPARE(kept.unchanged, 1);
        QCOMPARE(kept.stale, QStringList());
        QCOMPARE(kept.kept, QStringList{"gone.html"});
        const DeployPlan removing = planDeploy(local, remote, owned, true);
        QCOMPARE(removing.stale, QStringList{"gone.html"});   // never CNAME, never what is not there
        QCOMPARE(removing.kept, QStringList());
    }
};

QTEST_GUILESS_MAIN(tst_DeployPlan)
#include "tst_deployplan.moc"
