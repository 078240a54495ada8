// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "post/post.h"
#include "site/siteindexing.h"
#include "site/siterules.h"
#include "site/termedit.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace postwright;

namespace {

void copyFolder(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(path);
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile::copy(path, target);
    }
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QMap<QString, QByteArray> snapshot(const QString &root)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(QDir(root).relativeFilePath(path), readAll(path));
    }
    return files;
}

// Lines with their line breaks, so that a changed line break shows.
QList<QByteArray> lines(const QByteArray &bytes)
{
    QList<QByteArray> result;
    qsizetype start = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes.at(i) == '\n') {
            result.append(bytes.mid(start, i + 1 - start));
            start = i + 1;
        }
    }
    if (start < bytes.size())
        result.append(bytes.mid(start));
    return result;
}

const QDateTime now(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);

} // namespace

class tst_TagEdit final : public QObject
{
    Q_OBJECT

private slots:
    void applyToList_data();
    void applyToList();
    void edit_data();
    void edit();
    void dryRunWritesNothing();
    void unwritableFileIsReported();
    void neverWritesOutsideTheSite();
    void cliTagRenameLeavesLinksOutAlone();
};

void tst_TagEdit::applyToList_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("terms");
    QTest::addColumn<QStringList>("expected");
    const QStringList abc{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    QTest::newRow("rename keeps the place") << int(TermEdit::Kind::Rename) << abc
                                            << QStringList{QStringLiteral("a"), QStringLiteral("x"), QStringLiteral("c")};
    QTest::newRow("merge into a present term: no duplicate")
        << int(TermEdit::Kind::Merge) << QStringList{QStringLiteral("b"), QStringLiteral("x"), QStringLiteral("c")}
        << QStringList{QStringLiteral("x"), QStringLiteral("c")};
    QTest::newRow("delete") << int(TermEdit::Kind::Delete) << abc
                            << QStringList{QStringLiteral("a"), QStringLiteral("c")};
    QTest::newRow("term absent") << int(TermEdit::Kind::Rename) << QStringList{QStringLiteral("a")}
                                 << QStringList{QStringLiteral("a")};
}

void tst_TagEdit::applyToList()
{
    QFETCH(int, kind);
    QFETCH(QStringList, terms);
    QFETCH(QStringList, expected);
    TermEdit edit;
    edit.kind = TermEdit::Kind(kind);
    edit.term = QStringLiteral("b");
    edit.replacement = QStringLiteral("x");
    QCOMPARE(applyTermEdit(terms, edit), expected);
}

