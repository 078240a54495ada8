// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "doctor/postdoctor.h"
#include "markdown/postlink.h"
#include "post/post.h"
#include "site/indexbuilder.h"
#include "site/siteindex.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace postwright;
using namespace postwright::markdown;

namespace {

void write(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

QByteArray hugoPost(const char *title, const QByteArray &body = {})
{
    return QByteArray("---\ntitle: \"") + title + "\"\ndate: 2024-01-01\n---\n" + body;
}

// The doctor's link findings (broken links and refs) of the post at path.
QStringList linkFindings(const QString &path)
{
    const Result<Post> post = Post::load(path);
    if (!post)
        return {QStringLiteral("unreadable")};
    QStringList found;
    for (const Finding &finding : checkPost(post.value(), checkContextFor(path))) {
        if (finding.code.startsWith(QLatin1String("broken")) || finding.code == QLatin1String("not-published"))
            found.append(finding.code + QLatin1String(": ") + finding.message);
    }
    return found;
}

} // namespace

class TestPostLink final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_hugo = m_dir.filePath(QStringLiteral("hugo"));
        write(m_hugo + "/hugo.toml", "baseURL = 'https://example.org/'\ntitle = 'Blog'\n");
        write(m_hugo + "/content/_index.md", hugoPost("Home"));
        write(m_hugo + "/content/posts/first-post.md", hugoPost("First post"));
        write(m_hugo + "/content/posts/second-post.md", hugoPost("Second post"));
        write(m_hugo + "/content/posts/my trip (2024)/index.md", hugoPost("A [trip]"));
        write(m_hugo + "/content/notes/note.md", hugoPost("Postscript"));
        const Result<SiteIndex> index = indexSite(m_hugo);
        QVERIFY(index);
        m_index = std::make_unique<SiteIndex>(index.value());
    }

    void relativeLinks_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("url");
        QTest::newRow("same folder") << "content/posts/first-post.md" << "content/posts/second-post.md" << "second-post.md";
        QTest::newRow("other folder") << "content/notes/note.md" << "content/posts/second-post.md" << "../posts/second-post.md";
        QTest::newRow("bundle, spaces and parentheses encoded") << "content/posts/first-post.md"
                                                               << "content/posts/my trip (2024)/index.md"
                                                               << "my%20trip%20%282024%29/index.md";
    }
    void relativeLinks()
    {
        QFETCH(QString, from);
        QFETCH(QString, target);
        QFETCH(QString, url);
        const SiteConfig &config = m_index->config();
        QCOMPARE(postLinkUrl(config, config.absolutePath(from), target, PostLinkStyle::Relative), url);
    }

    void unsavedPostHasNoRelativeLink()
    {
        QVERIFY(!postLinkUrl(m_index->config(), {}, QStringLiteral("content/posts/second-post.md"), PostLinkStyle::Relative));
        QCOMPARE(postLinkUrl(m_index->config(), {}, QStringLiteral("content/posts/second-post.md"), PostLinkStyle::HugoRef),
                 QStringLiteral("{{< ref \"/posts/second-post.md\" >}}"));
    }

    // The links inserted are ones the doctor follows to the post; a link to
    // nothing, written the same way, is reported.
    void doctorAcceptsInsertedLinks()
    {
        const SiteConfig &config = m_index->config();
        const QString from = config.absolutePath(QStringLiteral("content/notes/note.md"));
        QString body;
        for (const PostLinkStyle style : {PostLinkStyle::Relative, PostLinkStyle::HugoRef, PostLinkStyle::HugoRelref}) {
            for (const char *target : {"content/posts/second-post.md", "content/posts/my trip (2024)/index.md"}) {
                const auto url = postLinkUrl(config, from, QString::fromUtf8(target), style);
                QVERIFY(url);
                body += postLinkMarkdown(QStringLiteral("A [trip]"), *url) + QStringLiteral("\n\n");
            }
        }
        write(from, hugoPost("Postscript", body.toUtf8()));
        QCOMPARE(linkFindings(from), QStringList());
        write(from, hugoPost("Postscript", "[a](../posts/none.md)\n\n[b]({{< ref \"/posts/none.md\" >}})\n"));
        QCOMPARE(linkFindings(from).size(), 2);
    }

    void jekyllFallsBackToRelative()
    {
        const QString root = m_dir.filePath(QStringLiteral("jekyll"));
        write(root + "/_config.yml", "title: Blog\n");
        write(root + "/_posts/2024-01-01-first.md", "---\ntitle: First\n---\n");
        write(root + "/_posts/2024-02-01-second.md", "---\ntitle: Second\n---\n");
        const Result<SiteIndex> index = indexSite(root);
        QVERIFY(index);
        const QString from = root + "/_posts/2024-01-01-first.md";
        const auto url = postLinkUrl(index.value().config(), from, QStringLiteral("_posts/2024-02-01-second.md"),
                                     PostLinkStyle::HugoRef);
        QCOMPARE(url, QStringLiteral("2024-02-01-second.md"));
        write(from, "---\ntitle: First\n---\n" + postLinkMarkdown(QStringLiteral("Second"), *url).toUtf8() + "\n");
        QCOMPARE(linkFindings(from), QStringList());
    }

    void markdownEscapesTitle()
    {
        QCOMPARE(postLinkMarkdown(QStringLiteral("A [trip] \\ there"), QStringLiteral("t.md")),
                 QStringLiteral("[A \\[trip\\] \\\\ there](t.md)"));
        // Red team: raw HTML in a title would be dropped from the link's
        // text by the renderer; a block-scalar title's line breaks would end it.
        QCOMPARE(postLinkMarkdown(QStringLiteral("Why <div> fails\n\nin <b>Hugo</b>"), QStringLiteral("t.md")),
                 QStringLiteral("[Why \\<div> fails in \\<b>Hugo\\</b>](t.md)"));
    }

    void matching_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("titles");
        QTest::newRow("prefix") << "Sec" << QStringList{"Second post"};
        QTest::newRow("prefix, word, then path") << "post" << QStringList{"Postscript", "Second post", "A [trip]"};
        QTest::newRow("anywhere") << "cond" << QStringList{"Second post"};
        QTest::newRow("by path") << "my trip" << QStringList{"A [trip]"};
        QTest::newRow("section pages and the post itself left out") << "first" << QStringList{};
        QTest::newRow("nothing") << "zzz" << QStringList{};
    }
    void matching()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, titles);
        QStringList found;
        for (const qsizetype i : matchPosts(m_index->posts(), typed, QStringLiteral("content/posts/first-post.md"), 20))
            found.append(m_index->posts().at(i).title);
        QCOMPARE(found, titles);
    }

    void typedQuery_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("bracket");   // -1: no query
        QTest::addColumn<QString>("text");
        QTest::newRow("two characters") << "See [Se" << 4 << "Se";
        QTest::newRow("words") << "[My po" << 0 << "My po";
        QTest::newRow("one character is not enough") << "See [S" << -1 << "";
        QTest::newRow("task box") << "- [x] done" << -1 << "";
        QTest::newRow("open task box") << "- [ ] to" << -1 << "";
        QTest::newRow("footnote") << "text[^no" << -1 << "";
        QTest::newRow("image") << "![Se" << -1 << "";
        QTest::newRow("escaped") << "\\[Se" << -1 << "";
        QTest::newRow("escaped backslash") << "\\\\[Se" << 2 << "Se";
        QTest::newRow("closed") << "[Se] and" << -1 << "";
        QTest::newRow("in a code span") << "`a[Se` b" << -1 << "";
        QTest::newRow("in a code span being typed") << "run `a[Se" << -1 << "";
        QTest::newRow("after a code span") << "`a` [Se" << 4 << "Se";
        QTest::newRow("the last bracket") << "[a](b) [Sec" << 7 << "Sec";
    }
    void typedQuery()
    {
        QFETCH(QString, line);
        QFETCH(int, bracket);
        QFETCH(QString, text);
        const std::optional<PostLinkQuery> query = postLinkQuery(line);
        QCOMPARE(query.has_value(), bracket >= 0);
        if (query) {
            QCOMPARE(query->bracket, bracket);
            QCOMPARE(query->text, text);
        }
    }

private:
    QTemporaryDir m_dir;
    QString m_hugo;
    std::unique_ptr<SiteIndex> m_index;
};

QTEST_GUILESS_MAIN(TestPostLink)
#include "tst_postlink.moc"
