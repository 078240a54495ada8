// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the export may publish of the files a post links to (publishRefusal).
#include "export/publishrule.h"
#include "site/siteconfig.h"
#include "support/testfiles.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace postwright;
using postwright::testing::writeFile;

class tst_PublishRule final : public QObject
{
    Q_OBJECT

private slots:
    void refusal_data()
    {
        QTest::addColumn<QString>("kind");     // hugo, jekyll or plain
        QTest::addColumn<QString>("post");     // relative to the site
        QTest::addColumn<QString>("file");     // relative to the site
        QTest::addColumn<QString>("reason");   // empty: published

        const QString hidden = "a hidden file or folder";
        const QString config = "the site's configuration";
        const QString hugoNot = "not a page resource, and not in static/ or assets/";
        const QString jekyllNot = "not in a folder Jekyll publishes";
        const QString plainNot = "not an image, media or document file beside the post";

        // Never, in any kind of site.
        for (const QString kind : {"hugo", "jekyll", "plain"}) {
            const QString post = kind == "hugo" ? "content/posts/a.md" : kind == "jekyll" ? "_posts/2024-01-01-a.md" : "a.md";
            QTest::addRow("%s: .env", qPrintable(kind)) << kind << post << ".env" << hidden;
            QTest::addRow("%s: .git/config", qPrintable(kind)) << kind << post << ".git/config" << "a version control folder";
            QTest::addRow("%s: .svn/entries", qPrintable(kind)) << kind << post << ".svn/entries" << "a version control folder";
            QTest::addRow("%s: a hidden image", qPrintable(kind)) << kind << post << "images/.private.png" << hidden;
            QTest::addRow("%s: _config.yml", qPrintable(kind)) << kind << post << "_config.yml" << config;
            QTest::addRow("%s: _config.dev.yml", qPrintable(kind)) << kind << post << "_config.dev.yml" << config;
            QTest::addRow("%s: hugo.toml", qPrintable(kind)) << kind << post << "hugo.toml" << config;
            QTest::addRow("%s: config.yaml", qPrintable(kind)) << kind << post << "config.yaml" << config;
            QTest::addRow("%s: config/_default/params.toml", qPrintable(kind))
                << kind << post << "config/_default/params.toml" << config;
            QTest::addRow("%s: data/", qPrintable(kind)) << kind << post << "data/secrets.yaml" << "in the site's data/ folder";
            QTest::addRow("%s: layouts/", qPrintable(kind))
                << kind << post << "layouts/_default/single.html" << "in the site's layouts/ folder";
            QTest::addRow("%s: archetypes/", qPrintable(kind))
                << kind << post << "archetypes/default.md" << "in the site's archetypes/ folder";
            QTest::addRow("%s: outside", qPrintable(kind)) << kind << post << "../elsewhere.png" << "outside the site";
        }
        // Hugo: static/, assets/, the bundle, media beside the post.
        QTest::newRow("hugo: static") << "hugo" << "content/posts/a.md" << "static/files/report.zip" << QString();
        QTest::newRow("hugo: a config.js of the site's own") << "hugo" << "content/posts/a.md" << "static/js/config.js" << QString();
        QTest::newRow("hugo: assets") << "hugo" << "content/posts/a.md" << "assets/css/site.css" << QString();
        QTest::newRow("hugo: bundle resource") << "hugo" << "content/posts/b/index.md" << "content/posts/b/data.json" << QString();
        QTest::newRow("hugo: bundle, hidden") << "hugo" << "content/posts/b/index.md" << "content/posts/b/.secret" << hidden;
        QTest::newRow("hugo: another bundle's file") << "hugo" << "content/posts/b/index.md" << "content/posts/c/data.json" << hugoNot;
        QTest::newRow("hugo: image beside a post") << "hugo" << "content/posts/a.md" << "content/posts/a.png" << QString();
        QTest::newRow("hugo: text beside a post") << "hugo" << "content/posts/a.md" << "content/posts/notes.txt" << hugoNot;
        QTest::newRow("hugo: image elsewhere in content")
            << "hugo" << "content/posts/a.md" << "content/other/a.png" << hugoNot;
        QTest::newRow("hugo: README at the root") << "hugo" << "content/posts/a.md" << "README.md" << hugoNot;
        QTest::newRow("hugo: a theme's file") << "hugo" << "content/posts/a.md" << "themes/t/static/x.png" << hugoNot;
        // Jekyll: the folders it copies.
        QTest::newRow("jekyll: assets") << "jekyll" << "_posts/2024-01-01-a.md" << "assets/photo.png" << QString();
        QTest::newRow("jekyll: a download") << "jekyll" << "_posts/2024-01-01-a.md" << "files/notes.txt" << QString();
        QTest::newRow("jekyll: _data") << "jekyll" << "_posts/2024-01-01-a.md" << "_data/members.yml" << jekyllNot;
        QTest::newRow("jekyll: _includes image") << "jekyll" << "_posts/2024-01-01-a.md" << "_includes/x.png" << jekyllNot;
        QTest::newRow("jekyll: node_modules") << "jekyll" << "_posts/2024-01-01-a.md" << "node_modules/x/a.js" << jekyllNot;
        QTest::newRow("jekyll: Gemfile") << "jekyll" << "_posts/2024-01-01-a.md" << "Gemfile" << jekyllNot;
        // Plain: media beside the post or below it.
        QTest::newRow("plain: image below the post") << "plain" << "a.md" << "images/square.png" << QString();
        QTest::newRow("plain: pdf beside") << "plain" << "notes/a.md" << "notes/paper.PDF" << QString();
        QTest::newRow("plain: image in another folder") << "plain" << "notes/a.md" << "private/scan.png" << plainNot;
        QTest::newRow("plain: text beside") << "plain" << "a.md" << "passwords.txt" << plainNot;
        QTest::newRow("plain: yaml beside") << "plain" << "a.md" << "secrets.yaml" << plainNot;
    }