void tst_TagEdit::edit_data()
{
    QTest::addColumn<QString>("siteName");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("taxonomy");
    QTest::addColumn<QString>("term");
    QTest::addColumn<QString>("replacement");
    QTest::addColumn<QStringList>("files");

    QTest::newRow("hugo: rename tag (flow lists, TOML, case-insensitive key)")
        << "hugo" << int(TermEdit::Kind::Rename) << "tags" << "hugo" << "Hugo CMS"
        << QStringList{QStringLiteral("content/posts/draft.md"), QStringLiteral("content/posts/future.md"),
                       QStringLiteral("content/posts/published.md"), QStringLiteral("content/posts/scheduled.md")};
    QTest::newRow("hugo: merge go into hugo")
        << "hugo" << int(TermEdit::Kind::Merge) << "tags" << "go" << "hugo"
        << QStringList{QStringLiteral("content/posts/bundle/index.md"), QStringLiteral("content/posts/published.md")};
    QTest::newRow("hugo: delete category (block list, JSON)")
        << "hugo" << int(TermEdit::Kind::Delete) << "categories" << "Web" << ""
        << QStringList{QStringLiteral("content/posts/json.md"), QStringLiteral("content/posts/published.md")};
    QTest::newRow("hugo: custom taxonomy")
        << "hugo" << int(TermEdit::Kind::Rename) << "series" << "basics" << "advanced"
        << QStringList{QStringLiteral("content/posts/published.md")};
    QTest::newRow("hugo: section terms change too")
        << "hugo" << int(TermEdit::Kind::Rename) << "tags" << "section-only" << "renamed"
        << QStringList{QStringLiteral("content/posts/_index.md")};
    QTest::newRow("jekyll: rename (list, space-separated string, singular tag key)")
        << "jekyll" << int(TermEdit::Kind::Rename) << "tags" << "jekyll" << "jekyll-rb"
        << QStringList{QStringLiteral("_posts/2024-01-15-hello-world.md"),
                       QStringLiteral("_posts/2024-02-01-space-separated.md"),
                       QStringLiteral("_posts/2024-03-01-unpublished.md"),
                       QStringLiteral("_posts/2024-04-01-date-override.md"),
                       QStringLiteral("blog/tech/_posts/2024-05-05-category-folder.md")};
    QTest::newRow("jekyll: delete from a string")
        << "jekyll" << int(TermEdit::Kind::Delete) << "tags" << "liquid" << ""
        << QStringList{QStringLiteral("_posts/2024-02-01-space-separated.md")};
    QTest::newRow("jekyll: merge category into another")
        << "jekyll" << int(TermEdit::Kind::Merge) << "categories" << "notes" << "news"
        << QStringList{QStringLiteral("_posts/2024-02-01-space-separated.md")};
    QTest::newRow("jekyll: folder categories are not front matter")
        << "jekyll" << int(TermEdit::Kind::Rename) << "categories" << "tech" << "technology" << QStringList{};
    QTest::newRow("plain: rename") << "plain" << int(TermEdit::Kind::Rename) << "tags" << "one" << "uno"
                                   << QStringList{QStringLiteral("first.md")};
}

