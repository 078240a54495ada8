// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// mergePost (issue 16): two edits of one post merge per front-matter key and
// per body block through the lossless writer; only real conflicts stop.
#include "vcs/blockmerge.h"
#include "vcs/gitcommand.h"
#include "vcs/postmerge.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace postwright;

class tst_PostMerge final : public QObject
{
    Q_OBJECT

private slots:
    void cleanMerges_data();
    void cleanMerges();
    void keyConflicts_data();
    void keyConflicts();
    void blockConflict();
    void fencedCodeIsOneBlock();
    void bothAddAtTheSamePlaceConflicts();
    void crlfStaysCrlf();
    void theirLineEndingsReadAsOurs();
    void unparseableFrontMatterIsAnError();
    void unitsConcatenateToTheBody_data();
    void unitsConcatenateToTheBody();
    void silentGitIsStopped();
};

namespace {

QByteArray crlf(QByteArray text)
{
    return text.replace("\n", "\r\n");
}

const QByteArray yamlBase = "---\n"
                            "title: \"First light\"\n"
                            "date: 2025-06-03\n"
                            "tags: [astro, night]\n"
                            "draft: false\n"
                            "---\n"
                            "\n"
                            "One paragraph.\n"
                            "\n"
                            "Two paragraph.\n"
                            "\n"
                            "Three paragraph.\n";

QByteArray edit(QByteArray text, const QByteArray &from, const QByteArray &to)
{
    if (!text.contains(from))
        qFatal("fixture: \"%s\" is not in the text", from.constData());
    return text.replace(from, to);
}

} // namespace

