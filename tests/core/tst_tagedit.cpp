// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "post/post.h"
#include "site/indexbuilder.h"
#include "site/siterules.h"
#include "site/termedit.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
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
    void stringTermsStayStrings_data();
    void stringTermsStayStrings();
    void neverWritesOutsideTheSite();
    void neverWritesIntoASiblingFolder();
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
    // Every term key of every written file afterwards: "path: key = [a, b]"
    // for a list, "path: key = \"a b\"" for a string.
    QTest::addColumn<QStringList>("after");

    QTest::newRow("hugo: rename tag (flow lists, TOML, case-insensitive key)")
        << "hugo" << int(TermEdit::Kind::Rename) << "tags" << "hugo" << "Hugo CMS"
        << QStringList{QStringLiteral("content/posts/draft.md"), QStringLiteral("content/posts/future.md"),
                       QStringLiteral("content/posts/published.md"), QStringLiteral("content/posts/scheduled.md")}
        << QStringList{"content/posts/draft.md: tags = [Hugo CMS]", "content/posts/future.md: tags = [Hugo CMS]",
                       "content/posts/published.md: tags = [go, Hugo CMS]",
                       "content/posts/scheduled.md: Tags = [toml, Hugo CMS]"};
    QTest::newRow("hugo: merge go into hugo")
        << "hugo" << int(TermEdit::Kind::Merge) << "tags" << "go" << "hugo"
        << QStringList{QStringLiteral("content/posts/bundle/index.md"), QStringLiteral("content/posts/published.md")}
        << QStringList{"content/posts/bundle/index.md: tags = [hugo]", "content/posts/published.md: tags = [hugo]"};
    QTest::newRow("hugo: delete category (block list, JSON)")
        << "hugo" << int(TermEdit::Kind::Delete) << "categories" << "Web" << ""
        << QStringList{QStringLiteral("content/posts/json.md"), QStringLiteral("content/posts/published.md")}
        << QStringList{"content/posts/json.md: categories = []", "content/posts/published.md: categories = []"};
    QTest::newRow("hugo: custom taxonomy")
        << "hugo" << int(TermEdit::Kind::Rename) << "series" << "basics" << "advanced"
        << QStringList{QStringLiteral("content/posts/published.md")}
        << QStringList{"content/posts/published.md: series = [advanced]"};
    QTest::newRow("hugo: section terms change too")
        << "hugo" << int(TermEdit::Kind::Rename) << "tags" << "section-only" << "renamed"
        << QStringList{QStringLiteral("content/posts/_index.md")}
        << QStringList{"content/posts/_index.md: tags = [renamed]"};
    QTest::newRow("jekyll: rename (list, space-separated string, singular tag key)")
        << "jekyll" << int(TermEdit::Kind::Rename) << "tags" << "jekyll" << "jekyll-rb"
        << QStringList{QStringLiteral("_posts/2024-01-15-hello-world.md"),
                       QStringLiteral("_posts/2024-02-01-space-separated.md"),
                       QStringLiteral("_posts/2024-03-01-unpublished.md"),
                       QStringLiteral("_posts/2024-04-01-date-override.md"),
                       QStringLiteral("blog/tech/_posts/2024-05-05-category-folder.md")}
        << QStringList{"_posts/2024-01-15-hello-world.md: tags = [intro, jekyll-rb]",
                       "_posts/2024-02-01-space-separated.md: tags = \"ruby jekyll-rb liquid\"",
                       "_posts/2024-03-01-unpublished.md: tags = [jekyll-rb]",
                       "_posts/2024-04-01-date-override.md: tag = \"jekyll-rb\"",
                       "blog/tech/_posts/2024-05-05-category-folder.md: tags = [jekyll-rb]"};
    QTest::newRow("jekyll: delete from a string")
        << "jekyll" << int(TermEdit::Kind::Delete) << "tags" << "liquid" << ""
        << QStringList{QStringLiteral("_posts/2024-02-01-space-separated.md")}
        << QStringList{"_posts/2024-02-01-space-separated.md: tags = \"ruby jekyll\""};
    QTest::newRow("jekyll: merge category into another")
        << "jekyll" << int(TermEdit::Kind::Merge) << "categories" << "notes" << "news"
        << QStringList{QStringLiteral("_posts/2024-02-01-space-separated.md")}
        << QStringList{"_posts/2024-02-01-space-separated.md: category = \"news\""};
    QTest::newRow("jekyll: folder categories are not front matter")
        << "jekyll" << int(TermEdit::Kind::Rename) << "categories" << "tech" << "technology" << QStringList{}
        << QStringList{};
    QTest::newRow("plain: rename") << "plain" << int(TermEdit::Kind::Rename) << "tags" << "one" << "uno"
                                   << QStringList{QStringLiteral("first.md")}
                                   << QStringList{"first.md: tags = [uno]"};
}

