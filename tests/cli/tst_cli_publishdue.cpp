// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// postwright-cli publish --due (issue 16 §3): a post dated in the future is
// not committed until it is due, then it alone is committed and pushed to a
// bare repository over file://; with a deploy destination the site is
// deployed instead; the systemd user timer follows the next due time.
// The clock is moved with POSTWRIGHT_NOW (read only by what judges "due").
#include <QDateTime>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include "deployfixture.h"
#include "schedule/duetimer.h"
#include "schedule/schedulerecord.h"
#include "site/indexbuilder.h"

using namespace postwright;
using namespace postwright::testing;

class tst_CliPublishDue final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void futurePostWaitsUntilDue();
    void postCommittedWhileScheduledIsPushedAgainWhenDue();
    void deploysWhenTheSiteHasADestination();
    void timerFollowsTheNextDueTime();
    void hugoDateWithoutZoneIsDueInUtc();
    void failedPushIsTriedAgain();
    void jekyllTimestampWithoutZoneIsDueInUtc();
    void hugoTimeZoneDecidesADateWithoutZone();

private:
    QString path(const QString &relative) const { return m_dir->filePath(relative); }
    QByteArray git(const QStringList &args, const QString &folder = {});
    DeployRun due(const QDateTime &now = {}, const QString &site = {});
    int commits() { return git({"rev-list", "--count", "HEAD"}).trimmed().toInt(); }
    QByteArray remoteHead() { return git({"rev-parse", "main"}, path("remote.git")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QDateTime m_start;
};

namespace {

QByteArray isoDate(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODate).toUtf8();
}

QByteArray datedPost(const QByteArray &title, const QDateTime &date)
{
    return deployPost(title, "garden", isoDate(date));
}

} // namespace

QByteArray tst_CliPublishDue::git(const QStringList &args, const QString &folder)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("GIT_CONFIG_NOSYSTEM", "1");
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(folder.isEmpty() ? path("site") : folder);
    process.start("git", args);
    process.waitForFinished(60000);
    if (process.exitCode() != 0)
        qWarning("git %s: %s", qPrintable(args.join(' ')), process.readAllStandardError().constData());
    return process.readAllStandardOutput();
}

DeployRun tst_CliPublishDue::due(const QDateTime &now, const QString &site)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("GIT_CONFIG_NOSYSTEM", "1");
    env.insert("POSTWRIGHT_CACHE_DIR", path("cache"));
    if (now.isValid())
        env.insert("POSTWRIGHT_NOW", now.toUTC().toString(Qt::ISODate));
    return runCli({"publish", site.isEmpty() ? path("site") : site, "--due"}, env, path("site"));
}

// site/ is a Hugo site in a Git repository whose upstream is remote.git.
void tst_CliPublishDue::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_start = QDateTime::currentDateTimeUtc();
    writeDeploySite(path("site"));
    QVERIFY(QDir().mkpath(path("remote.git")));
    git({"init", "-q", "--bare", "-b", "main"}, path("remote.git"));
    git({"init", "-q", "-b", "main"});
    git({"config", "user.name", "Writer"});
    git({"config", "user.email", "writer@example.org"});
    git({"add", "-A"});
    git({"commit", "-q", "-m", "Start"});
    git({"remote", "add", "origin", QUrl::fromLocalFile(path("remote.git")).toString()});
    git({"push", "-q", "-u", "origin", "main"});
}

