// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "post/post.h"
#include "site/indexbuilder.h"
#include "site/hugovalues.h"
#include "site/siterules.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "support/testfiles.h"

using namespace postwright;

namespace {

QString site(const char *name)
{
    return QStringLiteral(POSTWRIGHT_TEST_DATA "/sites/") + QLatin1String(name);
}

// A fixed "now" so that the fixtures' dates keep their meaning.
const QDateTime now(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);

SiteIndex indexOf(const char *name, std::optional<SiteKind> kind = {})
{
    IndexOptions options;
    options.useCache = false;
    options.kind = kind;
    Result<SiteIndex> index = indexSite(site(name), options);
    if (!index)
        qFatal("cannot index %s: %s", name, qPrintable(index.error().toString()));
    return index.value();
}

void write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class tst_SiteRules final : public QObject
{
    Q_OBJECT

private slots:
    void recordOfAParsedPostIsTheRecordOfItsFile_data();
    void recordOfAParsedPostIsTheRecordOfItsFile();
    void detect_data();
    void detect();
    void hugoConfig();
    void hugoConfigDir();
    void jekyllSwitches_data();
    void jekyllSwitches();
    void configError_data();
    void configError();
    void posts_data();
    void posts();
    void notPosts_data();
    void notPosts();
    void jekyllMisnamedWarning();
    void jekyllFileName_data();
    void jekyllFileName();
    void published_data();
    void published();
    void publishDateComesBeforeDate();
    void jekyllSingularTermKey();
    void termCountsExcludeSections();
    void frontMatterError();
    void realWorld_data();
    void realWorld();
    void corpusWithoutConfigIsHugoDefaults();
    void termsOfAField_data();
    void termsOfAField();
    void hugoDatesAsCast_data();
    void hugoDatesAsCast();
};

void tst_SiteRules::detect_data()
{
    QTest::addColumn<QString>("root");
    QTest::addColumn<SiteKind>("kind");
    QTest::newRow("hugo.toml") << site("hugo") << SiteKind::Hugo;
    QTest::newRow("config/_default") << site("hugo-configdir") << SiteKind::Hugo;
    QTest::newRow("_config.yml") << site("jekyll") << SiteKind::Jekyll;
    QTest::newRow("plain folder") << site("plain") << SiteKind::Plain;
}

void tst_SiteRules::detect()
{
    QFETCH(QString, root);
    QFETCH(SiteKind, kind);
    const Result<SiteConfig> config = detectSite(root);
    QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().toString()));
    QCOMPARE(config.value().kind, kind);
    // Jekyll and plain folders hold their posts anywhere below the root.
    if (kind != SiteKind::Hugo)
        QCOMPARE(config.value().contentDir, QDir::cleanPath(root));
}

// Psych (YAML 1.1) reads yes/no and on/off as booleans, as Jekyll does.
void tst_SiteRules::jekyllSwitches_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<bool>("drafts");
    QTest::addColumn<bool>("future");
    QTest::newRow("absent") << QByteArray("title: J\n") << false << false;
    QTest::newRow("true/false") << QByteArray("show_drafts: true\nfuture: false\n") << true << false;
    QTest::newRow("yes/no") << QByteArray("show_drafts: yes\nfuture: no\n") << true << false;
    QTest::newRow("on/off") << QByteArray("show_drafts: on\nfuture: off\n") << true << false;
    QTest::newRow("off/on") << QByteArray("show_drafts: off\nfuture: on\n") << false << true;
    QTest::newRow("Yes/ON") << QByteArray("show_drafts: Yes\nfuture: ON\n") << true << true;
}

void tst_SiteRules::jekyllSwitches()
{
    QFETCH(QByteArray, config);
    QFETCH(bool, drafts);
    QFETCH(bool, future);
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("_config.yml")), config);
    const Result<SiteConfig> read = detectSite(dir.path());
    QVERIFY(read.ok());
    QCOMPARE(read.value().kind, SiteKind::Jekyll);
    QCOMPARE(read.value().buildDrafts, drafts);
    QCOMPARE(read.value().buildFuture, future);
}

