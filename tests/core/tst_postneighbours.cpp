// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/postneighbours.h"
#include "site/postrecord.h"

#include <QSet>
#include <QThreadPool>

#include <algorithm>
#include <QtTest/QTest>

using postwright::NeighbourLink;
using postwright::PostNeighbourIndex;
using postwright::PostNeighbours;
using postwright::PostRecord;

namespace {

// n posts, newest first, each with a few of tagCount tags (the same ones
// for the same seed).
QList<PostRecord> posts(int n, int tagCount)
{
    QList<PostRecord> records(n);
    quint32 seed = 7;
    const auto next = [&seed] {
        seed = seed * 1103515245u + 12345u;
        return (seed >> 16) & 0x7fff;
    };
    for (int i = 0; i < n; ++i) {
        records[i].path = QStringLiteral("content/posts/p%1.md").arg(i);
        records[i].title = QStringLiteral("Post %1").arg(i);
        QStringList tags;
        for (quint32 t = next() % 4; t > 0; --t)
            tags.append(QStringLiteral("Tag %1").arg(next() % quint32(tagCount)));
        records[i].terms.insert(QStringLiteral("tags"), tags);
    }
    return records;
}

QList<const PostRecord *> pointers(const QList<PostRecord> &records)
{
    QList<const PostRecord *> list;
    for (const PostRecord &record : records)
        list.append(&record);
    return list;
}

QString urlOf(const PostRecord &record)
{
    return QLatin1Char('/') + record.path.section(QLatin1Char('/'), -1).chopped(3) + QLatin1Char('/');
}

// Post i's related posts counted the slow way: every other post, its
// shared tags, most first, then the newer; at most maxRelated.
QStringList relatedTheSlowWay(const QList<PostRecord> &records, qsizetype i)
{
    const auto tagsOf = [&](qsizetype k) {
        QSet<QString> tags;
        for (const QString &tag : records.at(k).tags())
            tags.insert(tag.simplified().toCaseFolded());
        return tags;
    };
    const QSet<QString> own = tagsOf(i);
    QList<std::pair<int, qsizetype>> shared;   // (-shared, position)
    for (qsizetype k = 0; k < records.size(); ++k) {
        if (k != i) {
            if (const int n = int(QSet<QString>(own).intersect(tagsOf(k)).size()); n > 0)
                shared.append({-n, k});
        }
    }
    std::sort(shared.begin(), shared.end());
    QStringList titles;
    for (qsizetype j = 0; j < std::min<qsizetype>(shared.size(), PostNeighbourIndex::maxRelated); ++j)
        titles.append(records.at(shared.at(j).second).title);
    return titles;
}

QStringList relatedTitles(const PostNeighbours &neighbours)
{
    QStringList titles;
    for (const NeighbourLink &link : neighbours.related)
        titles.append(link.title);
    return titles;
}

} // namespace

class TestPostNeighbours : public QObject
{
    Q_OBJECT

private slots:
    // Most shared tags first, then the newer post; tags compared without
    // case or extra spaces; a post is not its own relation.
    void relatedByTagsSharedThenNewest()
    {
        QList<PostRecord> records(5);
        const QList<QStringList> tags{{"go", "web"}, {"GO"}, {"web", " go "}, {"rust"}, {"go"}};
        for (int i = 0; i < 5; ++i) {
            records[i].path = QStringLiteral("content/posts/p%1.md").arg(i);
            records[i].title = QStringLiteral("Post %1").arg(i);
            records[i].terms.insert(QStringLiteral("tags"), tags.at(i));
        }
        const PostNeighbourIndex index(pointers(records), urlOf);
        QCOMPARE(relatedTitles(index.of(records.at(0).path)), (QStringList{"Post 2", "Post 1", "Post 4"}));
        QCOMPARE(relatedTitles(index.of(records.at(3).path)), QStringList());
        QCOMPARE(index.of(records.at(1).path).newer->title, QStringLiteral("Post 0"));
        QCOMPARE(index.of(records.at(1).path).older->title, QStringLiteral("Post 2"));
    }

    // A site of thousands of posts, worked out a span of posts at a time,
    // on one thread and on a pool's: each post's related posts are the
    // ones counting every pair of posts gives.
    void largeSiteOnOneThreadAndOnAPool()
    {
        const QList<PostRecord> records = posts(1500, 40);
        const PostNeighbourIndex alone(pointers(records), urlOf);
        QThreadPool pool;
        pool.setMaxThreadCount(4);
        const PostNeighbourIndex shared(pointers(records), urlOf, &pool);
        int withRelated = 0;
        for (qsizetype i = 0; i < records.size(); ++i) {
            const QStringList expected = relatedTheSlowWay(records, i);
            QCOMPARE(relatedTitles(alone.of(records.at(i).path)), expected);
            QCOMPARE(relatedTitles(shared.of(records.at(i).path)), expected);
            QCOMPARE(shared.of(records.at(i).path).key, alone.of(records.at(i).path).key);
            withRelated += expected.isEmpty() ? 0 : 1;
        }
        QVERIFY(withRelated > 1000);
    }
};

QTEST_GUILESS_MAIN(TestPostNeighbours)
#include "tst_postneighbours.moc"
