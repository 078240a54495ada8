// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "site/indexbuilder.h"
#include "site/siteeditjournal.h"
#include "site/sitereplace.h"
#include "site/termedit.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

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

// A Hugo site whose posts keep a BOM, CRLF, TOML and flow lists: what a
// lossless writer must not touch.
const QByteArray crlfPost = "\xEF\xBB\xBF---\r\ntitle: \"Old cat news\"\r\ntags: [cat, news]\r\n---\r\n\r\nThe cat sat.\r\nA Cat again: cat!\r\n";
const QByteArray tomlPost = "+++\ntitle = 'cat food'\ntags = [\"cat\"]\n+++\nNo felines here, only a cat.\n";
const QByteArray plainPost = "---\ntitle: Dogs\ntags: [dog]\n---\nDogs only.\n";

SiteIndex makeSite(const QString &root)
{
    writeAll(root + QStringLiteral("/hugo.toml"), "title = 'x'\n");
    writeAll(root + QStringLiteral("/content/posts/crlf.md"), crlfPost);
    writeAll(root + QStringLiteral("/content/posts/toml.md"), tomlPost);
    writeAll(root + QStringLiteral("/content/posts/dogs.md"), plainPost);
    Result<SiteIndex> index = indexSite(root);
    if (!index)
        qFatal("cannot index the fixture site");
    return index.value();
}

// The posts of a site of count posts, each "The cat sat. N".
QStringList makePosts(const QString &root, int count)
{
    writeAll(root + QStringLiteral("/hugo.toml"), "title = 'x'\n");
    QStringList paths;
    for (int i = 0; i < count; ++i) {
        paths.append(QStringLiteral("content/posts/p%1.md").arg(i, 2, 10, QLatin1Char('0')));
        writeAll(root + QLatin1Char('/') + paths.last(), "---\ntitle: t\n---\nThe cat sat. " + QByteArray::number(i) + "\n");
    }
    return paths;
}

// The permission bits, owner and group of the file at path.
struct Access
{
    uint mode = 0;
    uint owner = 0;
    uint group = 0;
    bool operator==(const Access &) const = default;
};

Access accessOf(const QString &path)
{
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return {};
    return {uint(info.st_mode & 07777), uint(info.st_uid), uint(info.st_gid)};
}

bool setMode(const QString &path, uint mode)
{
    return ::chmod(QFile::encodeName(path).constData(), mode_t(mode)) == 0;
}

SearchQuery query(const QString &text, const QString &replacement)
{
    SearchQuery q;
    q.text = text;
    q.replacement = replacement;
    return q;
}

} // namespace

class tst_SiteReplace final : public QObject
{
    Q_OBJECT

private slots:
    void replacementExpandsGroups();
    void planFindsBodyMatchesOnly();
    void applyKeepsEverythingButTheMatches();
    void fileChangedSincePreviewIsLeftAlone();
    void hostilePatternIsCapped();
    void undoRestoresTermRenameExactly();
    void undoLeavesFileChangedSince();
    void undoOfReplaceRestores();
    void journalKeepsTenAndRefusesLarge();
    void searchThatGivesUpIsListedNotReplaced();
    void replaceAndUndoKeepTheMode_data();
    void replaceAndUndoKeepTheMode();
    void undoLeavesAPostWhosePermissionsChanged_data();
    void undoLeavesAPostWhosePermissionsChanged();
    void stoppedReplaceLeavesWholePostsAndAnExactUndo();
    void stoppedUndoKeepsTheRestUndoable();
};