void tst_TagEdit::edit()
{
    QFETCH(QString, siteName);
    QFETCH(int, kind);
    QFETCH(QString, taxonomy);
    QFETCH(QString, term);
    QFETCH(QString, replacement);
    QFETCH(QStringList, files);

    QTemporaryDir dir;
    copyFolder(QStringLiteral(POSTWRIGHT_TEST_DATA "/sites/") + siteName, dir.path());
    IndexOptions options;
    options.useCache = false;
    const Result<SiteIndex> index = indexSite(dir.path(), options);
    QVERIFY(index.ok());
    const SiteConfig &config = index.value().config();
    const QMap<QString, QByteArray> before = snapshot(dir.path());

    TermEdit edit;
    edit.kind = TermEdit::Kind(kind);
    edit.taxonomy = taxonomy;
    edit.term = term;
    edit.replacement = replacement;
    const TermEditPlan plan = planTermEdit(index.value(), edit);
    QVERIFY(plan.problems.isEmpty());
    QCOMPARE(plan.files(), files);
    QCOMPARE(snapshot(dir.path()), before);   // planning writes nothing

    const TermEditReport report = applyTermEditPlan(config, plan);
    QVERIFY(report.failed.isEmpty());
    QCOMPARE(report.written, files);

    const QMap<QString, QByteArray> after = snapshot(dir.path());
    QCOMPARE(after.keys(), before.keys());
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const QString &path = it.key();
        if (!files.contains(path)) {
            QVERIFY2(after.value(path) == it.value(), qPrintable(path + QStringLiteral(" changed")));
            continue;
        }
        const Result<Post> oldPost = Post::fromBytes(it.value(), path);
        const Result<Post> newPost = Post::fromBytes(after.value(path), path);
        QVERIFY(oldPost.ok() && newPost.ok());
        const FrontMatter &oldFm = oldPost.value().frontMatter();
        const FrontMatter &newFm = newPost.value().frontMatter();
        QVERIFY(newFm.isValid());
        QCOMPARE(newFm.keys(), oldFm.keys());

        // Only the term keys' lines differ: everything before and after them
        // is the same, byte for byte (line breaks too).
        const QStringList termKeys = taxonomyKeys(config, taxonomy);
        int firstTermLine = INT_MAX;
        int lastTermLine = 0;
        for (const Field &field : oldFm.fields) {
            if (siteField(config, oldFm, field.key) == &field
                && std::any_of(termKeys.cbegin(), termKeys.cend(),
                               [&](const QString &k) { return siteField(config, oldFm, k) == &field; })) {
                firstTermLine = std::min(firstTermLine, field.line);
                lastTermLine = std::max(lastTermLine, field.lastLine);
            }
        }
        const QList<QByteArray> oldLines = lines(it.value());
        const QList<QByteArray> newLines = lines(after.value(path));
        qsizetype prefix = 0;
        while (prefix < oldLines.size() && prefix < newLines.size() && oldLines.at(prefix) == newLines.at(prefix))
            ++prefix;
        qsizetype suffix = 0;
        while (suffix < oldLines.size() - prefix && suffix < newLines.size() - prefix
               && oldLines.at(oldLines.size() - 1 - suffix) == newLines.at(newLines.size() - 1 - suffix))
            ++suffix;
        QVERIFY2(prefix + 1 >= firstTermLine, qPrintable(path));
        QVERIFY2(oldLines.size() - suffix <= lastTermLine, qPrintable(path));

        // Every other key keeps its value; the term keys hold the edited terms,
        // in the same form (a string stays a string).
        for (const Field &field : oldFm.fields) {
            const Field *now = newFm.field(field.key);
            QVERIFY(now);
            const bool isTermKey = std::any_of(termKeys.cbegin(), termKeys.cend(), [&](const QString &k) {
                return k.compare(field.key, Qt::CaseInsensitive) == 0;
            });
            if (!isTermKey) {
                QCOMPARE(now->value, field.value);
                continue;
            }
            QCOMPARE(termsOfField(config, *now), applyTermEdit(termsOfField(config, field), edit));
            if (field.value.type == ValueType::String && config.kind == SiteKind::Jekyll)
                QCOMPARE(now->value.type, ValueType::String);
            if (field.value.type == ValueType::List)
                QCOMPARE(now->value.type, ValueType::List);
        }
    }

    // The index read again agrees.
    const Result<SiteIndex> reindexed = indexSite(dir.path(), options);
    QVERIFY(reindexed.ok());
    QStringList terms;
    for (const PostRecord &post : reindexed.value().posts()) {
        if (files.contains(post.path))
            terms += post.terms.value(taxonomy);
    }
    QVERIFY(!terms.contains(term));
    if (edit.kind != TermEdit::Kind::Delete && !files.isEmpty())
        QVERIFY(terms.contains(replacement));
}

void tst_TagEdit::dryRunWritesNothing()
{
    QTemporaryDir dir;
    copyFolder(QStringLiteral(POSTWRIGHT_TEST_DATA "/sites/hugo"), dir.path());
    IndexOptions options;
    options.useCache = false;
    const Result<SiteIndex> index = indexSite(dir.path(), options);
    QVERIFY(index.ok());
    const QMap<QString, QByteArray> before = snapshot(dir.path());
    TermEdit edit;
    edit.term = QStringLiteral("hugo");
    edit.replacement = QStringLiteral("x");
    const TermEditPlan plan = planTermEdit(index.value(), edit);
    QCOMPARE(plan.changes.size(), 4);
    const TermFileChange &change = plan.changes.at(2);
    QCOMPARE(change.path, QStringLiteral("content/posts/published.md"));
    QCOMPARE(change.key, QStringLiteral("tags"));
    QCOMPARE(change.before, (QStringList{QStringLiteral("go"), QStringLiteral("hugo")}));
    QCOMPARE(change.after, (QStringList{QStringLiteral("go"), QStringLiteral("x")}));
    QCOMPARE(plan.changes.at(3).key, QStringLiteral("Tags"));
    QCOMPARE(snapshot(dir.path()), before);
}