void tst_TagEdit::edit()
{
    QFETCH(QString, siteName);
    QFETCH(int, kind);
    QFETCH(QString, taxonomy);
    QFETCH(QString, term);
    QFETCH(QString, replacement);
    QFETCH(QStringList, files);
    QFETCH(QStringList, after);

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

    const QMap<QString, QByteArray> written = snapshot(dir.path());
    QCOMPARE(written.keys(), before.keys());
    QStringList termValues;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const QString &path = it.key();
        if (!files.contains(path)) {
            QVERIFY2(written.value(path) == it.value(), qPrintable(path + QStringLiteral(" changed")));
            continue;
        }
        const Result<Post> oldPost = Post::fromBytes(it.value(), path);
        const Result<Post> newPost = Post::fromBytes(written.value(path), path);
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
        const QList<QByteArray> newLines = lines(written.value(path));
        qsizetype prefix = 0;
        while (prefix < oldLines.size() && prefix < newLines.size() && oldLines.at(prefix) == newLines.at(prefix))
            ++prefix;
        qsizetype suffix = 0;
        while (suffix < oldLines.size() - prefix && suffix < newLines.size() - prefix
               && oldLines.at(oldLines.size() - 1 - suffix) == newLines.at(newLines.size() - 1 - suffix))
            ++suffix;
        QVERIFY2(prefix + 1 >= firstTermLine, qPrintable(path));
        QVERIFY2(oldLines.size() - suffix <= lastTermLine, qPrintable(path));

        // Every other key keeps its value; the term keys hold what the row
        // says, in their form (a string stays a string).
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
            QCOMPARE(field.value.type == ValueType::List, now->value.type == ValueType::List);
            const QString shown = now->value.type == ValueType::List
                                      ? QLatin1Char('[') + now->value.list.join(QStringLiteral(", ")) + QLatin1Char(']')
                                      : QLatin1Char('"') + now->value.text + QLatin1Char('"');
            termValues.append(path + QStringLiteral(": ") + now->key + QStringLiteral(" = ") + shown);
        }
    }
    QCOMPARE(termValues, after);

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

