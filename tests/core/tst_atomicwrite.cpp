// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The one way Postwright writes a file (files/atomicwrite.h), seen through
// what the user has on disk afterwards: the post's mode and owner, its
// other names (hard links) and symbolic links, the old version after a
// full disk, and nothing created through a link where a new file goes.
#include "files/atomicwrite.h"
#include "post/post.h"
#include "site/newpost.h"
#include "site/siteconfig.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

#include "support/smalldisk.h"
#include "support/testfiles.h"

using namespace postwright;
using namespace postwright::testing;

namespace {

const QByteArray oldPost = "---\ntitle: Old\n---\nThe old text, whole.\n";

struct stat statOf(const QString &path)
{
    struct stat info {};
    ::lstat(QFile::encodeName(path).constData(), &info);
    return info;
}

// The post at path with a new title, saved through Post::save.
Result<Success> retitle(const QString &path, const QString &title)
{
    Result<Post> loaded = Post::load(path);
    if (!loaded)
        return loaded.error();
    Post post = std::move(loaded).value();
    if (const auto set = post.setField(QStringLiteral("title"), Value::fromString(title)); !set)
        return set.error();
    return post.save();
}

// The names in folder other than the ones given: what a writer left behind.
QStringList leftovers(const QString &folder, const QStringList &expected)
{
    QStringList names = QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QString &name : expected)
        names.removeAll(name);
    return names;
}

} // namespace

class tst_AtomicWrite final : public QObject
{
    Q_OBJECT

private slots:
    void saveKeepsModeAndOwner_data();
    void saveKeepsModeAndOwner();
    void readOnlyPostIsRefused();
    void readOnlyPostIsSavedWhenForced();
    void hardLinkedPostIsNeverSplit();
    void symlinkedPostStaysALink();
    void fullDiskKeepsTheOldPost();
    void fullDiskNamesTheCause_data();
    void fullDiskNamesTheCause();
    void linkInPlaceIsReplacedNotWrittenThrough_data();
    void linkInPlaceIsReplacedNotWrittenThrough();
    void newFileNeverGoesThroughALink_data();
    void newFileNeverGoesThroughALink();
    void newPostNeverFollowsADanglingLink();
};

void tst_AtomicWrite::saveKeepsModeAndOwner_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("owner");
    QTest::addColumn<int>("group");
    QTest::newRow("0600, own") << 0600 << -1 << -1;
    QTest::newRow("0640, own") << 0640 << -1 << -1;
    QTest::newRow("0664, another user and group") << 0664 << 1234 << 5678;
    QTest::newRow("0604, another group") << 0604 << -1 << 4321;
}

void tst_AtomicWrite::saveKeepsModeAndOwner()
{
    QFETCH(int, mode);
    QFETCH(int, owner);
    QFETCH(int, group);
    if ((owner >= 0 || group >= 0) && ::geteuid() != 0)
        QSKIP("giving a file to another user needs root");
    QTemporaryDir dir;
    const QString path = dir.filePath("post.md");
    writeFile(path, oldPost);
    QCOMPARE(::chown(QFile::encodeName(path).constData(), uid_t(owner), gid_t(group)), 0);
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), mode_t(mode)), 0);
    const struct stat before = statOf(path);

    const Result<Success> saved = retitle(path, "New");
    QVERIFY2(saved.ok(), qPrintable(saved ? QString() : saved.error().toString()));
    const struct stat after = statOf(path);
    QVERIFY(readAll(path).contains("title: New"));
    QCOMPARE(after.st_mode & 07777, mode_t(mode));
    QCOMPARE(after.st_uid, before.st_uid);
    QCOMPARE(after.st_gid, before.st_gid);
    QVERIFY2(after.st_ino != before.st_ino, "the post was rewritten in place, not replaced");
    QCOMPARE(leftovers(dir.path(), {"post.md"}), QStringList());
}

