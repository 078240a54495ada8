// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Scheduled posts (issue 16 §3): which posts are due and when the next one
// is, the systemd user timer's files (in XDG_CONFIG_HOME, which the test
// environment points at a temporary folder; no running systemd needed),
// and the CI workflow offered without systemd.
#include "schedule/cischedule.h"
#include "schedule/duestate.h"
#include "schedule/duetimer.h"
#include "schedule/schedulerecord.h"
#include "site/indexbuilder.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <yaml-cpp/yaml.h>

#include "support/testfiles.h"

using namespace postwright;
using namespace postwright::testing;

class tst_Schedule final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void dueState_data();
    void dueState();
    void timerUnitsQuoteThePaths();
    void timerFollowsTheSchedule();
    void withoutSystemdTheFilesAreWrittenAndTheUserTold();
    void ciWorkflowIsValidYaml_data();
    void ciWorkflowIsValidYaml();

private:
    QString site() const { return m_dir->filePath("site"); }
    SiteIndex index() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QDateTime m_now;
};

namespace {

QByteArray post(const QByteArray &title, const QByteArray &extra)
{
    return "---\ntitle: " + title + "\n" + extra + "---\nText.\n";
}

QByteArray iso(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODate).toUtf8();
}

QStringList paths(const QList<DuePost> &posts)
{
    QStringList list;
    for (const DuePost &p : posts)
        list.append(p.path);
    return list;
}

} // namespace

void tst_Schedule::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_now = QDateTime::currentDateTimeUtc();
    writeFile(site() + "/hugo.toml", "title = \"Blog\"\n");
    writeFile(site() + "/content/posts/tomorrow.md", post("Tomorrow", "date: " + iso(m_now.addDays(1)) + "\n"));
    writeFile(site() + "/content/posts/later.md",
              post("Later", "date: 2020-01-01\npublishDate: " + iso(m_now.addDays(3)) + "\n"));
    writeFile(site() + "/content/posts/draft.md", post("Draft", "date: " + iso(m_now.addDays(1)) + "\ndraft: true\n"));
    writeFile(site() + "/content/posts/old.md", post("Old, edited today", "date: 2020-01-01\n"));
    writeFile(site() + "/content/_index.md", post("Home", "date: " + iso(m_now.addDays(1)) + "\n"));
}

SiteIndex tst_Schedule::index() const
{
    IndexOptions options;
    options.useCache = false;
    const Result<SiteIndex> built = indexSite(site(), options);
    if (!built)
        qFatal("cannot index the test site: %s", qPrintable(built.error().toString()));
    return built.value();
}

void tst_Schedule::dueState_data()
{
    QTest::addColumn<int>("hoursLater");
    QTest::addColumn<int>("lastRunHoursLater");   // -1: no run yet
    QTest::addColumn<QStringList>("due");
    QTest::addColumn<QStringList>("scheduled");
    const QString tomorrow = "content/posts/tomorrow.md";
    const QString later = "content/posts/later.md";
    QTest::newRow("now: both scheduled, the soonest first") << 0 << -1 << QStringList() << QStringList{tomorrow, later};
    QTest::newRow("in two days: tomorrow's is due") << 48 << -1 << QStringList{tomorrow} << QStringList{later};
    QTest::newRow("a run after its date published it") << 48 << 30 << QStringList() << QStringList{later};
    QTest::newRow("a run before its date did not") << 48 << 12 << QStringList{tomorrow} << QStringList{later};
    QTest::newRow("in four days: both, by date (publishDate wins)") << 96 << 0 << QStringList{tomorrow, later} << QStringList();
}

// A draft is never due; an old post saved after its date is never due; a
// section's page is no post.
void tst_Schedule::dueState()
{
    QFETCH(int, hoursLater);
    QFETCH(int, lastRunHoursLater);
    QFETCH(QStringList, due);
    QFETCH(QStringList, scheduled);
    const std::optional<QDateTime> lastRun =
        lastRunHoursLater < 0 ? std::nullopt : std::optional<QDateTime>(m_now.addSecs(lastRunHoursLater * 3600));
    const DueState state = postwright::dueState(index(), m_now.addSecs(hoursLater * 3600), lastRun);
    QCOMPARE(paths(state.due), due);
    QCOMPARE(paths(state.scheduled), scheduled);
    if (!scheduled.isEmpty())
        QCOMPARE(state.next()->toSecsSinceEpoch(), state.scheduled.first().due.toSecsSinceEpoch());
}