void tst_PostMerge::cleanMerges_data()
{
    QTest::addColumn<QByteArray>("base");
    QTest::addColumn<QByteArray>("ours");
    QTest::addColumn<QByteArray>("theirs");
    QTest::addColumn<QByteArray>("expected");

    const QByteArray &b = yamlBase;
    QTest::newRow("yaml: title ours, tags theirs, quoted and flow style kept")
        << b << edit(b, "\"First light\"", "\"First light, again\"") << edit(b, "[astro, night]", "[astro, night, moon]")
        << edit(edit(b, "\"First light\"", "\"First light, again\""), "[astro, night]", "[astro, night, moon]");
    QTest::newRow("yaml: tags ours, title theirs")
        << b << edit(b, "[astro, night]", "[astro]") << edit(b, "\"First light\"", "\"Last light\"")
        << edit(edit(b, "\"First light\"", "\"Last light\""), "[astro, night]", "[astro]");
    const QByteArray n = edit(b, "draft: false\n", "draft: false\nversion: 1.1\nid: 9007199254740993\n");
    QTest::newRow("numbers as written: 1.10 is not 1.1, 2^53+1 is not 2^53")
        << n << edit(n, "\"First light\"", "\"Ours\"") << edit(edit(n, "1.1\n", "1.10\n"), "740993", "740992")
        << edit(edit(edit(n, "\"First light\"", "\"Ours\""), "1.1\n", "1.10\n"), "740993", "740992");
    QTest::newRow("identical change on both sides")
        << b << edit(b, "draft: false", "draft: true") << edit(b, "draft: false", "draft: true")
        << edit(b, "draft: false", "draft: true");
    QTest::newRow("the same value written otherwise is no change")
        << b << edit(b, "draft: false", "draft: true") << edit(b, "\"First light\"", "'First light'")
        << edit(b, "draft: false", "draft: true");
    QTest::newRow("key added by them, another changed by us")
        << b << edit(b, "draft: false", "draft: true") << edit(b, "draft: false\n", "draft: false\nauthor: Ada\n")
        << edit(b, "draft: false\n", "draft: true\nauthor: Ada\n");
    QTest::newRow("keys added on both sides")
        << b << edit(b, "draft: false\n", "draft: false\nslug: first\n")
        << edit(b, "draft: false\n", "draft: false\nauthor: Ada\n")
        << edit(b, "draft: false\n", "draft: false\nslug: first\nauthor: Ada\n");
    QTest::newRow("key removed by them, another changed by us")
        << b << edit(b, "tags: [astro, night]", "tags: [astro, stars]") << edit(b, "draft: false\n", "")
        << edit(edit(b, "tags: [astro, night]", "tags: [astro, stars]"), "draft: false\n", "");
    QTest::newRow("key removed by us, another changed by them")
        << b << edit(b, "date: 2025-06-03\n", "") << edit(b, "draft: false", "draft: true")
        << edit(edit(b, "date: 2025-06-03\n", ""), "draft: false", "draft: true");
    QTest::newRow("paragraphs: ours the first, theirs the last")
        << b << edit(b, "One paragraph.", "One paragraph, edited.") << edit(b, "Three paragraph.", "Three, edited.")
        << edit(edit(b, "One paragraph.", "One paragraph, edited."), "Three paragraph.", "Three, edited.");
    QTest::newRow("paragraphs: neighbours")
        << b << edit(b, "One paragraph.", "One, ours.") << edit(b, "Two paragraph.", "Two, theirs.")
        << edit(edit(b, "One paragraph.", "One, ours."), "Two paragraph.", "Two, theirs.");
    QTest::newRow("blocks added at both ends")
        << b << edit(b, "\nOne paragraph.", "\nZero paragraph.\n\nOne paragraph.")
        << edit(b, "Three paragraph.\n", "Three paragraph.\n\nFour paragraph.\n")
        << edit(edit(b, "\nOne paragraph.", "\nZero paragraph.\n\nOne paragraph."), "Three paragraph.\n",
                "Three paragraph.\n\nFour paragraph.\n");
    QTest::newRow("body ours, key theirs")
        << b << edit(b, "Two paragraph.", "Two, rewritten.") << edit(b, "draft: false", "draft: true")
        << edit(edit(b, "Two paragraph.", "Two, rewritten."), "draft: false", "draft: true");
    QTest::newRow("a block removed by them, another edited by us")
        << b << edit(b, "One paragraph.", "One, ours.") << edit(b, "Two paragraph.\n\n", "")
        << edit(edit(b, "One paragraph.", "One, ours."), "Two paragraph.\n\n", "");

    const QByteArray toml = "+++\n"
                            "title = 'Rust notes'\n"
                            "date = 2024-01-05T10:00:00Z\n"
                            "tags = [\"rust\", \"notes\"]\n"
                            "\n"
                            "[params]\n"
                            "cover = \"a.png\"\n"
                            "+++\n"
                            "Body.\n";
    QTest::newRow("toml: title ours, tags theirs, literal string kept")
        << toml << edit(toml, "'Rust notes'", "'Rust, notes'") << edit(toml, "\"notes\"]", "\"notes\", \"cli\"]")
        << edit(edit(toml, "'Rust notes'", "'Rust, notes'"), "\"notes\"]", "\"notes\", \"cli\"]");
    QTest::newRow("toml: key added by them goes before the table")
        << toml << edit(toml, "Body.", "Body, ours.") << edit(toml, "\n[params]", "draft = true\n\n[params]")
        << edit(edit(toml, "Body.", "Body, ours."), "\n[params]", "draft = true\n\n[params]");
    QTest::newRow("toml: table changed by them")
        << toml << edit(toml, "'Rust notes'", "'Rust'") << edit(toml, "\"a.png\"", "\"b.png\"")
        << edit(edit(toml, "'Rust notes'", "'Rust'"), "\"a.png\"", "\"b.png\"");

    const QByteArray nested = "---\ntitle: Maps\nparams:\n  cover: a.png\n  wide: true\n---\nBody.\n";
    QTest::newRow("yaml: nested map changed by them")
        << nested << edit(nested, "title: Maps", "title: Maps and more") << edit(nested, "wide: true", "wide: false")
        << edit(edit(nested, "title: Maps", "title: Maps and more"), "wide: true", "wide: false");

    const QByteArray json = "{\n  \"title\": \"JSON\",\n  \"draft\": false\n}\nBody.\n";
    QTest::newRow("json: title ours, draft theirs")
        << json << edit(json, "\"JSON\"", "\"JSON post\"") << edit(json, "false", "true")
        << edit(edit(json, "\"JSON\"", "\"JSON post\""), "false", "true");

    const QByteArray bare = "Just a body.\n\nSecond.\n";
    QTest::newRow("no front matter: front matter added by them")
        << bare << edit(bare, "Second.", "Second, ours.") << "---\ntitle: Bare\n---\n" + bare
        << "---\ntitle: Bare\n---\n" + edit(bare, "Second.", "Second, ours.");
}