void tst_AtomicWrite::readOnlyPostIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("post.md");
    writeFile(path, oldPost);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);

    const Result<Success> saved = retitle(path, "New");
    QVERIFY(!saved);
    QCOMPARE(saved.error().toString(), path + ": is read-only (mode 0444): not written");
    QCOMPARE(readAll(path), oldPost);
    QCOMPARE(statOf(path).st_mode & 07777, mode_t(0444));
}

void tst_AtomicWrite::readOnlyPostIsSavedWhenForced()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("post.md");
    writeFile(path, oldPost);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    Post post = Post::load(path).value();
    QVERIFY(post.setField("title", Value::fromString("New")).ok());
    const Result<Success> refused = post.save();
    QVERIFY2(!refused, "the read-only post was saved without being forced");
    QCOMPARE(refused.error().code, QString("read-only"));

    SaveOptions force;
    force.replaceReadOnly = true;
    QVERIFY(post.save(path, force).ok());
    QCOMPARE(readAll(path), post.toBytes());
    QCOMPARE(statOf(path).st_mode & 07777, mode_t(0444));   // still read-only
}

void tst_AtomicWrite::hardLinkedPostIsNeverSplit()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("post.md");
    const QString twin = dir.filePath("twin.md");
    writeFile(path, oldPost);
    QCOMPARE(::link(QFile::encodeName(path).constData(), QFile::encodeName(twin).constData()), 0);

    const Result<Success> saved = retitle(path, "New");
    QVERIFY(!saved);
    QCOMPARE(saved.error().toString(), path + ": has 2 names (hard links); saving would split them, giving only this "
                                              "name the new text: not written");
    QCOMPARE(readAll(path), oldPost);
    QCOMPARE(readAll(twin), oldPost);
    QCOMPARE(statOf(path).st_ino, statOf(twin).st_ino);
    QCOMPARE(statOf(path).st_nlink, nlink_t(2));
}

void tst_AtomicWrite::symlinkedPostStaysALink()
{
    QTemporaryDir dir;
    const QString real = dir.filePath("drafts/real.md");
    const QString link = dir.filePath("posts/link.md");
    writeFile(real, oldPost);
    QVERIFY(QDir().mkpath(dir.filePath("posts")));
    QVERIFY(QFile::link("../drafts/real.md", link));

    QVERIFY(retitle(link, "New").ok());
    QVERIFY(S_ISLNK(statOf(link).st_mode));
    QCOMPARE(QFile::symLinkTarget(link), real);
    QVERIFY(readAll(real).contains("title: New"));
    QCOMPARE(leftovers(dir.filePath("posts"), {"link.md"}), QStringList());
    QCOMPARE(leftovers(dir.filePath("drafts"), {"real.md"}), QStringList());
}

void tst_AtomicWrite::fullDiskKeepsTheOldPost()
{
    SmallDisk disk(64 * 1024);
    POSTWRIGHT_REQUIRE_MOUNT(disk);
    const QString path = disk.filePath("post.md");
    writeFile(path, oldPost);
    Post post = Post::load(path).value();
    // Twice the disk: it cannot fit.
    post.setText(post.text() + QString(128 * 1024, QLatin1Char('x')));

    const Result<Success> saved = post.save();
    QVERIFY(!saved);
    QCOMPARE(saved.error().toString(), path + ": cannot write: No space left on device");
    QCOMPARE(readAll(path), oldPost);
    QCOMPARE(leftovers(disk.path(), {"post.md"}), QStringList());
}

void tst_AtomicWrite::fullDiskNamesTheCause_data()
{
    QTest::addColumn<bool>("copy");
    QTest::newRow("bytes") << false;
    QTest::newRow("copy of a file") << true;
}

