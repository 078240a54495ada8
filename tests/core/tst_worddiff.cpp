// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The History view's diffs (issue 16): text by words (dtl), a post's front
// matter by key; the merge view's answers written into the post; conflict
// markers another tool left; a new repository's .gitignore.
#include "site/siteconfig.h"
#include "text/worddiff.h"
#include "vcs/gitinit.h"
#include "vcs/gitrepository.h"
#include "vcs/postdiff.h"
#include "vcs/postresolve.h"
#include "support/postfixture.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace postwright;
using Kind = DiffSegment::Kind;

class tst_WordDiff final : public QObject
{
    Q_OBJECT

private slots:
    void changedWordsOnly();
    void segmentsRebuildBothTexts_data();
    void segmentsRebuildBothTexts();
    void htmlMarksChanges();
    void postDiffByKeyAndWords();
    void addedPostHasEveryKey();
    void resolveTakesEachChoice();
    void resolveKeepsCrlf();
    void markersParsedAndResolved();
    void newRepositoryIgnoresGeneratorOutput();
};

namespace {

QString side(const QList<DiffSegment> &segments, Kind skipped)
{
    QString text;
    for (const DiffSegment &segment : segments) {
        if (segment.kind != skipped)
            text += segment.text;
    }
    return text;
}

const QByteArray &base = postwright::testing::nightSkyPost;
using postwright::testing::edited;

} // namespace

void tst_WordDiff::changedWordsOnly()
{
    const QList<DiffSegment> diff = wordDiff(u"The quick brown fox jumps.", u"The quick red fox leaps.");
    const QList<DiffSegment> expected = {{Kind::Same, QStringLiteral("The quick ")},
                                         {Kind::Removed, QStringLiteral("brown")},
                                         {Kind::Added, QStringLiteral("red")},
                                         {Kind::Same, QStringLiteral(" fox ")},
                                         {Kind::Removed, QStringLiteral("jumps")},
                                         {Kind::Added, QStringLiteral("leaps")},
                                         {Kind::Same, QStringLiteral(".")}};
    QCOMPARE(diff, expected);
    QCOMPARE(wordDiff(u"same text", u"same text"), (QList<DiffSegment>{{Kind::Same, QStringLiteral("same text")}}));
    // A word is never cut: "don't" and "über" change whole.
    const QList<DiffSegment> words = wordDiff(u"I don't know über", u"I do not know unter");
    QVERIFY(words.contains(DiffSegment{Kind::Removed, QStringLiteral("don't")}));
    QVERIFY(words.contains(DiffSegment{Kind::Removed, QStringLiteral("über")}));
}

void tst_WordDiff::segmentsRebuildBothTexts_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::newRow("empty before") << QString() << QStringLiteral("New post.\n");
    QTest::newRow("empty after") << QStringLiteral("Gone.\n") << QString();
    QTest::newRow("lines") << QStringLiteral("One.\n\nTwo three.\n") << QStringLiteral("One.\n\nTwo, three and four.\n\nFive.\n");
    QTest::newRow("emoji") << QStringLiteral("Stars 🌟 tonight") << QStringLiteral("Stars 🌠 tonight");
    QTest::newRow("code") << QStringLiteral("```\nx = 1\n```\n") << QStringLiteral("```\nx = 2\n```\n");
}

void tst_WordDiff::segmentsRebuildBothTexts()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    const QList<DiffSegment> diff = wordDiff(before, after);
    QCOMPARE(side(diff, Kind::Added), before);
    QCOMPARE(side(diff, Kind::Removed), after);
    for (qsizetype i = 1; i < diff.size(); ++i)
        QVERIFY(diff[i].kind != diff[i - 1].kind);
}

void tst_WordDiff::htmlMarksChanges()
{
    const QString html = wordDiffHtml(wordDiff(u"a <b> c\nd", u"a <i> c\nd"));
    QVERIFY(html.contains(QStringLiteral("line-through\">b</span>")));
    QVERIFY(html.contains(QStringLiteral("&lt;")));
    QVERIFY(html.contains(QStringLiteral("<br>")));
}

void tst_WordDiff::postDiffByKeyAndWords()
{
    const QByteArray after = edited(edited(base, "\"Night sky\"", "\"Dark sky\""), "The second", "The last");
    const PostDiff diff = diffPostVersions(base, after);
    QCOMPARE(diff.keys.size(), 1);
    QCOMPARE(diff.keys[0].key, QStringLiteral("title"));
    QCOMPARE(diff.keys[0].before, std::optional<QString>(QStringLiteral("Night sky")));
    QCOMPARE(diff.keys[0].after, std::optional<QString>(QStringLiteral("Dark sky")));
    QVERIFY(diff.bodyChanged);
    QVERIFY(diff.body.contains(DiffSegment{Kind::Removed, QStringLiteral("second")}));
    QVERIFY(diff.body.contains(DiffSegment{Kind::Added, QStringLiteral("last")}));

    const PostDiff tagsOnly = diffPostVersions(base, edited(base, "[astro, night]", "[astro]"));
    QCOMPARE(tagsOnly.keys.size(), 1);
    QCOMPARE(tagsOnly.keys[0].before, std::optional<QString>(QStringLiteral("astro, night")));
    QCOMPARE(tagsOnly.keys[0].after, std::optional<QString>(QStringLiteral("astro")));
    QVERIFY(!tagsOnly.bodyChanged);
}

void tst_WordDiff::addedPostHasEveryKey()
{
    const PostDiff diff = diffPostVersions(QByteArray(), base);
    QCOMPARE(diff.keys.size(), 3);
    QVERIFY(!diff.keys[0].before);
    QVERIFY(diff.bodyChanged);
}