void tst_SiteReplace::replacementExpandsGroups()
{
    SearchQuery q = query(QStringLiteral("(\\w+)@(\\w+)"), QStringLiteral("\\2 at \\1 \\\\ $1"));
    q.regex = true;
    const TextMatches found = findMatches(u"mail me@home now", searchPattern(q), 10, &q);
    QCOMPARE(found.matches.size(), 1);
    QCOMPARE(replaceMatches(u"mail me@home now", found.matches), QStringLiteral("mail home at me \\ $1 now"));
    // Literal: nothing in the replacement is special.
    SearchQuery literal = query(QStringLiteral("a.b"), QStringLiteral("\\1$0"));
    const TextMatches lit = findMatches(u"a.b axb a.b", searchPattern(literal), 10, &literal);
    QCOMPARE(replaceMatches(u"a.b axb a.b", lit.matches), QStringLiteral("\\1$0 axb \\1$0"));
    // The limit says so.
    QVERIFY(findMatches(u"aaaa", searchPattern(query(QStringLiteral("a"), {})), 3).truncated);
}

void tst_SiteReplace::planFindsBodyMatchesOnly()
{
    QTemporaryDir dir;
    const SiteIndex index = makeSite(dir.path());
    const SiteReplacePlan plan = planSiteReplace(index, query(QStringLiteral("cat"), QStringLiteral("dog")));
    QCOMPARE(plan.files.size(), 2);
    QCOMPARE(plan.totalMatches(), 4);   // "cat", "Cat", "cat" in crlf.md; "cat" in toml.md; titles and tags not
    const SiteReplaceFile &crlf = plan.files.at(0).path.endsWith(QLatin1String("crlf.md")) ? plan.files.at(0) : plan.files.at(1);
    QCOMPARE(crlf.matches, 3);
    QCOMPARE(crlf.excerpts.size(), 2);
    QCOMPARE(crlf.excerpts.at(0).line, 6);
    QCOMPARE(crlf.excerpts.at(0).before, QStringLiteral("The cat sat.\r"));
    QCOMPARE(crlf.excerpts.at(0).after, QStringLiteral("The dog sat.\r"));
    QCOMPARE(crlf.excerpts.at(1).after, QStringLiteral("A dog again: dog!\r"));
}

void tst_SiteReplace::applyKeepsEverythingButTheMatches()
{
    QTemporaryDir dir;
    const SiteIndex index = makeSite(dir.path());
    const auto before = snapshot(dir.path());
    const SiteReplacePlan plan = planSiteReplace(index, query(QStringLiteral("cat"), QStringLiteral("dog")));
    // The user unticked toml.md.
    const SiteReplaceReport report = applySiteReplace(index.config(), plan, {QStringLiteral("content/posts/crlf.md")});
    QCOMPARE(report.written, QStringList{QStringLiteral("content/posts/crlf.md")});
    auto expected = before;
    expected[QStringLiteral("content/posts/crlf.md")] =
        "\xEF\xBB\xBF---\r\ntitle: \"Old cat news\"\r\ntags: [cat, news]\r\n---\r\n\r\nThe dog sat.\r\nA dog again: dog!\r\n";
    QCOMPARE(snapshot(dir.path()), expected);
    QCOMPARE(report.edits.size(), 1);
    QCOMPARE(report.edits.at(0).before, crlfPost);
}

void tst_SiteReplace::fileChangedSincePreviewIsLeftAlone()
{
    QTemporaryDir dir;
    const SiteIndex index = makeSite(dir.path());
    const SiteReplacePlan plan = planSiteReplace(index, query(QStringLiteral("cat"), QStringLiteral("dog")));
    const QByteArray outside = "+++\ntitle = 'cat food'\n+++\nAnother program wrote about a cat.\n";
    writeAll(dir.filePath(QStringLiteral("content/posts/toml.md")), outside);
    const SiteReplaceReport report = applySiteReplace(index.config(), plan,
                                                      {QStringLiteral("content/posts/crlf.md"), QStringLiteral("content/posts/toml.md")});
    QCOMPARE(report.written, QStringList{QStringLiteral("content/posts/crlf.md")});
    QCOMPARE(report.changedSince.size(), 1);
    QCOMPARE(report.changedSince.at(0).path, QStringLiteral("content/posts/toml.md"));
    QCOMPARE(readAll(dir.filePath(QStringLiteral("content/posts/toml.md"))), outside);
}