// ExecStart names the CLI and the site as systemd reads them: a path with
// a space, a quote, % and $ stays one word with no specifier or variable.
void tst_Schedule::timerUnitsQuoteThePaths()
{
    const QString odd = m_dir->filePath("my \"blog\" 100% $HOME");
    writeFile(odd + "/hugo.toml", "title = \"x\"\n");
    const QDateTime when(QDate(2031, 5, 4), QTime(7, 30), QTimeZone::utc());
    const Result<DueTimerFiles> files = dueTimerFiles(odd, POSTWRIGHT_CLI, when);
    QVERIFY(files);
    const QString canonical = QFileInfo(odd).canonicalFilePath();
    QVERIFY(files.value().service.contains(
        "\nExecStart=\"" POSTWRIGHT_CLI "\" publish --due \""
        + canonical.toUtf8().replace("\"", "\\\"").replace("%", "%%").replace("$", "$$") + "\"\n"));
    QVERIFY(files.value().timer.contains("\nOnCalendar=2031-05-04 07:30:00 UTC\nPersistent=true\n"));
    QCOMPARE(files.value().timerPath, QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
                                          + "/systemd/user/" + dueUnitName(odd) + ".timer");
    QVERIFY(dueUnitName(odd).contains(QRegularExpression("^postwright-due-[0-9a-f]{12}$")));
    QVERIFY(!dueTimerFiles(m_dir->filePath("two\nlines"), POSTWRIGHT_CLI, when));

    // systemd's own reading of the files, where systemd-analyze is installed.
    const QString analyze = QStandardPaths::findExecutable("systemd-analyze");
    if (analyze.isEmpty())
        QSKIP("no systemd-analyze to verify the unit files with");
    const QString folder = m_dir->filePath("units");
    writeFile(folder + "/" + files.value().unit + ".timer", files.value().timer);
    writeFile(folder + "/" + files.value().unit + ".service", files.value().service);
    QProcess verify;
    verify.setProcessChannelMode(QProcess::MergedChannels);
    verify.start(analyze, {"verify", folder + "/" + files.value().unit + ".timer", folder + "/" + files.value().unit + ".service"});
    QVERIFY(verify.waitForFinished(60000));
    QVERIFY2(verify.exitCode() == 0, verify.readAll().constData());
}

// Off: nothing is written. On: the timer is set to the next due time,
// left alone when that has not changed, moved when it has, removed when
// nothing is scheduled.
void tst_Schedule::timerFollowsTheSchedule()
{
    const QString log = m_dir->filePath("systemctl.log");
    writeFile(m_dir->filePath("systemctl"), QString("#!/bin/sh\necho \"$*\" >> '%1'\n"
                                                    "[ \"$2\" = is-system-running ] && echo degraded\nexit 0\n").arg(log).toUtf8());
    QFile(m_dir->filePath("systemctl")).setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("POSTWRIGHT_SYSTEMCTL", m_dir->filePath("systemctl").toUtf8());
    const SiteIndex siteIndex = index();
    const DueState now = postwright::dueState(siteIndex, m_now, std::nullopt);
    const Result<DueTimerUpdate> off = updateDueTimer(site(), now, POSTWRIGHT_CLI);
    QVERIFY(off);
    QCOMPARE(off.value().kind, DueTimerUpdate::Kind::Off);
    QVERIFY(!installedDueTime(site()));

    ScheduleRecord record;
    record.enabled = true;
    QVERIFY(record.save(site()));
    const Result<DueTimerUpdate> set = updateDueTimer(site(), now, POSTWRIGHT_CLI);
    QVERIFY(set);
    QCOMPARE(set.value().kind, DueTimerUpdate::Kind::Set);
    QVERIFY(!set.value().problem);
    QCOMPARE(installedDueTime(site())->toSecsSinceEpoch(), now.next()->toSecsSinceEpoch());
    QCOMPARE(readAll(log), "--user is-system-running\n--user daemon-reload\n--user enable " + set.value().unit.toUtf8()
                               + ".timer\n--user restart " + set.value().unit.toUtf8() + ".timer\n");
    QCOMPARE(updateDueTimer(site(), now, POSTWRIGHT_CLI).value().kind, DueTimerUpdate::Kind::Unchanged);

    const DueState later = postwright::dueState(siteIndex, m_now.addDays(2), std::nullopt);
    QCOMPARE(updateDueTimer(site(), later, POSTWRIGHT_CLI).value().kind, DueTimerUpdate::Kind::Set);
    QCOMPARE(installedDueTime(site())->toSecsSinceEpoch(), later.next()->toSecsSinceEpoch());

    const DueState done = postwright::dueState(siteIndex, m_now.addDays(5), std::nullopt);
    QCOMPARE(updateDueTimer(site(), done, POSTWRIGHT_CLI).value().kind, DueTimerUpdate::Kind::Removed);
    QVERIFY(!installedDueTime(site()));
    QVERIFY(!QFileInfo::exists(userUnitFolder() + "/" + set.value().unit + ".service"));
    QCOMPARE(updateDueTimer(site(), done, POSTWRIGHT_CLI).value().kind, DueTimerUpdate::Kind::Idle);

    // A post dated past systemd's calendar (it ends with 2199) sets no timer
    // that systemd would refuse.
    writeFile(site() + "/content/posts/far.md", post("Far", "date: 9999-01-01\n"));
    const DueState far = postwright::dueState(index(), m_now.addDays(5), std::nullopt);
    QCOMPARE(paths(far.scheduled), QStringList{"content/posts/far.md"});
    QCOMPARE(updateDueTimer(site(), far, POSTWRIGHT_CLI).value().kind, DueTimerUpdate::Kind::Idle);
    QVERIFY(!installedDueTime(site()));
    qunsetenv("POSTWRIGHT_SYSTEMCTL");
}

