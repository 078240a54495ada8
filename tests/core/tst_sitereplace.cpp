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

QTEST_GUILESS_MAIN(tst_SiteReplace)
#include "tst_sitereplace.moc"