void tst_CliPublishDue::futurePostWaitsUntilDue()
{
    const QDateTime date = m_start.addDays(1);
    writeFile(path("site/content/posts/soon.md"), datedPost("Soon", date));
    // An old post being edited: saved after its date, it is no scheduled post.
    writeFile(path("site/content/posts/one.md"), deployPost("One, half rewritten", "astro", "2024-01-01"));
    const QByteArray before = remoteHead();

    const DeployRun waiting = due();
    QVERIFY2(waiting.exitCode == 0, qPrintable(waiting.out + waiting.err));
    QVERIFY2(waiting.out.startsWith("nothing is due: the next post, \"Soon\" (content/posts/soon.md), is due at "),
             qPrintable(waiting.out));
    QCOMPARE(commits(), 1);
    QCOMPARE(remoteHead(), before);
    QCOMPARE(git({"status", "--porcelain"}), QByteArray(" M content/posts/one.md\n?? content/posts/soon.md\n"));

    const DeployRun published = due(date.addSecs(3600));
    QVERIFY2(published.exitCode == 0, qPrintable(published.out + published.err));
    QVERIFY2(published.out.startsWith("due: \"Soon\" (content/posts/soon.md), at "), qPrintable(published.out));
    QVERIFY(published.out.contains("not committed (not due): modified content/posts/one.md\n"));
    QVERIFY(published.out.contains(": Publish: Soon\n"));
    QVERIFY(published.out.contains("pushed to origin/main\n"));
    QCOMPARE(git({"show", "--name-status", "--format=%s", "HEAD"}), QByteArray("Publish: Soon\n\nA\tcontent/posts/soon.md\n"));
    QCOMPARE(remoteHead(), git({"rev-parse", "HEAD"}));
    QCOMPARE(git({"status", "--porcelain"}), QByteArray(" M content/posts/one.md\n"));

    // Run again at the same time: nothing became due since; nothing happens.
    const DeployRun again = due(date.addSecs(3600));
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.out, QString("nothing is due: no post is scheduled\n"));
    QCOMPARE(commits(), 2);
}

// Published (committed and pushed) while still in the future: the host
// built the site without it. When it is due, an empty commit naming it is
// pushed, so that a host that builds on push builds again.
void tst_CliPublishDue::postCommittedWhileScheduledIsPushedAgainWhenDue()
{
    const QDateTime date = m_start.addDays(2);
    writeFile(path("site/content/posts/soon.md"), datedPost("Soon", date));
    const DeployRun normal = runCli({"publish", path("site")}, QProcessEnvironment::systemEnvironment(), path("site"));
    QVERIFY2(normal.exitCode == 0, qPrintable(normal.out + normal.err));
    QCOMPARE(commits(), 2);

    const DeployRun published = due(date.addSecs(60));
    QVERIFY2(published.exitCode == 0, qPrintable(published.out + published.err));
    QCOMPARE(commits(), 3);
    QCOMPARE(git({"show", "--name-status", "--format=%s", "HEAD"}), QByteArray("Publish: Soon\n"));   // no file changed
    QCOMPARE(remoteHead(), git({"rev-parse", "HEAD"}));
}

// With a deploy destination remembered for "Publish when due", the due
// post's page is deployed, not committed. The post is dated two seconds
// ahead: the export judges by the real clock.
void tst_CliPublishDue::deploysWhenTheSiteHasADestination()
{
    ScheduleRecord record;
    record.deployTo = path("www");
    QVERIFY(record.save(path("site")));
    const QDateTime date = QDateTime::currentDateTimeUtc().addSecs(2);
    writeFile(path("site/content/posts/soon.md"), datedPost("Soon", date));

    const DeployRun waiting = due();
    QVERIFY2(waiting.exitCode == 0, qPrintable(waiting.out + waiting.err));
    QVERIFY(waiting.out.startsWith("nothing is due: the next post, \"Soon\""));
    QVERIFY(!QFileInfo::exists(path("www")));

    while (QDateTime::currentDateTimeUtc() <= date.addSecs(1))
        QTest::qWait(200);
    const DeployRun deployed = due();
    QVERIFY2(deployed.exitCode == 0, qPrintable(deployed.out + deployed.err));
    QVERIFY(deployed.out.startsWith("due: \"Soon\""));
    QVERIFY2(deployed.out.contains(QRegularExpression("\ndeploy: \\d+ uploaded, 0 deleted, 0 unchanged\n")), qPrintable(deployed.out));
    QVERIFY(readAll(path("www/posts/soon/index.html")).contains("Soon"));
    QCOMPARE(commits(), 1);   // deployed, not committed
    QCOMPARE(ScheduleRecord::load(path("site")).deployTo, path("www"));
}

