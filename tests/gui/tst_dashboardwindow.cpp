// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard in the window (issue 17 §2) and Publish When Due (issue 16
// §3): the site's start page lists scheduled posts, drafts, problems and
// lonely tags, each entry opens its post or filters the list; Publish When
// Due sets the user timer (systemctl --user is a script here that records
// what it is asked), moves it when a post's date changes on disk, and
// without systemd offers the CI workflow.
#include "dashboard/dashboardview.h"
#include "editor/markdowneditor.h"
#include "mainwindow.h"
#include "project/postfiltermodel.h"
#include "project/projectpanel.h"
#include "schedule/duetimer.h"
#include "schedule/schedulerecord.h"
#include "settings/appsettings.h"
#include "support/testfiles.h"
#include "vcs/cischeduledialog.h"
#include "vcs/gitactions.h"
#include "vcs/scheduledialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCommandLinkButton>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace postwright;
using namespace postwright::testing;

class tst_DashboardWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void entryOpensItsPost();
    void countsAndTagsFilterTheList();
    void siteWithoutPostsStartsOnTheDashboard();
    void openedFolderStartsOnTheDashboard();
    void publishWhenDueSetsAndMovesTheTimer();
    void withoutSystemdTheCiWorkflowIsOffered();

private:
    QString site(const QString &relative = {}) const { return m_dir->filePath("site") + (relative.isEmpty() ? "" : "/" + relative); }
    std::unique_ptr<MainWindow> openWindow();
    QCommandLinkButton *entry(MainWindow &window, const QString &title) const;
    QPushButton *count(MainWindow &window, const QString &text) const;
    void shoot(MainWindow &window, QWidget *widget, const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    QDateTime m_soon;
};

namespace {

QByteArray post(const QByteArray &title, const QByteArray &rest)
{
    return "---\ntitle: " + title + "\n" + rest + "---\n\nSome words.\n";
}

} // namespace

void tst_DashboardWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName("PostwrightTests");
    QCoreApplication::setApplicationName("tst_dashboardwindow");
}

void tst_DashboardWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_soon = QDateTime(QDate::currentDate().addDays(2), QTime(9, 0), QTimeZone::utc());
    writeFile(site("hugo.toml"), "title = \"Garden notes\"\n");
    writeFile(site("content/posts/one.md"), post("Planting trees", "date: 2024-01-01\ntags: [garden, trees]\n"));
    writeFile(site("content/posts/two.md"), post("Compost", "date: 2024-02-01\ntags: [garden]\n"));
    writeFile(site("content/posts/draft.md"), post("Half a thought", "draft: true\ntags: [garden]\n"));
    writeFile(site("content/posts/soon.md"), post("Spring bulbs", "date: " + m_soon.toString(Qt::ISODate).toUtf8() + "\ntags: [garden]\n"));
    writeFile(site("content/posts/broken.md"), post("Broken link", "date: 2024-03-01\ntags: [garden]\n") + "See [gone](gone.md).\n");
}

std::unique_ptr<MainWindow> tst_DashboardWindow::openWindow()
{
    auto window = std::make_unique<MainWindow>();
    window->setRecoveryFolder(m_dir->filePath("recovery"));
    window->setAsker([](const QString &, const QString &, QMessageBox::StandardButtons) { return QMessageBox::Ok; });
    window->show();
    window->openSite(site());
    if (!QTest::qWaitFor([&] { return window->projectPanel()->hasIndex(); }, 20000))
        qWarning("the site was not indexed");
    return window;
}

QCommandLinkButton *tst_DashboardWindow::entry(MainWindow &window, const QString &title) const
{
    for (QCommandLinkButton *button : window.dashboard()->findChildren<QCommandLinkButton *>("dashboardEntry")) {
        if (button->text() == QString(title).replace("&", "&&"))
            return button;
    }
    return nullptr;
}

