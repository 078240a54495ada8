// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Replace in All Posts and its undo against hostile posts and sites (issue 17
// red team): line endings, links, read-only files, patterns.
#include "site/indexbuilder.h"
#include "site/siteeditjournal.h"
#include "site/sitereplace.h"
#include "text/textsearch.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace postwright;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

SiteIndex indexOf(const QString &root)
{
    if (!QFileInfo::exists(root + QStringLiteral("/hugo.toml")))
        writeAll(root + QStringLiteral("/hugo.toml"), "title = 'x'\n");
    Result<SiteIndex> index = indexSite(root);
    if (!index)
        qFatal("cannot index the fixture site");
    return index.value();
}

SearchQuery regexQuery(const QString &text, const QString &replacement)
{
    SearchQuery q;
    q.text = text;
    q.replacement = replacement;
    q.regex = true;
    return q;
}

QStringList allPaths(const SiteReplacePlan &plan)
{
    QStringList paths;
    for (const SiteReplaceFile &file : plan.files)
        paths.append(file.path);
    return paths;
}

} // namespace

class tst_SiteReplaceHostile final : public QObject
{
    Q_OBJECT

private slots:
    void dotNeverEatsALineBreak();
    void symlinksAndReadOnly();
    void undecodablePostsAreProblemsAndUntouched();
    void undoTwiceAndAfterRename();
    void backtrackingIsBounded();
    void exponentialPatternsEndInTheEditorsText();
    void hugeSiteApply();
};

// A regex ".*" in a CRLF (or CR) post must not take the CR with the match:
// the editor's find bar never sees it, and the line ending would be lost.
void tst_SiteReplaceHostile::dotNeverEatsALineBreak()
{
    QTemporaryDir dir;
    const QString crlf = dir.filePath(QStringLiteral("content/posts/crlf.md"));
    const QString cr = dir.filePath(QStringLiteral("content/posts/cr.md"));
    writeAll(crlf, "---\r\ntitle: a\r\n---\r\nTODO: fix this\r\nkeep\r\nTODO: and that\r\n");
    writeAll(cr, "---\rtitle: b\r---\rTODO: fix this\rkeep\r");
    const SiteIndex index = indexOf(dir.path());
    const SiteReplacePlan plan = planSiteReplace(index, regexQuery(QStringLiteral("TODO.*"), QStringLiteral("DONE")));
    QCOMPARE(plan.totalMatches(), 3);
    const SiteReplaceReport report = applySiteReplace(index.config(), plan, allPaths(plan));
    QCOMPARE(report.written.size(), 2);
    QCOMPARE(readAll(crlf), QByteArray("---\r\ntitle: a\r\n---\r\nDONE\r\nkeep\r\nDONE\r\n"));
    QCOMPARE(readAll(cr), QByteArray("---\rtitle: b\r---\rDONE\rkeep\r"));
    // "$" is the end of the line's text, before its CR, as in the editor.
    const SiteIndex again = indexOf(dir.path());
    const SiteReplacePlan ends = planSiteReplace(again, regexQuery(QStringLiteral("E$"), QStringLiteral("E.")));
    applySiteReplace(again.config(), ends, allPaths(ends));
    QCOMPARE(readAll(crlf), QByteArray("---\r\ntitle: a\r\n---\r\nDONE\r\nkeep\r\nDONE.\r\n"));
    // A line break in the replacement is the post's own (CRLF), as the editor saves it.
    const SiteIndex third = indexOf(dir.path());
    const SiteReplacePlan split = planSiteReplace(third, regexQuery(QStringLiteral("keep"), QStringLiteral("one\\ntwo")));
    applySiteReplace(third.config(), split, allPaths(split));
    QCOMPARE(readAll(crlf), QByteArray("---\r\ntitle: a\r\n---\r\nDONE\r\none\r\ntwo\r\nDONE.\r\n"));
    QCOMPARE(readAll(cr), QByteArray("---\rtitle: b\r---\rDONE\rone\rtwo\r"));
}