void tst_SiteRules::hugoConfig()
{
    const Result<SiteConfig> config = detectSite(site("hugo"));
    QVERIFY(config.ok());
    QCOMPARE(config.value().taxonomyNames(), (QStringList{QStringLiteral("categories"), QStringLiteral("series"),
                                                         QStringLiteral("tags")}));
    QCOMPARE(config.value().contentDir, QDir::cleanPath(site("hugo") + QStringLiteral("/content")));
    QVERIFY(config.value().configFile.endsWith(QLatin1String("hugo.toml")));
    QVERIFY(!config.value().buildFuture);

    // Each config format, and the defaults when [taxonomies] is absent.
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("yaml/config.yaml")), "contentDir: posts\nbuildDrafts: true\n");
    write(dir.filePath(QStringLiteral("json/hugo.json")), "{\"taxonomies\": {\"tag\": \"tags\"}, \"buildExpired\": true}");
    const Result<SiteConfig> yaml = detectSite(dir.filePath(QStringLiteral("yaml")));
    QVERIFY(yaml.ok());
    QCOMPARE(yaml.value().kind, SiteKind::Hugo);
    QVERIFY(yaml.value().contentDir.endsWith(QLatin1String("/yaml/posts")));
    QVERIFY(yaml.value().buildDrafts);
    QCOMPARE(yaml.value().taxonomyNames(), (QStringList{QStringLiteral("tags"), QStringLiteral("categories")}));
    const Result<SiteConfig> json = detectSite(dir.filePath(QStringLiteral("json")));
    QVERIFY(json.ok());
    QCOMPARE(json.value().taxonomyNames(), QStringList{QStringLiteral("tags")});
    QVERIFY(json.value().buildExpired);
}

void tst_SiteRules::hugoConfigDir()
{
    const SiteIndex index = indexOf("hugo-configdir");
    QCOMPARE(index.config().taxonomyNames(), (QStringList{QStringLiteral("tags"), QStringLiteral("topics")}));
    QVERIFY(index.config().buildFuture);
    const PostRecord *post = index.post(QStringLiteral("content/blog/first.md"));
    QVERIFY(post);
    QCOMPARE(post->terms.value(QStringLiteral("topics")), QStringList{QStringLiteral("config")});
    // categories is no taxonomy of this site: not indexed.
    QVERIFY(post->categories().isEmpty());
    QCOMPARE(post->section, QStringLiteral("blog"));
    // buildFuture: a future post is scheduled but the site builds it.
    QCOMPARE(post->state(now), PostState::Scheduled);
    QVERIFY(index.isPublished(*post, now));
}

// As Hugo: a post is scheduled by its publishDate when it has one, and by
// its date only when it has none.
void tst_SiteRules::publishDateComesBeforeDate()
{
    const QDateTime past(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime future(QDate(2099, 1, 1), QTime(0, 0), Qt::UTC);
    PostRecord record;
    record.date = future;
    QCOMPARE(record.state(now), PostState::Scheduled);
    record.publishDate = past;
    QCOMPARE(record.state(now), PostState::Published);
    record.date = past;
    record.publishDate = future;
    QCOMPARE(record.state(now), PostState::Scheduled);
}

void tst_SiteRules::configError_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("line");
    QTest::newRow("toml") << QStringLiteral("hugo.toml") << QByteArray("title = \"x\"\n[taxonomies\n") << 2;
    QTest::newRow("yaml") << QStringLiteral("_config.yml") << QByteArray("title: x\nfoo: [a, b\n") << 3;
    QTest::newRow("json") << QStringLiteral("config.json") << QByteArray("{\n  \"title\": \n}") << 3;
}

void tst_SiteRules::configError()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, content);
    QFETCH(int, line);
    QTemporaryDir dir;
    write(dir.filePath(file), content);
    const Result<SiteConfig> config = detectSite(dir.path());
    // A Jekyll site is still read (its posts stay editable); its error is
    // kept for check, render and the preview to report.
    const bool jekyll = file == QLatin1String("_config.yml");
    QCOMPARE(config.ok(), jekyll);
    const Error error = jekyll ? config.value().configError.value_or(Error{}) : config.error();
    if (jekyll)
        QCOMPARE(config.value().kind, SiteKind::Jekyll);
    QVERIFY(error.path.endsWith(file));
    QCOMPARE(error.line, line);
    QVERIFY(!error.message.isEmpty());
}