void tst_SiteReplace::hostilePatternIsCapped()
{
    QTemporaryDir dir;
    makeSite(dir.path());
    // 20,000 matches in one post, a pattern that backtracks catastrophically.
    writeAll(dir.filePath(QStringLiteral("content/posts/many.md")), "---\ntitle: a\n---\n" + QByteArray(20000, 'a') + "b\n");
    const SiteIndex index = indexSite(dir.path()).value();
    const SiteReplacePlan many = planSiteReplace(index, query(QStringLiteral("a"), QStringLiteral("b")));
    QCOMPARE(many.problems.size(), 1);
    QCOMPARE(many.problems.at(0).code, QStringLiteral("too-many-matches"));
    QVERIFY(!many.problems.at(0).message.isEmpty());
    SearchQuery evil = query(QStringLiteral("(a+)+$"), QStringLiteral("x"));
    evil.regex = true;
    const SiteReplacePlan backtracking = planSiteReplace(index, evil);
    QCOMPARE(backtracking.totalMatches(), 0);
    // Canceled before it starts: nothing found, and it says so.
    std::atomic_bool cancel = true;
    const SiteReplacePlan canceled = planSiteReplace(index, query(QStringLiteral("cat"), {}), &cancel);
    QVERIFY(canceled.canceled);
    QVERIFY(canceled.files.isEmpty());
}

void tst_SiteReplace::undoRestoresTermRenameExactly()
{
    QTemporaryDir dir;
    const SiteIndex index = makeSite(dir.path());
    const auto before = snapshot(dir.path());
    const TermEdit edit{TermEdit::Kind::Rename, QStringLiteral("tags"), QStringLiteral("cat"), QStringLiteral("feline")};
    const TermEditReport report = applyTermEditPlan(index.config(), planTermEdit(index, edit));
    QCOMPARE(report.written.size(), 2);
    QVERIFY(snapshot(dir.path()) != before);
    SiteEditJournal journal;
    journal.record(QStringLiteral("Rename"), report.edits);
    QVERIFY(journal.canUndo());
    QCOMPARE(journal.undoLabel(), QStringLiteral("Rename"));
    const SiteUndoReport undone = journal.undo(index.config());
    QCOMPARE(undone.restored.size(), 2);
    QVERIFY(undone.leftAlone.isEmpty());
    QCOMPARE(snapshot(dir.path()), before);
    QVERIFY(!journal.canUndo());
}

void tst_SiteReplace::undoLeavesFileChangedSince()
{
    QTemporaryDir dir;
    const SiteIndex index = makeSite(dir.path());
    const TermEdit edit{TermEdit::Kind::Delete, QStringLiteral("tags"), QStringLiteral("cat"), {}};
    const TermEditReport report = applyTermEditPlan(index.config(), planTermEdit(index, edit));
    QCOMPARE(report.written.size(), 2);
    SiteEditJournal journal;
    journal.record(QStringLiteral("Delete"), report.edits);
    // The user edits one of the posts after the delete.
    const QString toml = dir.filePath(QStringLiteral("content/posts/toml.md"));
    const QByteArray edited = readAll(toml) + "A new line.\n";
    writeAll(toml, edited);
    const SiteUndoReport undone = journal.undo(index.config());
    QCOMPARE(undone.restored, QStringList{QStringLiteral("content/posts/crlf.md")});
    QCOMPARE(undone.leftAlone.size(), 1);
    QCOMPARE(undone.leftAlone.at(0).path, QStringLiteral("content/posts/toml.md"));
    QCOMPARE(readAll(toml), edited);
    QCOMPARE(readAll(dir.filePath(QStringLiteral("content/posts/crlf.md"))), crlfPost);
}

void tst_SiteReplace::undoOfReplaceRestores()
{
    QTemporaryDir dir;
    const SiteIndex index = makeSite(dir.path());
    const auto before = snapshot(dir.path());
    const SiteReplacePlan plan = planSiteReplace(index, query(QStringLiteral("cat"), QStringLiteral("dog")));
    const SiteReplaceReport report = applySiteReplace(index.config(), plan,
                                                      {QStringLiteral("content/posts/crlf.md"), QStringLiteral("content/posts/toml.md")});
    QCOMPARE(report.written.size(), 2);
    SiteEditJournal journal;
    journal.record(QStringLiteral("Replace"), report.edits);
    QCOMPARE(journal.undo(index.config()).restored.size(), 2);
    QCOMPARE(snapshot(dir.path()), before);
}

