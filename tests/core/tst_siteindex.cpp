// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "site/indexcache.h"
#include "site/backgroundindexer.h"
#include "site/indexbuilder.h"
#include "site/sitewatcher.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtConcurrent>
#include <QTest>

#include "support/testfiles.h"

using namespace postwright;
using namespace postwright::testing;

namespace {

bool write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// A small generated site of n posts.
void makeSite(const QString &root, int n)
{
    write(root + QStringLiteral("/hugo.toml"), "title = \"x\"\n");
    for (int i = 0; i < n; ++i) {
        write(root + QStringLiteral("/content/posts/p%1.md").arg(i),
              QStringLiteral("---\ntitle: Post %1\ntags: [t%2]\n---\nBody\n").arg(i).arg(i % 3).toUtf8());
    }
}

} // namespace

class tst_SiteIndex final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cacheHitOnReopen();
    void cacheKeepsHowDatesAreWritten();
    void cacheSeesChangedFiles();
    void cacheDroppedWhenConfigChanges();
    void damagedCacheIsIgnored();
    void cacheFolderFromEnvironment();
    void insertAndRemove();
    void notTextIsAnError();
    void indexerReportsProgress();
    void indexerCancels();
    void indexesFromEveryThreadOfThePool();
    void plainFolderIsWatched();
    void watcher_data();
    void watcher();

private:
    QTemporaryDir m_cache;
    IndexOptions m_options;
};

void tst_SiteIndex::init()
{
    QVERIFY(m_cache.isValid());
    m_options = IndexOptions();
    m_options.cacheDir = m_cache.path();
}

// The doctor's Hugo pages and the dashboard each index a site from a task
// on the global pool: with every thread of the pool (two cores) in such a
// task, each waited for reads that found no thread, for ever (the window
// hung when it closed).
void tst_SiteIndex::indexesFromEveryThreadOfThePool()
{
    QTemporaryDir site;
    makeSite(site.path(), 40);
    QThreadPool *pool = QThreadPool::globalInstance();
    const int threads = pool->maxThreadCount();
    const auto restore = qScopeGuard([&] { pool->setMaxThreadCount(threads); });
    pool->setMaxThreadCount(2);
    QList<QFuture<qsizetype>> tasks;
    for (int i = 0; i < 2; ++i) {
        tasks.append(QtConcurrent::run(pool, [root = site.path(), options = m_options] {
            IndexOptions own = options;
            own.useCache = false;
            const Result<SiteIndex> index = indexSite(root, own);
            return index ? index.value().posts().size() : qsizetype(-1);
        }));
    }
    for (QFuture<qsizetype> &task : tasks) {
        QTRY_VERIFY_WITH_TIMEOUT(task.isFinished(), 30000);
        QCOMPARE(task.result(), qsizetype(40));
    }
}

void tst_SiteIndex::cacheHitOnReopen()
{
    QTemporaryDir site;
    copyFolder(QStringLiteral(POSTWRIGHT_TEST_DATA "/sites/hugo"), site.path());
    const Result<SiteIndex> first = indexSite(site.path(), m_options);
    QVERIFY(first.ok());
    QVERIFY(!first.value().stats().cacheLoaded);
    QCOMPARE(first.value().stats().parsed, first.value().stats().files);
    QVERIFY(first.value().stats().cacheWritten);
    QVERIFY(QFileInfo::exists(IndexCache(first.value().config().root, m_cache.path()).filePath()));

    const Result<SiteIndex> second = indexSite(site.path(), m_options);
    QVERIFY(second.ok());
    QVERIFY(second.value().stats().cacheLoaded);
    QCOMPARE(second.value().stats().parsed, 0);
    QCOMPARE(second.value().stats().reused, first.value().stats().files);
    QVERIFY(!second.value().stats().cacheWritten);
    QCOMPARE(second.value().posts().size(), first.value().posts().size());
    for (qsizetype i = 0; i < first.value().posts().size(); ++i) {
        const PostRecord &a = first.value().posts().at(i);
        const PostRecord &b = second.value().posts().at(i);
        QCOMPARE(b.path, a.path);
        QCOMPARE(b.title, a.title);
        QCOMPARE(b.dateText, a.dateText);
        QCOMPARE(b.date, a.date);
        QCOMPARE(b.terms, a.terms);
        QCOMPARE(b.kind, a.kind);
        QCOMPARE(b.draft, a.draft);
    }
}