QPushButton *tst_DashboardWindow::count(MainWindow &window, const QString &text) const
{
    for (QPushButton *button : window.dashboard()->findChildren<QPushButton *>("dashboardCount")) {
        if (button->text() == text)
            return button;
    }
    return nullptr;
}

// POSTWRIGHT_SCREENSHOTS=FOLDER: what the user sees (the window on its
// dashboard, a dialog), light and dark.
void tst_DashboardWindow::shoot(MainWindow &window, QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("POSTWRIGHT_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    if (widget == &window)
        window.resize(1400, 900);
    for (const ThemeChoice theme : {ThemeChoice::Light, ThemeChoice::Dark}) {
        AppSettings settings = window.settings();
        settings.uiTheme = theme;
        window.applySettings(settings);
        QTest::qWait(300);
        widget->grab().save(QString("%1/%2-%3.png").arg(folder, name, theme == ThemeChoice::Dark ? "dark" : "light"));
    }
}

void tst_DashboardWindow::entryOpensItsPost()
{
    auto window = openWindow();
    window->findChild<QAction *>("dashboardAction")->trigger();
    QVERIFY(window->isDashboardShown());
    QTRY_VERIFY_WITH_TIMEOUT(!window->dashboard()->isChecking(), 30000);
    const Dashboard &data = window->dashboard()->dashboard();
    QCOMPARE(data.posts, 5);
    QCOMPARE(data.scheduled, 1);
    QVERIFY(count(*window, "Posts\n5") && count(*window, "Drafts\n1") && count(*window, "Scheduled\n1"));
    QCommandLinkButton *soon = entry(*window, "Spring bulbs");
    QVERIFY(soon);
    QVERIFY2(soon->description().startsWith("due "), qPrintable(soon->description()));
    QVERIFY(entry(*window, "Half a thought"));   // the latest draft
    QCommandLinkButton *broken = entry(*window, "Broken link");
    QVERIFY(broken);
    QVERIFY2(broken->description().contains("gone.md"), qPrintable(broken->description()));
    shoot(*window, window.get(), "dashboard");

    QTest::mouseClick(soon, Qt::LeftButton);
    QTRY_COMPARE(window->post().path(), site("content/posts/soon.md"));
    QVERIFY(!window->isDashboardShown());
    QVERIFY(!window->findChild<QAction *>("dashboardAction")->isChecked());
    // Back to it and to the post with the problem.
    window->showDashboard(true);
    QTRY_VERIFY_WITH_TIMEOUT(!window->dashboard()->isChecking(), 30000);
    QTest::mouseClick(entry(*window, "Broken link"), Qt::LeftButton);
    QTRY_COMPARE(window->post().path(), site("content/posts/broken.md"));
}

void tst_DashboardWindow::countsAndTagsFilterTheList()
{
    auto window = openWindow();
    window->showDashboard(true);
    QTRY_VERIFY_WITH_TIMEOUT(!window->dashboard()->isChecking(), 30000);
    PostFilterModel *filter = window->projectPanel()->filterModel();
    QTest::mouseClick(count(*window, "Drafts\n1"), Qt::LeftButton);
    QTRY_COMPARE(filter->rowCount(), 1);
    QCOMPARE(filter->index(0, 0).data().toString(), QString("Half a thought"));
    QTest::mouseClick(count(*window, "Scheduled\n1"), Qt::LeftButton);
    QTRY_COMPARE(filter->index(0, 0).data().toString(), QString("Spring bulbs"));
    QCOMPARE(filter->rowCount(), 1);
    // "trees" is on one post only: the list shows that post.
    QCommandLinkButton *trees = entry(*window, "trees");
    QVERIFY(trees);
    QCOMPARE(trees->description(), QString("only on \"Planting trees\""));
    QTest::mouseClick(trees, Qt::LeftButton);
    QTRY_COMPARE(filter->rowCount(), 1);
    QCOMPARE(filter->index(0, 0).data().toString(), QString("Planting trees"));
    QTest::mouseClick(count(*window, "Posts\n5"), Qt::LeftButton);
    QTRY_COMPARE(filter->rowCount(), 5);
}

// Nothing to open: the window starts on the dashboard, not on an empty post.
void tst_DashboardWindow::siteWithoutPostsStartsOnTheDashboard()
{
    writeFile(m_dir->filePath("empty/hugo.toml"), "title = \"Empty\"\n");
    MainWindow window;
    window.setRecoveryFolder(m_dir->filePath("recovery"));
    QVERIFY(window.openPath(m_dir->filePath("empty")));
    QTRY_VERIFY_WITH_TIMEOUT(window.isDashboardShown(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!window.dashboard()->isChecking(), 30000);
    QCOMPARE(window.dashboard()->dashboard().posts, 0);
    QCOMPARE(window.dashboard()->dashboard().siteTitle, QString("Empty"));
    window.newPost();
    QVERIFY(!window.isDashboardShown());
}

// Opening a site folder shows its start page, no post chosen for the user
// (issue 17 §2); a post opened while the site is indexed stays in view.
void tst_DashboardWindow::openedFolderStartsOnTheDashboard()
{
    MainWindow window;
    window.setRecoveryFolder(m_dir->filePath("recovery"));
    QVERIFY(window.openPath(site()));
    QTRY_VERIFY_WITH_TIMEOUT(window.isDashboardShown(), 20000);
    QVERIFY(window.post().path().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(window.dashboard()->dashboard().posts, 5, 20000);

    // The commands that act on the editor wait for it: Bold is greyed, its
    // key and a paste change nothing behind the dashboard, and the status
    // bar tells no cursor position of a post nobody sees.
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QAction *bold = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text() == QStringLiteral("&Bold"))
            bold = action;
    }
    QVERIFY(bold);
    QVERIFY(!bold->isEnabled());
    const QString untitled = window.editor()->toPlainText();
    QApplication::clipboard()->setText(QStringLiteral("pasted"));
    QTest::keyClick(&window, Qt::Key_B, Qt::ControlModifier);
    QTest::keyClick(&window, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(window.editor()->toPlainText(), untitled);
    QVERIFY(!window.isModified());
    // Each entry is as tall as its text at its width (the size hint's guess
    // made entries with a longer description taller, unevenly spaced).
    QTRY_VERIFY(!window.dashboard()->findChildren<QCommandLinkButton *>("dashboardEntry").isEmpty());
    for (QCommandLinkButton *entry : window.dashboard()->findChildren<QCommandLinkButton *>("dashboardEntry")) {
        if (entry->isVisible())
            QCOMPARE(entry->height(), entry->heightForWidth(entry->width()));
    }
    for (QLabel *label : window.statusBar()->findChildren<QLabel *>())
        QVERIFY2(!label->isVisible() || !label->text().contains(QStringLiteral("Column")), qPrintable(label->text()));
    window.showDashboard(false);
    QVERIFY(bold->isEnabled());

    MainWindow other;
    other.setRecoveryFolder(m_dir->filePath("recovery"));
    QVERIFY(other.openPath(site()));
    QVERIFY(other.openPost(site("content/posts/two.md")));
    QTRY_VERIFY_WITH_TIMEOUT(other.projectPanel()->hasIndex(), 20000);
    QTest::qWait(100);
    QVERIFY(!other.isDashboardShown());
    QCOMPARE(other.post().path(), site("content/posts/two.md"));
}

void tst_DashboardWindow::publishWhenDueSetsAndMovesTheTimer()
{
    const QString log = m_dir->filePath("systemctl.log");
    writeFile(m_dir->filePath("systemctl"), QString("#!/bin/sh\necho \"$*\" >> '%1'\n"
                                                    "[ \"$2\" = is-system-running ] && echo running\nexit 0\n").arg(log).toUtf8());
    QFile(m_dir->filePath("systemctl")).setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("POSTWRIGHT_SYSTEMCTL", m_dir->filePath("systemctl").toUtf8());
    // The timer runs the CLI: found on the PATH.
    qputenv("PATH", QFileInfo(POSTWRIGHT_CLI).path().toUtf8() + ":" + qgetenv("PATH"));
    // The Deploy dialog's destination is offered: the timer deploys there.
    AppSettings::setDeployDestination(site(), m_dir->filePath("www"));
    auto window = openWindow();
    ScheduleDialog *dialog = window->findChild<GitActions *>()->scheduleWhenDue();
    QVERIFY(dialog);
    QVERIFY(dialog->enableCheck()->isEnabled());
    QVERIFY(dialog->deployRadio()->isEnabled());
    QVERIFY(dialog->deployRadio()->text().endsWith(m_dir->filePath("www")));
    dialog->deployRadio()->setChecked(true);
    QCOMPARE(dialog->scheduledList()->count(), 1);
    QVERIFY(dialog->scheduledList()->item(0)->text().startsWith("Spring bulbs — due "));
    dialog->enableCheck()->setChecked(true);
    dialog->accept();
    QVERIFY2(!dialog->isVisible(), qPrintable(dialog->statusLabel()->text()));
    QCOMPARE(installedDueTime(site())->toSecsSinceEpoch(), m_soon.toSecsSinceEpoch());
    QVERIFY(ScheduleRecord::load(site()).enabled);
    QCOMPARE(ScheduleRecord::load(site()).deployTo, m_dir->filePath("www"));
    QVERIFY(readAll(log).contains("--user enable " + dueUnitName(site()).toUtf8() + ".timer\n"));

    // The date changes on disk (as a save does): the timer follows.
    const QDateTime later = m_soon.addDays(3);
    writeFile(site("content/posts/soon.md"), post("Spring bulbs", "date: " + later.toString(Qt::ISODate).toUtf8() + "\n"));
    QTRY_VERIFY_WITH_TIMEOUT(installedDueTime(site()) && installedDueTime(site())->toSecsSinceEpoch() == later.toSecsSinceEpoch(), 15000);
    // Dated in the past: nothing is scheduled, the timer goes.
    writeFile(site("content/posts/soon.md"), post("Spring bulbs", "date: 2024-05-01\n"));
    QTRY_VERIFY_WITH_TIMEOUT(!installedDueTime(site()), 15000);
    qunsetenv("POSTWRIGHT_SYSTEMCTL");
}

void tst_DashboardWindow::withoutSystemdTheCiWorkflowIsOffered()
{
    qputenv("POSTWRIGHT_SYSTEMCTL", m_dir->filePath("no-systemctl-here").toUtf8());
    auto window = openWindow();
    ScheduleDialog *dialog = window->findChild<GitActions *>()->scheduleWhenDue();
    QVERIFY(dialog);
    QVERIFY(dialog->systemdMissing());
    QVERIFY(!dialog->enableCheck()->isEnabled());
    QVERIFY2(dialog->statusLabel()->text().contains("not available here: there is no systemctl command"),
             qPrintable(dialog->statusLabel()->text()));
    QTest::mouseClick(dialog->ciButton(), Qt::LeftButton);
    auto *ci = dialog->findChild<CiScheduleDialog *>();
    QVERIFY(ci);
    shoot(*window, dialog, "publish-when-due");
    shoot(*window, ci, "publish-when-due-ci");
    QVERIFY(ci->currentSnippet().contains("cron: \"0 * * * *\""));
    QVERIFY(ci->currentSnippet().contains("hugo --minify"));
    ci->copy();
    QCOMPARE(QApplication::clipboard()->text(), ci->currentSnippet());
    ci->tabs()->setCurrentIndex(1);
    QVERIFY(ci->currentSnippet().startsWith("# .gitlab-ci.yml"));
    QVERIFY(!installedDueTime(site()));
    qunsetenv("POSTWRIGHT_SYSTEMCTL");
}

QTEST_MAIN(tst_DashboardWindow)
#include "tst_dashboardwindow.moc"
