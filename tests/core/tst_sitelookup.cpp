// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// One rule says which site a path belongs to (issue 14 §1): the app, the
// CLI and the export all ask locateSite().
#include "export/postexporter.h"
#include "files/datafolder.h"
#include "site/indexbuilder.h"
#include "site/sitelookup.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace postwright;

Q_DECLARE_METATYPE(postwright::SiteKind)
Q_DECLARE_METATYPE(postwright::SiteRule)

namespace {

void write(const QString &path, const QByteArray &bytes = "---\ntitle: T\n---\n\nText.\n")
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class tst_SiteLookup final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString at(const QString &relative) const { return QDir::cleanPath(m_dir.filePath(relative)); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A Hugo site with its config.
        write(at("hugo/hugo.toml"), "title = 'H'\n");
        write(at("hugo/content/posts/a.md"));
        write(at("hugo/content/posts/trip/index.md"));
        write(at("hugo/content/docs/content/deep.md"));   // a folder named content inside content/
        write(at("hugo/layouts/partials/note.md"));
        // A Hugo site whose config moves the content folder.
        write(at("moved/config.toml"), "contentDir = 'posts'\n");
        write(at("moved/posts/b.md"));
        // Content only: a checkout of a docs site's content.
        write(at("docs/content/en/_common/_index.md"), "---\ncascade:\n  build:\n    render: never\n---\n");
        write(at("docs/content/en/_common/snippet.md"));
        write(at("docs/content/en/guide/start.md"));
        // Jekyll with and without _config.yml.
        write(at("jekyll/_config.yml"), "title: J\n");
        write(at("jekyll/_posts/2024-01-02-a.md"));
        write(at("jekyll/blog/_posts/2024-01-03-b.md"));
        write(at("postsonly/_posts/2024-01-02-a.md"));
        write(at("postsonly/about.md"));
        // A stray config above a folder of notes that holds a content-only site.
        write(at("notes/config.yaml"), "theme: none\n");
        write(at("notes/idea.md"));
        write(at("notes/blog/content/post.md"));
        // A plain folder.
        write(at("plain/deeper/c.md"));
    }