void tst_SiteReplace::journalKeepsTenAndRefusesLarge()
{
    SiteEditJournal journal;
    for (int i = 0; i < 12; ++i)
        journal.record(QString::number(i), {SiteFileEdit::of(QStringLiteral("a.md"), "x", "y")});
    journal.record(QStringLiteral("nothing written"), {});
    QCOMPARE(journal.undoLabel(), QStringLiteral("11"));
    QTemporaryDir dir;
    const SiteConfig config = makeSite(dir.path()).config();
    int undone = 0;
    while (journal.canUndo()) {
        journal.undo(config);
        ++undone;
    }
    QCOMPARE(undone, SiteEditJournal::maxOperations);
    // A second pass of the same edit (the read-only posts) is the same step.
    journal.record(QStringLiteral("Rename"), {SiteFileEdit::of(QStringLiteral("a.md"), "x", "y")});
    journal.record(QStringLiteral("Rename"), {SiteFileEdit::of(QStringLiteral("b.md"), "x", "y")}, true);
    QCOMPARE(journal.undoFiles(), (QStringList{QStringLiteral("a.md"), QStringLiteral("b.md")}));
    journal.undo(config);
    QVERIFY(!journal.canUndo());
    journal.record(QStringLiteral("small"), {SiteFileEdit::of(QStringLiteral("a.md"), "x", "y")});
    journal.setMaxBeforeBytes(4);
    journal.record(QStringLiteral("large"), {SiteFileEdit::of(QStringLiteral("a.md"), "12345", "y")});
    QVERIFY(!journal.canUndo());
    QCOMPARE(journal.tooLargeLabel(), QStringLiteral("large"));
}

// A pattern that backtracks without end gives up in one post: the post is
// a problem that says so, never a file offered for replacing with the
// matches found before (the rest would stay).
void tst_SiteReplace::searchThatGivesUpIsListedNotReplaced()
{
    QTemporaryDir dir;
    writeAll(dir.filePath(QStringLiteral("hugo.toml")), "title = 'x'\n");
    QByteArray hard = "---\ntitle: hard\n---\nxxy first.\n";
    for (int i = 0; i < 4000; ++i)
        hard += QByteArray(20, 'x') + '.';
    hard += "xxy\n";
    writeAll(dir.filePath(QStringLiteral("content/posts/hard.md")), hard);
    writeAll(dir.filePath(QStringLiteral("content/posts/easy.md")), "---\ntitle: easy\n---\nxxy here.\n");
    const SiteIndex index = indexSite(dir.path()).value();
    SearchQuery q = query(QStringLiteral("(x+x+)+y"), QStringLiteral("z"));
    q.regex = true;

    // The text search says it gave up, with the match before it.
    const TextMatches found = findMatches(QString::fromUtf8(hard), searchPattern(q), 1000, &q);
    QVERIFY(found.gaveUp);
    QCOMPARE(found.matches.size(), 1);
    QVERIFY(!findMatches(u"xxy and xxy", searchPattern(q), 1000, &q).gaveUp);
    // A search that ends at the end of the text gave nothing up.
    for (const QString &pattern : {QStringLiteral("a*"), QStringLiteral("$"), QStringLiteral("b")}) {
        SearchQuery plain = query(pattern, {});
        plain.regex = true;
        QVERIFY2(!findMatches(u"aaa\nbbb", searchPattern(plain), 1000).gaveUp, qPrintable(pattern));
        QVERIFY2(!findMatches(u"", searchPattern(plain), 1000).gaveUp, qPrintable(pattern));
    }

    const SiteReplacePlan plan = planSiteReplace(index, q);
    QCOMPARE(plan.files.size(), 1);
    QCOMPARE(plan.files.at(0).path, QStringLiteral("content/posts/easy.md"));
    QCOMPARE(plan.problems.size(), 1);
    QCOMPARE(plan.problems.at(0).path, QStringLiteral("content/posts/hard.md"));
    QCOMPARE(plan.problems.at(0).code, QStringLiteral("search-gave-up"));
    QCOMPARE(plan.problems.at(0).message, QStringLiteral("search gave up in this post: the pattern is too complex; simplify it"));
    applySiteReplace(index.config(), plan, {QStringLiteral("content/posts/easy.md"), QStringLiteral("content/posts/hard.md")});
    QCOMPARE(readAll(dir.filePath(QStringLiteral("content/posts/hard.md"))), hard);
    QCOMPARE(readAll(dir.filePath(QStringLiteral("content/posts/easy.md"))), QByteArray("---\ntitle: easy\n---\nz here.\n"));
}

