// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The site dashboard in the sidebar, as a blogger uses it: open a site, find
// posts, rename a tag across the site, create a post, and see outside
// changes without reopening anything.
#include "editor/markdowneditor.h"
#include "form/chipeditor.h"
#include "form/frontmatterform.h"
#include "mainwindow.h"
#include "project/newpostdialog.h"
#include "project/postfiltermodel.h"
#include "project/postlistmodel.h"
#include "project/projectpanel.h"
#include "project/termeditdialog.h"
#include "project/termlistmodel.h"
#include "site/indexcache.h"
#include "site/sitelookup.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QProgressBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStringListModel>
#include <QTextCursor>
#include <QTextDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include "support/testfiles.h"

using namespace postwright;
using namespace postwright::testing;

namespace {

QStringList shownPaths(const QAbstractItemModel *model)
{
    QStringList list;
    for (int row = 0; row < model->rowCount(); ++row)
        list.append(model->index(row, 0).data(PostListModel::PathRole).toString());
    list.sort();
    return list;
}

QString rowTitle(ProjectPanel *panel, const QString &path)
{
    const int row = panel->postModel()->rowOf(path);
    return row < 0 ? QString() : panel->postModel()->index(row, PostListModel::TitleColumn).data().toString();
}

// The lines of a that differ from b's, as "-old" / "+new".
QStringList changedLines(const QByteArray &a, const QByteArray &b)
{
    const QList<QByteArray> x = a.split('\n'), y = b.split('\n');
    QStringList diff;
    for (qsizetype i = 0; i < std::max(x.size(), y.size()); ++i) {
        const QByteArray l = x.value(i), r = y.value(i);
        if (l != r)
            diff << "-" + QString::fromUtf8(l) << "+" + QString::fromUtf8(r);
    }
    return diff;
}

} // namespace

