// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// postwright-cli publish (issue 16): a bare repository as the remote over
// file://, clones that edit one post, the merge per front-matter key.
#include "support/postfixture.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

class tst_CliPublish final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void commitsOnlyPostsAndTheirImages();
    void publishWithNothingToMerge();
    void differentKeysOfOnePostMergeCleanly();
    void sameKeyIsAConflictWithoutMarkers();
    void rejectedPushIsMergedAndRetried();
    void failedPushKeepsTheCommit();
    void unfinishedMergeIsLeftAlone();
    void sshNeverPromptsOnTheTerminal();
    void buildOutputIsNeverCommitted();
    void fileWithAFilterIsRefused();
    void conflictMarkersAreRefused();
    void stagedChangeIsNotOverwrittenByTheMerge();

private:
    Run run(const QString &program, const QStringList &args, const QString &folder);
    Run publish(const QString &clone, const QStringList &options = {});
    QByteArray git(const QString &clone, const QStringList &args);
    void clone(const QString &name);
    void write(const QString &relative, const QByteArray &bytes);
    QByteArray read(const QString &relative) const;
    QString path(const QString &relative) const { return m_dir->filePath(relative); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

const QByteArray &post = postwright::testing::nightSkyPost;
using postwright::testing::edited;

} // namespace

Run tst_CliPublish::run(const QString &program, const QStringList &args, const QString &folder)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    env.insert(QStringLiteral("POSTWRIGHT_CACHE_DIR"), path(QStringLiteral("cache")));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(folder);
    process.start(program, args);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

Run tst_CliPublish::publish(const QString &clone, const QStringList &options)
{
    return run(QStringLiteral(POSTWRIGHT_CLI), QStringList{QStringLiteral("publish"), path(clone + QStringLiteral("/blog"))} + options,
               path(clone));
}

QByteArray tst_CliPublish::git(const QString &clone, const QStringList &args)
{
    const Run result = run(QStringLiteral("git"), args, path(clone));
    if (result.exitCode != 0)
        qWarning("git %s: %s", qPrintable(args.join(QLatin1Char(' '))), result.err.constData());
    return result.exitCode == 0 ? result.out : QByteArray("git failed");
}

// A clone of the remote, with its own committer.
void tst_CliPublish::clone(const QString &name)
{
    QVERIFY(run(QStringLiteral("git"), {QStringLiteral("clone"), QStringLiteral("-q"), QUrl::fromLocalFile(path("remote.git")).toString(), name},
                m_dir->path()).exitCode == 0);
    git(name, {QStringLiteral("config"), QStringLiteral("user.name"), name});
    git(name, {QStringLiteral("config"), QStringLiteral("user.email"), name + QStringLiteral("@example.org")});
}

void tst_CliPublish::write(const QString &relative, const QByteArray &bytes)
{
    QVERIFY(QDir().mkpath(QFileInfo(path(relative)).absolutePath()));
    QFile file(path(relative));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QByteArray tst_CliPublish::read(const QString &relative) const
{
    QFile file(path(relative));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(missing)");
}

// remote.git holds a repository whose Hugo site is blog/; clone "a" made it.
void tst_CliPublish::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(run(QStringLiteral("git"), {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare"), QStringLiteral("-b"),
                                        QStringLiteral("main"), QStringLiteral("remote.git")},
                m_dir->path()).exitCode == 0);
    clone(QStringLiteral("a"));
    write("a/README", "The repository, not the site.\n");
    write("a/blog/hugo.toml", "title = \"Blog\"\n");
    write("a/blog/content/posts/night.md", post);
    git(QStringLiteral("a"), {QStringLiteral("add"), QStringLiteral("-A")});
    git(QStringLiteral("a"), {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("Start")});
    git(QStringLiteral("a"), {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("-u"), QStringLiteral("origin"), QStringLiteral("main")});
    clone(QStringLiteral("b"));
}

