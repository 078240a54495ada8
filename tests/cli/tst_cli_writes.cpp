// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The command line's writers as a user meets them: a read-only post is
// refused until --force (set, tag, check --fix), a new post or a rendered
// page never goes through a symbolic link, a full disk is named as such,
// a folder the user may not write to is named as such, and a one-post
// export never destroys the user's files in FILE_files/.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

#include "support/smalldisk.h"
#include "support/testfiles.h"

using namespace postwright::testing;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

const QByteArray post = "---\ntitle: Old\ntags: [alpha]\n---\nThe body.\n";

mode_t modeOf(const QString &path)
{
    struct stat info {};
    ::lstat(QFile::encodeName(path).constData(), &info);
    return info.st_mode & 07777;
}

void makeReadOnly(const QString &path)
{
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
}

} // namespace

class tst_CliWrites final : public QObject
{
    Q_OBJECT

private slots:
    void saveSyncsFileThenFolder();
    void readOnlyPostNeedsForce_data();
    void readOnlyPostNeedsForce();
    void newPostNeverGoesThroughALink();
    void renderNeverWritesThroughALink();
    void exportToAFullDiskSaysSo();
    void permissionDeniedSaysSo();
    void exportPostAssetsKeepTheUsersFiles_data();
    void exportPostAssetsKeepTheUsersFiles();

private:
    Run run(const QStringList &args);
    QTemporaryDir m_cache;
};

Run tst_CliWrites::run(const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("POSTWRIGHT_CACHE_DIR"), m_cache.path());
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(POSTWRIGHT_CLI), args);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

void tst_CliWrites::saveSyncsFileThenFolder()
{
    // What the kernel is asked, seen by strace: the temporary beside the
    // post, synced, renamed over it, then the folder synced.
    const QString strace = QStandardPaths::findExecutable(QStringLiteral("strace"));
    if (strace.isEmpty())
        QSKIP("strace is not installed");
    QTemporaryDir site;
    const QString path = site.filePath("post.md");
    writeFile(path, post);
    const QString log = site.filePath("strace.log");
    QProcess process;
    process.start(strace, {"-f", "-y", "-qq", "-e", "trace=fsync,fdatasync,rename,renameat,renameat2", "-o", log,
                           QStringLiteral(POSTWRIGHT_CLI), "set", path, "title=New"});
    QVERIFY(process.waitForFinished(60000));
    if (process.exitCode() != 0 && readAll(log).isEmpty())
        QSKIP(qPrintable("strace cannot trace here: " + QString::fromLocal8Bit(process.readAllStandardError())));
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(readAll(path), QByteArray("---\ntitle: New\ntags: [alpha]\n---\nThe body.\n"));

    const QString folder = QRegularExpression::escape(site.path());
    const QString temporary = folder + "/\\.post\\.md\\.[a-z0-9]{6}\\.pw-tmp";
    const QList<QRegularExpression> steps{
        QRegularExpression("\\bf(data)?sync\\(\\d+<" + temporary + ">\\) += 0"),
        QRegularExpression("\\brename(at2?)?\\(.*\"" + temporary + "\".*\"" + folder + "/post\\.md\".*\\) += 0"),
        QRegularExpression("\\bfsync\\(\\d+<" + folder + ">\\) += 0")};
    qsizetype step = 0;
    const QStringList lines = QString::fromUtf8(readAll(log)).split('\n');
    for (const QString &line : lines) {
        if (step < steps.size() && steps.at(step).match(line).hasMatch())
            ++step;
    }
    QVERIFY2(step == steps.size(), qPrintable(QStringLiteral("step %1 of %2 not seen in:\n").arg(step + 1).arg(steps.size())
                                              + lines.join('\n')));
}

void tst_CliWrites::readOnlyPostNeedsForce_data()
{
    QTest::addColumn<QStringList>("command");   // POST and SITE stand for the paths
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("refusedExit");
    QTest::addColumn<QByteArray>("changedTo");
    QTest::newRow("set") << QStringList{"set", "POST", "title=New"} << post << 2
                         << QByteArray("---\ntitle: New\ntags: [alpha]\n---\nThe body.\n");
    QTest::newRow("tag rename") << QStringList{"tag", "rename", "alpha", "beta", "SITE"} << post << 1
                                << QByteArray("---\ntitle: Old\ntags: [beta]\n---\nThe body.\n");
    QTest::newRow("check --fix") << QStringList{"check", "--fix", "POST"}
                                 << QByteArray("---\ntitle: Old\n---\nA cafÃ© on the corner.\n") << 1
                                 << QByteArray("---\ntitle: Old\n---\nA café on the corner.\n");
}