void tst_SiteRules::posts_data()
{
    QTest::addColumn<QString>("siteName");
    QTest::addColumn<QString>("path");
    QTest::addColumn<PostKind>("kind");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("date");      // as written; "-" for none
    QTest::addColumn<PostState>("state");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<QStringList>("categories");

    const auto list = [](std::initializer_list<const char *> items) {
        QStringList l;
        for (const char *i : items)
            l.append(QString::fromUtf8(i));
        return l;
    };
    QTest::newRow("hugo: home section") << "hugo" << "content/_index.md" << PostKind::Section << "Home" << "-"
                                        << PostState::Published << list({}) << list({});
    QTest::newRow("hugo: section") << "hugo" << "content/posts/_index.md" << PostKind::Section << "Posts" << "-"
                                   << PostState::Published << list({"section-only"}) << list({});
    QTest::newRow("hugo: published") << "hugo" << "content/posts/published.md" << PostKind::Post
                                     << "A published post" << "2024-03-01T10:00:00+01:00" << PostState::Published
                                     << list({"go", "hugo"}) << list({"Web"});
    QTest::newRow("hugo: draft") << "hugo" << "content/posts/draft.md" << PostKind::Post << "A draft"
                                 << "2024-03-02" << PostState::Draft << list({"hugo"}) << list({});
    QTest::newRow("hugo: future date") << "hugo" << "content/posts/future.md" << PostKind::Post << "From the future"
                                       << "2999-01-01T00:00:00Z" << PostState::Scheduled << list({"hugo"}) << list({});
    QTest::newRow("hugo: future publishDate, keys in any case")
        << "hugo" << "content/posts/scheduled.md" << PostKind::Post << "Scheduled by publishDate" << "2024-01-01"
        << PostState::Scheduled << list({"toml", "hugo"}) << list({});
    QTest::newRow("hugo: expired") << "hugo" << "content/posts/expired.md" << PostKind::Post << "Expired"
                                   << "2020-01-01" << PostState::Expired << list({}) << list({});
    QTest::newRow("hugo: json") << "hugo" << "content/posts/json.md" << PostKind::Post << "JSON front matter"
                                << "2024-02-02" << PostState::Published << list({"json"}) << list({"Web"});
    QTest::newRow("hugo: leaf bundle") << "hugo" << "content/posts/bundle/index.md" << PostKind::Bundle
                                       << "A leaf bundle" << "2024-04-01" << PostState::Published << list({"go"})
                                       << list({});
    QTest::newRow("hugo: no front matter") << "hugo" << "content/notes/no-front-matter.md" << PostKind::Post
                                           << "no-front-matter" << "-" << PostState::Published << list({}) << list({});
    QTest::newRow("jekyll: date from the name") << "jekyll" << "_posts/2024-01-15-hello-world.md" << PostKind::Post
                                                << "Hello, world" << "2024-01-15" << PostState::Published
                                                << list({"intro", "jekyll"}) << list({"news"});
    QTest::newRow("jekyll: space-separated terms")
        << "jekyll" << "_posts/2024-02-01-space-separated.md" << PostKind::Post << "Space-separated terms"
        << "2024-02-01" << PostState::Published << list({"ruby", "jekyll", "liquid"}) << list({"notes"});
    QTest::newRow("jekyll: date key overrides the name")
        << "jekyll" << "_posts/2024-04-01-date-override.md" << PostKind::Post << "Date from the front matter"
        << "2024-04-02 10:00:00 +0100" << PostState::Published << list({"jekyll"}) << list({});
    QTest::newRow("jekyll: published false") << "jekyll" << "_posts/2024-03-01-unpublished.md" << PostKind::Post
                                             << "Not published" << "2024-03-01" << PostState::Draft
                                             << list({"jekyll"}) << list({});
    QTest::newRow("jekyll: future") << "jekyll" << "_posts/2999-01-01-future.md" << PostKind::Post << "Future post"
                                    << "2999-01-01" << PostState::Scheduled << list({}) << list({});
    QTest::newRow("jekyll: category folder") << "jekyll" << "blog/tech/_posts/2024-05-05-category-folder.md"
                                             << PostKind::Post << "In a category folder" << "2024-05-05"
                                             << PostState::Published << list({"jekyll"}) << list({"blog", "tech"});
    QTest::newRow("jekyll: draft") << "jekyll" << "_drafts/a-draft.md" << PostKind::Post << "A draft" << "-"
                                   << PostState::Draft << list({"draft-tag"}) << list({});
    QTest::newRow("plain: post") << "plain" << "first.md" << PostKind::Post << "First note" << "2024-01-01"
                                 << PostState::Published << list({"one"}) << list({});
    QTest::newRow("plain: .markdown deep down") << "plain" << "trips/2023/lisbon.markdown" << PostKind::Post
                                                << "lisbon" << "-" << PostState::Published << list({}) << list({});
    QTest::newRow("plain: draft") << "plain" << "unready.md" << PostKind::Post << "Unready" << "-"
                                  << PostState::Draft << list({}) << list({});
}

