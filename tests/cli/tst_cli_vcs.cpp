// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// status and history (issue 16) on Git repositories built here with the git
// command, with fixed authors and dates.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

class tst_CliVcs final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void statusListsTheSitesChangedFiles();
    void statusCountsAheadAndBehind();
    void statusOutsideARepositoryIsAnError();
    void historyFollowsRenamesByKey();
    void historyOfAnUncommittedPost();

private:
    Run run(const QString &program, const QStringList &args, const QString &folder = {});
    Run cli(const QStringList &args) { return run(QStringLiteral(POSTWRIGHT_CLI), args); }
    void git(const QStringList &args, const QString &folder = {});
    void commit(const QString &message, const QString &author = QStringLiteral("Ada"));
    void write(const QString &relative, const QByteArray &bytes);
    QString path(const QString &relative) const { return m_dir->filePath(QStringLiteral("repo/") + relative); }

    std::unique_ptr<QTemporaryDir> m_dir;
    int m_clock = 0;
};

Run tst_CliVcs::run(const QString &program, const QStringList &args, const QString &folder)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    env.insert(QStringLiteral("GIT_COMMITTER_NAME"), QStringLiteral("Committer"));
    env.insert(QStringLiteral("GIT_COMMITTER_EMAIL"), QStringLiteral("committer@example.org"));
    env.insert(QStringLiteral("POSTWRIGHT_CACHE_DIR"), m_dir->filePath(QStringLiteral("cache")));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(folder.isEmpty() ? m_dir->filePath(QStringLiteral("repo")) : folder);
    process.start(program, args);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

void tst_CliVcs::git(const QStringList &args, const QString &folder)
{
    const Run result = run(QStringLiteral("git"), args, folder);
    QVERIFY2(result.exitCode == 0, qPrintable(QStringLiteral("git %1: %2").arg(args.join(QLatin1Char(' ')),
                                                                             QString::fromUtf8(result.err))));
}

// A commit by author at a fixed date, one hour after the one before.
void tst_CliVcs::commit(const QString &message, const QString &author)
{
    const QString date = QStringLiteral("2025-06-0%1T%2:00:00+02:00").arg(1 + m_clock / 24).arg(m_clock % 24, 2, 10, QLatin1Char('0'));
    ++m_clock;
    git({QStringLiteral("add"), QStringLiteral("-A")});
    git({QStringLiteral("-c"), QStringLiteral("user.name=") + author, QStringLiteral("-c"),
         QStringLiteral("user.email=") + author.toLower() + QStringLiteral("@example.org"), QStringLiteral("commit"),
         QStringLiteral("-q"), QStringLiteral("--date=") + date, QStringLiteral("-m"), message});
}

void tst_CliVcs::write(const QString &relative, const QByteArray &bytes)
{
    const QString file = path(relative);
    QVERIFY(QDir().mkpath(QFileInfo(file).absolutePath()));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(bytes);
}