void tst_SiteReplace::replaceAndUndoKeepTheMode_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("0600") << 0600;
    QTest::newRow("0664") << 0664;
    QTest::newRow("0640") << 0640;
}

void tst_SiteReplace::replaceAndUndoKeepTheMode()
{
    QFETCH(int, mode);
    QTemporaryDir dir;
    const SiteIndex index = makeSite(dir.path());
    const QString crlf = dir.filePath(QStringLiteral("content/posts/crlf.md"));
    QVERIFY(setMode(crlf, uint(mode)));
    const Access before = accessOf(crlf);
    QCOMPARE(before.mode, uint(mode));
    const SiteReplacePlan plan = planSiteReplace(index, query(QStringLiteral("cat"), QStringLiteral("dog")));
    const SiteReplaceReport report = applySiteReplace(index.config(), plan, {QStringLiteral("content/posts/crlf.md")});
    QCOMPARE(report.written, QStringList{QStringLiteral("content/posts/crlf.md")});
    QVERIFY(accessOf(crlf) == before);
    SiteEditJournal journal;
    journal.record(QStringLiteral("Replace"), report.edits);
    QCOMPARE(journal.undo(index.config()).restored, QStringList{QStringLiteral("content/posts/crlf.md")});
    QCOMPARE(readAll(crlf), crlfPost);
    QVERIFY(accessOf(crlf) == before);
}

void tst_SiteReplace::undoLeavesAPostWhosePermissionsChanged_data()
{
    QTest::addColumn<int>("change");
    QTest::newRow("made read-only") << 0;
    QTest::newRow("opened to the group") << 1;
    QTest::newRow("given to another group") << 2;
}

// The user made a post read-only (or changed who may write it) after the
// edit: the undo leaves it as it is and names it; the others are restored.
void tst_SiteReplace::undoLeavesAPostWhosePermissionsChanged()
{
    QFETCH(int, change);
    QTemporaryDir dir;
    const SiteIndex index = makeSite(dir.path());
    const QString crlf = dir.filePath(QStringLiteral("content/posts/crlf.md"));
    const QString toml = dir.filePath(QStringLiteral("content/posts/toml.md"));
    const SiteReplacePlan plan = planSiteReplace(index, query(QStringLiteral("cat"), QStringLiteral("dog")));
    const SiteReplaceReport report = applySiteReplace(index.config(), plan,
                                                      {QStringLiteral("content/posts/crlf.md"), QStringLiteral("content/posts/toml.md")});
    QCOMPARE(report.written.size(), 2);
    const QByteArray replaced = readAll(toml);
    if (change == 0) {
        QVERIFY(setMode(toml, 0444));
    } else if (change == 1) {
        QVERIFY(setMode(toml, accessOf(toml).mode | 020));
    } else {
        const uint other = accessOf(toml).group == 0 ? 1 : 0;
        if (::chown(QFile::encodeName(toml).constData(), uid_t(-1), gid_t(other)) != 0)
            QSKIP("cannot change the group here (not root)");
    }
    const Access changed = accessOf(toml);
    SiteEditJournal journal;
    journal.record(QStringLiteral("Replace"), report.edits);
    const SiteUndoReport undone = journal.undo(index.config());
    QCOMPARE(undone.restored, QStringList{QStringLiteral("content/posts/crlf.md")});
    QCOMPARE(readAll(crlf), crlfPost);
    QCOMPARE(readAll(toml), replaced);
    QVERIFY(accessOf(toml) == changed);
    QCOMPARE(undone.leftAlone.size(), 1);
    QCOMPARE(undone.leftAlone.at(0).path, QStringLiteral("content/posts/toml.md"));
    QVERIFY2(undone.leftAlone.at(0).message.contains(QStringLiteral("permissions")), qPrintable(undone.leftAlone.at(0).message));
}