void tst_SiteRules::posts()
{
    QFETCH(QString, siteName);
    QFETCH(QString, path);
    QFETCH(PostKind, kind);
    QFETCH(QString, title);
    QFETCH(QString, date);
    QFETCH(PostState, state);
    QFETCH(QStringList, tags);
    QFETCH(QStringList, categories);
    const SiteIndex index = indexOf(siteName.toUtf8().constData());
    const PostRecord *post = index.post(path);
    QVERIFY2(post, qPrintable(path));
    QVERIFY(!post->error);
    QCOMPARE(post->kind, kind);
    QCOMPARE(post->title, title);
    QCOMPARE(post->dateText.value_or(QStringLiteral("-")), date);
    QCOMPARE(post->state(now), state);
    QCOMPARE(index.isPublished(*post, now), state == PostState::Published);
    QCOMPARE(post->tags(), tags);
    QCOMPARE(post->categories(), categories);
}

void tst_SiteRules::notPosts_data()
{
    QTest::addColumn<QString>("siteName");
    QTest::addColumn<QString>("path");
    QTest::newRow("hugo: bundle resource") << "hugo" << "content/posts/bundle/notes.md";
    QTest::newRow("hugo: outside content/") << "hugo" << "layouts/index.md";
    QTest::newRow("hugo: not markdown beside posts") << "hugo" << "content/posts/notes.txt";
    QTest::newRow("hugo: archetype") << "hugo" << "archetypes/default.md";
    QTest::newRow("jekyll: page") << "jekyll" << "about.md";
    QTest::newRow("jekyll: misnamed in _posts") << "jekyll" << "_posts/notes-without-date.md";
    QTest::newRow("jekyll: generated _site") << "jekyll" << "_site/_posts/2024-01-01-generated.md";
    QTest::newRow("plain: hidden folder") << "plain" << ".hidden/secret.md";
    QTest::newRow("plain: not markdown") << "plain" << "readme.txt";
}

void tst_SiteRules::notPosts()
{
    QFETCH(QString, siteName);
    QFETCH(QString, path);
    const SiteIndex index = indexOf(siteName.toUtf8().constData());
    QVERIFY2(!index.post(path), qPrintable(path));
}

void tst_SiteRules::jekyllMisnamedWarning()
{
    const SiteIndex index = indexOf("jekyll");
    QCOMPARE(index.warnings().size(), 1);
    QCOMPARE(index.warnings().first().path, QStringLiteral("_posts/notes-without-date.md"));
    QVERIFY(index.warnings().first().message.contains(QLatin1String("YYYY-MM-DD")));
    QCOMPARE(indexOf("hugo").warnings().size(), 0);
}

void tst_SiteRules::jekyllFileName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("slug");
    QTest::newRow("plain") << "2024-01-15-hello-world.md" << QDate(2024, 1, 15) << "hello-world";
    QTest::newRow("unpadded") << "2024-4-9-short.markdown" << QDate(2024, 4, 9) << "short";
    QTest::newRow("dots in slug") << "2023-12-31-v1.2-released.md" << QDate(2023, 12, 31) << "v1.2-released";
    QTest::newRow("no date") << "hello-world.md" << QDate() << "";
    QTest::newRow("bad date") << "2024-13-40-nope.md" << QDate() << "";
    QTest::newRow("no slug") << "2024-01-15.md" << QDate() << "";
}

