// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "post/post.h"
#include "site/newpost.h"
#include "site/postfiles.h"
#include "site/indexbuilder.h"
#include "site/slug.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include "support/testfiles.h"

using namespace postwright;
using namespace postwright::testing;

namespace {

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

const QDateTime when(QDate(2025, 6, 3), QTime(10, 0), QTimeZone(7200));

} // namespace

class tst_NewPost final : public QObject
{
    Q_OBJECT

private slots:
    void slug_data();
    void slug();
    void archetype_data();
    void archetype();
    void create_data();
    void create();
    void existingPostIsKept();
    void publishJekyllDraft();
    void publishHugoDraft();
    void renameMoveTrash();
};

void tst_NewPost::slug_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("slug");
    QTest::newRow("ascii") << "Hello, World!" << "hello-world";
    QTest::newRow("accents") << "Crème brûlée à Paris" << "creme-brulee-a-paris";
    QTest::newRow("german") << "Straße über Köln" << "strasse-uber-koln";
    QTest::newRow("nordic") << "Æble og Øl på Ærø" << "aeble-og-ol-pa-aero";
    QTest::newRow("polish") << "Łódź i Gdańsk" << "lodz-i-gdansk";
    QTest::newRow("ligature") << "ﬁne œuvre" << "fine-oeuvre";
    QTest::newRow("apostrophe") << "Don't panic’s guide" << "dont-panics-guide";
    QTest::newRow("digits and runs") << "  Qt 6.4 -- C++20  " << "qt-6-4-c-20";
    QTest::newRow("no ascii at all") << "שלום" << "";
}

void tst_NewPost::slug()
{
    QFETCH(QString, title);
    QFETCH(QString, slug);
    QCOMPARE(slugify(title), slug);
}

void tst_NewPost::archetype_data()
{
    QTest::addColumn<QString>("archetype");
    QTest::addColumn<QString>("filled");
    QTest::newRow("hugo default")
        << "+++\ntitle = '{{ replace .File.ContentBaseName \"-\" \" \" | title }}'\ndate = {{ .Date }}\ndraft = true\n+++\n"
        << "+++\ntitle = 'My First Post'\ndate = 2025-06-03T10:00:00+02:00\ndraft = true\n+++\n";
    QTest::newRow("older .Name form, trimming braces")
        << "title: \"{{- replace .Name \"-\" \" \" | title -}}\"\nslug: {{ .Name }}\n"
        << "title: \"My First Post\"\nslug: my-first-post\n";
    QTest::newRow("other template code kept")
        << "summary: \"{{ .Site.Params.description }}\"\nbase: {{ .File.ContentBaseName }}\n"
        << "summary: \"{{ .Site.Params.description }}\"\nbase: my-first-post\n";
}

void tst_NewPost::archetype()
{
    QFETCH(QString, archetype);
    QFETCH(QString, filled);
    QCOMPARE(fillArchetype(archetype, QStringLiteral("my-first-post"), when), filled);
}

