// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard's models on the fixture sites: what the post list shows, how
// it filters and sorts, and the terms with their counts.
#include "project/postfiltermodel.h"
#include "project/postlistmodel.h"
#include "project/termlistmodel.h"
#include "site/indexbuilder.h"

#include <QAbstractItemModelTester>
#include <QDirIterator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace postwright;

namespace {

const QDateTime now(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);

void copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(file);
        QDir().mkpath(QFileInfo(target).path());
        QVERIFY(QFile::copy(file, target));
    }
}

QStringList paths(const QAbstractItemModel &model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list.append(model.index(row, 0).data(PostListModel::PathRole).toString());
    return list;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestProjectModels final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SiteIndex m_hugo;
    SiteIndex m_jekyll;

    SiteIndex index(const QString &fixture)
    {
        const QString root = m_dir.filePath(fixture);
        if (!QFileInfo::exists(root))
            copyTree(QStringLiteral(POSTWRIGHT_TEST_DATA "/sites/") + fixture, root);
        IndexOptions options;
        options.useCache = false;
        const Result<SiteIndex> indexed = indexSite(root, options);
        if (!indexed) {
            qWarning() << indexed.error().toString();
            return {};
        }
        return indexed.value();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_hugo = index(QStringLiteral("hugo"));
        m_jekyll = index(QStringLiteral("jekyll"));
        QVERIFY(!m_hugo.posts().isEmpty());
        QVERIFY(!m_jekyll.posts().isEmpty());
    }

    void postModelPassesTheTesterThroughUpdates()
    {
        PostListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNow(now);
        model.setIndex(m_hugo);
        QCOMPARE(model.rowCount(), m_hugo.posts().size());
        QCOMPARE(model.columnCount(), int(PostListModel::ColumnCount));

        // In place: one post gone, one new, one retitled.
        SiteIndex next = m_hugo;
        QVERIFY(next.remove(QStringLiteral("content/posts/json.md")));
        PostRecord added = *m_hugo.post(QStringLiteral("content/posts/published.md"));
        added.path = QStringLiteral("content/posts/added.md");
        added.title = QStringLiteral("Added");
        next.insert(added);
        PostRecord retitled = *m_hugo.post(QStringLiteral("content/posts/draft.md"));
        retitled.title = QStringLiteral("Retitled");
        next.insert(retitled);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setIndex(next);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changed.count(), 1);
        // The rows are the new index's posts: json.md gone, added.md in,
        // every other post of the fixture still there once.
        QCOMPARE(sorted(paths(model)), (QStringList{
                                           "content/_index.md",
                                           "content/about.md",
                                           "content/notes/no-front-matter.md",
                                           "content/posts/_index.md",
                                           "content/posts/added.md",
                                           "content/posts/bundle/index.md",
                                           "content/posts/draft.md",
                                           "content/posts/expired.md",
                                           "content/posts/future.md",
                                           "content/posts/published.md",
                                           "content/posts/scheduled.md",
                                       }));
        QCOMPARE(model.index(model.rowOf("content/posts/draft.md"), PostListModel::TitleColumn).data().toString(),
                 QString("Retitled"));

        // A record that shows nothing new emits nothing.
        model.updateRecord(retitled);
        QCOMPARE(changed.count(), 1);
        // Another site: one reset.
        model.setIndex(m_jekyll);
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.rowCount(), m_jekyll.posts().size());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void columnsShowWhatThePostSays_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("tags");
        QTest::newRow("published") << "content/posts/published.md" << "A published post" << "2024-03-01" << "published" << "go, hugo";
        QTest::newRow("draft") << "content/posts/draft.md" << "A draft" << "2024-03-02" << "draft" << "hugo";
        QTest::newRow("future date") << "content/posts/future.md" << "From the future" << "2999-01-01" << "scheduled" << "hugo";
        QTest::newRow("publishDate") << "content/posts/scheduled.md" << "Scheduled by publishDate" << "2024-01-01" << "scheduled" << "toml, hugo";
        QTest::newRow("expired") << "content/posts/expired.md" << "Expired" << "2020-01-01" << "expired" << "";
        QTest::newRow("bundle") << "content/posts/bundle/index.md" << "A leaf bundle" << "2024-04-01" << "published" << "go";
        QTest::newRow("section") << "content/posts/_index.md" << "Posts" << "" << "section" << "section-only";
    }

    void columnsShowWhatThePostSays()
    {
        QFETCH(QString, path);
        QFETCH(QString, title);
        QFETCH(QString, date);
        QFETCH(QString, state);
        QFETCH(QString, tags);
        PostListModel model;
        model.setNow(now);
        model.setIndex(m_hugo);
        const int row = model.rowOf(path);
        QVERIFY2(row >= 0, qPrintable(path));
        QCOMPARE(model.index(row, PostListModel::TitleColumn).data().toString(), title);
        QCOMPARE(model.index(row, PostListModel::DateColumn).data().toString(), date);
        QCOMPARE(model.index(row, PostListModel::StateColumn).data().toString(), state);
        QCOMPARE(model.index(row, PostListModel::TagsColumn).data().toString(), tags);
        QCOMPARE(model.index(row, PostListModel::PathColumn).data().toString(), path);
        QCOMPARE(model.index(row, 0).data(PostListModel::AbsolutePathRole).toString(), m_hugo.config().absolutePath(path));
    }

    void filters_data()
    {
        QTest::addColumn<QString>("site");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("category");
        QTest::addColumn<int>("state");   // -2: any
        QTest::addColumn<int>("year");
        QTest::addColumn<QStringList>("expected");
        const int any = -2;
        QTest::newRow("title text") << "hugo" << "leaf" << "" << "" << any << 0 << QStringList{"content/posts/bundle/index.md"};
        QTest::newRow("title text, any case") << "hugo" << "PUBLISHED POST" << "" << "" << any << 0
                                              << QStringList{"content/posts/published.md"};
        QTest::newRow("body text") << "hugo" << "draft body" << "" << "" << any << 0 << QStringList{"content/posts/draft.md"};
        QTest::newRow("body text, TOML post") << "hugo" << "keys in any case" << "" << "" << any << 0
                                              << QStringList{"content/posts/scheduled.md"};
        QTest::newRow("tag") << "hugo" << "" << "go" << "" << any << 0
                             << QStringList{"content/posts/bundle/index.md", "content/posts/published.md"};
        QTest::newRow("tag from TOML Tags key") << "hugo" << "" << "toml" << "" << any << 0
                                                << QStringList{"content/posts/scheduled.md"};
        QTest::newRow("category") << "hugo" << "" << "" << "Web" << any << 0
                                  << QStringList{"content/posts/json.md", "content/posts/published.md"};
        QTest::newRow("state draft") << "hugo" << "" << "" << "" << int(PostState::Draft) << 0 << QStringList{"content/posts/draft.md"};
        QTest::newRow("state expired") << "hugo" << "" << "" << "" << int(PostState::Expired) << 0
                                       << QStringList{"content/posts/expired.md"};
        QTest::newRow("state scheduled") << "hugo" << "" << "" << "" << int(PostState::Scheduled) << 0
                                         << QStringList{"content/posts/future.md", "content/posts/scheduled.md"};
        QTest::newRow("year") << "hugo" << "" << "" << "" << any << 2020 << QStringList{"content/posts/expired.md"};
        QTest::newRow("tag and state") << "hugo" << "" << "hugo" << "" << int(PostState::Published) << 0
                                       << QStringList{"content/posts/published.md"};
        QTest::newRow("tag and text") << "hugo" << "draft" << "hugo" << "" << any << 0 << QStringList{"content/posts/draft.md"};
        QTest::newRow("nothing matches") << "hugo" << "zebra-unicorn" << "" << "" << any << 0 << QStringList{};
        QTest::newRow("jekyll space-separated tags") << "jekyll" << "" << "ruby" << "" << any << 0
                                                     << QStringList{"_posts/2024-02-01-space-separated.md"};
        QTest::newRow("jekyll drafts") << "jekyll" << "" << "" << "" << int(PostState::Draft) << 0
                                       << QStringList{"_drafts/a-draft.md", "_posts/2024-03-01-unpublished.md"};
        QTest::newRow("jekyll year from file name") << "jekyll" << "" << "" << "" << any << 2999
                                                    << QStringList{"_posts/2999-01-01-future.md"};
    }

    void filters()
    {
        QFETCH(QString, site);
        QFETCH(QString, text);
        QFETCH(QString, tag);
        QFETCH(QString, category);
        QFETCH(int, state);
        QFETCH(int, year);
        QFETCH(QStringList, expected);
        PostListModel model;
        model.setNow(now);
        model.setIndex(site == "hugo" ? m_hugo : m_jekyll);
        PostFilterModel filter;
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        filter.setSearchDelay(0);
        QSignalSpy searched(&filter, &PostFilterModel::bodySearchFinished);
        filter.setSearchText(text);
        filter.setTag(tag);
        filter.setCategory(category);
        filter.setState(state == -2 ? std::nullopt : std::optional<int>(state));
        filter.setYear(year);
        if (!text.isEmpty())
            QVERIFY(searched.wait(5000));
        QVERIFY(!filter.isSearchingBodies());
        QCOMPARE(sorted(paths(filter)), expected);
        filter.clearFilters();
        QCOMPARE(filter.rowCount(), model.rowCount());
    }

    void titleMatchesShowBeforeTheFilesAreSearched()
    {
        PostListModel model;
        model.setIndex(m_hugo);
        PostFilterModel filter;
        filter.setSourceModel(&model);
        filter.setSearchDelay(10000);
        filter.setSearchText("draft");
        // Only the title match so far; the body search is still to come.
        QCOMPARE(paths(filter), QStringList{"content/posts/draft.md"});
        QVERIFY(filter.isSearchingBodies());
    }

    void sortsByDateNewestFirst()
    {
        PostListModel model;
        model.setIndex(m_hugo);
        PostFilterModel filter;
        filter.setSourceModel(&model);
        filter.sort(PostListModel::DateColumn, Qt::DescendingOrder);
        QCOMPARE(filter.index(0, 0).data(PostListModel::PathRole).toString(), QString("content/posts/future.md"));
        QDateTime previous;
        bool undated = false;
        for (int row = 0; row < filter.rowCount(); ++row) {
            const QDateTime date = filter.index(row, 0).data(PostListModel::DateRole).toDateTime();
            if (!date.isValid()) {
                undated = true;
                continue;
            }
            QVERIFY2(!undated, "posts without a date come last");
            if (previous.isValid())
                QVERIFY(date <= previous);
            previous = date;
        }
        QVERIFY(undated);
        filter.sort(PostListModel::DateColumn, Qt::AscendingOrder);
        QCOMPARE(filter.index(filter.rowCount() - 1, 0).data(PostListModel::PathRole).toString(), QString("content/posts/future.md"));
        filter.sort(PostListModel::TitleColumn, Qt::AscendingOrder);
        QCOMPARE(filter.index(0, PostListModel::TitleColumn).data().toString(), QString("A draft"));
    }

    void termModelCountsPostsNotSections()
    {
        TermListModel tags("tags");
        QAbstractItemModelTester tester(&tags, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tags.setCounts(m_hugo.termCounts("tags"));
        QCOMPARE(tags.count("hugo"), 4);
        QCOMPARE(tags.count("go"), 2);
        QCOMPARE(tags.rowOf("section-only"), -1);
        const int row = tags.rowOf("go");
        QCOMPARE(tags.index(row, TermListModel::TermColumn).data().toString(), QString("go"));
        QCOMPARE(tags.index(row, TermListModel::CountColumn).data().toInt(), 2);
        // Counts change in place; a new term resets.
        QSignalSpy resets(&tags, &QAbstractItemModel::modelReset);
        QMap<QString, int> counts = m_hugo.termCounts("tags");
        counts["go"] = 3;
        tags.setCounts(counts);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(tags.count("go"), 3);
        counts["new"] = 1;
        tags.setCounts(counts);
        QCOMPARE(resets.count(), 1);
        tags.setCounts({});
        QCOMPARE(tags.rowCount(), 0);
    }
};

QTEST_MAIN(TestProjectModels)
#include "tst_projectmodels.moc"