void tst_PostMerge::cleanMerges()
{
    QFETCH(QByteArray, base);
    QFETCH(QByteArray, ours);
    QFETCH(QByteArray, theirs);
    QFETCH(QByteArray, expected);
    const Result<PostMergeResult> merged = mergePost(base, ours, theirs, QStringLiteral("post.md"));
    QVERIFY2(merged.ok(), merged.ok() ? "" : qPrintable(merged.error().toString()));
    QVERIFY(merged.value().clean());
    QCOMPARE(merged.value().merged, expected);
}

void tst_PostMerge::keyConflicts_data()
{
    QTest::addColumn<QByteArray>("ours");
    QTest::addColumn<QByteArray>("theirs");
    QTest::addColumn<QString>("key");
    QTest::addColumn<std::optional<QString>>("baseValue");
    QTest::addColumn<std::optional<QString>>("ourValue");
    QTest::addColumn<std::optional<QString>>("theirValue");
    const QByteArray &b = yamlBase;
    QTest::newRow("same key, different values")
        << edit(b, "\"First light\"", "\"Ours\"") << edit(b, "\"First light\"", "\"Theirs\"") << "title"
        << std::optional<QString>("First light") << std::optional<QString>("Ours") << std::optional<QString>("Theirs");
    QTest::newRow("removed by them, changed by us")
        << edit(b, "draft: false", "draft: true") << edit(b, "draft: false\n", "") << "draft"
        << std::optional<QString>("false") << std::optional<QString>("true") << std::optional<QString>();
    QTest::newRow("added on both sides with different values")
        << edit(b, "draft: false\n", "draft: false\nauthor: Ada\n") << edit(b, "draft: false\n", "draft: false\nauthor: Bob\n")
        << "author" << std::optional<QString>() << std::optional<QString>("Ada") << std::optional<QString>("Bob");
}

void tst_PostMerge::keyConflicts()
{
    QFETCH(QByteArray, ours);
    QFETCH(QByteArray, theirs);
    QFETCH(QString, key);
    QFETCH(std::optional<QString>, baseValue);
    QFETCH(std::optional<QString>, ourValue);
    QFETCH(std::optional<QString>, theirValue);
    // Their other change (the tags) merges all the same.
    const QByteArray theirsWithTags = edit(theirs, "[astro, night]", "[astro, moon]");
    const Result<PostMergeResult> merged = mergePost(yamlBase, ours, theirsWithTags);
    QVERIFY(merged.ok());
    QCOMPARE(merged.value().conflicts.size(), 1);
    const MergeConflict &conflict = merged.value().conflicts.first();
    QCOMPARE(conflict.kind, MergeConflict::Kind::Key);
    QCOMPARE(conflict.key, key);
    QCOMPARE(conflict.base, baseValue);
    QCOMPARE(conflict.ours, ourValue);
    QCOMPARE(conflict.theirs, theirValue);
    // Our side of the conflict, their clean change, and no markers.
    QCOMPARE(merged.value().merged, edit(ours, "[astro, night]", "[astro, moon]"));
}