// "Publish when due" on: each run sets the user timer to the next due time
// (through systemctl --user: here a script that records what it is asked),
// and removes it when nothing is scheduled any more.
void tst_CliPublishDue::timerFollowsTheNextDueTime()
{
    ScheduleRecord record;
    record.enabled = true;
    QVERIFY(record.save(path("site")));
    const QString log = path("systemctl.log");
    writeFile(path("systemctl"), QString("#!/bin/sh\necho \"$*\" >> '%1'\n"
                                         "[ \"$2\" = is-system-running ] && echo running\nexit 0\n").arg(log).toUtf8());
    QFile(path("systemctl")).setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("POSTWRIGHT_SYSTEMCTL", path("systemctl").toUtf8());
    const QDateTime first = QDateTime(m_start.date().addDays(1), QTime(9, 0), QTimeZone::utc());
    const QDateTime second = first.addDays(1);
    writeFile(path("site/content/posts/first.md"), datedPost("First", first));
    writeFile(path("site/content/posts/second.md"), datedPost("Second", second));
    const QString timer = userUnitFolder() + "/" + dueUnitName(path("site")) + ".timer";

    const DeployRun waiting = due();
    QVERIFY2(waiting.exitCode == 0, qPrintable(waiting.out + waiting.err));
    QVERIFY2(readAll(timer).contains("\nOnCalendar=" + first.toString("yyyy-MM-dd HH:mm:ss").toUtf8() + " UTC\n"), readAll(timer).constData());
    QVERIFY2(waiting.out.contains("timer: the next run is at "), qPrintable(waiting.out));
    QVERIFY(readAll(log).contains("--user daemon-reload\n--user enable " + dueUnitName(path("site")).toUtf8() + ".timer\n"));
    const QByteArray service = readAll(userUnitFolder() + "/" + dueUnitName(path("site")) + ".service");
    QVERIFY(service.contains("ExecStart=\"" POSTWRIGHT_CLI "\" publish --due \"" + QFileInfo(path("site")).canonicalFilePath().toUtf8() + "\"\n"));

    const DeployRun firstDue = due(first.addSecs(30));
    QVERIFY2(firstDue.exitCode == 0, qPrintable(firstDue.out + firstDue.err));
    QCOMPARE(git({"show", "--name-status", "--format=%s", "HEAD"}), QByteArray("Publish: First\n\nA\tcontent/posts/first.md\n"));
    QVERIFY(readAll(timer).contains("\nOnCalendar=" + second.toString("yyyy-MM-dd HH:mm:ss").toUtf8() + " UTC\n"));

    const DeployRun lastDue = due(second.addSecs(30));
    QVERIFY2(lastDue.exitCode == 0, qPrintable(lastDue.out + lastDue.err));
    QVERIFY(lastDue.out.contains("timer: nothing is scheduled any more; "));
    QVERIFY(!QFileInfo::exists(timer));
    QVERIFY(readAll(log).contains("--user disable --now " + dueUnitName(path("site")).toUtf8() + ".timer\n"));
    qunsetenv("POSTWRIGHT_SYSTEMCTL");
}

// Hugo reads a date written without a zone in UTC (the site's timeZone),
// never in the computer's zone: east of UTC the timer must not push the
// post hours before hugo would show it (the host would build the site
// without it, and nothing would build it again when it is due).
void tst_CliPublishDue::hugoDateWithoutZoneIsDueInUtc()
{
    const QDateTime date = QDateTime(m_start.date().addDays(1), QTime(9, 0), QTimeZone::utc());
    writeFile(path("site/content/posts/soon.md"), deployPost("Soon", "garden", date.toString("yyyy-MM-ddTHH:mm:ss").toUtf8()));
    const QByteArray before = remoteHead();
    qputenv("TZ", "Asia/Tokyo");
    const DeployRun early = due(date.addSecs(-3600));
    const QByteArray afterEarly = remoteHead();
    const int commitsAfterEarly = commits();
    const DeployRun published = due(date.addSecs(60));
    qunsetenv("TZ");
    QVERIFY2(early.exitCode == 0, qPrintable(early.out + early.err));
    QVERIFY2(early.out.startsWith("nothing is due: the next post, \"Soon\" (content/posts/soon.md), is due at "
                                  + date.toOffsetFromUtc(9 * 3600).toString("yyyy-MM-dd HH:mm") + " +09:00\n"),
             qPrintable(early.out));
    QCOMPARE(afterEarly, before);
    QCOMPARE(commitsAfterEarly, 1);
    QVERIFY2(published.exitCode == 0, qPrintable(published.out + published.err));
    QVERIFY2(published.out.contains("pushed to origin/main\n"), qPrintable(published.out));
    QCOMPARE(git({"show", "--name-status", "--format=%s", "HEAD"}), QByteArray("Publish: Soon\n\nA\tcontent/posts/soon.md\n"));
}