// A record from the cache prints its dates as one read from the file: the
// same offset (the export shows it, and its day), not only the same instant.
void tst_SiteIndex::cacheKeepsHowDatesAreWritten()
{
    QTemporaryDir site;
    write(site.filePath(QStringLiteral("hugo.toml")), "title = \"x\"\n");
    const QList<QByteArray> dates = {"2024-06-20T01:30:00+02:00", "2024-06-20T07:07:00Z", "2024-06-20T07:07:00-05:30",
                                     "2024-06-20 07:07:00", "2024-06-20", "2024-06-20T07:07:00.250+00:00"};
    for (qsizetype i = 0; i < dates.size(); ++i) {
        QVERIFY(write(site.filePath(QStringLiteral("content/posts/p%1.md").arg(i)),
                      "---\ntitle: P\ndate: " + dates.at(i) + "\npublishDate: " + dates.at(i)
                          + "\nexpiryDate: 2999-01-01T00:00:00+09:00\n---\nBody\n"));
    }
    const Result<SiteIndex> parsed = indexSite(site.path(), m_options);
    QVERIFY(parsed.ok());
    const Result<SiteIndex> cached = indexSite(site.path(), m_options);
    QVERIFY(cached.ok());
    QVERIFY(cached.value().stats().cacheLoaded);
    QCOMPARE(cached.value().stats().parsed, 0);
    for (qsizetype i = 0; i < dates.size(); ++i) {
        const QString path = QStringLiteral("content/posts/p%1.md").arg(i);
        const PostRecord *a = parsed.value().post(path);
        const PostRecord *b = cached.value().post(path);
        QVERIFY(a && b);
        for (const auto &[fromFile, fromCache] : {std::pair{a->date, b->date}, std::pair{a->publishDate, b->publishDate},
                                                  std::pair{a->expiryDate, b->expiryDate}}) {
            QVERIFY2(fromFile.isValid(), dates.at(i).constData());
            QCOMPARE(fromCache.toString(Qt::ISODateWithMs), fromFile.toString(Qt::ISODateWithMs));
            QCOMPARE(fromCache.timeSpec(), fromFile.timeSpec());
            QCOMPARE(fromCache.offsetFromUtc(), fromFile.offsetFromUtc());
            QCOMPARE(fromCache.date(), fromFile.date());
        }
    }
    QCOMPARE(parsed.value().post(QStringLiteral("content/posts/p0.md"))->date.toString(Qt::ISODate),
             QStringLiteral("2024-06-20T01:30:00+02:00"));
}

void tst_SiteIndex::cacheSeesChangedFiles()
{
    QTemporaryDir site;
    makeSite(site.path(), 20);
    QVERIFY(indexSite(site.path(), m_options).ok());
    QVERIFY(write(site.filePath(QStringLiteral("content/posts/p3.md")), "---\ntitle: Changed title\n---\n"));
    QVERIFY(QFile::remove(site.filePath(QStringLiteral("content/posts/p4.md"))));
    QVERIFY(write(site.filePath(QStringLiteral("content/posts/new.md")), "---\ntitle: New\n---\n"));
    const Result<SiteIndex> reopened = indexSite(site.path(), m_options);
    QVERIFY(reopened.ok());
    QCOMPARE(reopened.value().stats().parsed, 2);
    QCOMPARE(reopened.value().stats().reused, 18);
    QCOMPARE(reopened.value().post(QStringLiteral("content/posts/p3.md"))->title, QStringLiteral("Changed title"));
    QVERIFY(!reopened.value().post(QStringLiteral("content/posts/p4.md")));
    QVERIFY(reopened.value().post(QStringLiteral("content/posts/new.md")));

    // Same size, same modification time (cp -p, touch -r): read again all the same.
    const QString path = site.filePath(QStringLiteral("content/posts/p5.md"));
    const QDateTime stamp = QFileInfo(path).lastModified();
    QFile same(path);
    QVERIFY(same.open(QIODevice::ReadWrite | QIODevice::Truncate));
    same.write(QStringLiteral("---\ntitle: Post X\ntags: [t2]\n---\nBody\n").toUtf8());
    QVERIFY(same.flush());
    QVERIFY(same.setFileTime(stamp, QFileDevice::FileModificationTime));
    same.close();
    const Result<SiteIndex> copied = indexSite(site.path(), m_options);
    QVERIFY(copied.ok());
    QCOMPARE(copied.value().post(QStringLiteral("content/posts/p5.md"))->title, QStringLiteral("Post X"));
}

void tst_SiteIndex::cacheDroppedWhenConfigChanges()
{
    QTemporaryDir site;
    makeSite(site.path(), 5);
    QVERIFY(indexSite(site.path(), m_options).ok());
    QVERIFY(write(site.filePath(QStringLiteral("hugo.toml")), "title = \"x\"\n[taxonomies]\ntag = \"tags\"\n"));
    const Result<SiteIndex> reopened = indexSite(site.path(), m_options);
    QVERIFY(reopened.ok());
    QVERIFY(!reopened.value().stats().cacheLoaded);
    QCOMPARE(reopened.value().stats().parsed, 5);
}