void tst_PostMerge::blockConflict()
{
    const QByteArray ours = edit(yamlBase, "Two paragraph.", "Two, ours.");
    const QByteArray theirs = edit(edit(yamlBase, "Two paragraph.", "Two, theirs."), "Three paragraph.", "Three, theirs.");
    const Result<PostMergeResult> merged = mergePost(yamlBase, ours, theirs);
    QVERIFY(merged.ok());
    QCOMPARE(merged.value().conflicts.size(), 1);
    const MergeConflict &conflict = merged.value().conflicts.first();
    QCOMPARE(conflict.kind, MergeConflict::Kind::Block);
    QCOMPARE(conflict.base, std::optional<QString>("Two paragraph.\n"));
    QCOMPARE(conflict.ours, std::optional<QString>("Two, ours.\n"));
    QCOMPARE(conflict.theirs, std::optional<QString>("Two, theirs.\n"));
    QCOMPARE(conflict.line, 10);
    QCOMPARE(merged.value().merged, edit(ours, "Three paragraph.", "Three, theirs."));
    QVERIFY(!merged.value().merged.contains("<<<<<<<"));
}

void tst_PostMerge::fencedCodeIsOneBlock()
{
    const QByteArray base = "---\ntitle: Code\n---\n```sh\nfirst\n\nsecond\n```\n\nAfter.\n";
    // One line of the code each: the same block, a conflict.
    Result<PostMergeResult> merged = mergePost(base, edit(base, "first", "first'"), edit(base, "second", "second'"));
    QVERIFY(merged.ok());
    QCOMPARE(merged.value().conflicts.size(), 1);
    QCOMPARE(merged.value().conflicts.first().ours, std::optional<QString>("```sh\nfirst'\n\nsecond\n```\n"));
    // The code and the paragraph after it: different blocks.
    merged = mergePost(base, edit(base, "second", "second'"), edit(base, "After.", "After, theirs."));
    QVERIFY(merged.ok());
    QVERIFY(merged.value().clean());
    QCOMPARE(merged.value().merged, edit(edit(base, "second", "second'"), "After.", "After, theirs."));
}

void tst_PostMerge::bothAddAtTheSamePlaceConflicts()
{
    const QByteArray ours = edit(yamlBase, "Three paragraph.\n", "Three paragraph.\n\nOurs at the end.\n");
    const QByteArray theirs = edit(yamlBase, "Three paragraph.\n", "Three paragraph.\n\nTheirs at the end.\n");
    const Result<PostMergeResult> merged = mergePost(yamlBase, ours, theirs);
    QVERIFY(merged.ok());
    QCOMPARE(merged.value().conflicts.size(), 1);
    const MergeConflict &conflict = merged.value().conflicts.first();
    QCOMPARE(conflict.base, std::nullopt);
    QVERIFY(conflict.ours->contains("Ours at the end."));
    QVERIFY(conflict.theirs->contains("Theirs at the end."));
    QCOMPARE(merged.value().merged, ours);
}

void tst_PostMerge::crlfStaysCrlf()
{
    const QByteArray base = crlf(yamlBase);
    const QByteArray ours = edit(base, "\"First light\"", "\"Ours\"");
    const QByteArray theirs = edit(edit(base, "[astro, night]", "[night]"), "Two paragraph.", "Two, theirs.");
    const Result<PostMergeResult> merged = mergePost(base, ours, theirs);
    QVERIFY(merged.ok());
    QVERIFY(merged.value().clean());
    QCOMPARE(merged.value().merged, edit(edit(ours, "[astro, night]", "[night]"), "Two paragraph.", "Two, theirs."));

    // A key they added, a block they added: CRLF lines like the rest.
    const QByteArray added = edit(edit(base, "draft: false\r\n", "draft: false\r\nauthor: Ada\r\n"), "Three paragraph.\r\n",
                                  "Three paragraph.\r\n\r\nFour.\r\n");
    const Result<PostMergeResult> withAdded = mergePost(base, ours, added);
    QVERIFY(withAdded.ok());
    QVERIFY(withAdded.value().clean());
    QCOMPARE(withAdded.value().merged, edit(edit(ours, "draft: false\r\n", "draft: false\r\nauthor: Ada\r\n"),
                                            "Three paragraph.\r\n", "Three paragraph.\r\n\r\nFour.\r\n"));
}

