// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "support/testfiles.h"

using namespace postwright::testing;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QString site(const char *name)
{
    return QStringLiteral(POSTWRIGHT_TEST_DATA "/sites/") + QLatin1String(name);
}

QStringList lines(const QByteArray &out)
{
    return QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// One edit a tag command makes in a fixture file (relative path).
struct FileEdit
{
    const char *path;
    QByteArray from;
    QByteArray to;
};

} // namespace

Q_DECLARE_METATYPE(FileEdit)

class tst_CliSite final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void indexJson_data();
    void indexJson();
    void indexRecordsHaveExactlyTheFields();
    void indexUsesTheCache();
    void indexTable();
    void indexRealWorld_data();
    void indexRealWorld();
    void indexErrors();
    void tagsJson();
    void tagEdit_data();
    void tagEdit();
    void tagDryRun();
    void tagUsage_data();
    void tagUsage();
    void newPost_data();
    void newPost();
    void newPostErrors();

private:
    Run run(const QStringList &args);

    QTemporaryDir m_cache;
};

Run tst_CliSite::run(const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("POSTWRIGHT_CACHE_DIR"), m_cache.path());
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(POSTWRIGHT_CLI), args);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

void tst_CliSite::initTestCase()
{
    QVERIFY(m_cache.isValid());
    QVERIFY(QFileInfo::exists(QStringLiteral(POSTWRIGHT_CLI)));
}

void tst_CliSite::indexJson_data()
{
    QTest::addColumn<QString>("siteName");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");   // the record, compact JSON
    QTest::newRow("hugo post") << "hugo" << "content/posts/published.md"
                               << R"({"categories":["Web"],"date":"2024-03-01T10:00:00+01:00","draft":false,"kind":"post","path":"content/posts/published.md","published":true,"tags":["go","hugo"],"title":"A published post"})";
    QTest::newRow("hugo draft") << "hugo" << "content/posts/draft.md"
                                << R"({"categories":[],"date":"2024-03-02","draft":true,"kind":"post","path":"content/posts/draft.md","published":false,"tags":["hugo"],"title":"A draft"})";
    QTest::newRow("hugo future") << "hugo" << "content/posts/future.md"
                                 << R"({"categories":[],"date":"2999-01-01T00:00:00Z","draft":false,"kind":"post","path":"content/posts/future.md","published":false,"tags":["hugo"],"title":"From the future"})";
    QTest::newRow("hugo expired") << "hugo" << "content/posts/expired.md"
                                  << R"({"categories":[],"date":"2020-01-01","draft":false,"kind":"post","path":"content/posts/expired.md","published":false,"tags":[],"title":"Expired"})";
    QTest::newRow("hugo section") << "hugo" << "content/posts/_index.md"
                                  << R"({"categories":[],"date":null,"draft":false,"kind":"section","path":"content/posts/_index.md","published":true,"tags":["section-only"],"title":"Posts"})";
    QTest::newRow("hugo bundle") << "hugo" << "content/posts/bundle/index.md"
                                 << R"({"categories":[],"date":"2024-04-01","draft":false,"kind":"bundle","path":"content/posts/bundle/index.md","published":true,"tags":["go"],"title":"A leaf bundle"})";
    QTest::newRow("jekyll string tags") << "jekyll" << "_posts/2024-02-01-space-separated.md"
                                        << R"({"categories":["notes"],"date":"2024-02-01","draft":false,"kind":"post","path":"_posts/2024-02-01-space-separated.md","published":true,"tags":["ruby","jekyll","liquid"],"title":"Space-separated terms"})";
    QTest::newRow("jekyll draft") << "jekyll" << "_drafts/a-draft.md"
                                  << R"({"categories":[],"date":null,"draft":true,"kind":"post","path":"_drafts/a-draft.md","published":false,"tags":["draft-tag"],"title":"A draft"})";
    QTest::newRow("plain") << "plain" << "trips/2023/lisbon.markdown"
                           << R"({"categories":[],"date":null,"draft":false,"kind":"post","path":"trips/2023/lisbon.markdown","published":true,"tags":[],"title":"lisbon"})";
}