void tst_CliWrites::readOnlyPostNeedsForce()
{
    QFETCH(QStringList, command);
    QFETCH(QByteArray, text);
    QFETCH(int, refusedExit);
    QFETCH(QByteArray, changedTo);
    QTemporaryDir site;
    const QString path = site.filePath("post.md");
    writeFile(path, text);
    makeReadOnly(path);
    command.replaceInStrings(QRegularExpression("^POST$"), path);
    command.replaceInStrings(QRegularExpression("^SITE$"), site.path());

    const Run refused = run(command);
    QCOMPARE(refused.exitCode, refusedExit);
    QVERIFY2(refused.err.contains(path + ": is read-only (mode 0444): not written; give --force to write it anyway\n"),
             qPrintable(refused.err));
    QCOMPARE(readAll(path), text);

    const Run forced = run(command << "--force");
    QVERIFY2(forced.exitCode == 0, qPrintable(forced.err));
    QCOMPARE(readAll(path), changedTo);
    QCOMPARE(modeOf(path), mode_t(0444));   // it stays read-only
}

void tst_CliWrites::newPostNeverGoesThroughALink()
{
    QTemporaryDir site;
    QTemporaryDir outside;
    writeFile(site.filePath("hugo.toml"), "title = \"Blog\"\n");
    QVERIFY(QDir().mkpath(site.filePath("content/posts")));
    const QString planted = outside.filePath("planted.md");
    const QString path = site.filePath("content/posts/hello-world.md");
    QVERIFY(QFile::link(planted, path));

    const Run created = run({"new", site.path(), "Hello World"});
    QCOMPARE(created.exitCode, 2);
    QCOMPARE(created.err, path + ": is a symbolic link (to " + planted + "): a new file is not created through it\n");
    QVERIFY2(!QFile::exists(planted), "the new post was written through the link");
}

void tst_CliWrites::renderNeverWritesThroughALink()
{
    QTemporaryDir dir;
    QTemporaryDir outside;
    const QString source = dir.filePath("post.md");
    writeFile(source, post);
    const QString secret = outside.filePath("secret.txt");
    writeFile(secret, "keep me\n");
    const QString page = dir.filePath("page.html");
    QVERIFY(QFile::link(secret, page));

    const Run rendered = run({"render", source, "-o", page});
    QVERIFY2(rendered.exitCode == 0, qPrintable(rendered.err));
    QCOMPARE(readAll(secret), QByteArray("keep me\n"));
    QVERIFY(!QFileInfo(page).isSymLink());
    QVERIFY(readAll(page).contains("<h1"));
}

void tst_CliWrites::exportToAFullDiskSaysSo()
{
    SmallDisk disk(200 * 1024);
    POSTWRIGHT_REQUIRE_MOUNT(disk);
    QTemporaryDir site;
    writeFile(site.filePath("hugo.toml"), "title = \"Blog\"\n");
    for (int n = 0; n < 5; ++n)
        writeFile(site.filePath(QStringLiteral("content/posts/p%1.md").arg(n)),
                  "---\ntitle: P" + QByteArray::number(n) + "\n---\n" + QByteArray(60 * 1024, 'z') + "\n");
    const QString out = disk.filePath("out");
    const Run exported = run({"export", site.path(), "-o", out});
    QCOMPARE(exported.exitCode, 2);
    const QRegularExpression message(QStringLiteral(
        "^\\Q%1/\\E\\S+: cannot write: No space left on device; the export stopped and the previous export is left as it was\n$")
                                                .arg(out));
    QVERIFY2(message.match(exported.err).hasMatch(), qPrintable(exported.err));
    QCOMPARE(snapshot(out), (QMap<QString, QByteArray>()));
}