void tst_PostMerge::theirLineEndingsReadAsOurs()
{
    const QByteArray ours = crlf(edit(yamlBase, "\"First light\"", "\"Ours\""));
    const QByteArray theirs = edit(yamlBase, "draft: false", "draft: true");
    const Result<PostMergeResult> merged = mergePost(crlf(yamlBase), ours, theirs);
    QVERIFY(merged.ok());
    QVERIFY(merged.value().clean());
    QCOMPARE(merged.value().merged, edit(ours, "draft: false", "draft: true"));
}

void tst_PostMerge::unparseableFrontMatterIsAnError()
{
    const QByteArray broken = edit(yamlBase, "tags: [astro, night]", "tags: [astro, night");
    const Result<PostMergeResult> merged = mergePost(yamlBase, edit(yamlBase, "draft: false", "draft: true"), broken,
                                                     QStringLiteral("content/post.md"));
    QVERIFY(!merged.ok());
    QCOMPARE(merged.error().path, QStringLiteral("content/post.md"));
    QVERIFY2(merged.error().message.contains(QLatin1String("their")), qPrintable(merged.error().message));
}

void tst_PostMerge::unitsConcatenateToTheBody_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("units");
    QTest::newRow("paragraphs") << "One.\n\nTwo\nlines.\n\n\nThree." << 5;
    QTest::newRow("leading blank lines") << "\n\nOne.\n" << 2;
    QTest::newRow("crlf") << "One.\r\n\r\nTwo.\r\n" << 3;
    QTest::newRow("fenced code with a blank line") << "```\na\n\nb\n```\n\nc\n" << 3;
    QTest::newRow("list") << "- a\n- b\n\n- c\n" << 3;
    QTest::newRow("empty") << "" << 0;
}

void tst_PostMerge::unitsConcatenateToTheBody()
{
    QFETCH(QString, body);
    QFETCH(int, units);
    const QStringList cut = bodyUnits(body);
    QCOMPARE(cut.join(QString()), body);
    QCOMPARE(cut.size(), units);
}

// publish's fetch and push (runGit): a git that stays silent (an ssh that
// hangs on a dead connection) is stopped with the ssh it started, and says so.
void tst_PostMerge::silentGitIsStopped()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString ssh = dir.filePath(QStringLiteral("hangingssh.sh"));
    {
        QFile script(ssh);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\n"
                     "case \"$1\" in -G) exit 0;; esac\n"
                     "echo $$ > \"$(dirname \"$0\")/ssh.pid\"\n"
                     "exec sleep 600\n");
    }
    QVERIFY(QFile::setPermissions(ssh, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    const QString repo = dir.filePath(QStringLiteral("repo"));
    for (const QStringList &args : {QStringList{QStringLiteral("init"), QStringLiteral("-q"), repo},
                                    QStringList{QStringLiteral("-C"), repo, QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("origin"),
                                                QStringLiteral("ssh://git.example.invalid/r.git")},
                                    QStringList{QStringLiteral("-C"), repo, QStringLiteral("config"), QStringLiteral("core.sshCommand"), ssh}})
        QCOMPARE(QProcess::execute(QStringLiteral("git"), args), 0);

    const GitCommandResult result = runGit(repo, {QStringLiteral("fetch"), QStringLiteral("origin")}, {}, 2);
    QVERIFY(result.started);
    QCOMPARE(result.exitCode, -1);
    QVERIFY2(result.errorText.contains(QStringLiteral("git fetch was stopped: it wrote nothing for 2 seconds")), qPrintable(result.errorText));
    QFile pidFile(dir.filePath(QStringLiteral("ssh.pid")));
    QVERIFY(pidFile.open(QIODevice::ReadOnly));
    const pid_t pid = pid_t(pidFile.readAll().trimmed().toInt());
    QVERIFY(pid > 0);
    QTRY_VERIFY_WITH_TIMEOUT(::kill(pid, 0) != 0, 10000);
}

QTEST_GUILESS_MAIN(tst_PostMerge)
#include "tst_postmerge.moc"