    void locate_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("root");
        QTest::addColumn<SiteKind>("kind");
        QTest::addColumn<SiteRule>("rule");
        QTest::newRow("config: the site folder") << "hugo" << "hugo" << SiteKind::Hugo << SiteRule::Config;
        QTest::newRow("config: a post") << "hugo/content/posts/a.md" << "hugo" << SiteKind::Hugo << SiteRule::Config;
        QTest::newRow("config: a folder in content") << "hugo/content/posts" << "hugo" << SiteKind::Hugo << SiteRule::Config;
        QTest::newRow("config: inside a bundle") << "hugo/content/posts/trip/index.md" << "hugo" << SiteKind::Hugo
                                                 << SiteRule::Config;
        QTest::newRow("config: the bundle folder") << "hugo/content/posts/trip" << "hugo" << SiteKind::Hugo << SiteRule::Config;
        QTest::newRow("config beats a nearer content/") << "hugo/content/docs/content/deep.md" << "hugo" << SiteKind::Hugo
                                                        << SiteRule::Config;
        QTest::newRow("config: outside content/ is no post of it")
            << "hugo/layouts/partials/note.md" << "hugo/layouts/partials" << SiteKind::Plain << SiteRule::Plain;
        QTest::newRow("config: its contentDir") << "moved/posts/b.md" << "moved" << SiteKind::Hugo << SiteRule::Config;
        QTest::newRow("content/ alone: the folder") << "docs" << "docs" << SiteKind::Hugo << SiteRule::ContentFolder;
        QTest::newRow("content/ alone: a post") << "docs/content/en/_common/snippet.md" << "docs" << SiteKind::Hugo
                                                << SiteRule::ContentFolder;
        QTest::newRow("content/ alone: a post's folder") << "docs/content/en/_common" << "docs" << SiteKind::Hugo
                                                         << SiteRule::ContentFolder;
        QTest::newRow("_config.yml") << "jekyll/_posts/2024-01-02-a.md" << "jekyll" << SiteKind::Jekyll << SiteRule::Config;
        QTest::newRow("_config.yml: nested _posts") << "jekyll/blog/_posts/2024-01-03-b.md" << "jekyll" << SiteKind::Jekyll
                                                    << SiteRule::Config;
        QTest::newRow("_posts/ alone: a post") << "postsonly/_posts/2024-01-02-a.md" << "postsonly" << SiteKind::Jekyll
                                               << SiteRule::PostsFolder;
        QTest::newRow("_posts/ alone: a page") << "postsonly/about.md" << "postsonly" << SiteKind::Jekyll
                                               << SiteRule::PostsFolder;
        QTest::newRow("stray config, content-only site below") << "notes/blog/content/post.md" << "notes/blog"
                                                               << SiteKind::Hugo << SiteRule::ContentFolder;
        QTest::newRow("stray config: its own folder") << "notes" << "notes" << SiteKind::Hugo << SiteRule::Config;
        QTest::newRow("plain folder") << "plain/deeper/c.md" << "plain/deeper" << SiteKind::Plain << SiteRule::Plain;
        QTest::newRow("plain folder opened") << "plain" << "plain" << SiteKind::Plain << SiteRule::Plain;
    }

    void locate()
    {
        QFETCH(QString, path);
        QFETCH(QString, root);
        QFETCH(SiteKind, kind);
        QFETCH(SiteRule, rule);
        const SiteLocation site = locateSite(at(path));
        QCOMPARE(site.root, at(root));
        QCOMPARE(site.kind, kind);
        QCOMPARE(site.rule, rule);
        QVERIFY(site.found());
    }

    // The kind detectSite() reads at the root is the kind the lookup found.
    void detectedAsLocated_data()
    {
        QTest::addColumn<QString>("root");
        QTest::addColumn<SiteKind>("kind");
        QTest::addColumn<SiteRule>("rule");
        QTest::addColumn<QString>("contentDir");
        QTest::newRow("hugo.toml") << "hugo" << SiteKind::Hugo << SiteRule::Config << "hugo/content";
        QTest::newRow("content/ alone") << "docs" << SiteKind::Hugo << SiteRule::ContentFolder << "docs/content";
        QTest::newRow("_config.yml") << "jekyll" << SiteKind::Jekyll << SiteRule::Config << "jekyll";
        QTest::newRow("_posts/ alone") << "postsonly" << SiteKind::Jekyll << SiteRule::PostsFolder << "postsonly";
        QTest::newRow("plain") << "plain" << SiteKind::Plain << SiteRule::Plain << "plain";
    }

    void detectedAsLocated()
    {
        QFETCH(QString, root);
        QFETCH(SiteKind, kind);
        QFETCH(SiteRule, rule);
        QFETCH(QString, contentDir);
        const Result<SiteConfig> config = detectSite(at(root));
        QVERIFY(config.ok());
        QCOMPARE(config.value().kind, kind);
        QCOMPARE(config.value().rule, rule);
        QCOMPARE(config.value().contentDir, at(contentDir));
        QCOMPARE(locateSite(at(root)).kind, kind);
        // A kind the caller chose says so.
        QCOMPARE(detectSite(at(root), kind == SiteKind::Plain ? SiteKind::Hugo : SiteKind::Plain).value().rule, SiteRule::Chosen);
    }

    // A content-only site indexes as Hugo with its defaults: every post of
    // content/, sections and bundles as hugo sees them.
    void contentOnlySiteIndexesAllPosts()
    {
        IndexOptions options;
        options.useCache = false;
        const Result<SiteIndex> index = indexSite(at("docs"), options);
        QVERIFY(index.ok());
        QCOMPARE(index.value().config().kind, SiteKind::Hugo);
        QStringList paths;
        for (const PostRecord &post : index.value().posts())
            paths.append(post.path);
        paths.sort();
        QCOMPARE(paths, QStringList({"content/en/_common/_index.md", "content/en/_common/snippet.md",
                                     "content/en/guide/start.md"}));
        QCOMPARE(index.value().post("content/en/_common/_index.md")->kind, PostKind::Section);
    }

    // No site: the post's own folder, unless that is the home, root or temp folder.
    void tooWideFoldersAreNoSite()
    {
        const SiteLocation home = locateSite(QDir::homePath() + "/stray-note.md");
        QVERIFY(!home.found());
        QCOMPARE(home.folder, QDir::cleanPath(QDir::homePath()));
        QCOMPARE(home.rootOrFolder(), QDir::cleanPath(QDir::homePath()));
    }

    // Export as HTML reads images only from the post's site as the lookup
    // finds it: a content-only site's static/ is in, a folder beside it is out.
    void exportPostReadsFromTheLocatedSite()
    {
        write(at("docs/static/images/a.png"), "PNG");
        write(at("docs/content/en/guide/pic.md"), "---\ntitle: P\n---\n\n![a](../../../static/images/a.png)\n");
        PostExportOptions options;
        options.output = at("out/pic.html");
        const Result<PostExportReport> report = exportPost(at("docs/content/en/guide/pic.md"), options);
        QVERIFY(report.ok());
        QVERIFY2(report.value().warnings.isEmpty(), qPrintable(report.value().warnings.value(0).toString()));
    }

    // The data folder is the one the README names; an earlier version's
    // folder inside it moves there, and a file both have is kept in both.
    void dataFolderMovesOldData()
    {
        const QString generic = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
        QCOMPARE(dataFolder(), generic + "/Postwright");
        QCOMPARE(oldDataFolder(), generic + "/Postwright/Postwright");
        write(oldDataFolder() + "/recovery/entry.json", "old entry");
        write(oldDataFolder() + "/words.txt", "old words\n");
        write(oldDataFolder() + "/sample-blog/post.md", "sample");
        write(dataFolder() + "/words.txt", "new words\n");
        QVERIFY(moveDataFolder(oldDataFolder(), dataFolder()).isEmpty());
        const auto read = [](const QString &path) {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(missing)");
        };
        QCOMPARE(read(dataFolder() + "/recovery/entry.json"), QByteArray("old entry"));
        QCOMPARE(read(dataFolder() + "/sample-blog/post.md"), QByteArray("sample"));
        QCOMPARE(read(dataFolder() + "/words.txt"), QByteArray("new words\n"));
        QCOMPARE(read(oldDataFolder() + "/words.txt"), QByteArray("old words\n"));
        QVERIFY(!QFileInfo::exists(oldDataFolder() + "/recovery"));
        // Once the user settles the conflict the old folder goes at the next move.
        QVERIFY(QFile::remove(oldDataFolder() + "/words.txt"));
        QVERIFY(moveDataFolder(oldDataFolder(), dataFolder()).isEmpty());
        QVERIFY(!QFileInfo::exists(oldDataFolder()));
    }
};

QTEST_GUILESS_MAIN(tst_SiteLookup)
#include "tst_sitelookup.moc"