void tst_SiteRules::jekyllFileName()
{
    QFETCH(QString, name);
    QFETCH(QDate, date);
    QFETCH(QString, slug);
    const auto parsed = parseJekyllFileName(name);
    QCOMPARE(parsed.has_value(), date.isValid());
    if (parsed) {
        QCOMPARE(parsed->date, date);
        QCOMPARE(parsed->slug, slug);
    }
}

void tst_SiteRules::published_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QByteArray>("frontMatter");
    QTest::addColumn<bool>("published");
    QTest::newRow("plain post") << QByteArray() << QByteArray("date: 2024-01-01") << true;
    QTest::newRow("draft") << QByteArray() << QByteArray("draft: true") << false;
    QTest::newRow("draft, buildDrafts") << QByteArray("buildDrafts = true") << QByteArray("draft: true") << true;
    QTest::newRow("future") << QByteArray() << QByteArray("date: 2999-01-01") << false;
    QTest::newRow("future, buildFuture") << QByteArray("buildFuture = true") << QByteArray("date: 2999-01-01") << true;
    QTest::newRow("publishDate future") << QByteArray() << QByteArray("publishDate: 2999-01-01") << false;
    QTest::newRow("pubdate alias") << QByteArray() << QByteArray("pubdate: 2999-01-01") << false;
    QTest::newRow("expired") << QByteArray() << QByteArray("expiryDate: 2000-01-01") << false;
    QTest::newRow("expiry ahead") << QByteArray() << QByteArray("expiryDate: 2999-01-01") << true;
    QTest::newRow("expired, buildExpired") << QByteArray("buildExpired = true") << QByteArray("expiryDate: 2000-01-01")
                                           << true;
}

void tst_SiteRules::published()
{
    QFETCH(QByteArray, config);
    QFETCH(QByteArray, frontMatter);
    QFETCH(bool, published);
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("hugo.toml")), config + '\n');
    write(dir.filePath(QStringLiteral("content/posts/p.md")), "---\ntitle: P\n" + frontMatter + "\n---\nBody\n");
    IndexOptions options;
    options.useCache = false;
    const Result<SiteIndex> index = indexSite(dir.path(), options);
    QVERIFY(index.ok());
    const PostRecord *post = index.value().post(QStringLiteral("content/posts/p.md"));
    QVERIFY(post);
    QCOMPARE(index.value().isPublished(*post, now), published);
}

// As Jekyll's pluralized_array_from_hash: "category: Tech News" is one
// term and, when present, the post's only front-matter categories; a plural
// key's string is split at spaces.
void tst_SiteRules::jekyllSingularTermKey()
{
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("_config.yml")), "title: J\n");
    write(dir.filePath(QStringLiteral("_posts/2024-01-02-single.md")), "---\ntitle: S\ncategory: Tech News\ntag: Big Tag\n---\nx\n");
    write(dir.filePath(QStringLiteral("_posts/2024-01-03-both.md")),
          "---\ntitle: B\ncategory: Solo Cat\ncategories: [x, y]\n---\nx\n");
    write(dir.filePath(QStringLiteral("_posts/2024-01-04-plural.md")), "---\ntitle: P\ncategories: web dev\n---\nx\n");
    write(dir.filePath(QStringLiteral("news/_posts/2024-01-05-folder.md")), "---\ntitle: F\ncategory: Tech News\n---\nx\n");
    IndexOptions options;
    options.useCache = false;
    const Result<SiteIndex> index = indexSite(dir.path(), options);
    QVERIFY(index.ok());
    const auto terms = [&](const char *path, const char *taxonomy) {
        const PostRecord *post = index.value().post(QLatin1String(path));
        return post ? post->terms.value(QLatin1String(taxonomy)) : QStringList{QStringLiteral("(no post)")};
    };
    QCOMPARE(terms("_posts/2024-01-02-single.md", "categories"), QStringList{QStringLiteral("Tech News")});
    QCOMPARE(terms("_posts/2024-01-02-single.md", "tags"), QStringList{QStringLiteral("Big Tag")});
    QCOMPARE(terms("_posts/2024-01-03-both.md", "categories"), QStringList{QStringLiteral("Solo Cat")});
    QCOMPARE(terms("_posts/2024-01-04-plural.md", "categories"), (QStringList{QStringLiteral("web"), QStringLiteral("dev")}));
    QCOMPARE(terms("news/_posts/2024-01-05-folder.md", "categories"),
             (QStringList{QStringLiteral("news"), QStringLiteral("Tech News")}));
}