void tst_NewPost::create_data()
{
    QTest::addColumn<QString>("siteName");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("section");
    QTest::addColumn<bool>("draft");
    QTest::addColumn<bool>("bundle");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");   // the whole file

    QTest::newRow("hugo: section archetype")
        << "hugo" << "Crème brûlée" << "" << false << false << "content/posts/creme-brulee.md"
        << "---\ntitle: \"Crème brûlée\"\ndate: 2025-06-03T10:00:00+02:00\nslug: \"creme-brulee\"\ndraft: false\n"
           "tags: [a, b]\nsummary: \"{{ .Site.Params.description }}\"\n---\n\nWrite here.\n";
    QTest::newRow("hugo: default archetype (TOML), draft")
        << "hugo" << "Field notes" << "notes" << true << false << "content/notes/field-notes.md"
        << "+++\ntitle = 'Field notes'\ndate = 2025-06-03T10:00:00+02:00\ndraft = true\ntags = [\"a\", \"b\"]\n+++\n\n";
    QTest::newRow("hugo: bundle")
        << "hugo" << "A bundle" << "" << false << true << "content/posts/a-bundle/index.md"
        << "---\ntitle: \"A bundle\"\ndate: 2025-06-03T10:00:00+02:00\nslug: \"a-bundle\"\ndraft: false\n"
           "tags: [a, b]\nsummary: \"{{ .Site.Params.description }}\"\n---\n\nWrite here.\n";
    QTest::newRow("hugo without archetypes: YAML default")
        << "hugo-configdir" << "Plain start" << "" << true << false << "content/posts/plain-start.md"
        << "---\ntitle: Plain start\ndate: 2025-06-03T10:00:00+02:00\ndraft: true\ntags: [a, b]\n---\n\n";
    QTest::newRow("jekyll post") << "jekyll" << "Hello again" << "" << false << false
                                 << "_posts/2025-06-03-hello-again.md"
                                 << "---\nlayout: post\ntitle: Hello again\ndate: 2025-06-03T10:00:00+02:00\n"
                                    "tags: [a, b]\n---\n\n";
    QTest::newRow("jekyll draft") << "jekyll" << "Later" << "" << true << false << "_drafts/later.md"
                                  << "---\nlayout: post\ntitle: Later\ntags: [a, b]\n---\n\n";
    QTest::newRow("plain") << "plain" << "Note" << "" << false << false << "note.md"
                           << "---\ntitle: Note\ndate: 2025-06-03T10:00:00+02:00\ndraft: false\ntags: [a, b]\n---\n\n";
}

void tst_NewPost::create()
{
    QFETCH(QString, siteName);
    QFETCH(QString, title);
    QFETCH(QString, section);
    QFETCH(bool, draft);
    QFETCH(bool, bundle);
    QFETCH(QString, path);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    copyFolder(QStringLiteral(POSTWRIGHT_TEST_DATA "/sites/") + siteName, dir.path());
    const Result<SiteConfig> config = detectSite(dir.path());
    QVERIFY(config.ok());
    NewPostOptions options;
    options.title = title;
    options.section = section;
    options.draft = draft;
    options.bundle = bundle;
    options.tags = {QStringLiteral("a"), QStringLiteral("b")};
    options.now = when;
    const Result<QString> created = createPost(config.value(), options);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().toString()));
    QCOMPARE(created.value(), path);
    QCOMPARE(readText(dir.filePath(path)), expected);

    // The index sees it as the rules say.
    IndexOptions indexOptions;
    indexOptions.useCache = false;
    const Result<SiteIndex> index = indexSite(dir.path(), indexOptions);
    QVERIFY(index.ok());
    const PostRecord *post = index.value().post(path);
    QVERIFY(post);
    QVERIFY(!post->error);
    QCOMPARE(post->tags(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(post->draft, draft);
    QCOMPARE(post->kind, bundle ? PostKind::Bundle : PostKind::Post);
}

void tst_NewPost::existingPostIsKept()
{
    QTemporaryDir dir;
    copyFolder(QStringLiteral(POSTWRIGHT_TEST_DATA "/sites/hugo"), dir.path());
    const Result<SiteConfig> config = detectSite(dir.path());
    NewPostOptions options;
    options.title = QStringLiteral("Published");
    const QString before = readText(dir.filePath(QStringLiteral("content/posts/published.md")));
    const Result<QString> created = createPost(config.value(), options);
    QVERIFY(!created.ok());
    QCOMPARE(readText(dir.filePath(QStringLiteral("content/posts/published.md"))), before);
    options.title = QStringLiteral("!!!");
    QVERIFY(!createPost(config.value(), options).ok());
}

void tst_NewPost::publishJekyllDraft()
{
    QTemporaryDir dir;
    copyFolder(QStringLiteral(POSTWRIGHT_TEST_DATA "/sites/jekyll"), dir.path());
    const Result<SiteConfig> config = detectSite(dir.path());
    const QString draft = readText(dir.filePath(QStringLiteral("_drafts/a-draft.md")));
    const Result<QString> published =
        publishPost(config.value(), QStringLiteral("_drafts/a-draft.md"), QDate(2025, 6, 3));
    QVERIFY(published.ok());
    QCOMPARE(published.value(), QStringLiteral("_posts/2025-06-03-a-draft.md"));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("_drafts/a-draft.md"))));
    QCOMPARE(readText(dir.filePath(published.value())), draft);
    QVERIFY(!publishPost(config.value(), published.value()).ok());
}