void tst_SiteIndex::damagedCacheIsIgnored()
{
    QTemporaryDir site;
    makeSite(site.path(), 5);
    const Result<SiteIndex> first = indexSite(site.path(), m_options);
    QVERIFY(first.ok());
    const QString cacheFile = IndexCache(first.value().config().root, m_cache.path()).filePath();
    QFile file(cacheFile);
    QVERIFY(file.open(QIODevice::ReadWrite));
    file.resize(file.size() / 2);
    file.close();
    const Result<SiteIndex> reopened = indexSite(site.path(), m_options);
    QVERIFY(reopened.ok());
    QVERIFY(!reopened.value().stats().cacheLoaded);
    QCOMPARE(reopened.value().posts().size(), 5);
}

void tst_SiteIndex::cacheFolderFromEnvironment()
{
    QTemporaryDir dir;
    qputenv("POSTWRIGHT_CACHE_DIR", dir.path().toUtf8());
    QCOMPARE(IndexCache::defaultDirectory(), dir.path());
    qunsetenv("POSTWRIGHT_CACHE_DIR");
    QVERIFY(IndexCache::defaultDirectory().endsWith(QLatin1String("/site-index")));
}

void tst_SiteIndex::insertAndRemove()
{
    SiteIndex index;
    PostRecord b;
    b.path = QStringLiteral("b.md");
    PostRecord a;
    a.path = QStringLiteral("a.md");
    a.terms.insert(QStringLiteral("tags"), {QStringLiteral("x")});
    index.insert(b);
    index.insert(a);
    QCOMPARE(index.posts().first().path, QStringLiteral("a.md"));
    QCOMPARE(index.termCounts(QStringLiteral("tags")).value(QStringLiteral("x")), 1);
    a.title = QStringLiteral("A");
    index.insert(a);
    QCOMPARE(index.posts().size(), 2);
    QCOMPARE(index.post(QStringLiteral("a.md"))->title, QStringLiteral("A"));
    QVERIFY(index.remove(QStringLiteral("a.md")));
    QVERIFY(!index.remove(QStringLiteral("a.md")));
    QCOMPARE(index.posts().size(), 1);
}

// A file named .md that is not UTF-8 text is an error with its offset, not a
// post, even when the bad bytes come long after good front matter.
void tst_SiteIndex::notTextIsAnError()
{
    QTemporaryDir site;
    writeFile(site.filePath(QStringLiteral("hugo.toml")), "title = \"S\"\n");
    writeFile(site.filePath(QStringLiteral("content/posts/good.md")), "---\ntitle: Good\n---\nText.\n");
    writeFile(site.filePath(QStringLiteral("content/posts/late.md")),
              "---\ntitle: Late\n---\n" + QByteArray("a line of text\n").repeated(20000) + "\xff\xfe bad\n");
    writeFile(site.filePath(QStringLiteral("content/posts/image.md")), "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR");
    for (int run = 0; run < 2; ++run) {   // the same from the cache
        const Result<SiteIndex> index = indexSite(site.path(), m_options);
        QVERIFY(index.ok());
        QCOMPARE(index.value().stats().cacheLoaded, run == 1);
        const QList<Error> errors = index.value().errors();
        QCOMPARE(errors.size(), 2);
        QStringList where;
        for (const Error &e : errors)
            where.append(e.path);
        where.sort();
        QCOMPARE(where, QStringList({QStringLiteral("content/posts/image.md"), QStringLiteral("content/posts/late.md")}));
        for (const Error &e : errors) {
            QVERIFY2(e.message.contains(QLatin1String("byte offset")), qPrintable(e.message));
            if (e.path.endsWith(QLatin1String("late.md")))
                QVERIFY2(e.line > 20000, qPrintable(QString::number(e.line)));
        }
        const PostRecord *good = index.value().post(QStringLiteral("content/posts/good.md"));
        QVERIFY(good && !good->error);
    }
}

void tst_SiteIndex::indexerReportsProgress()
{
    QTemporaryDir site;
    makeSite(site.path(), 1200);
    BackgroundIndexer indexer;
    QSignalSpy progress(&indexer, &BackgroundIndexer::progress);
    QSignalSpy finished(&indexer, &BackgroundIndexer::finished);
    indexer.start(site.path(), m_options);
    QVERIFY(finished.wait(30000));
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toInt(), 1200);
    QCOMPARE(progress.last().at(1).toInt(), 1200);
    const SiteIndex index = finished.first().first().value<SiteIndex>();
    QCOMPARE(index.posts().size(), 1200);
    QCOMPARE(index.termCounts(QStringLiteral("tags")).value(QStringLiteral("t0")), 400);
}