void tst_SiteRules::termCountsExcludeSections()
{
    const SiteIndex index = indexOf("hugo");
    const QMap<QString, int> tags = index.termCounts(QStringLiteral("tags"));
    QVERIFY(!tags.contains(QStringLiteral("section-only")));
    QCOMPARE(tags.value(QStringLiteral("hugo")), 4);
    QCOMPARE(tags.value(QStringLiteral("go")), 2);
    QCOMPARE(index.termCounts(QStringLiteral("categories")).value(QStringLiteral("Web")), 2);
    QCOMPARE(index.termCounts(QStringLiteral("series")).value(QStringLiteral("basics")), 1);
    QCOMPARE(index.postsWithTerm(QStringLiteral("tags"), QStringLiteral("go")),
             (QStringList{QStringLiteral("content/posts/bundle/index.md"), QStringLiteral("content/posts/published.md")}));
}

void tst_SiteRules::frontMatterError()
{
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("good.md")), "---\ntitle: Good\n---\n");
    write(dir.filePath(QStringLiteral("bad.md")), "---\ntitle: [unclosed\n---\n");
    write(dir.filePath(QStringLiteral("latin1.md")), "---\ntitle: caf\xe9\n---\n");
    IndexOptions options;
    options.useCache = false;
    const Result<SiteIndex> index = indexSite(dir.path(), options);
    QVERIFY(index.ok());
    QCOMPARE(index.value().posts().size(), 3);
    QCOMPARE(index.value().errors().size(), 2);
    const PostRecord *bad = index.value().post(QStringLiteral("bad.md"));
    QVERIFY(bad && bad->error);
    QCOMPARE(bad->error->path, QStringLiteral("bad.md"));
    QVERIFY(bad->error->line >= 2);
    QVERIFY(index.value().post(QStringLiteral("latin1.md"))->error);
    QVERIFY(!index.value().post(QStringLiteral("good.md"))->error);
}

void tst_SiteRules::realWorld_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<SiteKind>("kind");
    QTest::addColumn<int>("minimumPosts");
    QTest::newRow("hugoDocs as hugo") << "gohugoio__hugoDocs" << SiteKind::Hugo << 900;
    QTest::newRow("hugoDocs as plain") << "gohugoio__hugoDocs" << SiteKind::Plain << 900;
    QTest::newRow("jessfraz as hugo") << "jessfraz__blog" << SiteKind::Hugo << 70;
    QTest::newRow("letsencrypt as hugo") << "letsencrypt__website" << SiteKind::Hugo << 150;
    QTest::newRow("rust blog as hugo") << "rust-lang__blog.rust-lang.org" << SiteKind::Hugo << 380;
    QTest::newRow("jekyll as jekyll") << "jekyll__jekyll" << SiteKind::Jekyll << 100;
    QTest::newRow("jekyll as plain") << "jekyll__jekyll" << SiteKind::Plain << 100;
}

void tst_SiteRules::realWorld()
{
    QFETCH(QString, folder);
    QFETCH(SiteKind, kind);
    QFETCH(int, minimumPosts);
    IndexOptions options;
    options.useCache = false;
    options.kind = kind;
    POSTWRIGHT_CORPUS_TEST();
    const Result<SiteIndex> index = indexSite(QStringLiteral(POSTWRIGHT_CORPUS "/realworld/") + folder, options);
    QVERIFY2(index.ok(), qPrintable(index.ok() ? QString() : index.error().toString()));
    QVERIFY2(index.value().posts().size() >= minimumPosts, qPrintable(QString::number(index.value().posts().size())));
    QStringList errors;
    for (const Error &e : index.value().errors())
        errors.append(e.toString());
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    for (const PostRecord &post : index.value().posts())
        QVERIFY2(!post.title.isEmpty(), qPrintable(post.path));
}