void tst_CliPublish::commitsOnlyPostsAndTheirImages()
{
    write("a/blog/content/posts/night.md", edited(post, "The first paragraph.", "![Moon](/images/moon.png)"));
    write("a/blog/content/posts/bundle/index.md", "---\ntitle: Bundle\n---\n![](cover.jpg)\n");
    write("a/blog/content/posts/bundle/cover.jpg", "jpeg");
    write("a/blog/static/images/moon.png", "png");
    write("a/blog/static/images/unused.png", "png");
    write("a/blog/hugo.toml", "title = \"Blog, changed\"\n");
    write("a/blog/.editor-backup.md", "a stray file\n");
    write("a/README", "Staged by the user, not part of the site.\n");
    git(QStringLiteral("a"), {QStringLiteral("add"), QStringLiteral("README")});

    const Run result = publish(QStringLiteral("a"), {QStringLiteral("--no-push")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    QVERIFY(result.out.contains("committed "));
    QVERIFY(result.out.contains(": Publish: Bundle; Night sky\n"));
    QVERIFY(result.out.contains("not committed (not a post or its image): modified hugo.toml\n"));
    QVERIFY(result.out.contains("not committed (not a post or its image): new static/images/unused.png\n"));
    QCOMPARE(git(QStringLiteral("a"), {QStringLiteral("show"), QStringLiteral("--name-status"), QStringLiteral("--format=%s"), QStringLiteral("HEAD")}),
             QByteArray("Publish: Bundle; Night sky\n\n"
                        "A\tblog/content/posts/bundle/cover.jpg\n"
                        "A\tblog/content/posts/bundle/index.md\n"
                        "M\tblog/content/posts/night.md\n"
                        "A\tblog/static/images/moon.png\n"));
    // What was left out is as it was: the user's staged file stays staged.
    QCOMPARE(git(QStringLiteral("a"), {QStringLiteral("status"), QStringLiteral("--porcelain")}),
             QByteArray("M  README\n M blog/hugo.toml\n?? blog/.editor-backup.md\n?? blog/static/images/unused.png\n"));
    // --no-push: the remote has not seen it.
    QCOMPARE(git(QStringLiteral("a"), {QStringLiteral("rev-list"), QStringLiteral("--count"), QStringLiteral("origin/main..HEAD")}), QByteArray("1\n"));
}

void tst_CliPublish::publishWithNothingToMerge()
{
    write("a/blog/content/posts/night.md", edited(post, "draft: false", "draft: true"));
    const Run result = publish(QStringLiteral("a"), {QStringLiteral("-m"), QStringLiteral("Hide the night post")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.endsWith("pushed to origin/main\n"));
    QVERIFY(!result.out.contains("merged"));
    const QByteArray head = git(QStringLiteral("a"), {QStringLiteral("rev-parse"), QStringLiteral("HEAD")});
    QCOMPARE(run(QStringLiteral("git"), {QStringLiteral("rev-parse"), QStringLiteral("main")}, path("remote.git")).out, head);
    QCOMPARE(git(QStringLiteral("a"), {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%s")}), QByteArray("Hide the night post\n"));
    // Published again with nothing changed: nothing to commit, still in sync.
    const Run again = publish(QStringLiteral("a"));
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.out.startsWith("nothing to commit\n"));
    // A new post staged and then deleted: still nothing to commit, no empty commit.
    write("a/blog/content/posts/gone.md", "---\ntitle: Gone\n---\n");
    git(QStringLiteral("a"), {QStringLiteral("add"), QStringLiteral("blog/content/posts/gone.md")});
    QVERIFY(QFile::remove(path("a/blog/content/posts/gone.md")));
    const Run gone = publish(QStringLiteral("a"), {QStringLiteral("--no-push")});
    QCOMPARE(gone.exitCode, 0);
    QCOMPARE(gone.out, QByteArray("nothing to commit\n"));
    QCOMPARE(git(QStringLiteral("a"), {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}), head);
    QCOMPARE(git(QStringLiteral("a"), {QStringLiteral("status"), QStringLiteral("--porcelain")}), QByteArray());
}

void tst_CliPublish::differentKeysOfOnePostMergeCleanly()
{
    // Neighbouring lines: git's own line merge would stop here.
    write("a/blog/content/posts/night.md", edited(post, "\"Night sky\"", "\"The night sky\""));
    QCOMPARE(publish(QStringLiteral("a")).exitCode, 0);
    write("b/blog/content/posts/night.md",
          edited(edited(post, "[astro, night]", "[astro, night, moon]"), "The second paragraph.", "The second, edited."));
    const Run result = publish(QStringLiteral("b"));
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("merged per key and block: blog/content/posts/night.md\n"));
    QVERIFY(result.out.endsWith("pushed to origin/main\n"));
    const QByteArray expected = edited(edited(edited(post, "\"Night sky\"", "\"The night sky\""), "[astro, night]",
                                              "[astro, night, moon]"),
                                       "The second paragraph.", "The second, edited.");
    QCOMPARE(read("b/blog/content/posts/night.md"), expected);
    QCOMPARE(git(QStringLiteral("b"), {QStringLiteral("status"), QStringLiteral("--porcelain")}), QByteArray());
    // The remote has the merge: a's next pull brings both changes.
    git(QStringLiteral("a"), {QStringLiteral("pull"), QStringLiteral("-q")});
    QCOMPARE(read("a/blog/content/posts/night.md"), expected);
}

void tst_CliPublish::sameKeyIsAConflictWithoutMarkers()
{
    write("a/blog/content/posts/night.md", edited(post, "\"Night sky\"", "\"Ours\""));
    QCOMPARE(publish(QStringLiteral("a")).exitCode, 0);
    const QByteArray mine = edited(edited(post, "\"Night sky\"", "\"Theirs\""), "[astro, night]", "[astro]");
    write("b/blog/content/posts/night.md", mine);
    const Run result = publish(QStringLiteral("b"));
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.contains("conflict: blog/content/posts/night.md\n"));
    QVERIFY(result.err.contains("blog/content/posts/night.md: both sides changed \"title\": ours \"Theirs\", theirs \"Ours\""));
    // No markers, no half-done merge: b's post and branch are b's commit.
    QCOMPARE(read("b/blog/content/posts/night.md"), mine);
    QCOMPARE(git(QStringLiteral("b"), {QStringLiteral("status"), QStringLiteral("--porcelain")}), QByteArray());
    QVERIFY(!QFile::exists(path("b/.git/MERGE_HEAD")));
    QCOMPARE(git(QStringLiteral("b"), {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%s")}), QByteArray("Publish: Theirs\n"));
    QCOMPARE(git(QStringLiteral("b"), {QStringLiteral("rev-list"), QStringLiteral("--count"), QStringLiteral("origin/main..HEAD")}), QByteArray("1\n"));
}

// Someone pushes between our fetch and our push (a pre-push hook does it
// here): the push is rejected, and publish fetches, merges and pushes again.
void tst_CliPublish::rejectedPushIsMergedAndRetried()
{
    clone(QStringLiteral("c"));
    write("c/blog/content/posts/night.md", edited(post, "draft: false", "draft: true"));
    git(QStringLiteral("c"), {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-am"), QStringLiteral("Meanwhile")});
    write("b/.git/hooks/pre-push", QStringLiteral("#!/bin/sh\n"
                                                  "if [ ! -e \"%1\" ]; then\n"
                                                  "  touch \"%1\"\n"
                                                  "  unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE\n"
                                                  "  git -C \"%2\" push -q origin main\n"
                                                  "fi\n")
                                       .arg(path("pushed-meanwhile"), path("c"))
                                       .toUtf8());
    QVERIFY(QFile::setPermissions(path("b/.git/hooks/pre-push"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    write("b/blog/content/posts/night.md", edited(post, "\"Night sky\"", "\"Retried\""));
    const Run result = publish(QStringLiteral("b"));
    QVERIFY2(result.exitCode == 0, result.out + result.err);
    QVERIFY(QFile::exists(path("pushed-meanwhile")));
    QVERIFY(result.out.contains("the push was rejected"));
    QVERIFY(result.out.endsWith("pushed to origin/main\n"));
    QCOMPARE(read("b/blog/content/posts/night.md"), edited(edited(post, "\"Night sky\"", "\"Retried\""), "draft: false", "draft: true"));
    QCOMPARE(run(QStringLiteral("git"), {QStringLiteral("rev-parse"), QStringLiteral("main")}, path("remote.git")).out,
             git(QStringLiteral("b"), {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}));
}

void tst_CliPublish::failedPushKeepsTheCommit()
{
    write("b/.git/hooks/pre-push", "#!/bin/sh\necho 'connection reset' >&2\nexit 1\n");
    QVERIFY(QFile::setPermissions(path("b/.git/hooks/pre-push"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    write("b/blog/content/posts/night.md", edited(post, "\"Night sky\"", "\"Kept\""));
    const Run result = publish(QStringLiteral("b"));
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.err.contains("push to origin failed; your commit stays here"));
    QVERIFY(result.err.contains("connection reset"));
    QCOMPARE(git(QStringLiteral("b"), {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%s")}), QByteArray("Publish: Kept\n"));
    QCOMPARE(git(QStringLiteral("b"), {QStringLiteral("rev-list"), QStringLiteral("--count"), QStringLiteral("origin/main..HEAD")}), QByteArray("1\n"));
    QCOMPARE(git(QStringLiteral("b"), {QStringLiteral("status"), QStringLiteral("--porcelain")}), QByteArray());
}

// A merge another tool started and left with markers: publish commits
// nothing over it.
void tst_CliPublish::unfinishedMergeIsLeftAlone()
{
    write("a/blog/content/posts/night.md", edited(post, "\"Night sky\"", "\"A\""));
    QCOMPARE(publish(QStringLiteral("a")).exitCode, 0);
    write("b/blog/content/posts/night.md", edited(post, "\"Night sky\"", "\"B\""));
    git(QStringLiteral("b"), {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-am"), QStringLiteral("B")});
    git(QStringLiteral("b"), {QStringLiteral("fetch"), QStringLiteral("-q")});
    QCOMPARE(run(QStringLiteral("git"), {QStringLiteral("merge"), QStringLiteral("-q"), QStringLiteral("origin/main")}, path("b")).exitCode, 1);
    const QByteArray withMarkers = read("b/blog/content/posts/night.md");
    QVERIFY(withMarkers.contains("<<<<<<<"));
    const QByteArray head = git(QStringLiteral("b"), {QStringLiteral("rev-parse"), QStringLiteral("HEAD")});

    const Run result = publish(QStringLiteral("b"));
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("a merge or rebase is in progress"), result.err.constData());
    QCOMPARE(git(QStringLiteral("b"), {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}), head);
    QCOMPARE(read("b/blog/content/posts/night.md"), withMarkers);
    QVERIFY(QFile::exists(path("b/.git/MERGE_HEAD")));
}

// ssh facing an unknown host key asks on /dev/tty: publish, even started
// from a terminal, runs git without one and with BatchMode, so the fetch
// fails at once and says so instead of waiting for an answer.
void tst_CliPublish::sshNeverPromptsOnTheTerminal()
{
    write("fakessh.sh", "#!/bin/bash\n"
                        "log=\"$(dirname \"$0\")/ssh.log\"\n"
                        "echo \"args: $*\" >> \"$log\"\n"
                        "if (exec 3</dev/tty) 2>/dev/null; then\n"
                        "  echo 'terminal: yes' >> \"$log\"\n"
                        "  printf 'Are you sure you want to continue connecting (yes/no)? ' > /dev/tty\n"
                        "  read -t 5 answer < /dev/tty\n"
                        "else\n"
                        "  echo 'terminal: none' >> \"$log\"\n"
                        "fi\n"
                        "echo 'Host key verification failed.' >&2\n"
                        "exit 255\n");
    QVERIFY(QFile::setPermissions(path("fakessh.sh"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    git(QStringLiteral("b"), {QStringLiteral("config"), QStringLiteral("core.sshCommand"), path("fakessh.sh")});
    git(QStringLiteral("b"), {QStringLiteral("remote"), QStringLiteral("set-url"), QStringLiteral("origin"),
                              QStringLiteral("ssh://git.example.invalid/remote.git")});
    write("b/blog/content/posts/night.md", edited(post, "\"Night sky\"", "\"Over SSH\""));

    // script(1) gives publish a controlling terminal, as in the user's shell.
    const QString command = QStringLiteral("'%1' publish '%2'").arg(QStringLiteral(POSTWRIGHT_CLI), path("b/blog"));
    const Run result = run(QStringLiteral("script"), {QStringLiteral("-qec"), command, QStringLiteral("/dev/null")}, path("b"));
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.contains("fetch from origin failed; your commit stays here"), result.out.constData());
    QVERIFY(result.out.contains("Host key verification failed."));
    const QByteArray log = read("ssh.log");
    QVERIFY2(log.contains("terminal: none\n") && !log.contains("terminal: yes"), log.constData());
    QVERIFY2(log.contains("args: -o BatchMode=yes git.example.invalid"), log.constData());
    QCOMPARE(git(QStringLiteral("b"), {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%s")}), QByteArray("Publish: Over SSH\n"));
}

// Hugo's public/ and resources/_gen/ hold copies of the site's images; a
// plain folder's _site/ a generated page: only the image the post shows
// (by its path) and the post itself are committed.
void tst_CliPublish::buildOutputIsNeverCommitted()
{
    write("a/blog/content/posts/night.md",
          edited(post, "The first paragraph.", "![Cover](/img/cover.png)\n\n{{< figure src=\"/img/figure.png\" >}}"));
    write("a/blog/static/img/cover.png", "png");
    write("a/blog/static/img/figure.png", "png");
    write("a/blog/public/img/cover.png", "png");
    write("a/blog/public/posts/night/index.md", "---\ntitle: Copy\n---\n");
    write("a/blog/resources/_gen/images/cover_hu123.png", "png");
    write("a/blog/content/posts/other/cover.png", "png");
    const Run result = publish(QStringLiteral("a"), {QStringLiteral("--no-push")});
    QVERIFY2(result.exitCode == 0, result.out + result.err);
    QVERIFY(result.out.contains("not committed (not a post or its image): new public/img/cover.png\n"));
    QCOMPARE(git(QStringLiteral("a"), {QStringLiteral("show"), QStringLiteral("--name-status"), QStringLiteral("--format=%s"), QStringLiteral("HEAD")}),
             QByteArray("Publish: Night sky\n\n"
                        "M\tblog/content/posts/night.md\n"
                        "A\tblog/static/img/cover.png\n"
                        "A\tblog/static/img/figure.png\n"));

    write("a/notes/first.md", "# First\n");
    write("a/notes/_site/gen.md", "# Generated\n");
    const Run plain = run(QStringLiteral(POSTWRIGHT_CLI), {QStringLiteral("publish"), path("a/notes"), QStringLiteral("--no-push")}, path("a"));
    QVERIFY2(plain.exitCode == 0, plain.out + plain.err);
    QCOMPARE(git(QStringLiteral("a"), {QStringLiteral("show"), QStringLiteral("--name-status"), QStringLiteral("--format="), QStringLiteral("HEAD")}),
             QByteArray("A\tnotes/first.md\n"));
}

// Git LFS stores an image through its clean filter, which only the user's
// git runs: publish names the file and commits nothing.
void tst_CliPublish::fileWithAFilterIsRefused()
{
    write("a/.gitattributes", "*.png filter=fake\n");
    git(QStringLiteral("a"), {QStringLiteral("config"), QStringLiteral("filter.fake.clean"), QStringLiteral("sed s/png/pointer/")});
    write("a/blog/content/posts/night.md", edited(post, "The first paragraph.", "![Moon](/images/moon.png)"));
    write("a/blog/static/images/moon.png", "png");
    const QByteArray head = git(QStringLiteral("a"), {QStringLiteral("rev-parse"), QStringLiteral("HEAD")});
    const Run result = publish(QStringLiteral("a"), {QStringLiteral("--no-push")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("blog/static/images/moon.png: Git stores this file through the filter \"fake\""), result.err.constData());
    QCOMPARE(git(QStringLiteral("a"), {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}), head);
    QCOMPARE(git(QStringLiteral("a"), {QStringLiteral("status"), QStringLiteral("--porcelain"), QStringLiteral("--untracked-files=no")}),
             QByteArray(" M blog/content/posts/night.md\n"));
}

// A post pasted back with a merge's markers in it is not published; a
// Markdown heading underlined with "=======" is no marker.
void tst_CliPublish::conflictMarkersAreRefused()
{
    write("a/blog/content/posts/night.md", edited(post, "The second paragraph.\n",
                                                  "<<<<<<< HEAD\nThe second paragraph.\n=======\nAnother second paragraph.\n>>>>>>> theirs\n"));
    write("a/blog/content/posts/heading.md", "---\ntitle: Heading\n---\nA heading\n=======\n\n>>>>>>> not a marker either\n");
    const QByteArray head = git(QStringLiteral("a"), {QStringLiteral("rev-parse"), QStringLiteral("HEAD")});
    const Run result = publish(QStringLiteral("a"), {QStringLiteral("--no-push")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("blog/content/posts/night.md:9:1: conflict markers from a merge"), result.err.constData());
    QVERIFY(!result.err.contains("heading.md"));
    QVERIFY(result.out.contains("publish stopped: a post holds conflict markers; nothing was committed\n"));
    QCOMPARE(git(QStringLiteral("a"), {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}), head);

    QVERIFY(QFile::remove(path("a/blog/content/posts/night.md")));
    git(QStringLiteral("a"), {QStringLiteral("checkout"), QStringLiteral("--"), QStringLiteral("blog/content/posts/night.md")});
    const Run clean = publish(QStringLiteral("a"), {QStringLiteral("--no-push")});
    QVERIFY2(clean.exitCode == 0, clean.out + clean.err);
    QVERIFY(clean.out.contains(": Publish: Heading\n"));
}

// The user staged a change and put the file back as HEAD has it; the
// upstream changed that file: the merge stops, as git merge would.
void tst_CliPublish::stagedChangeIsNotOverwrittenByTheMerge()
{
    write("a/blog/hugo.toml", "title = \"Blog, theirs\"\n");
    git(QStringLiteral("a"), {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-am"), QStringLiteral("Theirs")});
    git(QStringLiteral("a"), {QStringLiteral("push"), QStringLiteral("-q")});
    write("b/blog/hugo.toml", "title = \"Blog, staged\"\n");
    git(QStringLiteral("b"), {QStringLiteral("add"), QStringLiteral("blog/hugo.toml")});
    write("b/blog/hugo.toml", "title = \"Blog\"\n");
    const QByteArray head = git(QStringLiteral("b"), {QStringLiteral("rev-parse"), QStringLiteral("HEAD")});

    const Run result = publish(QStringLiteral("b"));
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("your staged changes to blog/hugo.toml would be overwritten by the merge"), result.err.constData());
    QCOMPARE(git(QStringLiteral("b"), {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}), head);
    QCOMPARE(git(QStringLiteral("b"), {QStringLiteral("show"), QStringLiteral(":blog/hugo.toml")}), QByteArray("title = \"Blog, staged\"\n"));
}

QTEST_GUILESS_MAIN(tst_CliPublish)
#include "tst_cli_publish.moc"