void tst_SiteReplaceHostile::symlinksAndReadOnly()
{
    QTemporaryDir dir;
    QTemporaryDir outside;
    const QString site = dir.filePath(QStringLiteral("site"));
    const QByteArray post = "---\ntitle: a\n---\nThe cat sat.\n";
    writeAll(site + QStringLiteral("/content/posts/real.md"), post);
    writeAll(outside.filePath(QStringLiteral("foreign.md")), post);
    QVERIFY(QFile::link(outside.filePath(QStringLiteral("foreign.md")), site + QStringLiteral("/content/posts/out.md")));
    QVERIFY(QFile::link(site + QStringLiteral("/content/posts/real.md"), site + QStringLiteral("/content/posts/alias.md")));
    writeAll(outside.filePath(QStringLiteral("folder/far.md")), post);
    QDir().mkpath(site + QStringLiteral("/content/posts"));
    QVERIFY(QFile::link(outside.filePath(QStringLiteral("folder")), site + QStringLiteral("/content/posts/linked")));
    writeAll(site + QStringLiteral("/content/posts/locked.md"), post);
    QFile::setPermissions(site + QStringLiteral("/content/posts/locked.md"), QFile::ReadOwner | QFile::ReadUser);
    const SiteIndex index = indexOf(site);
    SearchQuery q = regexQuery(QStringLiteral("cat"), QStringLiteral("cats"));
    const SiteReplacePlan plan = planSiteReplace(index, q);
    const SiteReplaceReport report = applySiteReplace(index.config(), plan, allPaths(plan));
    // Outside the site: never written.
    QCOMPARE(readAll(outside.filePath(QStringLiteral("foreign.md"))), post);
    QCOMPARE(readAll(outside.filePath(QStringLiteral("folder/far.md"))), post);
    // Read-only: left as it is, and said so.
    QCOMPARE(readAll(site + QStringLiteral("/content/posts/locked.md")), post);
    // The link inside the site and its file: replaced once, the link stays a link.
    QCOMPARE(readAll(site + QStringLiteral("/content/posts/real.md")), QByteArray("---\ntitle: a\n---\nThe cats sat.\n"));
    QVERIFY(QFileInfo(site + QStringLiteral("/content/posts/alias.md")).isSymLink());
    QVERIFY(QFileInfo(site + QStringLiteral("/content/posts/out.md")).isSymLink());
    qInfo() << "written" << report.written << "changedSince" << report.changedSince.size() << "failed" << report.failed.size();
    for (const Error &e : report.failed + report.changedSince)
        qInfo() << e.toString();
    QCOMPARE(report.written.size(), 1);
    QVERIFY(report.failed.size() + report.changedSince.size() >= 2);
}

void tst_SiteReplaceHostile::undecodablePostsAreProblemsAndUntouched()
{
    QTemporaryDir dir;
    const QByteArray latin1 = "---\ntitle: caf\xE9\n---\nLe caf\xE9 cat.\n";
    const QByteArray bad = "---\ntitle: x\n---\ncat \xFF\xFE cat\n";
    writeAll(dir.filePath(QStringLiteral("content/posts/latin1.md")), latin1);
    writeAll(dir.filePath(QStringLiteral("content/posts/bad.md")), bad);
    writeAll(dir.filePath(QStringLiteral("content/posts/bom.md")), "\xEF\xBB\xBF---\ntitle: y\n---\ncat\n");
    const SiteIndex index = indexOf(dir.path());
    const SiteReplacePlan plan = planSiteReplace(index, regexQuery(QStringLiteral("cat"), QStringLiteral("dog")));
    QCOMPARE(allPaths(plan), QStringList{QStringLiteral("content/posts/bom.md")});
    QCOMPARE(plan.problems.size(), 2);
    applySiteReplace(index.config(), plan, {QStringLiteral("content/posts/latin1.md"), QStringLiteral("content/posts/bad.md"),
                                            QStringLiteral("content/posts/bom.md")});
    QCOMPARE(readAll(dir.filePath(QStringLiteral("content/posts/latin1.md"))), latin1);
    QCOMPARE(readAll(dir.filePath(QStringLiteral("content/posts/bad.md"))), bad);
    QCOMPARE(readAll(dir.filePath(QStringLiteral("content/posts/bom.md"))), QByteArray("\xEF\xBB\xBF---\ntitle: y\n---\ndog\n"));
    // UTF-16 with its BOM and CRLF stays so.
    const auto utf16 = [](const QString &text) {
        QByteArray bytes("\xFF\xFE", 2);
        for (const QChar c : text)
            bytes += char(c.unicode() & 0xFF), bytes += char(c.unicode() >> 8);
        return bytes;
    };
    const QString wide = dir.filePath(QStringLiteral("content/posts/wide.md"));
    writeAll(wide, utf16(QStringLiteral("---\r\ntitle: w\r\n---\r\nA cat, \u00e9t\u00e9.\r\n")));
    const SiteIndex again = indexOf(dir.path());
    const SiteReplacePlan widePlan = planSiteReplace(again, regexQuery(QStringLiteral("cat.*"), QStringLiteral("dog")));
    QCOMPARE(widePlan.totalMatches(), 1);
    applySiteReplace(again.config(), widePlan, allPaths(widePlan));
    QCOMPARE(readAll(wide), utf16(QStringLiteral("---\r\ntitle: w\r\n---\r\nA dog\r\n")));
}