// A repository whose Hugo site is the folder blog/, beside other files.
void tst_CliVcs::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = 0;
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("repo")));
    git({QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")});
    write("README", "Not the site.\n");
    write("blog/hugo.toml", "title = \"Blog\"\n");
    write("blog/content/posts/first.md", "---\ntitle: \"First\"\ntags: [a, b]\n---\nHello.\n");
    write("blog/content/posts/second.md", "---\ntitle: Second\n---\nBody.\n");
    write("blog/content/posts/third.md", "---\ntitle: Third\n---\nBody.\n");
    commit("Start the blog");
}

void tst_CliVcs::statusListsTheSitesChangedFiles()
{
    write("blog/content/posts/first.md", "---\ntitle: \"First!\"\ntags: [a, b]\n---\nHello.\n");
    write("blog/content/posts/new.md", "---\ntitle: New\n---\n");
    write("blog/content/posts/second.md", "---\ntitle: Second, staged\n---\nBody.\n");
    git({QStringLiteral("add"), QStringLiteral("blog/content/posts/second.md")});
    QVERIFY(QFile::remove(path("blog/content/posts/third.md")));
    write("README", "Changed, but not in the site.\n");

    const Run json = cli({QStringLiteral("status"), path("blog"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(json.err, QByteArray());
    QJsonArray expected;
    for (const auto &[file, state] : {std::pair{"content/posts/first.md", "modified"}, {"content/posts/new.md", "new"},
                                      {"content/posts/second.md", "staged"}, {"content/posts/third.md", "deleted"}})
        expected.append(QJsonObject{{QStringLiteral("path"), QString::fromLatin1(file)},
                                    {QStringLiteral("state"), QString::fromLatin1(state)}});
    QCOMPARE(QJsonDocument::fromJson(json.out).array(), expected);

    const Run text = cli({QStringLiteral("status"), path("blog")});
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(text.out, QByteArray("On branch main, no upstream\n"
                                  "modified   content/posts/first.md\n"
                                  "new        content/posts/new.md\n"
                                  "staged     content/posts/second.md\n"
                                  "deleted    content/posts/third.md\n"));

    // A file changed after it was staged shows as modified; a merge left
    // unresolved as conflicted.
    write("blog/content/posts/second.md", "---\ntitle: Second, staged and changed\n---\nBody.\n");
    git({QStringLiteral("stash"), QStringLiteral("-q"), QStringLiteral("-u")});
    git({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("side")});
    write("blog/content/posts/first.md", "---\ntitle: \"Side\"\ntags: [a, b]\n---\nHello.\n");
    commit("Side title");
    git({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")});
    write("blog/content/posts/first.md", "---\ntitle: \"Main\"\ntags: [a, b]\n---\nHello.\n");
    commit("Main title");
    QCOMPARE(run(QStringLiteral("git"), {QStringLiteral("merge"), QStringLiteral("-q"), QStringLiteral("side")}).exitCode, 1);
    const Run conflicted = cli({QStringLiteral("status"), path("blog"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(conflicted.out).array(),
             QJsonArray({QJsonObject{{QStringLiteral("path"), QStringLiteral("content/posts/first.md")},
                                     {QStringLiteral("state"), QStringLiteral("conflicted")}}}));
}

void tst_CliVcs::statusCountsAheadAndBehind()
{
    const QString remote = m_dir->filePath(QStringLiteral("remote.git"));
    const QString other = m_dir->filePath(QStringLiteral("other"));
    git({QStringLiteral("clone"), QStringLiteral("-q"), QStringLiteral("--bare"), path(QString()), remote}, m_dir->path());
    git({QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("origin"), remote});
    git({QStringLiteral("fetch"), QStringLiteral("-q"), QStringLiteral("origin")});
    git({QStringLiteral("branch"), QStringLiteral("-q"), QStringLiteral("--set-upstream-to=origin/main")});
    // Two commits here, one pushed to the remote from another clone.
    write("blog/content/posts/first.md", "---\ntitle: \"One\"\n---\n");
    commit("One");
    write("blog/content/posts/first.md", "---\ntitle: \"Two\"\n---\n");
    commit("Two");
    git({QStringLiteral("clone"), QStringLiteral("-q"), remote, other}, m_dir->path());
    QFile file(other + QStringLiteral("/blog/content/posts/second.md"));
    QVERIFY(file.open(QIODevice::Append));
    file.write("More.\n");
    file.close();
    git({QStringLiteral("-c"), QStringLiteral("user.name=Bob"), QStringLiteral("-c"), QStringLiteral("user.email=bob@example.org"),
         QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-am"), QStringLiteral("Elsewhere")}, other);
    git({QStringLiteral("push"), QStringLiteral("-q")}, other);
    git({QStringLiteral("fetch"), QStringLiteral("-q")});
    const Run text = cli({QStringLiteral("status"), path("blog")});
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(text.out, QByteArray("On branch main: 2 ahead, 1 behind origin/main\nnothing changed\n"));
}

void tst_CliVcs::statusOutsideARepositoryIsAnError()
{
    const QString outside = m_dir->filePath(QStringLiteral("outside"));
    QVERIFY(QDir().mkpath(outside));
    // The temporary folder may itself lie inside a repository: the test
    // makes sure it does not.
    const Run probe = run(QStringLiteral("git"), {QStringLiteral("rev-parse")}, outside);
    if (probe.exitCode == 0)
        QSKIP("the temporary folder is inside a Git repository");
    const Run result = cli({QStringLiteral("status"), outside});
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QByteArray());
    QCOMPARE(QString::fromUtf8(result.err), outside + QStringLiteral(": not in a Git repository\n"));
}

void tst_CliVcs::historyFollowsRenamesByKey()
{
    write("blog/content/posts/first.md", "---\ntitle: \"First, again\"\ntags: [a, b]\n---\nHello.\n");
    commit("Retitle", QStringLiteral("Bob"));
    // The same tags written as a block list: the file changed, no value did.
    write("blog/content/posts/first.md", "---\ntitle: \"First, again\"\ntags:\n  - a\n  - b\n---\nHello.\n");
    commit("Restyle the tags");
    write("README", "Unrelated.\n");
    commit("Unrelated");
    git({QStringLiteral("mv"), QStringLiteral("blog/content/posts/first.md"), QStringLiteral("blog/content/posts/renamed.md")});
    commit("Rename");
    write("blog/content/posts/renamed.md", "---\ntitle: \"First, again\"\ntags:\n  - a\n  - c\ndraft: true\n---\nHello, world.\n");
    commit("Tags, draft and body\n\nWith a longer message.", QStringLiteral("Bob"));

    const Run result = cli({QStringLiteral("history"), path("blog/content/posts/renamed.md"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QByteArray());
    const QJsonArray history = QJsonDocument::fromJson(result.out).array();
    struct Expected
    {
        const char *message;
        const char *author;
        const char *date;
        QStringList keys;
        bool body;
    };
    const QList<Expected> expected = {
        {"Tags, draft and body\n\nWith a longer message.", "Bob <bob@example.org>", "2025-06-01T05:00:00+02:00",
         {"tags", "draft"}, true},
        {"Rename", "Ada <ada@example.org>", "2025-06-01T04:00:00+02:00", {}, false},
        {"Restyle the tags", "Ada <ada@example.org>", "2025-06-01T02:00:00+02:00", {}, false},
        {"Retitle", "Bob <bob@example.org>", "2025-06-01T01:00:00+02:00", {"title"}, false},
        {"Start the blog", "Ada <ada@example.org>", "2025-06-01T00:00:00+02:00", {"title", "tags"}, true},
    };
    QCOMPARE(history.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QJsonObject record = history.at(i).toObject();
        QCOMPARE(record.keys(), QStringList({"author", "bodyChanged", "changedKeys", "commit", "date", "message"}));
        QCOMPARE(record.value("message").toString(), QString::fromUtf8(expected[i].message));
        QCOMPARE(record.value("author").toString(), QString::fromUtf8(expected[i].author));
        QCOMPARE(record.value("date").toString(), QString::fromUtf8(expected[i].date));
        QCOMPARE(record.value("changedKeys").toVariant().toStringList(), expected[i].keys);
        QCOMPARE(record.value("bodyChanged").toBool(), expected[i].body);
        QCOMPARE(record.value("commit").toString().size(), 40);
    }
    const Run head = run(QStringLiteral("git"), {QStringLiteral("rev-parse"), QStringLiteral("HEAD")});
    QCOMPARE(history.at(0).toObject().value("commit").toString().toLatin1(), head.out.trimmed());

    const Run text = cli({QStringLiteral("history"), path("blog/content/posts/renamed.md")});
    QCOMPARE(text.exitCode, 0);
    const QList<QByteArray> lines = text.out.split('\n');
    QCOMPARE(lines.size(), 11);
    QVERIFY(lines[0].endsWith(" 2025-06-01 05:00 Bob <bob@example.org>  Tags, draft and body"));
    QCOMPARE(lines[1], QByteArray("        tags, draft, body"));
    QCOMPARE(lines[3], QByteArray("        content unchanged (renamed from blog/content/posts/first.md)"));
    QCOMPARE(lines[7], QByteArray("        title"));
}

void tst_CliVcs::historyOfAnUncommittedPost()
{
    write("blog/content/posts/draft.md", "---\ntitle: Draft\n---\n");
    const Run result = cli({QStringLiteral("history"), path("blog/content/posts/draft.md"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(result.out).array(), QJsonArray());
}

QTEST_GUILESS_MAIN(tst_CliVcs)
#include "tst_cli_vcs.moc"