// The remote cannot be reached when the post is due: the commit stays and
// the timer (which has fired) is set to try again ten minutes later, when
// the same commit is pushed (no second, empty one).
void tst_CliPublishDue::failedPushIsTriedAgain()
{
    ScheduleRecord record;
    record.enabled = true;
    QVERIFY(record.save(path("site")));
    writeFile(path("systemctl"), QString("#!/bin/sh\n[ \"$2\" = is-system-running ] && echo running\nexit 0\n").toUtf8());
    QFile(path("systemctl")).setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("POSTWRIGHT_SYSTEMCTL", path("systemctl").toUtf8());
    const QDateTime date = QDateTime(m_start.date().addDays(1), QTime(9, 0), QTimeZone::utc());
    writeFile(path("site/content/posts/soon.md"), datedPost("Soon", date));
    const QString timer = userUnitFolder() + "/" + dueUnitName(path("site")) + ".timer";
    QVERIFY(QDir().rename(path("remote.git"), path("away.git")));

    const DeployRun failed = due(date.addSecs(30));
    QCOMPARE(failed.exitCode, 1);
    QVERIFY2(failed.err.contains("your commit stays here"), qPrintable(failed.err));
    const QDateTime retry = date.addSecs(30 + 600);
    QVERIFY2(readAll(timer).contains("\nOnCalendar=" + retry.toString("yyyy-MM-dd HH:mm:ss").toUtf8() + " UTC\n"),
             readAll(timer).constData());
    QCOMPARE(commits(), 2);
    // The window sets the timer after a save that changed a date: the retry
    // stays while the post waits (it removed the timer: nothing else is
    // scheduled, and the post was never pushed).
    writeFile(path("site/content/posts/later.md"), datedPost("Later", date.addDays(3)));
    const Result<SiteIndex> index = indexSite(path("site"));
    QVERIFY(index);
    const DueState waiting = dueState(index.value(), date.addSecs(120), ScheduleRecord::load(path("site")).lastRun);
    QCOMPARE(waiting.due.size(), 1);
    QVERIFY(updateDueTimer(path("site"), waiting, POSTWRIGHT_CLI));
    QVERIFY2(readAll(timer).contains("\nOnCalendar=" + retry.toString("yyyy-MM-dd HH:mm:ss").toUtf8() + " UTC\n"),
             readAll(timer).constData());

    QVERIFY(QDir().rename(path("away.git"), path("remote.git")));
    const DeployRun again = due(retry);
    qunsetenv("POSTWRIGHT_SYSTEMCTL");
    QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
    QVERIFY2(again.out.contains("pushed to origin/main\n"), qPrintable(again.out));
    QCOMPARE(commits(), 2);
    QCOMPARE(git({"show", "--name-status", "--format=%s", "HEAD"}), QByteArray("Publish: Soon\n\nA\tcontent/posts/soon.md\n"));
    QCOMPARE(remoteHead(), git({"rev-parse", "HEAD"}));
    QVERIFY(!ScheduleRecord::load(path("site")).retryAt);
    QVERIFY2(readAll(timer).contains("\nOnCalendar=" + date.addDays(3).toString("yyyy-MM-dd HH:mm:ss").toUtf8() + " UTC\n"),
             readAll(timer).constData());
}