void tst_SiteReplaceHostile::undoTwiceAndAfterRename()
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("content/posts/a.md"));
    const QString b = dir.filePath(QStringLiteral("content/posts/b.md"));
    const QByteArray original = "---\ntitle: a\n---\ncat\n";
    writeAll(a, original);
    writeAll(b, original);
    SiteEditJournal journal;
    SiteIndex index = indexOf(dir.path());
    SiteReplacePlan plan = planSiteReplace(index, regexQuery(QStringLiteral("cat"), QStringLiteral("dog")));
    journal.record(QStringLiteral("one"), applySiteReplace(index.config(), plan, allPaths(plan)).edits);
    index = indexOf(dir.path());
    plan = planSiteReplace(index, regexQuery(QStringLiteral("dog"), QStringLiteral("cow")));
    journal.record(QStringLiteral("two"), applySiteReplace(index.config(), plan, allPaths(plan)).edits);
    // b.md is renamed, and another file takes its name.
    const QString moved = dir.filePath(QStringLiteral("content/posts/moved.md"));
    QVERIFY(QFile::rename(b, moved));
    const QByteArray stranger = "---\ntitle: new\n---\ncow\n";
    writeAll(b, stranger);
    SiteUndoReport undone = journal.undo(index.config());
    QCOMPARE(undone.restored, QStringList{QStringLiteral("content/posts/a.md")});
    QCOMPARE(undone.leftAlone.size(), 1);
    QCOMPARE(readAll(b), stranger);
    QCOMPARE(readAll(moved), QByteArray("---\ntitle: a\n---\ncow\n"));
    undone = journal.undo(index.config());
    QCOMPARE(readAll(a), original);
    QCOMPARE(readAll(b), stranger);
    QVERIFY(!journal.canUndo());
    QVERIFY(journal.undo(index.config()).label.isEmpty());
}

// Patterns with no end of backtracking, or matching the empty string at
// every place, over a large site: the plan ends, and cancel is seen.
void tst_SiteReplaceHostile::backtrackingIsBounded()
{
    QTemporaryDir dir;
    QByteArray body;
    for (int i = 0; i < 2000; ++i)
        body += QByteArray(40, 'a') + "!\n";
    for (int i = 0; i < 20; ++i)
        writeAll(dir.filePath(QStringLiteral("content/posts/p%1.md").arg(i)), "---\ntitle: t\n---\n" + body);
    const SiteIndex index = indexOf(dir.path());
    for (const QString &pattern : {QStringLiteral("(a+)+$"), QStringLiteral("(a|aa)*b"), QStringLiteral("a*"), QStringLiteral("^")}) {
        QElapsedTimer timer;
        timer.start();
        const SiteReplacePlan plan = planSiteReplace(index, regexQuery(pattern, QStringLiteral("x")));
        qInfo() << pattern << "took" << timer.elapsed() << "ms, matches" << plan.totalMatches();
        // Empty matches are no matches; "a*" finds each run of a once.
        QCOMPARE(plan.totalMatches(), pattern == QLatin1String("a*") ? 40000 : 0);
    }
}

// The find bar's search (on the GUI thread) over a post where these
// patterns backtrack exponentially: without a bound each took a minute or
// more (the window froze); bounded, the search ends at once.
void tst_SiteReplaceHostile::exponentialPatternsEndInTheEditorsText()
{
    QString xs;   // runs of x each too short for PCRE2's own limit
    while (xs.size() < 150000)
        xs += QString(20, QLatin1Char('x')) + QLatin1Char('.');
    QString prose;   // words, and no x anywhere
    while (prose.size() < 90000)
        prose += QStringLiteral("the lazy dog sleeps on the warm mat by the door ");
    // What the patterns need is there, at the end: PCRE2 does not give up
    // before it tries.
    xs += QLatin1Char('y');
    prose += QStringLiteral(".x");
    const std::pair<QString, const QString *> cases[] = {
        {QStringLiteral("(x+x+)+y"), &xs}, {QStringLiteral("(\\w+\\s?)+x"), &prose}, };
    for (const auto &[pattern, text] : cases) {
        QElapsedTimer timer;
        timer.start();
        SearchQuery query;
        query.text = pattern;
        query.regex = true;
        const TextMatches found = findMatches(*text, searchPattern(query), 100000);
        qInfo() << pattern << "took" << timer.elapsed() << "ms," << found.matches.size() << "matches";
        QCOMPARE(found.matches.size(), 0);
        // ...and says so: "no matches" would be a lie.
        QVERIFY(found.gaveUp);
    }
}

// A site of PW_HUGE_POSTS posts (run by hand; 0 skips): how long the apply,
// which runs on the GUI thread, takes.
void tst_SiteReplaceHostile::hugeSiteApply()
{
    const int posts = qEnvironmentVariableIntValue("PW_HUGE_POSTS");
    if (posts == 0)
        QSKIP("set PW_HUGE_POSTS to measure");
    QTemporaryDir dir(QStringLiteral("/work/wt-rt17/build/hugeXXXXXX"));
    for (int i = 0; i < posts; ++i)
        writeAll(dir.filePath(QStringLiteral("content/posts/p%1.md").arg(i)), "---\ntitle: t\n---\nThe cat sat.\n");
    const SiteIndex index = indexOf(dir.path());
    QElapsedTimer timer;
    timer.start();
    const SiteReplacePlan plan = planSiteReplace(index, regexQuery(QStringLiteral("cat"), QStringLiteral("dog")));
    const qint64 planned = timer.restart();
    const SiteReplaceReport report = applySiteReplace(index.config(), plan, allPaths(plan));
    qInfo() << posts << "posts: plan" << planned << "ms, apply" << timer.elapsed() << "ms, written" << report.written.size();
}

QTEST_GUILESS_MAIN(tst_SiteReplaceHostile)
#include "tst_sitereplacehostile.moc"