// A folder the user may not write to: the error names the cause, the post
// is as it was and nothing is left beside it. Root may write anywhere, so
// the command runs as "nobody" (setpriv, util-linux).
void tst_CliWrites::permissionDeniedSaysSo()
{
    const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
    if (::geteuid() != 0 || setpriv.isEmpty())
        QSKIP("needs root and setpriv to run the command as another user");
    QTemporaryDir site;
    const QString folder = site.filePath("locked");
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + "/post.md";
    writeFile(path, post);
    QVERIFY(::chmod(QFile::encodeName(site.path()).constData(), 0755) == 0);
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0666) == 0);   // the post itself is writable
    QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0555) == 0);   // its folder is not
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("POSTWRIGHT_CACHE_DIR"), site.filePath("cache"));
    process.setProcessEnvironment(env);
    process.start(setpriv, {"--reuid=65534", "--regid=65534", "--clear-groups", QStringLiteral(POSTWRIGHT_CLI), "set",
                            path, "title=New"});
    QVERIFY(process.waitForFinished(60000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitCode(), 2);
    QCOMPARE(err, path + ": cannot write: Permission denied\n");
    QCOMPARE(readAll(path), post);
    QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{"post.md"});
    QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0755) == 0);   // so that the folder can be removed
}

void tst_CliWrites::exportPostAssetsKeepTheUsersFiles_data()
{
    QTest::addColumn<QString>("shown");   // the user's file in post_files/ that the post shows
    QTest::addColumn<QString>("unshown");   // one the post does not show (may be empty)
    QTest::addColumn<QStringList>("names");   // a/pic.png, b/pic.png, then the shown file
    QTest::newRow("pic.png shown first") << "post_files/pic.png" << QString() << QStringList{"pic-2.png", "pic-3.png", "pic.png"};
    QTest::newRow("pic-2.png shown") << "post_files/pic-2.png" << QString() << QStringList{"pic.png", "pic-3.png", "pic-2.png"};
    QTest::newRow("pic.png not shown") << "post_files/pic-3.png" << "post_files/pic.png"
                                       << QStringList{"pic-2.png", "pic-4.png", "pic-3.png"};
}

void tst_CliWrites::exportPostAssetsKeepTheUsersFiles()
{
    QFETCH(QString, shown);
    QFETCH(QString, unshown);
    QFETCH(QStringList, names);
    QTemporaryDir dir;
    if (!unshown.isEmpty())
        writeFile(dir.filePath(unshown), "another picture of the user's");
    writeFile(dir.filePath("a/pic.png"), "picture A");
    writeFile(dir.filePath("b/pic.png"), "picture B");
    writeFile(dir.filePath(shown), "the user's own picture");
    writeFile(dir.filePath("post.md"), "---\ntitle: Pictures\n---\n![a](a/pic.png)\n\n![b](b/pic.png)\n\n![mine](" + shown.toUtf8()
                                           + ")\n\n![a again](a/pic.png)\n");

    const Run exported = run({"export", dir.filePath("post.md"), "-o", dir.filePath("post.html"), "--assets"});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QCOMPARE(readAll(dir.filePath(shown)), QByteArray("the user's own picture"));
    if (!unshown.isEmpty())
        QCOMPARE(readAll(dir.filePath(unshown)), QByteArray("another picture of the user's"));
    QCOMPARE(readAll(dir.filePath("post_files/" + names.at(0))), QByteArray("picture A"));
    QCOMPARE(readAll(dir.filePath("post_files/" + names.at(1))), QByteArray("picture B"));
    static const QRegularExpression source(QStringLiteral("<img src=\"([^\"]+)\""));
    QStringList sources;
    for (auto it = source.globalMatch(QString::fromUtf8(readAll(dir.filePath("post.html")))); it.hasNext();)
        sources.append(it.next().captured(1));
    QCOMPARE(sources, (QStringList{"post_files/" + names.at(0), "post_files/" + names.at(1), "post_files/" + names.at(2),
                                   "post_files/" + names.at(0)}));

    // Exported again: the same names, the copies of the first run replaced.
    const Run again = run({"export", dir.filePath("post.md"), "-o", dir.filePath("post.html"), "--assets"});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QStringList files = QDir(dir.filePath("post_files")).entryList(QDir::Files);
    QCOMPARE(files.size(), unshown.isEmpty() ? 3 : 4);
    QVERIFY(readAll(dir.filePath("post.html")).contains("post_files/" + names.at(1).toUtf8()));
}

QTEST_GUILESS_MAIN(tst_CliWrites)
#include "tst_cli_writes.moc"