// Hugo reads "tags: go" as the one term "go": edited, it stays a string, in
// YAML and TOML, and only its line changes.
void tst_TagEdit::stringTermsStayStrings_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("taxonomy");
    QTest::addColumn<QString>("term");
    QTest::addColumn<QString>("replacement");
    QTest::addColumn<QByteArray>("expected");   // the whole file afterwards

    const QByteArray yamlBody = "\nHugo reads a string as one term.\n";
    QTest::newRow("YAML plain string")
        << "content/posts/yaml-string.md" << int(TermEdit::Kind::Rename) << "tags" << "go" << "golang"
        << QByteArray("---\ntitle: \"A YAML string of one tag\"\ndate: 2024-03-01\ntags: golang\ncategories: \"Web\"\n---\n")
               + yamlBody;
    QTest::newRow("YAML quoted string, two words")
        << "content/posts/yaml-string.md" << int(TermEdit::Kind::Rename) << "categories" << "Web" << "Web Dev"
        << QByteArray("---\ntitle: \"A YAML string of one tag\"\ndate: 2024-03-01\ntags: go\ncategories: \"Web Dev\"\n---\n")
               + yamlBody;
    QTest::newRow("YAML string merged")
        << "content/posts/yaml-string.md" << int(TermEdit::Kind::Merge) << "tags" << "go" << "hugo"
        << QByteArray("---\ntitle: \"A YAML string of one tag\"\ndate: 2024-03-01\ntags: hugo\ncategories: \"Web\"\n---\n")
               + yamlBody;
    QTest::newRow("TOML string")
        << "content/posts/toml-string.md" << int(TermEdit::Kind::Rename) << "tags" << "go" << "golang"
        << QByteArray("+++\ntitle = \"A TOML string of one tag\"\ndate = 2024-03-02\ntags = \"golang\"\ncategories = \"Web\"\n+++\n")
               + yamlBody;
    QTest::newRow("TOML string, two words")
        << "content/posts/toml-string.md" << int(TermEdit::Kind::Rename) << "categories" << "Web" << "Web Dev"
        << QByteArray("+++\ntitle = \"A TOML string of one tag\"\ndate = 2024-03-02\ntags = \"go\"\ncategories = \"Web Dev\"\n+++\n")
               + yamlBody;
    QTest::newRow("a list of one stays a list")
        << "content/posts/yaml-list.md" << int(TermEdit::Kind::Rename) << "tags" << "go" << "golang"
        << QByteArray("---\ntitle: \"A list of one tag\"\ndate: 2024-03-03\ntags: [golang]\n---\n\nA list stays a list.\n");
}

void tst_TagEdit::stringTermsStayStrings()
{
    QFETCH(QString, path);
    QFETCH(int, kind);
    QFETCH(QString, taxonomy);
    QFETCH(QString, term);
    QFETCH(QString, replacement);
    QFETCH(QByteArray, expected);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    copyFolder(QStringLiteral(POSTWRIGHT_TEST_DATA "/tagedit/hugo-strings"), dir.path());
    IndexOptions options;
    options.useCache = false;
    const Result<SiteIndex> index = indexSite(dir.path(), options);
    QVERIFY(index.ok());
    QCOMPARE(index.value().config().kind, SiteKind::Hugo);
    TermEdit edit;
    edit.kind = TermEdit::Kind(kind);
    edit.taxonomy = taxonomy;
    edit.term = term;
    edit.replacement = replacement;
    const TermEditPlan plan = planTermEdit(index.value(), edit);
    QVERIFY(plan.problems.isEmpty());
    QVERIFY(plan.files().contains(path));
    const TermEditReport report = applyTermEditPlan(index.value().config(), plan);
    QVERIFY(report.failed.isEmpty());
    QCOMPARE(report.written, plan.files());
    QCOMPARE(readAll(dir.filePath(path)), expected);
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
    // The walk skips the link out of the site and says so; the edit never
    // sees it.
    QStringList warnings;
    for (const Error &warning : index.value().warnings())
        warnings.append(warning.path + QStringLiteral(": ") + warning.message);
    QCOMPARE(warnings, QStringList{QStringLiteral("link.md: a symbolic link that leads out of the site (to %1): not read")
                                       .arg(QFileInfo(target).canonicalFilePath())});
    const TermEditPlan plan = planTermEdit(index.value(), edit);
    QVERIFY(plan.files().isEmpty());
    const TermEditReport report = applyTermEditPlan(index.value().config(), plan);
    QVERIFY(report.written.isEmpty());
    QVERIFY(report.failed.isEmpty());
    QCOMPARE(readAll(target), QByteArray("---\ntags: [shared]\n---\n"));
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("link.md"))).isSymLink());
}