void tst_CliSite::indexJson()
{
    QFETCH(QString, siteName);
    QFETCH(QString, path);
    QFETCH(QString, expected);
    const Run r = run({QStringLiteral("index"), site(siteName.toUtf8().constData()), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray records = QJsonDocument::fromJson(r.out).array();
    QVERIFY(!records.isEmpty());
    for (const QJsonValue &record : records) {
        if (record.toObject().value(QStringLiteral("path")).toString() == path) {
            QCOMPARE(QString::fromUtf8(QJsonDocument(record.toObject()).toJson(QJsonDocument::Compact)), expected);
            return;
        }
    }
    QFAIL("no record for the path");
}

void tst_CliSite::indexRecordsHaveExactlyTheFields()
{
    const QStringList fields{QStringLiteral("categories"), QStringLiteral("date"), QStringLiteral("draft"),
                             QStringLiteral("kind"), QStringLiteral("path"), QStringLiteral("published"),
                             QStringLiteral("tags"), QStringLiteral("title")};
    const Run r = run({QStringLiteral("index"), site("hugo"), QStringLiteral("--json")});
    const QJsonArray records = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(records.size(), 11);
    for (const QJsonValue &value : records) {
        const QJsonObject record = value.toObject();
        QCOMPARE(record.keys(), fields);
        QVERIFY(record.value(QStringLiteral("path")).isString());
        QVERIFY(!QDir::isAbsolutePath(record.value(QStringLiteral("path")).toString()));
        QVERIFY(record.value(QStringLiteral("title")).isString());
        QVERIFY(record.value(QStringLiteral("date")).isString() || record.value(QStringLiteral("date")).isNull());
        QVERIFY(record.value(QStringLiteral("draft")).isBool());
        QVERIFY(record.value(QStringLiteral("published")).isBool());
        QVERIFY(record.value(QStringLiteral("tags")).isArray());
        QVERIFY(record.value(QStringLiteral("categories")).isArray());
        QVERIFY(QStringList({QStringLiteral("post"), QStringLiteral("bundle"), QStringLiteral("section")})
                    .contains(record.value(QStringLiteral("kind")).toString()));
    }
}

void tst_CliSite::indexUsesTheCache()
{
    QTemporaryDir dir;
    copyFolder(site("plain"), dir.path());
    QDir(m_cache.path()).removeRecursively();
    const Run first = run({QStringLiteral("index"), dir.path(), QStringLiteral("--json")});
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(QDir(m_cache.path()).entryList({QStringLiteral("*.pwindex")}).size(), 1);
    const Run second = run({QStringLiteral("index"), dir.path(), QStringLiteral("--json")});
    QCOMPARE(second.out, first.out);
    // A change on disk shows at once, cache or not.
    QFile file(dir.filePath(QStringLiteral("first.md")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("---\ntitle: Changed after caching\n---\n");
    file.close();
    const Run third = run({QStringLiteral("index"), dir.path(), QStringLiteral("--json")});
    QVERIFY(third.out.contains("Changed after caching"));
}

void tst_CliSite::indexTable()
{
    const Run r = run({QStringLiteral("index"), site("jekyll")});
    QCOMPARE(r.exitCode, 0);
    const QStringList out = lines(r.out);
    QCOMPARE(out.size(), 1 + 7 + 1);
    QVERIFY(out.at(0).startsWith(QLatin1String("STATE")));
    QVERIFY(out.at(2).contains(QLatin1String("Hello, world")));
    QVERIFY(out.at(2).startsWith(QLatin1String("published")));
    // The misnamed post is a warning, as path: message.
    QCOMPARE(QString::fromUtf8(r.err).trimmed(),
             site("jekyll") + QStringLiteral("/_posts/notes-without-date.md: not named YYYY-MM-DD-slug.md: Jekyll ignores this file"));
}

void tst_CliSite::indexRealWorld_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("kind");
    for (const char *folder : {"gohugoio__hugoDocs", "jekyll__jekyll", "jessfraz__blog", "letsencrypt__website",
                               "rust-lang__blog.rust-lang.org"}) {
        QTest::newRow(folder) << QString::fromLatin1(folder) << QString();
        const char *kind = QByteArray(folder) == "jekyll__jekyll" ? "jekyll" : "hugo";
        QTest::newRow(QByteArray(QByteArray(folder) + " --kind " + kind).constData())
            << QString::fromLatin1(folder) << QString::fromLatin1(kind);
    }
}

void tst_CliSite::indexRealWorld()
{
    POSTWRIGHT_CORPUS_TEST();
    QFETCH(QString, folder);
    QFETCH(QString, kind);
    QStringList args{QStringLiteral("index"), QStringLiteral(POSTWRIGHT_CORPUS "/realworld/") + folder,
                     QStringLiteral("--json")};
    if (!kind.isEmpty())
        args << QStringLiteral("--kind") << kind;
    const Run r = run(args);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(QJsonDocument::fromJson(r.out).array().size() > 50);
}

void tst_CliSite::indexErrors()
{
    QTemporaryDir dir;
    QFile config(dir.filePath(QStringLiteral("hugo.toml")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("title = \"x\"\n[taxonomies\n");
    config.close();
    Run r = run({QStringLiteral("index"), dir.path()});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith(dir.filePath(QStringLiteral("hugo.toml:2:")).toUtf8()), r.err.constData());

    QVERIFY(QFile::remove(config.fileName()));
    QFile post(dir.filePath(QStringLiteral("bad.md")));
    QVERIFY(post.open(QIODevice::WriteOnly));
    post.write("---\ntitle: [unclosed\n---\n");
    post.close();
    r = run({QStringLiteral("index"), dir.path(), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.startsWith(dir.filePath(QStringLiteral("bad.md:")).toUtf8()), r.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 1);

    QCOMPARE(run({QStringLiteral("index"), dir.filePath(QStringLiteral("missing"))}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("index")}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("index"), dir.path(), QStringLiteral("--kind"), QStringLiteral("gatsby")}).exitCode, 2);
}

void tst_CliSite::tagsJson()
{
    Run r = run({QStringLiteral("tags"), site("hugo"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).toJson(QJsonDocument::Compact),
             QByteArray(R"({"categories":{"Web":2},"tags":{"go":2,"hugo":4,"json":1,"toml":1}})"));
    r = run({QStringLiteral("tags"), site("jekyll"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(r.out).toJson(QJsonDocument::Compact),
             QByteArray(R"({"categories":{"blog":1,"news":1,"notes":1,"tech":1},"tags":{"draft-tag":1,"intro":1,"jekyll":5,"liquid":1,"ruby":1}})"));
    r = run({QStringLiteral("tags"), site("hugo")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(lines(r.out).contains(QStringLiteral("     4  hugo")));
}

void tst_CliSite::tagEdit_data()
{
    QTest::addColumn<QStringList>("args");      // before SITE
    QTest::addColumn<QStringList>("options");
    // Each changed file: the fixture's bytes with exactly this one edit.
    QTest::addColumn<QList<FileEdit>>("edits");
    // postwright-cli tags --json afterwards: both taxonomies, every count.
    QTest::addColumn<QByteArray>("termsAfter");
    QTest::newRow("rename") << QStringList{QStringLiteral("rename"), QStringLiteral("go"), QStringLiteral("golang")}
                            << QStringList{}
                            << QList<FileEdit>{{"content/posts/bundle/index.md", "tags: [go]\n", "tags: [golang]\n"},
                                               {"content/posts/published.md", "tags: [go, hugo]\n", "tags: [golang, hugo]\n"}}
                            << QByteArray(R"({"categories":{"Web":2},"tags":{"golang":2,"hugo":4,"json":1,"toml":1}})");
    QTest::newRow("merge") << QStringList{QStringLiteral("merge"), QStringLiteral("go"), QStringLiteral("hugo")}
                           << QStringList{}
                           << QList<FileEdit>{{"content/posts/bundle/index.md", "tags: [go]\n", "tags: [hugo]\n"},
                                              {"content/posts/published.md", "tags: [go, hugo]\n", "tags: [hugo]\n"}}
                           << QByteArray(R"({"categories":{"Web":2},"tags":{"hugo":5,"json":1,"toml":1}})");
    QTest::newRow("delete") << QStringList{QStringLiteral("delete"), QStringLiteral("hugo")} << QStringList{}
                            << QList<FileEdit>{{"content/posts/draft.md", "tags: [hugo]\n", "tags: []\n"},
                                               {"content/posts/future.md", "tags: [hugo]\n", "tags: []\n"},
                                               {"content/posts/published.md", "tags: [go, hugo]\n", "tags: [go]\n"},
                                               {"content/posts/scheduled.md", "Tags = [\"toml\", \"hugo\"]\n",
                                                "Tags = [\"toml\"]\n"}}
                            << QByteArray(R"({"categories":{"Web":2},"tags":{"go":2,"json":1,"toml":1}})");
    QTest::newRow("categories") << QStringList{QStringLiteral("rename"), QStringLiteral("Web"), QStringLiteral("Internet")}
                                << QStringList{QStringLiteral("--taxonomy"), QStringLiteral("categories")}
                                << QList<FileEdit>{{"content/posts/json.md", "\"categories\": [\"Web\"]\n",
                                                    "\"categories\": [\"Internet\"]\n"},
                                                   {"content/posts/published.md", "  - Web\n", "  - Internet\n"}}
                                << QByteArray(R"({"categories":{"Internet":2},"tags":{"go":2,"hugo":4,"json":1,"toml":1}})");
}

void tst_CliSite::tagEdit()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, options);
    QFETCH(QList<FileEdit>, edits);
    QFETCH(QByteArray, termsAfter);
    QTemporaryDir dir;
    copyFolder(site("hugo"), dir.path());
    const QMap<QString, QByteArray> before = snapshot(dir.path());
    QMap<QString, QByteArray> expected = before;
    QStringList listed;
    for (const FileEdit &edit : std::as_const(edits)) {
        QByteArray &bytes = expected[QString::fromLatin1(edit.path)];
        QCOMPARE(bytes.count(edit.from), 1);
        bytes.replace(edit.from, edit.to);
        listed.append(dir.filePath(QString::fromLatin1(edit.path)));
    }
    const Run r = run(QStringList{QStringLiteral("tag")} + args + QStringList{dir.path()} + options);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.err, QByteArray());
    QCOMPARE(lines(r.out), listed);
    // Every file: the changed ones hold exactly their edit, the rest are
    // untouched, and no file came or went.
    const QMap<QString, QByteArray> after = snapshot(dir.path());
    QCOMPARE(after.keys(), expected.keys());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QCOMPARE(after.value(it.key()), it.value());

    const Run terms = run({QStringLiteral("tags"), dir.path(), QStringLiteral("--json")});
    QCOMPARE(terms.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(terms.out).toJson(QJsonDocument::Compact), termsAfter);
}

void tst_CliSite::tagDryRun()
{
    QTemporaryDir dir;
    copyFolder(site("jekyll"), dir.path());
    const QMap<QString, QByteArray> before = snapshot(dir.path());
    const Run r = run({QStringLiteral("tag"), QStringLiteral("rename"), QStringLiteral("ruby"), QStringLiteral("rb"),
                       dir.path(), QStringLiteral("--dry-run")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(lines(r.out), QStringList{dir.filePath(QStringLiteral("_posts/2024-02-01-space-separated.md"))});
    QCOMPARE(snapshot(dir.path()), before);
}

void tst_CliSite::tagUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    const QString hugo = site("hugo");
    QTest::newRow("unknown term") << QStringList{QStringLiteral("tag"), QStringLiteral("delete"), QStringLiteral("nope"), hugo} << 1;
    QTest::newRow("unknown action") << QStringList{QStringLiteral("tag"), QStringLiteral("copy"), QStringLiteral("a"), QStringLiteral("b"), hugo} << 2;
    QTest::newRow("missing argument") << QStringList{QStringLiteral("tag"), QStringLiteral("rename"), QStringLiteral("a"), hugo} << 2;
    QTest::newRow("unknown taxonomy") << QStringList{QStringLiteral("tag"), QStringLiteral("delete"), QStringLiteral("a"), hugo,
                                                     QStringLiteral("--taxonomy"), QStringLiteral("colours")} << 2;
    QTest::newRow("missing site") << QStringList{QStringLiteral("tag"), QStringLiteral("delete"), QStringLiteral("a"),
                                                 hugo + QStringLiteral("/missing")} << 2;
}

void tst_CliSite::tagUsage()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    const QMap<QString, QByteArray> before = snapshot(site("hugo"));
    const Run r = run(args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY(r.out.isEmpty());
    QVERIFY(!r.err.isEmpty());
    QCOMPARE(snapshot(site("hugo")), before);
}

void tst_CliSite::newPost_data()
{
    QTest::addColumn<QString>("siteName");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("contains");
    QTest::newRow("hugo") << "hugo" << QStringList{QStringLiteral("--tags"), QStringLiteral("a, b")}
                          << "content/posts/uber-cafe.md" << QByteArray("title: \"Über café\"");
    QTest::newRow("hugo bundle") << "hugo" << QStringList{QStringLiteral("--bundle")}
                                 << "content/posts/uber-cafe/index.md" << QByteArray("slug: \"uber-cafe\"");
    QTest::newRow("jekyll draft") << "jekyll" << QStringList{QStringLiteral("--draft")} << "_drafts/uber-cafe.md"
                                  << QByteArray("layout: post");
    QTest::newRow("plain") << "plain" << QStringList{QStringLiteral("--draft"), QStringLiteral("--tags"), QStringLiteral("x")}
                           << "uber-cafe.md" << QByteArray("draft: true\ntags: [x]");
}

void tst_CliSite::newPost()
{
    QFETCH(QString, siteName);
    QFETCH(QStringList, options);
    QFETCH(QString, path);
    QFETCH(QByteArray, contains);
    QTemporaryDir dir;
    copyFolder(site(siteName.toUtf8().constData()), dir.path());
    const Run r = run(QStringList{QStringLiteral("new"), dir.path(), QStringLiteral("Über café")} + options);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(lines(r.out), QStringList{dir.filePath(path)});
    QFile file(dir.filePath(path));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY2(bytes.contains(contains), bytes.constData());
    // The index sees the new post.
    const Run index = run({QStringLiteral("index"), dir.path(), QStringLiteral("--json")});
    QVERIFY(index.out.contains(path.toUtf8()));
}

void tst_CliSite::newPostErrors()
{
    QTemporaryDir dir;
    copyFolder(site("jekyll"), dir.path());
    Run r = run({QStringLiteral("new"), dir.path(), QStringLiteral("Hello world")});
    QCOMPARE(r.exitCode, 0);
    r = run({QStringLiteral("new"), dir.path(), QStringLiteral("Hello world")});
    QCOMPARE(r.exitCode, 2);   // exists already
    QVERIFY(r.err.contains("exists"));
    QCOMPARE(run({QStringLiteral("new"), dir.path(), QStringLiteral("שלום")}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("new"), dir.path(), QStringLiteral("A"), QStringLiteral("--bundle")}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("new"), dir.path()}).exitCode, 2);
}

QTEST_GUILESS_MAIN(tst_CliSite)
#include "tst_cli_site.moc"