// A real blog checked out without its config (content/ only) is a Hugo
// site with Hugo's defaults (issue 14 §1), and all its posts are its own.
void tst_SiteRules::corpusWithoutConfigIsHugoDefaults()
{
    POSTWRIGHT_CORPUS_TEST();
    const Result<SiteConfig> config = detectSite(QStringLiteral(POSTWRIGHT_CORPUS "/realworld/jessfraz__blog"));
    QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().toString()));
    QCOMPARE(config.value().kind, SiteKind::Hugo);
    QCOMPARE(config.value().rule, SiteRule::ContentFolder);
    IndexOptions options;
    options.useCache = false;
    const Result<SiteIndex> docs = indexSite(QStringLiteral(POSTWRIGHT_CORPUS "/realworld/gohugoio__hugoDocs"), options);
    QVERIFY(docs.ok());
    QCOMPARE(docs.value().config().rule, SiteRule::ContentFolder);
    QVERIFY2(docs.value().posts().size() >= 900, qPrintable(QString::number(docs.value().posts().size())));
}

// The one rule for a taxonomy field's terms and the value written back for
// new terms (the sidebar, the export, tag edits and the form all use it).
void tst_SiteRules::termsOfAField_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("yaml");
    QTest::addColumn<QStringList>("terms");
    QTest::addColumn<QStringList>("edited");
    QTest::addColumn<QString>("written");
    QTest::newRow("hugo string is one term") << int(SiteKind::Hugo) << "tags: machine learning" << QStringList{"machine learning"}
                                             << QStringList{"machine learning", "ai"} << "tags: [machine learning, ai]";
    QTest::newRow("hugo one term stays a string") << int(SiteKind::Hugo) << "tags: machine learning" << QStringList{"machine learning"}
                                                  << QStringList{"deep learning"} << "tags: deep learning";
    QTest::newRow("jekyll string splits") << int(SiteKind::Jekyll) << "tags: a b" << QStringList{"a", "b"}
                                          << QStringList{"a", "b", "c"} << "tags: a b c";
    QTest::newRow("plain string is one term") << int(SiteKind::Plain) << "tags: a b" << QStringList{"a b"}
                                              << QStringList{"a b", "c"} << "tags: [a b, c]";
    QTest::newRow("list stays a list") << int(SiteKind::Jekyll) << "tags: [a b]" << QStringList{"a b"}
                                       << QStringList{"a b", "c"} << "tags: [a b, c]";
    QTest::newRow("new field is a list") << int(SiteKind::Hugo) << "title: x" << QStringList{}
                                         << QStringList{"a"} << "tags: [a]";
}

void tst_SiteRules::termsOfAField()
{
    QFETCH(int, kind);
    QFETCH(QString, yaml);
    QFETCH(QStringList, terms);
    QFETCH(QStringList, edited);
    QFETCH(QString, written);
    SiteConfig config;
    config.kind = SiteKind(kind);
    const FrontMatter fm = parseFrontMatter("---\n" + yaml + "\n---\n");
    const Field *field = fm.field("tags");
    QCOMPARE(field ? termsOfField(config, *field) : QStringList(), terms);
    const Result<QString> text = setFrontMatterField("---\n" + yaml + "\n---\n", "tags",
                                                     termsFieldValue(config, field ? field->value : Value(), edited));
    QVERIFY(text.ok());
    QVERIFY2(text.value().contains(written + "\n"), qPrintable(text.value()));
}