// A folder next to the site whose name starts with the site's ("site" and
// "site-evil") is outside it too: a post or folder linked from the site into
// it is skipped with a warning and left alone, byte for byte.
void tst_TagEdit::neverWritesIntoASiblingFolder()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QString site = root.filePath(QStringLiteral("site"));
    const QString evil = root.filePath(QStringLiteral("site-evil"));
    QVERIFY(QDir().mkpath(site));
    QVERIFY(QDir().mkpath(evil + QStringLiteral("/folder")));
    const QByteArray evilText("---\ntags: [shared]\n---\n\nNot in the site.\n");
    const QString evilPost = evil + QStringLiteral("/post.md");
    const QString evilFolderPost = evil + QStringLiteral("/folder/post.md");
    for (const QString &path : {evilPost, evilFolderPost}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(evilText), evilText.size());
    }
    {
        QFile file(site + QStringLiteral("/inside.md"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("---\ntags: [shared]\n---\n\nIn the site.\n");
    }
    // A relative link to the sibling's post and an absolute one to its folder.
    QVERIFY(QFile::link(QStringLiteral("../site-evil/post.md"), site + QStringLiteral("/linked.md")));
    QVERIFY(QFile::link(evil + QStringLiteral("/folder"), site + QStringLiteral("/linked-folder")));

    IndexOptions options;
    options.useCache = false;
    const Result<SiteIndex> index = indexSite(site, options);
    QVERIFY(index.ok());
    TermEdit edit;
    edit.term = QStringLiteral("shared");
    edit.replacement = QStringLiteral("mine");
    // The walk skips both links (the post's and the folder's) with a
    // warning each; the edit sees only the post inside.
    QStringList warnings;
    for (const Error &warning : index.value().warnings())
        warnings.append(warning.path + QStringLiteral(": ") + warning.message);
    const QString leadsOut = QStringLiteral("%1: a symbolic link that leads out of the site (to %2): not read");
    QCOMPARE(warnings, (QStringList{leadsOut.arg(QStringLiteral("linked-folder"), QFileInfo(evil + QStringLiteral("/folder")).canonicalFilePath()),
                                    leadsOut.arg(QStringLiteral("linked.md"), QFileInfo(evilPost).canonicalFilePath())}));
    const TermEditPlan plan = planTermEdit(index.value(), edit);
    QCOMPARE(plan.files(), QStringList{QStringLiteral("inside.md")});
    const TermEditReport report = applyTermEditPlan(index.value().config(), plan);
    QCOMPARE(report.written, QStringList{QStringLiteral("inside.md")});
    QVERIFY(report.failed.isEmpty());
    QCOMPARE(readAll(evilPost), evilText);
    QCOMPARE(readAll(evilFolderPost), evilText);
    QVERIFY(QFileInfo(site + QStringLiteral("/linked.md")).isSymLink());
    QCOMPARE(readAll(site + QStringLiteral("/inside.md")), QByteArray("---\ntags: [mine]\n---\n\nIn the site.\n"));
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

    // The command's index cache goes to a cache folder of the test's own,
    // never to the real home.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.filePath(QStringLiteral("home")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_STATE_HOME"), home.filePath(QStringLiteral("state")));
    QProcess cli;
    cli.setProcessEnvironment(environment);
    cli.start(QStringLiteral(POSTWRIGHT_CLI), {QStringLiteral("tag"), QStringLiteral("rename"), QStringLiteral("shared"),
                                               QStringLiteral("mine"), dir.path()});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
    QVERIFY(readAll(inside).contains("tags: [mine]"));
    QCOMPARE(readAll(linkedFile), outsideText);
    QCOMPARE(readAll(linkedFolderPost), outsideText);
    QVERIFY(!cli.readAllStandardOutput().contains("elsewhere"));
    QVERIFY(!snapshot(home.filePath(QStringLiteral("cache"))).isEmpty());   // the cache went there
}

QTEST_GUILESS_MAIN(tst_TagEdit)
#include "tst_tagedit.moc"