// Stopped after some posts: each post is wholly old or wholly new, the
// report names just the ones written, and their undo restores the site.
void tst_SiteReplace::stoppedReplaceLeavesWholePostsAndAnExactUndo()
{
    QTemporaryDir dir;
    const QStringList paths = makePosts(dir.path(), 12);
    const SiteIndex index = indexSite(dir.path()).value();
    const auto before = snapshot(dir.path());
    const SiteReplacePlan plan = planSiteReplace(index, query(QStringLiteral("cat"), QStringLiteral("dog")));
    QCOMPARE(plan.files.size(), 12);
    RewriteProgress progress;
    QList<int> steps;
    progress.advanced = [&steps](int done, int total) {
        QCOMPARE(total, 12);
        steps.append(done);
    };
    progress.canceled = [&steps] { return steps.size() > 5; };
    const SiteReplaceReport report = applySiteReplace(index.config(), plan, paths, progress);
    QVERIFY(report.canceled);
    QCOMPARE(report.written.size(), 6);
    QCOMPARE(steps, (QList<int>{0, 1, 2, 3, 4, 5}));
    const auto after = snapshot(dir.path());
    for (const QString &path : paths) {
        const bool written = report.written.contains(path);
        QByteArray expected = before.value(path);
        if (written)
            expected.replace("cat", "dog");
        QCOMPARE(after.value(path), expected);
    }
    SiteEditJournal journal;
    journal.record(QStringLiteral("Replace"), report.edits);
    QCOMPARE(journal.undo(index.config()).restored, report.written);
    QCOMPARE(snapshot(dir.path()), before);
}

// Undo stopped half-way restores some posts; the rest stay in the journal
// under the same label, and the next Undo restores them.
void tst_SiteReplace::stoppedUndoKeepsTheRestUndoable()
{
    QTemporaryDir dir;
    const QStringList paths = makePosts(dir.path(), 10);
    const SiteIndex index = indexSite(dir.path()).value();
    const auto before = snapshot(dir.path());
    const SiteReplacePlan plan = planSiteReplace(index, query(QStringLiteral("cat"), QStringLiteral("dog")));
    SiteEditJournal journal;
    journal.record(QStringLiteral("Replace in 10 Posts"), applySiteReplace(index.config(), plan, paths).edits);
    int done = 0;
    RewriteProgress progress;
    progress.advanced = [&done](int now, int) { done = now; };
    progress.canceled = [&done] { return done >= 4; };
    const SiteUndoReport first = restoreSiteEdit(index.config(), journal.takeLast(), progress);
    QVERIFY(first.canceled);
    QCOMPARE(first.restored, paths.mid(0, 4));
    QCOMPARE(first.remaining.size(), 6);
    QVERIFY(!journal.canUndo());
    for (int i = 0; i < paths.size(); ++i) {
        QByteArray expected = before.value(paths.at(i));
        if (i >= 4)
            expected.replace("cat", "dog");
        QCOMPARE(readAll(dir.filePath(paths.at(i))), expected);
    }
    journal.record(first.label, first.remaining);
    QCOMPARE(journal.undoLabel(), QStringLiteral("Replace in 10 Posts"));
    QCOMPARE(journal.undo(index.config()).restored, paths.mid(4));
    QCOMPARE(snapshot(dir.path()), before);
}

QTEST_GUILESS_MAIN(tst_SiteReplace)
#include "tst_sitereplace.moc"