    void refusal()
    {
        QFETCH(QString, kind);
        QFETCH(QString, post);
        QFETCH(QString, file);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString root = dir.filePath("site");
        if (kind == "hugo")
            writeFile(root + "/hugo.toml", "title = \"x\"\n");
        else if (kind == "jekyll")
            writeFile(root + "/_config.yml", "title: x\n");
        writeFile(root + '/' + post, "---\ntitle: x\n---\n");
        const Result<SiteConfig> config = detectSite(root);
        QVERIFY(config.ok());
        QCOMPARE(siteKindName(config.value().kind).toLower(), kind);
        QCOMPARE(publishRefusal(config.value(), root + '/' + post, QDir::cleanPath(root + '/' + file)), reason);
    }

    // Where a symbolic link leads counts too.
    void linksAreFollowed()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath("site");
        writeFile(root + "/hugo.toml", "title = \"x\"\n");
        writeFile(root + "/.env", "secret\n");
        writeFile(root + "/static/real.png", "png\n");
        writeFile(dir.filePath("outside.png"), "png\n");
        QVERIFY(QFile::link("../.env", root + "/static/env.png"));
        QVERIFY(QFile::link(dir.filePath("outside.png"), root + "/static/out.png"));
        QVERIFY(QFile::link("real.png", root + "/static/alias.png"));
        const Result<SiteConfig> config = detectSite(root);
        QVERIFY(config.ok());
        const QString post = root + "/content/a.md";
        QCOMPARE(publishRefusal(config.value(), post, root + "/static/env.png"),
                 QStringLiteral("a symbolic link to .env: a hidden file or folder"));
        QCOMPARE(publishRefusal(config.value(), post, root + "/static/out.png"),
                 QStringLiteral("a symbolic link that leads out of the site"));
        QCOMPARE(publishRefusal(config.value(), post, root + "/static/alias.png"), QString());
    }

};

QTEST_GUILESS_MAIN(tst_PublishRule)
#include "tst_publishrule.moc"
