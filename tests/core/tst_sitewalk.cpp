// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Which post files the site walk (listSiteFiles) reads through symbolic links.
#include "site/siteconfig.h"
#include "site/siterules.h"
#include "support/testfiles.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace postwright;
using postwright::testing::writeFile;

class tst_SiteWalk final : public QObject
{
    Q_OBJECT

private slots:
    // The walk reads a linked post or folder only inside the site, and
    // never one post twice or in a loop.
    void walkFollowsLinksOnlyInside()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath("site");
        const QString outside = dir.filePath("outside");
        writeFile(root + "/hugo.toml", "title = \"x\"\n");
        writeFile(root + "/content/posts/real.md", "---\ntitle: real\n---\n");
        writeFile(root + "/shared/kept.md", "---\ntitle: kept\n---\n");
        writeFile(root + "/shared-folder/inside.md", "---\ntitle: inside\n---\n");
        writeFile(outside + "/secret.md", "---\ntitle: secret\n---\n");
        writeFile(outside + "/folder/post.md", "---\ntitle: secret\n---\n");
        const QString posts = root + "/content/posts";
        QVERIFY(QFile::link("../../shared/kept.md", posts + "/kept.md"));
        QVERIFY(QFile::link(outside + "/secret.md", posts + "/secret.md"));
        QVERIFY(QFile::link("../../shared-folder", posts + "/linked"));
        QVERIFY(QFile::link("../../shared-folder", posts + "/linked-again"));
        QVERIFY(QFile::link(outside + "/folder", posts + "/out"));
        QVERIFY(QFile::link(".", posts + "/loop"));
        QVERIFY(QFile::link("../..", posts + "/up"));
        QVERIFY(QFile::link("..", root + "/shared-folder/back"));
        QVERIFY(QFile::link(posts + "/gone.md", posts + "/dangling.md"));

        const Result<SiteConfig> config = detectSite(root);
        QVERIFY(config.ok());
        const SiteListing listing = listSiteFiles(config.value());
        QStringList paths;
        for (const SiteFile &file : listing.files)
            paths.append(file.path);
        QCOMPARE(paths, (QStringList{"content/posts/kept.md", "content/posts/linked/inside.md", "content/posts/real.md"}));
        QStringList warnings;
        for (const Error &warning : listing.warnings)
            warnings.append(warning.toString());
        const QString real = QFileInfo(outside).canonicalFilePath();
        QCOMPARE(warnings.join(QLatin1Char('\n')), (QStringList{
                               "content/posts/out: a symbolic link that leads out of the site (to " + real + "/folder): not read",
                               "content/posts/secret.md: a symbolic link that leads out of the site (to " + real
                                   + "/secret.md): not read",
                           }.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(tst_SiteWalk)
#include "tst_sitewalk.moc"