void tst_SiteRules::hugoDatesAsCast_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("utc");   // the moment, ISO in UTC; empty: no date to hugo
    // No zone: UTC (hugo's default timeZone), never the computer's zone
    // (tst_cli_publishdue runs the CLI east of UTC).
    QTest::newRow("date") << "2099-01-01" << "2099-01-01T00:00:00Z";
    QTest::newRow("no zone") << "2099-01-01T10:00:00" << "2099-01-01T10:00:00Z";
    QTest::newRow("no zone, space") << "2099-01-01 10:00:00" << "2099-01-01T10:00:00Z";
    QTest::newRow("RFC 1123, no zone") << "01 Jan 2099 10:00" << "2099-01-01T10:00:00Z";
    QTest::newRow("RFC 3339") << "2099-01-01T10:00:00+01:00" << "2099-01-01T09:00:00Z";
    QTest::newRow("RFC 3339 with a fraction") << "2099-01-01T10:00:00.5Z" << "2099-01-01T10:00:00Z";
    QTest::newRow("-0700") << "2099-01-01T10:00:00+0100" << "2099-01-01T09:00:00Z";
    QTest::newRow("space, Z07:00") << "2099-01-01 10:00:00+01:00" << "2099-01-01T09:00:00Z";
    QTest::newRow("space -07:00") << "2099-01-01 10:00:00 +01:00" << "2099-01-01T09:00:00Z";
    QTest::newRow("Time.String()") << "2099-01-01 10:00:00.123 +0100 CET" << "2099-01-01T09:00:00Z";
    QTest::newRow("one-digit hour") << "2099-01-01 9:00:00Z" << "2099-01-01T09:00:00Z";
    QTest::newRow("RFC 1123Z") << "Thu, 01 Jan 2099 10:00:00 +0000" << "2099-01-01T10:00:00Z";
    QTest::newRow("one-digit month and day") << "2099-1-1" << "-";
    QTest::newRow("one-digit day") << "2099-01-1" << "-";
    QTest::newRow("one-digit month, with a time") << "2099-1-01T10:00:00Z" << "-";
    QTest::newRow("no seconds") << "2099-01-01 10:00" << "-";
    QTest::newRow("no seconds, T") << "2099-01-01T10:00" << "-";
    QTest::newRow("a space before") << " 2099-01-01" << "-";
    QTest::newRow("slashes") << "2099/01/01" << "-";
    QTest::newRow("digits only") << "20990101" << "-";
}

// hugo 0.111 reads a date as Go's cast.ToTime: fixed widths, nothing around.
void tst_SiteRules::hugoDatesAsCast()
{
    QFETCH(QString, text);
    QFETCH(QString, utc);
    const QDateTime date = hugoDateText(text);
    QCOMPARE(date.isValid(), utc != QLatin1String("-"));
    if (!utc.isEmpty() && utc != QLatin1String("-"))
        QCOMPARE(date.toUTC().toString(Qt::ISODate), utc);
}

QTEST_GUILESS_MAIN(tst_SiteRules)
// The open post's row is made from the post the editor parsed: it must say
// what the index says of the same file.
void tst_SiteRules::recordOfAParsedPostIsTheRecordOfItsFile_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name : {"hugo", "hugo-build", "jekyll", "plain"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void tst_SiteRules::recordOfAParsedPostIsTheRecordOfItsFile()
{
    QFETCH(QString, name);
    const SiteIndex index = indexOf(name.toLatin1().constData());
    const SiteListing listing = listSiteFiles(index.config());
    QVERIFY(listing.files.size() > 2);
    int compared = 0;
    for (const SiteFile &file : listing.files) {
        const PostRecord *fromFile = index.post(file.path);
        QVERIFY(fromFile);
        Result<Post> post = Post::load(index.config().absolutePath(file.path));
        if (!post || fromFile->error)
            continue;
        const PostRecord parsed = readPostRecord(index.config(), file, post.value().frontMatter(), post.value().text());
        QCOMPARE(parsed.title, fromFile->title);
        QCOMPARE(parsed.slug, fromFile->slug);
        QCOMPARE(parsed.section, fromFile->section);
        QCOMPARE(parsed.dateText, fromFile->dateText);
        QCOMPARE(parsed.date, fromFile->date);
        QCOMPARE(parsed.publishDate, fromFile->publishDate);
        QCOMPARE(parsed.expiryDate, fromFile->expiryDate);
        QCOMPARE(parsed.draft, fromFile->draft);
        QCOMPARE(parsed.terms, fromFile->terms);
        QCOMPARE(parsed.format, fromFile->format);
        QVERIFY(parsed.build == fromFile->build);
        QCOMPARE(parsed.error.has_value(), false);
        ++compared;
    }
    QVERIFY(compared > 2);
}

#include "tst_siterules.moc"