class TestProjectPanel final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_site;

    std::unique_ptr<MainWindow> makeWindow()
    {
        auto window = std::make_unique<MainWindow>();
        window->setRecoveryFolder(m_dir.filePath("recovery"));
        window->setAsker([](const QString &, const QString &, QMessageBox::StandardButtons) { return QMessageBox::Discard; });
        return window;
    }

    bool openAndWait(ProjectPanel *panel, const QString &root)
    {
        QSignalSpy opened(panel, &ProjectPanel::siteOpened);
        panel->openSite(root);
        return opened.wait(10000) && panel->hasIndex();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName("PostwrightTests");
        QCoreApplication::setApplicationName("tst_projectpanel");
    }

    void init()
    {
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
        m_site = m_dir.filePath("hugo");
        copyFolder(POSTWRIGHT_TEST_DATA "/sites/hugo", m_site);
    }

    void siteRootIsFoundAboveThePost()
    {
        QCOMPARE(locateSite(m_site + "/content/posts/bundle/index.md").root, m_site);
        QCOMPARE(locateSite(m_site + "/content/posts").root, m_site);
        QCOMPARE(locateSite(m_site).root, m_site);
        // Outside content/ a Hugo config does not claim the file: a plain folder.
        QCOMPARE(locateSite(m_site + "/layouts/index.md").root, m_site + "/layouts");
        const QString jekyll = m_dir.filePath("jekyll");
        copyFolder(POSTWRIGHT_TEST_DATA "/sites/jekyll", jekyll);
        QCOMPARE(locateSite(jekyll + "/blog/tech/_posts/2024-05-05-category-folder.md").root, jekyll);
        QCOMPARE(locateSite(QDir::homePath() + "/stray-note.md").root, QString());
    }

    void panelIndexesTheSiteAndFilters()
    {
        ProjectPanel panel;
        QVERIFY(openAndWait(&panel, m_site));
        QCOMPARE(panel.postModel()->rowCount(), panel.index().posts().size());
        QVERIFY(panel.postModel()->rowOf("content/posts/published.md") >= 0);
        QTRY_COMPARE(panel.statusText(), QString("Posts: 9 · Drafts: 1"));
        QCOMPARE(panel.tagModel()->count("hugo"), 4);
        QCOMPARE(panel.categoryModel()->count("Web"), 2);

        // Selecting a term in the tags panel filters the list; the combo follows.
        QTreeView *tags = panel.termView("tags");
        const auto *sortedTags = tags->model();
        QModelIndex json;
        for (int row = 0; row < sortedTags->rowCount(); ++row) {
            if (sortedTags->index(row, 0).data().toString() == "json")
                json = sortedTags->index(row, 0);
        }
        QVERIFY(json.isValid());
        panel.show();
        QTest::mouseClick(tags->viewport(), Qt::LeftButton, {}, tags->visualRect(json).center());
        QTRY_COMPARE(shownPaths(panel.filterModel()), QStringList{"content/posts/json.md"});
        QCOMPARE(panel.filterModel()->tag(), QString("json"));
        // Sections are no posts in any count: "of 9" as "Posts: 9" said.
        QTRY_VERIFY(panel.statusText().startsWith("Showing 1 of 9"));
        panel.clearFilters();
        QCOMPARE(panel.filterModel()->rowCount(), panel.postModel()->rowCount());
        QTRY_VERIFY(tags->selectionModel()->selectedRows().isEmpty());

        panel.setStateFilter(int(PostState::Draft));
        QCOMPARE(shownPaths(panel.filterModel()), QStringList{"content/posts/draft.md"});
        panel.setStateFilter({});
        panel.setYearFilter(2020);
        QCOMPARE(shownPaths(panel.filterModel()), QStringList{"content/posts/expired.md"});
        panel.setYearFilter(0);
        panel.setCategoryFilter("Web");
        QCOMPARE(shownPaths(panel.filterModel()), (QStringList{"content/posts/json.md", "content/posts/published.md"}));
    }

    void jekyllWarningsAreCountedAndSpaceSeparatedTagsListed()
    {
        const QString jekyll = m_dir.filePath("jekyll");
        copyFolder(POSTWRIGHT_TEST_DATA "/sites/jekyll", jekyll);
        ProjectPanel panel;
        QVERIFY(openAndWait(&panel, jekyll));
        // _posts/notes-without-date.md is ignored by Jekyll: a warning, not a row.
        QCOMPARE(panel.postModel()->rowOf("_posts/notes-without-date.md"), -1);
        QVERIFY(panel.statusText().contains("Warnings: 1"));
        QCOMPARE(panel.tagModel()->count("liquid"), 1);
        QCOMPARE(panel.tagModel()->count("jekyll"), 5);
        panel.setStateFilter(int(PostState::Draft));
        QCOMPARE(shownPaths(panel.filterModel()), (QStringList{"_drafts/a-draft.md", "_posts/2024-03-01-unpublished.md"}));
    }

    void renamingATagChangesOnlyItsLines()
    {
        ProjectPanel panel;
        QVERIFY(openAndWait(&panel, m_site));
        const QString published = m_site + "/content/posts/published.md";
        const QString bundle = m_site + "/content/posts/bundle/index.md";
        const QByteArray publishedBefore = readAll(published);
        const QByteArray bundleBefore = readAll(bundle);
        const QByteArray draftBefore = readAll(m_site + "/content/posts/draft.md");
        panel.setTagFilter("go");
        QCOMPARE(panel.filterModel()->rowCount(), 2);

        panel.editTerm(TermEdit::Kind::Rename, "tags", "go");
        auto *dialog = panel.findChild<TermEditDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        dialog->setReplacement("golang");
        // The files are listed before anything is written.
        QCOMPARE(dialog->listedFiles(), (QStringList{"content/posts/bundle/index.md", "content/posts/published.md"}));
        QCOMPARE(readAll(published), publishedBefore);
        dialog->accept();

        QCOMPARE(changedLines(publishedBefore, readAll(published)), (QStringList{"-tags: [go, hugo]", "+tags: [golang, hugo]"}));
        QCOMPARE(changedLines(bundleBefore, readAll(bundle)), (QStringList{"-tags: [go]", "+tags: [golang]"}));
        QCOMPARE(readAll(m_site + "/content/posts/draft.md"), draftBefore);
        // The list, the counts and the filter follow.
        QTRY_COMPARE(panel.tagModel()->count("golang"), 2);
        QCOMPARE(panel.tagModel()->rowOf("go"), -1);
        QCOMPARE(panel.filterModel()->tag(), QString("golang"));
        QCOMPARE(panel.filterModel()->rowCount(), 2);
        const int row = panel.postModel()->rowOf("content/posts/published.md");
        QCOMPARE(panel.postModel()->index(row, PostListModel::TagsColumn).data().toString(), QString("golang, hugo"));
    }

    void mergingAndDeletingTerms()
    {
        ProjectPanel panel;
        QVERIFY(openAndWait(&panel, m_site));
        TermEdit merge;
        merge.kind = TermEdit::Kind::Merge;
        merge.term = "toml";
        merge.replacement = "hugo";
        const TermEditReport merged = panel.applyTermEdit(merge);
        QCOMPARE(merged.written, QStringList{"content/posts/scheduled.md"});
        QVERIFY(merged.failed.isEmpty());
        QCOMPARE(panel.tagModel()->rowOf("toml"), -1);
        QVERIFY(readAll(m_site + "/content/posts/scheduled.md").contains("Tags = [\"hugo\"]"));

        TermEdit remove;
        remove.kind = TermEdit::Kind::Delete;
        remove.taxonomy = "categories";
        remove.term = "Web";
        panel.editTerm(remove.kind, remove.taxonomy, remove.term);
        auto *dialog = panel.findChild<TermEditDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->listedFiles(), (QStringList{"content/posts/json.md", "content/posts/published.md"}));
        dialog->accept();
        QTRY_COMPARE(panel.categoryModel()->rowCount(), 0);
        QVERIFY(!readAll(m_site + "/content/posts/json.md").contains("Web"));
    }

    void aFileThatCannotBeWrittenIsReported()
    {
        // A read-only post (mode 0444): the writer refuses it whoever runs
        // the test, root included, and the panel reports it.
        const QString name = QStringLiteral("stuck.md");
        const QString stuck = m_site + "/content/posts/" + name;
        const QByteArray stuckText = "---\ntitle: Stuck\ntags: [go]\n---\nBody.\n";
        writeFile(stuck, stuckText);
        QVERIFY(QFile::setPermissions(stuck, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        ProjectPanel panel;
        QVERIFY(openAndWait(&panel, m_site));
        TermEdit rename;
        rename.term = "go";
        rename.replacement = "golang";
        const TermEditReport report = panel.applyTermEdit(rename);
        QCOMPARE(report.failed.size(), 1);
        QCOMPARE(report.failed.first().toString(), "content/posts/" + name + ": is read-only (mode 0444): not written");
        QCOMPARE(readAll(stuck), stuckText);   // left as it was
        QVERIFY(readAll(m_site + "/content/posts/published.md").contains("golang"));
        QCOMPARE(report.written, QStringList({"content/posts/bundle/index.md", "content/posts/published.md"}));
    }

    void readOnlyPostsAreChangedOnlyIfTheUserSaysSo_data()
    {
        QTest::addColumn<bool>("anyway");
        QTest::newRow("cancel") << false;
        QTest::newRow("change anyway") << true;
    }

    // The rename dialog, accepted with a read-only post among the files: the
    // others are written, then the user is asked; only "Change Anyway"
    // writes the read-only post, which stays read-only.
    void readOnlyPostsAreChangedOnlyIfTheUserSaysSo()
    {
        QFETCH(bool, anyway);
        QTemporaryDir dir;
        const QString site = dir.path();
        writeFile(site + "/hugo.toml", "title = \"T\"\n");
        const QString open = site + "/content/posts/open.md";
        const QString locked = site + "/content/posts/locked.md";
        writeFile(open, "---\ntitle: Open\ntags: [go]\n---\nBody.\n");
        writeFile(locked, "---\ntitle: Locked\ntags: [go]\n---\nBody.\n");
        QVERIFY(QFile::setPermissions(locked, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        ProjectPanel panel;
        QVERIFY(openAndWait(&panel, site));
        panel.editTerm(TermEdit::Kind::Rename, "tags", "go");
        auto *dialog = panel.findChild<TermEditDialog *>();
        QVERIFY(dialog);
        dialog->setReplacement("golang");
        dialog->accept();
        QVERIFY(readAll(open).contains("tags: [golang]"));
        QVERIFY(readAll(locked).contains("tags: [go]"));
        auto *ask = panel.findChild<QMessageBox *>("readOnlyTermEditQuestion");
        QVERIFY(ask);
        QVERIFY(ask->text().contains("1"));
        QVERIFY(ask->detailedText().contains("content/posts/locked.md: is read-only (mode 0444)"));
        ask->button(anyway ? QMessageBox::Save : QMessageBox::Cancel)->click();
        if (anyway) {
            QVERIFY(readAll(locked).contains("tags: [golang]"));
            QCOMPARE(QFileInfo(locked).permissions() & (QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther),
                     QFile::Permissions());
            QTRY_COMPARE(panel.tagModel()->count("golang"), 2);
            QVERIFY(!panel.findChild<QMessageBox *>("termEditProblems"));
        } else {
            QVERIFY(readAll(locked).contains("tags: [go]"));
            auto *problems = panel.findChild<QMessageBox *>("termEditProblems");
            QVERIFY(problems);
            QVERIFY(problems->detailedText().contains("content/posts/locked.md: is read-only"));
        }
    }

    void outsideChangesShowUp()
    {
        ProjectPanel panel;
        QVERIFY(openAndWait(&panel, m_site));
        panel.watcher()->setDelay(20);
        const QString published = m_site + "/content/posts/published.md";
        QByteArray text = readAll(published);
        text.replace("title: \"A published post\"", "title: \"Edited elsewhere\"");
        writeFile(published, text);
        QTRY_COMPARE_WITH_TIMEOUT(rowTitle(&panel, "content/posts/published.md"), QString("Edited elsewhere"), 10000);

        writeFile(m_site + "/content/posts/new-from-git.md", "---\ntitle: Pulled from git\ntags: [git]\n---\nHi.\n");
        QTRY_COMPARE_WITH_TIMEOUT(rowTitle(&panel, "content/posts/new-from-git.md"), QString("Pulled from git"), 10000);
        QTRY_COMPARE(panel.tagModel()->count("git"), 1);

        QVERIFY(QFile::remove(m_site + "/content/posts/json.md"));
        QTRY_COMPARE_WITH_TIMEOUT(panel.postModel()->rowOf("content/posts/json.md"), -1, 10000);
        QTRY_COMPARE(panel.categoryModel()->count("Web"), 1);
    }

    void newPostDialogShowsTheSlugAndCreatesThePost()
    {
        ProjectPanel panel;
        QVERIFY(openAndWait(&panel, m_site));
        NewPostDialog dialog(panel.index().config(), panel.terms("tags"));
        dialog.findChild<QLineEdit *>("titleEdit")->setText("Crème Brûlée & Straße");
        auto *slug = dialog.findChild<QLineEdit *>("slugEdit");
        QCOMPARE(slug->placeholderText(), QString("creme-brulee-strasse"));
        QCOMPARE(dialog.findChild<QLabel *>("pathLabel")->text(), QString("content/posts/creme-brulee-strasse.md"));
        dialog.findChild<QCheckBox *>("bundleCheck")->setChecked(true);
        QCOMPARE(dialog.findChild<QLabel *>("pathLabel")->text(), QString("content/posts/creme-brulee-strasse/index.md"));
        // The slug is the user's to choose, made safe for a file name.
        slug->setText("Crème Café");
        QCOMPARE(dialog.findChild<QLabel *>("pathLabel")->text(), QString("content/posts/creme-cafe/index.md"));
        slug->clear();
        QCOMPARE(dialog.findChild<QLabel *>("pathLabel")->text(), QString("content/posts/creme-brulee-strasse/index.md"));
        // The file's name is never cut off at the edge: a long one loses its
        // middle, and the tooltip has it whole.
        auto *path = dialog.findChild<QLabel *>("pathLabel");
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        slug->setText("a-long-slug-that-a-writer-might-choose-for-search-engines-and-readers-alike");
        const QString whole = "content/posts/a-long-slug-that-a-writer-might-choose-for-search-engines-and-readers-alike/index.md";
        QVERIFY2(path->fontMetrics().horizontalAdvance(path->text()) <= path->contentsRect().width(), qPrintable(path->text()));
        QVERIFY2(path->text().startsWith("content/") && path->text().endsWith("/index.md") && path->text().contains(QChar(0x2026)),
                 qPrintable(path->text()));
        QCOMPARE(path->toolTip(), whole);
        dialog.resize(2000, dialog.height());
        QTRY_COMPARE(path->text(), whole);
        slug->clear();
        dialog.findChild<QLineEdit *>("tagsEdit")->setText("food, hugo");
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.createdPath(), QString("content/posts/creme-brulee-strasse/index.md"));
        const QByteArray created = readAll(m_site + "/content/posts/creme-brulee-strasse/index.md");
        QVERIFY(created.contains("Crème Brûlée & Straße"));
        QVERIFY(created.contains("food"));
        QVERIFY(created.contains("draft: true"));

        // The same title again: the dialog says so and does not overwrite.
        NewPostDialog again(panel.index().config());
        again.findChild<QLineEdit *>("titleEdit")->setText("Crème Brûlée & Straße");
        again.findChild<QCheckBox *>("bundleCheck")->setChecked(true);
        QVERIFY(!again.findChild<QLabel *>("errorLabel")->text().isEmpty());
    }

    // The cancel comes while the indexing runs, by construction: from the
    // first progress report (one batch of 512 files read, of 10,000), so
    // the work has started and has most of its batches still to read.
    void cancelStopsIndexing()
    {
        const QString big = m_dir.filePath("big");
        const int posts = 10000;
        for (int i = 0; i < posts; ++i)
            writeFile(QStringLiteral("%1/post-%2.md").arg(big).arg(i), QStringLiteral("---\ntitle: Post %1\n---\nBody.\n").arg(i).toUtf8());
        ProjectPanel panel;
        IndexOptions options;
        options.cacheDir = m_dir.filePath("cache");
        panel.setIndexOptions(options);
        // A finished index is saved to this file: a canceled one never is.
        const QString cacheFile = IndexCache(big, options.cacheDir).filePath();

        auto *bar = panel.findChild<QProgressBar *>("progressBar");
        auto *cancel = panel.findChild<QToolButton *>("cancelButton");
        QVERIFY(bar && cancel);
        int doneAtCancel = -1;
        int totalAtCancel = -1;
        const QMetaObject::Connection hook = connect(bar, &QProgressBar::valueChanged, &panel, [&](int value) {
            if (doneAtCancel >= 0 || value <= 0)
                return;
            doneAtCancel = value;
            totalAtCancel = bar->maximum();
            cancel->click();
        });
        QSignalSpy opened(&panel, &ProjectPanel::siteOpened);
        panel.openSite(big);
        QVERIFY(panel.isIndexing());
        QCOMPARE(panel.statusText(), QString("Indexing…"));
        // What the user sees once the run is over (60 s: a watchdog):
        // canceled, no site, no posts; and nothing on disk.
        QTRY_VERIFY_WITH_TIMEOUT(panel.statusText() != QString("Indexing…"), 60000);
        QCOMPARE(panel.statusText(), QString("Indexing canceled."));
        QVERIFY(!panel.isIndexing());
        // Canceled while running: some files read, not all.
        QCOMPARE(totalAtCancel, posts);
        qInfo("canceled with %d of %d files read", doneAtCancel, totalAtCancel);
        QVERIFY2(doneAtCancel > 0 && doneAtCancel < posts, qPrintable(QString::number(doneAtCancel)));
        QVERIFY(!panel.hasIndex());
        QCOMPARE(panel.postModel()->rowCount(), 0);
        QCOMPARE(opened.count(), 0);
        QVERIFY2(!QFileInfo::exists(cacheFile), qPrintable(cacheFile));
        QVERIFY(!QFileInfo::exists(options.cacheDir));

        // Opening it again indexes it to the end, and saves the index where
        // the canceled run did not.
        disconnect(hook);
        QVERIFY(openAndWait(&panel, big));
        QCOMPARE(panel.postModel()->rowCount(), posts);
        QVERIFY(QFileInfo::exists(cacheFile));
    }

    // The project's start page is its dashboard (issue 17 §2): no post is
    // chosen for the user.
    void openingASiteFolderShowsItsPostsAndTheDashboard()
    {
        auto window = makeWindow();
        ProjectPanel *panel = window->projectPanel();
        QSignalSpy opened(panel, &ProjectPanel::siteOpened);
        QVERIFY(window->openPath(m_site));
        QVERIFY(opened.wait(10000));
        QCOMPARE(panel->siteRoot(), m_site);
        QCOMPARE(panel->postModel()->rowCount(), panel->index().posts().size());
        QVERIFY(panel->postModel()->rowCount() >= 9);
        QTRY_VERIFY(window->isDashboardShown());
        QVERIFY(window->post().path().isEmpty());
        // The form completes tags from the site.
        auto *tags = qobject_cast<ChipEditor *>(window->form()->editorFor("tags"));
        QVERIFY(tags && tags->lineEdit()->completer());
        auto *completions = qobject_cast<QStringListModel *>(tags->lineEdit()->completer()->model());
        QVERIFY(completions);
        QTRY_VERIFY(completions->stringList().contains("toml"));

        // Double-click (activate) another row: it opens.
        const QModelIndex source = panel->postModel()->index(panel->postModel()->rowOf("content/posts/json.md"), 0);
        emit panel->postView()->activated(panel->filterModel()->mapFromSource(source));
        QCOMPARE(window->post().path(), m_site + "/content/posts/json.md");
        QVERIFY(!window->isDashboardShown());
        // Opening the folder again: its start page, the post kept behind it.
        QVERIFY(window->openPath(m_site));
        QVERIFY(window->isDashboardShown());
        QCOMPARE(window->post().path(), m_site + "/content/posts/json.md");
    }


    void editsToTheOpenPostUpdateItsRow()
    {
        auto window = makeWindow();
        ProjectPanel *panel = window->projectPanel();
        QSignalSpy opened(panel, &ProjectPanel::siteOpened);
        QVERIFY(window->openPost(m_site + "/content/posts/published.md"));
        QVERIFY(opened.wait(10000));
        QCOMPARE(panel->siteRoot(), m_site);
        QTRY_COMPARE(panel->postView()->currentIndex().data(PostListModel::PathRole).toString(),
                     QString("content/posts/published.md"));

        auto *title = qobject_cast<QLineEdit *>(window->form()->editorFor("title"));
        title->setText("Retitled in the form");
        emit title->editingFinished();
        QCOMPARE(rowTitle(panel, "content/posts/published.md"), QString("Retitled in the form"));
        QVERIFY(window->isModified());

        auto *tags = qobject_cast<ChipEditor *>(window->form()->editorFor("tags"));
        tags->lineEdit()->setText("fresh");
        emit tags->lineEdit()->returnPressed();
        QTRY_COMPARE(panel->tagModel()->count("fresh"), 1);

        // Saved: the row keeps it, and the disk says the same.
        QVERIFY(window->save());
        panel->watcher()->setDelay(20);
        panel->refresh();
        // The watcher read the saved file (only the disk has this title in
        // its index), and the panel took its index in the same call.
        QTRY_COMPARE_WITH_TIMEOUT(panel->watcher()->index().post("content/posts/published.md")->title,
                                  QString("Retitled in the form"), 10000);
        QCOMPARE(rowTitle(panel, "content/posts/published.md"), QString("Retitled in the form"));

        // Opening another post leaves the row as the disk has it.
        title->setText("Unsaved title");
        emit title->editingFinished();
        QCOMPARE(rowTitle(panel, "content/posts/published.md"), QString("Unsaved title"));
        QVERIFY(window->openPost(m_site + "/content/posts/draft.md"));
        QCOMPARE(rowTitle(panel, "content/posts/published.md"), QString("Retitled in the form"));
    }

    // The row and the status bar follow what is typed in the editor: the
    // row from the post as the session parsed it, the counts from the
    // edit's snapshot.
    void typingUpdatesTheRowAndTheStatusBar()
    {
        auto window = makeWindow();
        ProjectPanel *panel = window->projectPanel();
        QSignalSpy opened(panel, &ProjectPanel::siteOpened);
        QVERIFY(window->openPost(m_site + "/content/posts/published.md"));
        QVERIFY(opened.wait(10000));
        auto *words = window->findChild<QLabel *>("wordsLabel");
        QVERIFY(words);

        QTextCursor cursor(window->editor()->document());
        cursor.select(QTextCursor::Document);
        cursor.insertText("---\ntitle: Typed in the editor\ndraft: true\ntags: [typed]\n---\nOne two three four five.\n");
        QTRY_COMPARE(rowTitle(panel, "content/posts/published.md"), QString("Typed in the editor"));
        QTRY_COMPARE(panel->tagModel()->count("typed"), 1);
        const int row = panel->postModel()->rowOf("content/posts/published.md");
        QCOMPARE(panel->postModel()->index(row, 0).data(PostListModel::StateRole).toInt(), int(PostState::Draft));
        QTRY_COMPARE(words->text(), QString("5 words · 1 min read"));

        // Two more words: the count follows; a selection adds its own.
        cursor.movePosition(QTextCursor::End);
        cursor.insertText("Six seven.\n");
        QTRY_COMPARE(words->text(), QString("7 words · 1 min read"));
        const int start = int(window->editor()->toPlainText().indexOf("four"));
        QTextCursor selection(window->editor()->document());
        selection.setPosition(start);
        selection.setPosition(start + int(QStringLiteral("four five").size()), QTextCursor::KeepAnchor);
        window->editor()->setTextCursor(selection);
        QCOMPARE(words->text(), QString("7 words · 1 min read   Selection: 2 words · 1 min"));
    }

    void newPostFromThePanelOpensInTheWindow()
    {
        auto window = makeWindow();
        ProjectPanel *panel = window->projectPanel();
        QSignalSpy opened(panel, &ProjectPanel::siteOpened);
        QVERIFY(window->openPath(m_site));
        QVERIFY(opened.wait(10000));
        panel->newPost();
        auto *dialog = panel->findChild<NewPostDialog *>();
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>("titleEdit")->setText("Hello from the dialog");
        dialog->accept();
        const QString path = m_site + "/content/posts/hello-from-the-dialog.md";
        QVERIFY(QFileInfo::exists(path));
        QCOMPARE(window->post().path(), path);
        QCOMPARE(window->post().frontMatter().string("title"), QString("Hello from the dialog"));
        QTRY_COMPARE_WITH_TIMEOUT(rowTitle(panel, "content/posts/hello-from-the-dialog.md"), QString("Hello from the dialog"), 10000);
        QTRY_COMPARE(panel->postView()->currentIndex().data(PostListModel::PathRole).toString(),
                     QString("content/posts/hello-from-the-dialog.md"));
    }

    void publishRenameAndTrashFollowTheOpenPost()
    {
        auto window = makeWindow();
        ProjectPanel *panel = window->projectPanel();
        QSignalSpy opened(panel, &ProjectPanel::siteOpened);
        QVERIFY(window->openPost(m_site + "/content/posts/draft.md"));
        QVERIFY(opened.wait(10000));
        QVERIFY(panel->publishPost("content/posts/draft.md"));
        QTRY_VERIFY(window->post().text().contains("draft: false"));

        const Result<QString> renamed = panel->renamePost("content/posts/draft.md", "no-longer-a-draft");
        QVERIFY(renamed);
        QCOMPARE(window->post().path(), m_site + "/content/posts/no-longer-a-draft.md");
        QTRY_VERIFY(panel->postModel()->rowOf("content/posts/no-longer-a-draft.md") >= 0);

        QVERIFY(panel->trashPost("content/posts/no-longer-a-draft.md"));
        QVERIFY(!QFileInfo::exists(m_site + "/content/posts/no-longer-a-draft.md"));
        QVERIFY(window->post().path().isEmpty());
        QTRY_COMPARE(panel->postModel()->rowOf("content/posts/no-longer-a-draft.md"), -1);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestProjectPanel test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_projectpanel.moc"