void tst_Schedule::withoutSystemdTheFilesAreWrittenAndTheUserTold()
{
    qputenv("POSTWRIGHT_SYSTEMCTL", m_dir->filePath("no-such-systemctl").toUtf8());
    ScheduleRecord record;
    record.enabled = true;
    QVERIFY(record.save(site()));
    const Result<DueTimerUpdate> set = updateDueTimer(site(), postwright::dueState(index(), m_now, std::nullopt), POSTWRIGHT_CLI);
    QVERIFY(set);
    QCOMPARE(set.value().kind, DueTimerUpdate::Kind::Set);
    QVERIFY(set.value().problem);
    QVERIFY2(set.value().line().contains("systemd was not told: there is no systemctl command"), qPrintable(set.value().line()));
    QVERIFY(installedDueTime(site()));
    QVERIFY(removeDueTimer(site()));
    QVERIFY(!installedDueTime(site()));
    qunsetenv("POSTWRIGHT_SYSTEMCTL");
}

void tst_Schedule::ciWorkflowIsValidYaml_data()
{
    QTest::addColumn<int>("service");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("build");
    QTest::newRow("GitHub, Hugo") << int(CiService::GitHub) << int(SiteKind::Hugo) << "hugo --minify --destination public";
    QTest::newRow("GitHub, Jekyll") << int(CiService::GitHub) << int(SiteKind::Jekyll) << "bundle exec jekyll build --destination public";
    QTest::newRow("GitHub, Zola") << int(CiService::GitHub) << int(SiteKind::Zola) << "zola build --output-dir public";
    QTest::newRow("GitLab, Hugo") << int(CiService::GitLab) << int(SiteKind::Hugo) << "hugo --minify --destination public";
    QTest::newRow("GitLab, Zola") << int(CiService::GitLab) << int(SiteKind::Zola) << "zola build --output-dir public";
}

// The workflow parses, runs on a schedule and builds the site with its generator.
void tst_Schedule::ciWorkflowIsValidYaml()
{
    QFETCH(int, service);
    QFETCH(int, kind);
    QFETCH(QString, build);
    const QString text = ciScheduleSnippet(CiService(service), SiteKind(kind));
    QVERIFY(text.contains(build));
    YAML::Node root;
    try {
        root = YAML::Load(text.toStdString());
    } catch (const YAML::Exception &e) {
        QFAIL(e.what());
    }
    if (CiService(service) == CiService::GitHub) {
        QCOMPARE(QString::fromStdString(root["on"]["schedule"][0]["cron"].as<std::string>()), QString("0 * * * *"));
        QCOMPARE(QString::fromStdString(root["jobs"]["deploy"]["steps"][0]["uses"].as<std::string>()), QString("actions/deploy-pages@v4"));
    } else {
        QCOMPARE(QString::fromStdString(root["pages"]["rules"][1]["if"].as<std::string>()), QString("$CI_PIPELINE_SOURCE == \"schedule\""));
        QCOMPARE(QString::fromStdString(root["pages"]["artifacts"]["paths"][0].as<std::string>()), QString("public"));
    }
}

QTEST_GUILESS_MAIN(tst_Schedule)
#include "tst_schedule.moc"
