// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A tag rename over a few thousand posts while another program works on
// the same files: a second thread sees each post being read (inotify) and
// at once appends a line to it, or deletes it. Nothing appended may be
// lost, nothing deleted may come back, and a deleted post is reported as
// deleted during the change (not as outside the site).
#include "site/indexbuilder.h"
#include "site/termedit.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <fcntl.h>
#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

#include "support/smalldisk.h"
#include "support/testfiles.h"

using namespace postwright;
using namespace postwright::testing;

namespace {

constexpr int postCount = 3000;

QString postName(int n)
{
    return QStringLiteral("post-%1.md").arg(n, 4, 10, QLatin1Char('0'));
}

int postNumber(const QString &name)
{
    return name.mid(5, 4).toInt();
}

// The other program: reacts to each post that the edit reads (closed
// without writing) by appending a line to it (two posts in three) or
// deleting it (one in nine), once per post.
class Meddler final : public QThread
{
public:
    explicit Meddler(const QString &folder)
        : m_folder(folder)
    {
        m_inotify = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
        if (m_inotify >= 0)
            inotify_add_watch(m_inotify, QFile::encodeName(folder).constData(), IN_CLOSE_NOWRITE);
    }
    ~Meddler() override
    {
        if (m_inotify >= 0)
            ::close(m_inotify);
    }

    bool isWatching() const { return m_inotify >= 0; }
    void stop() { m_stop = true; }
    QHash<QString, QByteArray> appended() const { return m_appended; }
    QSet<QString> deleted() const { return m_deleted; }

protected:
    void run() override
    {
        char buffer[64 * 1024];
        while (!m_stop) {
            pollfd fd{m_inotify, POLLIN, 0};
            if (::poll(&fd, 1, 20) <= 0)
                continue;
            const ssize_t n = ::read(m_inotify, buffer, sizeof buffer);
            for (ssize_t at = 0; at < n;) {
                const auto *event = reinterpret_cast<const inotify_event *>(buffer + at);
                at += ssize_t(sizeof(inotify_event) + event->len);
                if (event->len > 0)
                    meddle(QFile::decodeName(event->name));
            }
        }
    }

private:
    void meddle(const QString &name)
    {
        if (!name.startsWith("post-") || !name.endsWith(".md") || m_seen.contains(name))
            return;
        m_seen.insert(name);
        const int n = postNumber(name);
        const QByteArray path = QFile::encodeName(m_folder + QLatin1Char('/') + name);
        if (n % 9 == 4) {
            if (::unlink(path.constData()) == 0)
                m_deleted.insert(name);
        } else if (n % 3 != 0) {
            const QByteArray line = "Appended by the other program to " + name.toUtf8() + ".\n";
            const int fd = ::open(path.constData(), O_WRONLY | O_APPEND | O_CLOEXEC);
            if (fd >= 0 && ::write(fd, line.constData(), size_t(line.size())) == line.size())
                m_appended.insert(name, line);
            if (fd >= 0)
                ::close(fd);
        }
    }

    QString m_folder;
    int m_inotify = -1;
    std::atomic<bool> m_stop = false;
    QSet<QString> m_seen;
    QHash<QString, QByteArray> m_appended;
    QSet<QString> m_deleted;
};

} // namespace

class tst_TermRace final : public QObject
{
    Q_OBJECT

private slots:
    void renameRacesWithAppendsAndDeletes();
};

void tst_TermRace::renameRacesWithAppendsAndDeletes()
{
    // On a tmpfs of its own when it can have one, where syncing the files
    // costs nothing: the race is what is tested, not the disk.
    SmallDisk disk(64 * 1024 * 1024);
    QTemporaryDir fallback;
    const QString root = disk.isMounted() ? disk.path() : fallback.path();
    const QString folder = root + "/posts";
    QVERIFY(QDir().mkpath(folder));
    for (int n = 0; n < postCount; ++n) {
        writeFile(folder + QLatin1Char('/') + postName(n),
                  "---\ntitle: Post " + QByteArray::number(n) + "\ntags: [old, keep]\n---\nThe body of post "
                      + QByteArray::number(n) + ".\n");
    }
    IndexOptions options;
    options.useCache = false;
    const Result<SiteIndex> index = indexSite(root, options);
    QVERIFY(index.ok());
    QCOMPARE(index.value().posts().size(), qsizetype(postCount));
    TermEdit edit;
    edit.kind = TermEdit::Kind::Rename;
    edit.term = "old";
    edit.replacement = "new";
    const TermEditPlan plan = planTermEdit(index.value(), edit);
    QCOMPARE(plan.files().size(), qsizetype(postCount));

    Meddler meddler(folder);
    QVERIFY(meddler.isWatching());
    meddler.start();
    const TermEditReport report = applyTermEditPlan(index.value().config(), plan);
    QTest::qWait(200);   // the last events
    meddler.stop();
    QVERIFY(meddler.wait(10000));

    const QHash<QString, QByteArray> appended = meddler.appended();
    const QSet<QString> deleted = meddler.deleted();
    qInfo("%lld appends, %lld deletes during the rename; %lld written, %lld skipped, %lld failed",
          qint64(appended.size()), qint64(deleted.size()), qint64(report.written.size()), qint64(report.skipped.size()),
          qint64(report.failed.size()));
    QVERIFY2(appended.size() > postCount / 3 && deleted.size() > postCount / 20, "the other program hardly ran");

    for (const Error &error : report.failed)
        QFAIL(qPrintable("failed: " + error.toString()));
    // Deleted before the edit replaced it: skipped. A post deleted after the
    // edit was written counts as written; either way it stays deleted.
    for (const Error &error : report.skipped) {
        QCOMPARE(error.message, QString("deleted during the change: left deleted"));
        QVERIFY2(deleted.contains(QFileInfo(error.path).fileName()), qPrintable(error.path + " was not deleted"));
    }
    for (int n = 0; n < postCount; ++n) {
        const QString name = postName(n);
        const QString path = folder + QLatin1Char('/') + name;
        if (deleted.contains(name)) {
            QVERIFY2(!QFile::exists(path), qPrintable(name + " was deleted, and came back"));
            continue;
        }
        const QByteArray text = readAll(path);
        QVERIFY2(text.contains("tags: [new, keep]\n"), qPrintable(name + " kept the old tag:\n" + text));
        if (appended.contains(name))
            QVERIFY2(text.endsWith(appended.value(name)), qPrintable(name + " lost the appended line:\n" + text));
    }
    QCOMPARE(report.written.size() + report.skipped.size(), qsizetype(postCount));
}

QTEST_GUILESS_MAIN(tst_TermRace)
#include "tst_termrace.moc"
