// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What real sites exposed (issue 14 §1, §3, §7), as a blogger sees it in the
// window: a content-only checkout stays the project, headless snippets are
// no posts to open, dates show as written, tags sort as a reader expects,
// and Open Recent holds only what the user opened.
#include "form/frontmatterform.h"
#include "mainwindow.h"
#include "project/postfiltermodel.h"
#include "project/postlistmodel.h"
#include "project/projectpanel.h"
#include "project/termlistmodel.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace postwright;

namespace {

void write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QByteArray post(const char *title, const char *date, const char *extra = "")
{
    QByteArray text = QByteArray("---\ntitle: ") + title + "\n";
    if (*date)
        text += QByteArray("date: ") + date + "\n";
    return text + extra + "---\n\nText of " + title + ".\n";
}

QStringList recentPaths(MainWindow *window)
{
    QStringList paths;
    const QMenu *menu = window->findChild<QMenu *>(QStringLiteral("recentMenu"));
    for (const QAction *action : menu->actions()) {
        if (!action->isSeparator() && action->text().startsWith(QLatin1Char('/')))
            paths.append(action->text());
    }
    return paths;
}

} // namespace

class TestRealSites final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_docs;

    std::unique_ptr<MainWindow> makeWindow()
    {
        auto window = std::make_unique<MainWindow>();
        window->setRecoveryFolder(m_dir.filePath("recovery"));
        window->setAsker([](const QString &, const QString &, QMessageBox::StandardButtons) { return QMessageBox::Discard; });
        return window;
    }

    // Opens the folder as File > Open Site Folder does and waits for the
    // index (the window then shows the site's dashboard).
    bool openFolder(MainWindow *window, const QString &folder)
    {
        QSignalSpy opened(window->projectPanel(), &ProjectPanel::siteOpened);
        return window->openPath(folder) && opened.wait(10000);
    }

    QString siteLabel(MainWindow *window) const
    {
        return window->projectPanel()->findChild<QLabel *>(QStringLiteral("siteLabel"))->text();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName("PostwrightTests");
        QCoreApplication::setApplicationName("tst_realsites");
        // A docs site checked out without its config: content/ only. The
        // newest files are a headless snippets section and a headless bundle.
        m_docs = m_dir.filePath("docs");
        write(m_docs + "/content/en/_index.md", post("Docs", ""));
        // `_build`, which every hugo reads (`build` needs hugo 0.123, and the
        // hugo on this machine decides for a site with no config).
        write(m_docs + "/content/en/_common/_index.md",
              "---\ncascade:\n  _build:\n    list: never\n    render: never\n---\n");
        write(m_docs + "/content/en/_common/snippet.md", post("Snippet", "2031-01-01"));
        write(m_docs + "/content/en/shared/index.md", post("Shared bundle", "2030-06-01", "headless: true\n"));
        write(m_docs + "/content/en/guide/start.md", post("Getting started", "2025-01-29 18:15:32 +0530"));
        write(m_docs + "/content/en/guide/older.md", post("Older", "2024-03-01"));
        write(m_docs + "/content/en/guide/undated.md", post("Undated", ""));
    }

    void init()
    {
        QSettings().remove(QStringLiteral("session"));
    }

    // §1: the folder the user opened is the project, with all its posts,
    // on its start page and after a double-click elsewhere in it.
    void contentOnlyFolderStaysTheProject()
    {
        auto window = makeWindow();
        ProjectPanel *panel = window->projectPanel();
        QVERIFY(openFolder(window.get(), m_docs));
        QTRY_VERIFY(window->isDashboardShown());
        QCOMPARE(panel->siteRoot(), m_docs);
        QCOMPARE(panel->config().kind, SiteKind::Hugo);
        QCOMPARE(panel->postModel()->rowCount(), 7);
        QTRY_COMPARE(panel->statusText(), QString("Posts: 5"));
        QVERIFY2(siteLabel(window.get()).contains("Hugo site (no config found: defaults)"), qPrintable(siteLabel(window.get())));

        // A double-click on a post in another folder keeps the project.
        const int row = panel->postModel()->rowOf("content/en/_common/snippet.md");
        emit panel->postView()->activated(panel->filterModel()->mapFromSource(panel->postModel()->index(row, 0)));
        QCOMPARE(window->post().path(), m_docs + "/content/en/_common/snippet.md");
        QTest::qWait(200);
        QCOMPARE(panel->siteRoot(), m_docs);
        QCOMPARE(panel->postModel()->rowCount(), 7);
    }

    // A folder of notes that holds a Hugo site further down stays the
    // project when a post in that site is opened from its list.
    void openedFolderStaysTheProjectOverANestedSite()
    {
        const QString notes = m_dir.filePath("notes");
        write(notes + "/idea.md", post("Idea", "2020-01-01"));
        write(notes + "/blog/hugo.toml", "title = 'B'\n");
        write(notes + "/blog/content/posts/new.md", post("New", "2030-01-01"));
        auto window = makeWindow();
        ProjectPanel *panel = window->projectPanel();
        QVERIFY(openFolder(window.get(), notes));
        const QModelIndex row = panel->postModel()->index(panel->postModel()->rowOf("blog/content/posts/new.md"), 0);
        emit panel->postView()->activated(panel->filterModel()->mapFromSource(row));
        QCOMPARE(window->post().path(), notes + "/blog/content/posts/new.md");
        QTest::qWait(200);
        QCOMPARE(panel->siteRoot(), notes);
        QVERIFY(panel->postModel()->rowOf("idea.md") >= 0);
        // A post from elsewhere brings its own site.
        QVERIFY(window->openPost(m_docs + "/content/en/guide/older.md"));
        QCOMPARE(panel->siteRoot(), m_docs);
    }

    // §3: hugo writes no page for a headless bundle or a page under a
    // `render: never` cascade: the list says so.
    void headlessPagesAreNotPublished()
    {
        auto window = makeWindow();
        ProjectPanel *panel = window->projectPanel();
        QVERIFY(openFolder(window.get(), m_docs));
        for (const char *path : {"content/en/_common/snippet.md", "content/en/shared/index.md"}) {
            const QModelIndex state = panel->postModel()->index(panel->postModel()->rowOf(path), PostListModel::StateColumn);
            QCOMPARE(state.data(PostListModel::StateRole).toInt(), PostListModel::NoPageState);
            QCOMPARE(state.data().toString(), QString("no page"));
        }
        const QModelIndex start =
            panel->postModel()->index(panel->postModel()->rowOf("content/en/guide/start.md"), PostListModel::StateColumn);
        QCOMPARE(start.data().toString(), QString("published"));
    }

    // §7: a date is shown in its own zone; a post without one shows an
    // empty date and "Set date", not the date of the post before.
    void datesShowAsWritten()
    {
        auto window = makeWindow();
        QVERIFY(window->openPost(m_docs + "/content/en/guide/start.md"));
        auto *date = qobject_cast<QDateTimeEdit *>(window->form()->editorFor("date"));
        QVERIFY(date);
        QCOMPARE(date->text(), QString("2025-01-29 18:15:32"));
        QPushButton *setDate = nullptr;
        for (QPushButton *button : window->form()->findChildren<QPushButton *>()) {
            if (button->text() == "Set date")
                setDate = button;
        }
        QVERIFY(setDate);
        QVERIFY(setDate->isHidden());

        QVERIFY(window->openPost(m_docs + "/content/en/guide/undated.md"));
        QCOMPARE(date->text().trimmed(), QString());
        QVERIFY(!setDate->isHidden());
        // Leaving the empty field writes nothing.
        emit date->editingFinished();
        QVERIFY(!window->isModified());
        QVERIFY(!window->post().text().contains("date:"));
        // An edit of the time keeps the post's zone.
        QVERIFY(window->openPost(m_docs + "/content/en/guide/start.md"));
        date->setDateTime(date->dateTime().addSecs(3600));
        emit date->editingFinished();
        QVERIFY2(window->post().text().contains("date: 2025-01-29 19:15:32 +0530"), qPrintable(window->post().text()));
    }

    // Issue 19: a Jekyll post dated only by its file name shows that date,
    // greyed, as the list does; it is written only when changed.
    void jekyllDateFromTheFileName()
    {
        const QString site = m_dir.filePath("jekyll-dated");
        write(site + "/_config.yml", "title: J\n");
        write(site + "/_posts/2024-01-02-title.md", "---\ntitle: Dated by name\n---\nBody.\n");
        auto window = makeWindow();
        QVERIFY(window->openPost(site + "/_posts/2024-01-02-title.md"));
        auto *date = qobject_cast<QDateTimeEdit *>(window->form()->editorFor("date"));
        QVERIFY(date);
        QTRY_COMPARE(date->text(), QString("2024-01-02"));
        QVERIFY2(date->toolTip().contains("file name"), qPrintable(date->toolTip()));
        QCOMPARE(date->palette().color(QPalette::Text), date->palette().color(QPalette::PlaceholderText));
        // Leaving it as it is writes nothing.
        emit date->editingFinished();
        QVERIFY(!window->isModified());
        QVERIFY(!window->post().text().contains("date:"));
        // A change is written.
        date->setDateTime(date->dateTime().addDays(1));
        emit date->editingFinished();
        QVERIFY2(window->post().text().contains("date: 2024-01-03"), qPrintable(window->post().text()));
    }

    // §7: tags sort as a reader expects, whatever their case; the sidebar's
    // counts agree with each other.
    void tagsSortIgnoringCaseAndCountsAgree()
    {
        const QString blog = m_dir.filePath("tagged");
        write(blog + "/hugo.toml", "title = 'T'\n");
        write(blog + "/content/posts/a.md", post("A", "2024-01-01", "tags: [Zebra, apple, cherry]\n"));
        write(blog + "/content/posts/b.md", post("B", "2024-01-02", "tags: [Banana, apple]\n"));
        write(blog + "/content/posts/_index.md", post("Posts", ""));
        auto window = makeWindow();
        ProjectPanel *panel = window->projectPanel();
        QVERIFY(openFolder(window.get(), blog));
        QCOMPARE(panel->tagModel()->terms(), QStringList({"apple", "Banana", "cherry", "Zebra"}));
        auto *combo = panel->findChild<QComboBox *>(QStringLiteral("tagCombo"));
        QVERIFY(combo);
        QCOMPARE(combo->itemData(1).toString(), QString("apple"));
        QCOMPARE(combo->itemData(2).toString(), QString("Banana"));
        // The term list sorted by name.
        QTreeView *tags = panel->termView("tags");
        tags->sortByColumn(TermListModel::TermColumn, Qt::AscendingOrder);
        QStringList shown;
        for (int row = 0; row < tags->model()->rowCount(); ++row)
            shown.append(tags->model()->index(row, 0).data().toString());
        QCOMPARE(shown, QStringList({"apple", "Banana", "cherry", "Zebra"}));

        // The section is no post: the filtered count says "of 2", like "Posts: 2".
        QTRY_COMPARE(panel->statusText(), QString("Posts: 2"));
        panel->setTagFilter("Banana");
        QTRY_VERIFY2(panel->statusText().startsWith("Showing 1 of 2"), qPrintable(panel->statusText()));
    }

    // §7: a post the app opened by itself (the last session's) is not in
    // Open Recent; one the user opens is.
    void openRecentHoldsOnlyTheUsersChoices()
    {
        auto window = makeWindow();
        QVERIFY(openFolder(window.get(), m_docs));
        QTRY_VERIFY(window->isDashboardShown());
        QCOMPARE(recentPaths(window.get()), QStringList());
        QVERIFY(window->openPath(m_docs + "/content/en/guide/older.md", MainWindow::OpenedBy::App));
        QCOMPARE(recentPaths(window.get()), QStringList());
        QVERIFY(window->openPost(m_docs + "/content/en/guide/undated.md"));
        QCOMPARE(recentPaths(window.get()), QStringList({m_docs + "/content/en/guide/undated.md"}));
    }
};

QTEST_MAIN(TestRealSites)
#include "tst_realsites.moc"