void tst_SiteIndex::indexerCancels()
{
    QTemporaryDir site;
    makeSite(site.path(), 3000);
    m_options.useCache = false;
    BackgroundIndexer indexer;
    QSignalSpy canceled(&indexer, &BackgroundIndexer::canceled);
    QSignalSpy finished(&indexer, &BackgroundIndexer::finished);
    indexer.start(site.path(), m_options);
    indexer.cancel();
    QVERIFY(canceled.wait(30000));
    QCOMPARE(finished.size(), 0);

    // A failure is a value too: a missing folder.
    QSignalSpy failed(&indexer, &BackgroundIndexer::failed);
    indexer.start(site.filePath(QStringLiteral("missing")), m_options);
    QVERIFY(failed.wait(30000));
}

// A plain folder of Markdown is watched like a site's content folder: a
// post another program adds shows in the list.
void tst_SiteIndex::plainFolderIsWatched()
{
    QTemporaryDir site;
    QVERIFY(write(site.filePath(QStringLiteral("first.md")), "---\ntitle: First\n---\n"));
    QVERIFY(write(site.filePath(QStringLiteral("notes/second.md")), "# Second\n"));
    const Result<SiteIndex> index = indexSite(site.path(), m_options);
    QVERIFY(index.ok());
    QCOMPARE(index.value().config().kind, SiteKind::Plain);
    SiteWatcher watcher;
    watcher.setDelay(20);
    watcher.setIndex(index.value(), m_options);
    QVERIFY(watcher.watchedPaths().contains(QDir::cleanPath(site.filePath(QStringLiteral("notes")))));
    QSignalSpy changed(&watcher, &SiteWatcher::indexChanged);
    QVERIFY(write(site.filePath(QStringLiteral("notes/third.md")), "---\ntitle: Third\n---\n"));
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 10000);
    QVERIFY(changed.last().at(1).toStringList().contains(QStringLiteral("notes/third.md")));
    QVERIFY(watcher.index().post(QStringLiteral("notes/third.md")));
}

void tst_SiteIndex::watcher_data()
{
    QTest::addColumn<QString>("action");
    QTest::newRow("added") << "added";
    QTest::newRow("changed in place") << "changed";
    QTest::newRow("removed") << "removed";
    QTest::newRow("added in a new folder") << "added-folder";
}

void tst_SiteIndex::watcher()
{
    QFETCH(QString, action);
    QTemporaryDir site;
    makeSite(site.path(), 3);
    const Result<SiteIndex> index = indexSite(site.path(), m_options);
    QVERIFY(index.ok());
    SiteWatcher watcher;
    watcher.setDelay(20);
    watcher.setIndex(index.value(), m_options);
    QSignalSpy changed(&watcher, &SiteWatcher::indexChanged);

    QString path;
    if (action == QLatin1String("added")) {
        path = QStringLiteral("content/posts/new.md");
        QVERIFY(write(site.filePath(path), "---\ntitle: New\ntags: [fresh]\n---\n"));
    } else if (action == QLatin1String("added-folder")) {
        path = QStringLiteral("content/other/deep/new.md");
        QVERIFY(write(site.filePath(path), "---\ntitle: Deep\n---\n"));
    } else if (action == QLatin1String("changed")) {
        path = QStringLiteral("content/posts/p1.md");
        QFile file(site.filePath(path));
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(0));
        file.write("---\ntitle: Rewritten in place\ntags: [fresh]\n---\n");
    } else {
        path = QStringLiteral("content/posts/p2.md");
        QVERIFY(QFile::remove(site.filePath(path)));
    }

    // A new folder is watched after the first change that shows it.
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 10000);
    if (action == QLatin1String("added-folder")) {
        QTRY_VERIFY_WITH_TIMEOUT(watcher.index().post(path), 10000);
        return;
    }
    const QList<QVariant> args = changed.last();
    const SiteIndex updated = args.at(0).value<SiteIndex>();
    const QStringList added = args.at(1).toStringList();
    const QStringList modified = args.at(2).toStringList();
    const QStringList removed = args.at(3).toStringList();
    if (action == QLatin1String("added")) {
        QCOMPARE(added, QStringList{path});
        QCOMPARE(updated.termCounts(QStringLiteral("tags")).value(QStringLiteral("fresh")), 1);
    } else if (action == QLatin1String("changed")) {
        QCOMPARE(modified, QStringList{path});
        QCOMPARE(updated.post(path)->title, QStringLiteral("Rewritten in place"));
    } else {
        QCOMPARE(removed, QStringList{path});
        QVERIFY(!updated.post(path));
    }
    QCOMPARE(watcher.index().posts().size(), updated.posts().size());
}

QTEST_GUILESS_MAIN(tst_SiteIndex)
#include "tst_siteindex.moc"