// Jekyll (Ruby's YAML) reads "2026-12-08 09:00:00" without a zone in UTC,
// whatever the computer's zone: east of UTC the timer must not push the post
// while jekyll still skips it as a future post.
void tst_CliPublishDue::jekyllTimestampWithoutZoneIsDueInUtc()
{
    const QString site = path("jekyll");
    const QDateTime date = QDateTime(m_start.date().addDays(1), QTime(9, 0), QTimeZone::utc());
    writeFile(site + "/_config.yml", "title: Jekyll\n");
    writeFile(site + "/_posts/2024-01-01-old.md", "---\ntitle: Old\ndate: 2024-01-01 10:00:00 +0000\n---\nOld.\n");
    QVERIFY(QDir().mkpath(path("jekyll.git")));
    git({"init", "-q", "--bare", "-b", "main"}, path("jekyll.git"));
    git({"init", "-q", "-b", "main"}, site);
    git({"config", "user.name", "Writer"}, site);
    git({"config", "user.email", "writer@example.org"}, site);
    git({"add", "-A"}, site);
    git({"commit", "-q", "-m", "Start"}, site);
    git({"remote", "add", "origin", QUrl::fromLocalFile(path("jekyll.git")).toString()}, site);
    git({"push", "-q", "-u", "origin", "main"}, site);
    const QString post = "_posts/" + date.toString("yyyy-MM-dd") + "-soon.md";
    writeFile(site + "/" + post, "---\ntitle: Soon\ndate: " + date.toString("yyyy-MM-dd HH:mm:ss").toUtf8() + "\n---\nSoon.\n");
    const QByteArray before = git({"rev-parse", "main"}, path("jekyll.git"));

    qputenv("TZ", "Asia/Tokyo");
    const DeployRun early = due(date.addSecs(-3600), site);
    const QByteArray afterEarly = git({"rev-parse", "main"}, path("jekyll.git"));
    const DeployRun published = due(date.addSecs(60), site);
    qunsetenv("TZ");
    QVERIFY2(early.exitCode == 0, qPrintable(early.out + early.err));
    QVERIFY2(early.out.startsWith("nothing is due: the next post, \"Soon\" (" + post + "), is due at "
                                  + date.toOffsetFromUtc(9 * 3600).toString("yyyy-MM-dd HH:mm") + " +09:00\n"),
             qPrintable(early.out));
    QCOMPARE(afterEarly, before);
    QVERIFY2(published.exitCode == 0, qPrintable(published.out + published.err));
    QVERIFY2(published.out.contains("pushed to origin/main\n"), qPrintable(published.out));
    QCOMPARE(git({"show", "--name-status", "--format=%s", "HEAD"}, site), "Publish: Soon\n\nA\t" + post.toUtf8() + "\n");
}

// A Hugo site whose config sets timeZone: hugo reads a date without a zone
// there (09:00 in New York is 14:00 UTC), and so does the timer.
void tst_CliPublishDue::hugoTimeZoneDecidesADateWithoutZone()
{
    writeFile(path("site/hugo.toml"), readAll(path("site/hugo.toml")) + "timeZone = \"America/New_York\"\n");
    git({"commit", "-q", "-am", "New York"});
    git({"push", "-q"});
    const QDateTime date = QDateTime(m_start.date().addDays(1), QTime(14, 0), QTimeZone::utc());   // 09:00 EST
    writeFile(path("site/content/posts/soon.md"), deployPost("Soon", "garden", date.addSecs(-5 * 3600).toString("yyyy-MM-ddTHH:mm:ss").toUtf8()));
    const QByteArray before = remoteHead();

    const DeployRun early = due(date.addSecs(-3600));
    QVERIFY2(early.exitCode == 0, qPrintable(early.out + early.err));
    QVERIFY2(early.out.startsWith("nothing is due: the next post, \"Soon\" (content/posts/soon.md), is due at "), qPrintable(early.out));
    QCOMPARE(remoteHead(), before);
    const DeployRun published = due(date.addSecs(60));
    QVERIFY2(published.exitCode == 0, qPrintable(published.out + published.err));
    QVERIFY2(published.out.contains("pushed to origin/main\n"), qPrintable(published.out));
    QCOMPARE(remoteHead(), git({"rev-parse", "HEAD"}));
}

QTEST_GUILESS_MAIN(tst_CliPublishDue)
#include "tst_cli_publishdue.moc"