void tst_NewPost::publishHugoDraft()
{
    QTemporaryDir dir;
    copyFolder(QStringLiteral(POSTWRIGHT_TEST_DATA "/sites/hugo"), dir.path());
    const Result<SiteConfig> config = detectSite(dir.path());
    const QString path = QStringLiteral("content/posts/draft.md");
    QVERIFY(publishPost(config.value(), path).ok());
    QCOMPARE(readText(dir.filePath(path)),
             QStringLiteral("---\ntitle: A draft\ndate: 2024-03-02\ndraft: false\ntags: [hugo]\n---\nDraft body.\n"));
}

void tst_NewPost::renameMoveTrash()
{
    QTemporaryDir dir;
    QTemporaryDir trashHome;
    qputenv("XDG_DATA_HOME", trashHome.path().toUtf8());
    copyFolder(QStringLiteral(POSTWRIGHT_TEST_DATA "/sites/hugo"), dir.path());
    copyFolder(QStringLiteral(POSTWRIGHT_TEST_DATA "/sites/jekyll"), dir.filePath(QStringLiteral("jekyll")));
    const SiteConfig hugo = detectSite(dir.path()).value();
    const SiteConfig jekyll = detectSite(dir.filePath(QStringLiteral("jekyll"))).value();

    Result<QString> renamed = renamePost(hugo, QStringLiteral("content/posts/future.md"), QStringLiteral("later"));
    QVERIFY(renamed.ok());
    QCOMPARE(renamed.value(), QStringLiteral("content/posts/later.md"));
    QVERIFY(QFile::exists(dir.filePath(renamed.value())));

    // A bundle moves with its resources.
    renamed = renamePost(hugo, QStringLiteral("content/posts/bundle/index.md"), QStringLiteral("photos"));
    QVERIFY(renamed.ok());
    QCOMPARE(renamed.value(), QStringLiteral("content/posts/photos/index.md"));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("content/posts/photos/image.png"))));

    renamed = renamePost(jekyll, QStringLiteral("_posts/2024-01-15-hello-world.md"), QStringLiteral("hi"));
    QVERIFY(renamed.ok());
    QCOMPARE(renamed.value(), QStringLiteral("_posts/2024-01-15-hi.md"));

    const Result<QString> moved = movePost(hugo, QStringLiteral("content/posts/photos/index.md"), QStringLiteral("content/notes"));
    QVERIFY(moved.ok());
    QCOMPARE(moved.value(), QStringLiteral("content/notes/photos/index.md"));

    QVERIFY(!movePost(hugo, QStringLiteral("content/posts/later.md"), QStringLiteral("../outside")).ok());
    QVERIFY(!renamePost(hugo, QStringLiteral("content/posts/later.md"), QStringLiteral("json")).ok());  // json.md exists
    QVERIFY(!renamePost(hugo, QStringLiteral("content/posts/later.md"), QStringLiteral("../x")).ok());

    const Result<Success> trashed = trashPost(hugo, QStringLiteral("content/posts/later.md"));
    QVERIFY2(trashed.ok(), qPrintable(trashed.ok() ? QString() : trashed.error().toString()));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("content/posts/later.md"))));
    QVERIFY(!QDir(trashHome.filePath(QStringLiteral("Trash/files"))).isEmpty());
    qunsetenv("XDG_DATA_HOME");
}

QTEST_GUILESS_MAIN(tst_NewPost)
#include "tst_newpost.moc"