void tst_TagEdit::unwritableFileIsReported()
{
    QTemporaryDir dir;
    copyFolder(QStringLiteral(POSTWRIGHT_TEST_DATA "/sites/hugo"), dir.path());
    IndexOptions options;
    options.useCache = false;
    const Result<SiteIndex> index = indexSite(dir.path(), options);
    QVERIFY(index.ok());
    TermEdit edit;
    edit.term = QStringLiteral("go");
    edit.replacement = QStringLiteral("golang");
    const TermEditPlan plan = planTermEdit(index.value(), edit);
    QCOMPARE(plan.files().size(), 2);
    // The file turns into a folder between the plan and the edit.
    const QString victim = dir.filePath(QStringLiteral("content/posts/published.md"));
    QVERIFY(QFile::remove(victim));
    QVERIFY(QDir().mkpath(victim));
    const TermEditReport report = applyTermEditPlan(index.value().config(), plan);
    QCOMPARE(report.written, QStringList{QStringLiteral("content/posts/bundle/index.md")});
    QCOMPARE(report.failed.size(), 1);
    QCOMPARE(report.failed.first().path, QStringLiteral("content/posts/published.md"));
}

void tst_TagEdit::neverWritesOutsideTheSite()
{
    QTemporaryDir outside;
    QTemporaryDir dir;
    const QString target = outside.filePath(QStringLiteral("elsewhere.md"));
    QFile file(target);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("---\ntags: [shared]\n---\n");
    file.close();
    QVERIFY(QFile::link(target, dir.filePath(QStringLiteral("link.md"))));
    IndexOptions options;
    options.useCache = false;
    const Result<SiteIndex> index = indexSite(dir.path(), options);
    QVERIFY(index.ok());
    TermEdit edit;
    edit.term = QStringLiteral("shared");
    edit.replacement = QStringLiteral("mine");
    const TermEditReport report = applyTermEditPlan(index.value().config(), planTermEdit(index.value(), edit));
    QVERIFY(report.written.isEmpty());
    QCOMPARE(report.failed.size(), 1);
    QCOMPARE(readAll(target), QByteArray("---\ntags: [shared]\n---\n"));
}

// The command line over a site holding a linked post and a linked folder
// that lead out of it: the site's own post changes, nothing outside does.
void tst_TagEdit::cliTagRenameLeavesLinksOutAlone()
{
    QTemporaryDir outside;
    QTemporaryDir dir;
    const QByteArray outsideText("---\ntags: [shared]\n---\n\nNot in the site.\n");
    const QString linkedFile = outside.filePath(QStringLiteral("elsewhere.md"));
    const QString linkedFolderPost = outside.filePath(QStringLiteral("folder/post.md"));
    QVERIFY(QDir().mkpath(outside.filePath(QStringLiteral("folder"))));
    for (const QString &path : {linkedFile, linkedFolderPost}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(outsideText);
    }
    const QString inside = dir.filePath(QStringLiteral("inside.md"));
    {
        QFile file(inside);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("---\ntags: [shared]\n---\n\nIn the site.\n");
    }
    QVERIFY(QFile::link(linkedFile, dir.filePath(QStringLiteral("link.md"))));
    QVERIFY(QFile::link(outside.filePath(QStringLiteral("folder")), dir.filePath(QStringLiteral("linked-folder"))));

    QProcess cli;
    cli.start(QStringLiteral(POSTWRIGHT_CLI), {QStringLiteral("tag"), QStringLiteral("rename"), QStringLiteral("shared"),
                                               QStringLiteral("mine"), dir.path()});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
    QVERIFY(readAll(inside).contains("tags: [mine]"));
    QCOMPARE(readAll(linkedFile), outsideText);
    QCOMPARE(readAll(linkedFolderPost), outsideText);
    QVERIFY(!cli.readAllStandardOutput().contains("elsewhere"));
}

QTEST_GUILESS_MAIN(tst_TagEdit)
#include "tst_tagedit.moc"