void tst_AtomicWrite::fullDiskNamesTheCause()
{
    QFETCH(bool, copy);
    SmallDisk disk(64 * 1024);
    POSTWRIGHT_REQUIRE_MOUNT(disk);
    QTemporaryDir source;
    const QByteArray big(128 * 1024, 'x');
    writeFile(source.filePath("big.bin"), big);
    const QString path = disk.filePath("page.html");
    writeFile(path, "<p>old</p>");

    const Result<Success> written = copy ? copyFileAtomically(source.filePath("big.bin"), path)
                                         : writeFileAtomically(path, big);
    QVERIFY(!written);
    QCOMPARE(written.error().toString(), path + ": cannot write: No space left on device");
    QCOMPARE(readAll(path), QByteArray("<p>old</p>"));
    QCOMPARE(leftovers(disk.path(), {"page.html"}), QStringList());
}

void tst_AtomicWrite::linkInPlaceIsReplacedNotWrittenThrough_data()
{
    QTest::addColumn<bool>("symbolic");
    QTest::newRow("symbolic link") << true;
    QTest::newRow("hard link") << false;
}

void tst_AtomicWrite::linkInPlaceIsReplacedNotWrittenThrough()
{
    QFETCH(bool, symbolic);
    QTemporaryDir outside;
    QTemporaryDir out;
    const QString secret = outside.filePath("secret.txt");
    writeFile(secret, "the user's own file\n");
    const QString page = out.filePath("page.html");
    if (symbolic)
        QVERIFY(QFile::link(secret, page));
    else
        QCOMPARE(::link(QFile::encodeName(secret).constData(), QFile::encodeName(page).constData()), 0);

    QVERIFY(writeFileAtomically(page, "<p>new</p>").ok());
    QCOMPARE(readAll(secret), QByteArray("the user's own file\n"));
    QCOMPARE(statOf(secret).st_nlink, nlink_t(1));
    QVERIFY(S_ISREG(statOf(page).st_mode));
    QCOMPARE(readAll(page), QByteArray("<p>new</p>"));
}

void tst_AtomicWrite::newFileNeverGoesThroughALink_data()
{
    QTest::addColumn<bool>("dangling");
    QTest::newRow("dangling symbolic link") << true;
    QTest::newRow("symbolic link to a file") << false;
}

void tst_AtomicWrite::newFileNeverGoesThroughALink()
{
    QFETCH(bool, dangling);
    QTemporaryDir outside;
    QTemporaryDir dir;
    const QString target = outside.filePath("target.md");
    if (!dangling)
        writeFile(target, "kept\n");
    const QString path = dir.filePath("new.md");
    QVERIFY(QFile::link(target, path));

    WriteOptions create;
    create.createOnly = true;
    const Result<Success> written = writeFileAtomically(path, "new\n", create);
    QVERIFY(!written);
    QCOMPARE(written.error().code, QString("symlink"));
    QCOMPARE(written.error().toString(), path + ": is a symbolic link (to " + target + "): a new file is not created through it");
    QCOMPARE(QFile::exists(target), !dangling);
    if (!dangling)
        QCOMPARE(readAll(target), QByteArray("kept\n"));
    QCOMPARE(leftovers(dir.path(), {"new.md"}), QStringList());
}

void tst_AtomicWrite::newPostNeverFollowsADanglingLink()
{
    QTemporaryDir outside;
    QTemporaryDir site;
    writeFile(site.filePath("hugo.toml"), "title = \"Blog\"\n");
    QVERIFY(QDir().mkpath(site.filePath("content/posts")));
    const QString target = outside.filePath("planted.md");
    const QString path = site.filePath("content/posts/hello.md");
    QVERIFY(QFile::link(target, path));
    const Result<SiteConfig> config = detectSite(site.path());
    QVERIFY(config.ok());

    NewPostOptions options;
    options.title = "Hello";
    const Result<QString> created = createPost(config.value(), options);
    QVERIFY(!created);
    QCOMPARE(created.error().toString(), path + ": is a symbolic link (to " + target + "): a new file is not created through it");
    QVERIFY2(!QFile::exists(target), "the new post was written through the link");
}

QTEST_GUILESS_MAIN(tst_AtomicWrite)
#include "tst_atomicwrite.moc"