void tst_WordDiff::resolveTakesEachChoice()
{
    const QByteArray ours = edited(edited(edited(base, "\"Night sky\"", "\"Ours\""), "The first paragraph.", "Our first."), "draft: false", "draft: true");
    const QByteArray theirs = edited(edited(base, "\"Night sky\"", "\"Theirs\""), "The first paragraph.", "Their first.");
    const Result<PostMergeResult> merged = mergePost(base, ours, theirs);
    QVERIFY(merged);
    QCOMPARE(merged.value().conflicts.size(), 2);
    QCOMPARE(merged.value().conflicts[0].kind, MergeConflict::Kind::Key);

    const Result<QByteArray> mine = resolvePostMerge(base, ours, theirs, {{}, {}});
    QVERIFY(mine);
    QCOMPARE(mine.value(), ours);

    const Result<QByteArray> theirsChosen = resolvePostMerge(base, ours, theirs, {{MergeChoice::Side::Theirs, {}}, {MergeChoice::Side::Theirs, {}}});
    QVERIFY(theirsChosen);
    // Their title and text; our draft change (no conflict) stays.
    QCOMPARE(theirsChosen.value(), edited(theirs, "draft: false", "draft: true"));

    const Result<QByteArray> editedChoice = resolvePostMerge(
        base, ours, theirs, {{MergeChoice::Side::Edited, QStringLiteral("Both")}, {MergeChoice::Side::Edited, QStringLiteral("A merged first.")}});
    QVERIFY(editedChoice);
    QCOMPARE(editedChoice.value(), edited(edited(ours, "\"Ours\"", "\"Both\""), "Our first.", "A merged first."));
    QVERIFY(!editedChoice.value().contains("<<<<<<<"));

    QVERIFY(!resolvePostMerge(base, ours, theirs, {{}}));  // a choice short: refused
}

void tst_WordDiff::resolveKeepsCrlf()
{
    const auto crlf = [](QByteArray text) { return text.replace("\n", "\r\n"); };
    const QByteArray ours = crlf(edited(base, "The second paragraph.", "Ours second."));
    const QByteArray theirs = crlf(edited(base, "The second paragraph.", "Theirs second."));
    const Result<QByteArray> resolved = resolvePostMerge(crlf(base), ours, theirs, {{MergeChoice::Side::Theirs, {}}});
    QVERIFY(resolved);
    QCOMPARE(resolved.value(), theirs);
}

void tst_WordDiff::markersParsedAndResolved()
{
    const QString text = QStringLiteral("---\ntitle: A\n---\n\nIntro.\n"
                                        "<<<<<<< HEAD\nMine here.\n||||||| base\nOld.\n=======\nTheirs here.\n>>>>>>> origin/main\n"
                                        "Outro.\n");
    const QList<MarkerConflict> conflicts = markerConflicts(text);
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts[0].line, 6);
    QCOMPARE(conflicts[0].ours, QStringLiteral("Mine here.\n"));
    QCOMPARE(conflicts[0].base, std::optional<QString>(QStringLiteral("Old.\n")));
    QCOMPARE(conflicts[0].theirs, QStringLiteral("Theirs here.\n"));
    QCOMPARE(resolveMarkerConflicts(text, conflicts, {{MergeChoice::Side::Theirs, {}}}),
             QStringLiteral("---\ntitle: A\n---\n\nIntro.\nTheirs here.\nOutro.\n"));
    QCOMPARE(resolveMarkerConflicts(text, conflicts, {{MergeChoice::Side::Edited, QStringLiteral("Both.\n")}}),
             QStringLiteral("---\ntitle: A\n---\n\nIntro.\nBoth.\nOutro.\n"));
    // A setext heading's "=======" alone is no conflict.
    QVERIFY(markerConflicts(QStringLiteral("Title\n=======\n\nText.\n")).isEmpty());
}

void tst_WordDiff::newRepositoryIgnoresGeneratorOutput()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile config(dir.filePath(QStringLiteral("hugo.toml")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("title = \"Blog\"\n");
    config.close();
    QFile ignore(dir.filePath(QStringLiteral(".gitignore")));
    QVERIFY(ignore.open(QIODevice::WriteOnly));
    ignore.write("/public/\n*.swp");
    ignore.close();
    const Result<SiteConfig> site = detectSite(dir.path());
    QVERIFY(site);
    QCOMPARE(site.value().kind, SiteKind::Hugo);
    QVERIFY(!GitRepository::open(dir.path()));
    QVERIFY(makeSiteRepository(site.value()));
    const Result<GitRepository> repository = GitRepository::open(dir.path());
    QVERIFY(repository);
    QCOMPARE(repository.value().branch().value().name, QStringLiteral("main"));
    QVERIFY(ignore.open(QIODevice::ReadOnly));
    QCOMPARE(ignore.readAll(), QByteArray("/public/\n*.swp\n/resources/_gen/\n.hugo_build.lock\n"));
    // Generated files are not changes to publish.
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("public")));
    QFile page(dir.filePath(QStringLiteral("public/index.html")));
    QVERIFY(page.open(QIODevice::WriteOnly));
    page.write("<html></html>");
    page.close();
    const Result<QList<GitFileStatus>> status = repository.value().status(dir.path());
    QVERIFY(status);
    for (const GitFileStatus &file : status.value())
        QVERIFY2(!file.path.startsWith(QLatin1String("public/")), qPrintable(file.path));
    QVERIFY(!makeSiteRepository(site.value()));  // once only
}

QTEST_GUILESS_MAIN(tst_WordDiff)
#include "tst_worddiff.moc"
