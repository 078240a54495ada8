// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Publishing through Git in the window (issue 16): each post's Git state and
// the branch in the project panel, a post's History with Restore, the
// Publish dialog (commit, fetch, merge, push, Cancel), the merge view for a
// real conflict and for conflict markers, and the offer of a repository.
// Real git: a bare repository as the remote over file://, two clones.
#include "document/postsession.h"
#include "frontmatter/value.h"
#include "editor/markdowneditor.h"
#include "mainwindow.h"
#include "project/postlistmodel.h"
#include "project/projectpanel.h"
#include "settings/appsettings.h"
#include "support/testfiles.h"
#include "vcs/gitactions.h"
#include "vcs/historydialog.h"
#include "vcs/mergedialog.h"
#include "vcs/publishdialog.h"
#include "support/postfixture.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>

using namespace postwright;
using namespace postwright::testing;

namespace {

const QByteArray &post = postwright::testing::nightSkyPost;
using postwright::testing::edited;

const QString postPath = QStringLiteral("blog/content/posts/night.md");

} // namespace

class tst_GitPublish final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void postListShowsGitStateAndBranch();
    void commitInATerminalIsSeenWithoutARefresh();
    void historyShowsChangesAndRestoresAsOneUndo();
    void publishCommitsOnlyPostsAndPushes();
    void conflictOpensMergeViewAndPublishContinues();
    void cancelStopsAHangingPush();
    void conflictMarkersOfferTheMergeView();
    void siteOutsideGitIsOfferedARepository();

private:
    QByteArray git(const QString &clone, const QStringList &args);
    void clone(const QString &name);
    QString path(const QString &relative) const { return m_dir->filePath(relative); }
    std::unique_ptr<MainWindow> makeWindow();
    GitActions *gitActions(MainWindow &window) const { return window.findChild<GitActions *>(); }
    void openSite(MainWindow &window, const QString &clone);
    PublishDialog *startPublish(MainWindow &window);
    void shoot(QWidget *widget, MainWindow &window, const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    QStringList m_questions;
};

QByteArray tst_GitPublish::git(const QString &clone, const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(path(clone));
    process.start(QStringLiteral("git"), args);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning("git %s: %s", qPrintable(args.join(QLatin1Char(' '))), process.readAllStandardError().constData());
        return QByteArray("git failed");
    }
    return process.readAllStandardOutput();
}

void tst_GitPublish::clone(const QString &name)
{
    QCOMPARE(git(QString(), {QStringLiteral("clone"), QStringLiteral("-q"), QUrl::fromLocalFile(path("remote.git")).toString(), name}), QByteArray());
    git(name, {QStringLiteral("config"), QStringLiteral("user.name"), name});
    git(name, {QStringLiteral("config"), QStringLiteral("user.email"), name + QStringLiteral("@example.org")});
}

void tst_GitPublish::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PostwrightTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_gitpublish"));
}

// remote.git holds a repository whose Hugo site is blog/; a made it, b cloned it.
void tst_GitPublish::init()
{
    m_questions.clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    git(QString(), {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare"), QStringLiteral("-b"), QStringLiteral("main"),
                    QStringLiteral("remote.git")});
    clone(QStringLiteral("a"));
    writeFile(path("a/blog/hugo.toml"), "title = \"Blog\"\n");
    writeFile(path("a/") + postPath, post);
    git(QStringLiteral("a"), {QStringLiteral("add"), QStringLiteral("-A")});
    git(QStringLiteral("a"), {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("Start")});
    git(QStringLiteral("a"), {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("-u"), QStringLiteral("origin"), QStringLiteral("main")});
    clone(QStringLiteral("b"));
}

std::unique_ptr<MainWindow> tst_GitPublish::makeWindow()
{
    auto window = std::make_unique<MainWindow>();
    window->setRecoveryFolder(path("recovery"));
    const auto asker = [this](const QString &title, const QString &, QMessageBox::StandardButtons buttons) {
        m_questions.append(title);
        return buttons.testFlag(QMessageBox::Yes) ? QMessageBox::Yes : QMessageBox::Ok;
    };
    window->setAsker(asker);
    gitActions(*window)->setAsker(asker);
    return window;
}

void tst_GitPublish::openSite(MainWindow &window, const QString &clone)
{
    window.openSite(path(clone + QStringLiteral("/blog")));
    QTRY_VERIFY_WITH_TIMEOUT(window.projectPanel()->hasIndex(), 20000);
    QTRY_VERIFY(window.projectPanel()->session()->gitState()->snapshot().repository);
}

PublishDialog *tst_GitPublish::startPublish(MainWindow &window)
{
    gitActions(window)->publishAction()->trigger();
    auto *dialog = window.findChild<PublishDialog *>();
    if (!dialog || !QTest::qWaitFor([dialog] { return !dialog->isPlanning(); }, 20000))
        return nullptr;
    return dialog;
}

// POSTWRIGHT_SCREENSHOTS=FOLDER: the dialog as the user sees it, light and dark.
void tst_GitPublish::shoot(QWidget *widget, MainWindow &window, const QString &name)
{
    const QString folder = qEnvironmentVariable("POSTWRIGHT_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    for (const ThemeChoice theme : {ThemeChoice::Light, ThemeChoice::Dark}) {
        AppSettings settings = window.settings();
        settings.uiTheme = theme;
        window.applySettings(settings);
        QApplication::processEvents();
        widget->grab().save(QStringLiteral("%1/%2-%3.png").arg(folder, name, theme == ThemeChoice::Dark ? QStringLiteral("dark") : QStringLiteral("light")));
    }
}

void tst_GitPublish::postListShowsGitStateAndBranch()
{
    writeFile(path("b/") + postPath, edited(post, "\"Night sky\"", "\"Changed\""));
    writeFile(path("b/blog/content/posts/fresh.md"), "---\ntitle: Fresh\n---\n\nNew.\n");
    auto window = makeWindow();
    openSite(*window, QStringLiteral("b"));
    PostListModel *model = window->projectPanel()->postModel();
    const QModelIndex night = model->index(model->rowOf(QStringLiteral("content/posts/night.md")), PostListModel::GitColumn);
    const QModelIndex fresh = model->index(model->rowOf(QStringLiteral("content/posts/fresh.md")), PostListModel::GitColumn);
    QTRY_COMPARE(night.data().toString(), QStringLiteral("modified"));
    QCOMPARE(fresh.data().toString(), QStringLiteral("new"));
    QCOMPARE(night.data(PostListModel::GitStateRole).toInt(), int(GitFileState::Modified));
    QVERIFY(night.siblingAtColumn(PostListModel::TitleColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Git: modified")));
    auto *branch = window->projectPanel()->findChild<QLabel *>(QStringLiteral("gitBranchLabel"));
    QVERIFY(branch);
    QTRY_VERIFY(branch->text().contains(QStringLiteral("main, up to date with origin/main")));
    QVERIFY2(branch->text().contains(QStringLiteral("· 2 file")), qPrintable(branch->text()));

    // A commit made elsewhere: the post is unchanged and the branch one ahead.
    git(QStringLiteral("b"), {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-am"), QStringLiteral("Elsewhere")});
    window->projectPanel()->refresh();
    QTRY_VERIFY(branch->text().contains(QStringLiteral("main ↑1")));
    QTRY_COMPARE(night.data().toString(), QString());
    QCOMPARE(fresh.data().toString(), QStringLiteral("new"));
}

// Only .git changes (a commit and a fetch made in a terminal; the site's
// files stay as they are): the window reads the Git state again by itself.
void tst_GitPublish::commitInATerminalIsSeenWithoutARefresh()
{
    writeFile(path("b/") + postPath, edited(post, "\"Night sky\"", "\"Changed\""));
    auto window = makeWindow();
    openSite(*window, QStringLiteral("b"));
    PostListModel *model = window->projectPanel()->postModel();
    const QModelIndex night = model->index(model->rowOf(QStringLiteral("content/posts/night.md")), PostListModel::GitColumn);
    QTRY_COMPARE(night.data().toString(), QStringLiteral("modified"));
    auto *branch = window->projectPanel()->findChild<QLabel *>(QStringLiteral("gitBranchLabel"));
    QTRY_VERIFY(branch->text().contains(QStringLiteral("main, up to date with origin/main")));

    git(QStringLiteral("b"), {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-am"), QStringLiteral("In a terminal")});
    QTRY_COMPARE_WITH_TIMEOUT(night.data().toString(), QString(), 10000);
    QTRY_VERIFY(branch->text().contains(QStringLiteral("main ↑1")));

    // Someone else pushed; a fetch in the terminal shows the branch behind.
    writeFile(path("a/blog/content/posts/other.md"), "---\ntitle: Other\n---\n");
    git(QStringLiteral("a"), {QStringLiteral("add"), QStringLiteral("-A")});
    git(QStringLiteral("a"), {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("Other")});
    git(QStringLiteral("a"), {QStringLiteral("push"), QStringLiteral("-q")});
    git(QStringLiteral("b"), {QStringLiteral("fetch"), QStringLiteral("-q")});
    QTRY_VERIFY_WITH_TIMEOUT(branch->text().contains(QStringLiteral("main ↑1 ↓1")), 10000);
}

void tst_GitPublish::historyShowsChangesAndRestoresAsOneUndo()
{
    const QByteArray second = edited(post, "\"Night sky\"", "\"Dark sky\"");
    const QByteArray third = edited(edited(second, "The second paragraph.", "The last paragraph, longer."), "[astro, night]", "[astro, moon]");
    writeFile(path("a/") + postPath, second);
    git(QStringLiteral("a"), {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-am"), QStringLiteral("Retitle")});
    writeFile(path("a/") + postPath, third);
    git(QStringLiteral("a"), {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-am"), QStringLiteral("Rewrite the end")});
    auto window = makeWindow();
    QVERIFY(window->openPost(path("a/") + postPath));
    gitActions(*window)->historyAction()->trigger();
    auto *dialog = window->findChild<HistoryDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isLoading(), 20000);
    QVERIFY2(dialog->revisionList()->count() == 3, qPrintable(dialog->findChild<QLabel *>()->text()));
    QVERIFY(dialog->revisionList()->item(0)->text().contains(QStringLiteral("Rewrite the end")));
    QVERIFY(dialog->revisionList()->item(1)->text().contains(QStringLiteral("Changed: title")));

    // The newest commit: the tags by key, the body by words.
    QCOMPARE(dialog->revisionList()->currentRow(), 0);
    QString shown = dialog->diffView()->toPlainText();
    QVERIFY2(shown.contains(QStringLiteral("tags: astro, night → astro, moon")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("The secondlast paragraph, longer.")), qPrintable(shown));
    QVERIFY(!shown.contains(QStringLiteral("title:")));
    QVERIFY(dialog->diffView()->toHtml().contains(QStringLiteral("line-through")));
    shoot(dialog, *window, QStringLiteral("history-view"));
    // The one before: the title by key, the text unchanged.
    dialog->revisionList()->setCurrentRow(1);
    shown = dialog->diffView()->toPlainText();
    QVERIFY2(shown.contains(QStringLiteral("title: Night sky → Dark sky")), qPrintable(shown));
    QVERIFY(!shown.contains(QStringLiteral("paragraph")));

    // Restore the first version: one edit, one Undo takes it back.
    dialog->revisionList()->setCurrentRow(2);
    dialog->findChild<QPushButton *>(QStringLiteral("restoreButton"))->click();
    QTextDocument *document = window->session()->document();
    QCOMPARE(document->toPlainText(), QString::fromUtf8(post));
    QVERIFY(window->isModified());
    QCOMPARE(readAll(path("a/") + postPath), third);  // nothing saved
    document->undo();
    QCOMPARE(document->toPlainText(), QString::fromUtf8(third));
}

void tst_GitPublish::publishCommitsOnlyPostsAndPushes()
{
    writeFile(path("b/blog/notes.txt"), "my own notes\n");
    auto window = makeWindow();
    openSite(*window, QStringLiteral("b"));
    QVERIFY(window->openPost(path("b/") + postPath));
    window->setField(QStringLiteral("title"), Value::fromString(QStringLiteral("Published from the window")));
    PublishDialog *dialog = startPublish(*window);
    QVERIFY(dialog);
    QVERIFY(!window->isModified());  // saved first
    QCOMPARE(dialog->messageEdit()->toPlainText(), QStringLiteral("Publish: Published from the window"));
    QCOMPARE(dialog->commitList()->count(), 1);
    QCOMPARE(dialog->commitList()->item(0)->text(), postPath);
    QCOMPARE(dialog->otherList()->count(), 1);
    QVERIFY(dialog->otherList()->item(0)->text().startsWith(QStringLiteral("notes.txt")));
    QCOMPARE(dialog->otherList()->item(0)->checkState(), Qt::Unchecked);
    dialog->messageEdit()->setPlainText(QStringLiteral("New title, from the window"));
    QSignalSpy finished(dialog, &PublishDialog::finishedRun);
    dialog->publishButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(dialog->result().status, PublishResult::Status::Published);
    QVERIFY(dialog->log()->toPlainText().contains(QStringLiteral("pushed to origin/main")));
    QCOMPARE(git(QStringLiteral("b"), {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%s")}), QByteArray("New title, from the window\n"));
    QCOMPARE(git(QStringLiteral("b"), {QStringLiteral("rev-parse"), QStringLiteral("origin/main")}),
             git(QStringLiteral("b"), {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}));
    // The notes the user did not tick stay out of Git.
    QCOMPARE(git(QStringLiteral("b"), {QStringLiteral("status"), QStringLiteral("--porcelain")}), QByteArray("?? blog/notes.txt\n"));
    PostListModel *model = window->projectPanel()->postModel();
    QTRY_COMPARE(model->index(model->rowOf(QStringLiteral("content/posts/night.md")), PostListModel::GitColumn).data().toString(), QString());
}

void tst_GitPublish::conflictOpensMergeViewAndPublishContinues()
{
    writeFile(path("a/") + postPath, edited(edited(post, "\"Night sky\"", "\"Theirs\""), "The second paragraph.", "Their ending, under a new moon."));
    git(QStringLiteral("a"), {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-am"), QStringLiteral("Their title")});
    git(QStringLiteral("a"), {QStringLiteral("push"), QStringLiteral("-q")});
    const QByteArray mine = edited(edited(edited(post, "\"Night sky\"", "\"Mine\""), "[astro, night]", "[astro]"),
                                   "The second paragraph.", "My ending, with the stars out.");
    writeFile(path("b/") + postPath, mine);
    auto window = makeWindow();
    openSite(*window, QStringLiteral("b"));
    PublishDialog *dialog = startPublish(*window);
    QVERIFY(dialog);
    dialog->publishButton()->click();
    QTRY_VERIFY2_WITH_TIMEOUT(dialog->mergeDialog(), qPrintable(dialog->log()->toPlainText()), 30000);
    QCOMPARE(dialog->result().status, PublishResult::Status::Conflicts);
    // Nothing merged yet, and never markers in the file.
    QCOMPARE(readAll(path("b/") + postPath), mine);
    MergeDialog *merge = dialog->mergeDialog();
    QCOMPARE(merge->conflictCount(), 2);  // the title, the last paragraph
    QVERIFY(merge->findChild<QRadioButton *>(QStringLiteral("theirs_1")));
    merge->choose(0, MergeChoice::Side::Edited, QStringLiteral("Both titles"));
    merge->choose(1, MergeChoice::Side::Theirs);
    merge->setFixedSize(860, 520);
    shoot(merge, *window, QStringLiteral("merge-view"));
    QSignalSpy finished(dialog, &PublishDialog::finishedRun);
    merge->findChild<QPushButton *>(QStringLiteral("applyButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(dialog->result().status, PublishResult::Status::Published);
    // The edited title, our tags and their paragraph, in the file's style; pushed.
    QCOMPARE(readAll(path("b/") + postPath),
             edited(edited(mine, "\"Mine\"", "\"Both titles\""), "My ending, with the stars out.", "Their ending, under a new moon."));
    QCOMPARE(git(QStringLiteral("b"), {QStringLiteral("rev-parse"), QStringLiteral("origin/main")}),
             git(QStringLiteral("b"), {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}));
    QCOMPARE(git(QStringLiteral("b"), {QStringLiteral("status"), QStringLiteral("--porcelain")}), QByteArray());
}

void tst_GitPublish::cancelStopsAHangingPush()
{
    writeFile(path("b/.git/hooks/pre-push"), QStringLiteral("#!/bin/sh\ntouch \"%1\"\nsleep 120\n").arg(path("push-started")).toUtf8());
    QVERIFY(QFile::setPermissions(path("b/.git/hooks/pre-push"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    writeFile(path("b/") + postPath, edited(post, "\"Night sky\"", "\"Kept\""));
    auto window = makeWindow();
    openSite(*window, QStringLiteral("b"));
    PublishDialog *dialog = startPublish(*window);
    QVERIFY(dialog);
    QSignalSpy finished(dialog, &PublishDialog::finishedRun);
    dialog->publishButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path("push-started")), 30000);
    QVERIFY(dialog->isRunning());
    // Cancel while it runs: stops git, keeps the dialog.
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(dialog->result().status, PublishResult::Status::Canceled);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->log()->toPlainText().contains(QStringLiteral("Your commit stays here")));
    QCOMPARE(git(QStringLiteral("b"), {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%s")}), QByteArray("Publish: Kept\n"));
    QCOMPARE(git(QStringLiteral("b"), {QStringLiteral("rev-list"), QStringLiteral("--count"), QStringLiteral("origin/main..HEAD")}), QByteArray("1\n"));
}

void tst_GitPublish::conflictMarkersOfferTheMergeView()
{
    const QByteArray marked = "---\ntitle: \"Night sky\"\n---\n\nIntro.\n\n"
                              "<<<<<<< HEAD\nOur ending.\n=======\nTheir ending.\n>>>>>>> origin/main\n";
    writeFile(path("a/blog/content/posts/marked.md"), marked);
    auto window = makeWindow();
    QVERIFY(window->openPost(path("a/blog/content/posts/marked.md")));
    QTRY_VERIFY(window->findChild<MergeDialog *>());
    QVERIFY(m_questions.contains(QStringLiteral("Conflict Markers")));
    MergeDialog *merge = window->findChild<MergeDialog *>();
    QCOMPARE(merge->conflictCount(), 1);
    merge->choose(0, MergeChoice::Side::Theirs);
    merge->findChild<QPushButton *>(QStringLiteral("applyButton"))->click();
    QTextDocument *document = window->session()->document();
    QCOMPARE(document->toPlainText(), QStringLiteral("---\ntitle: \"Night sky\"\n---\n\nIntro.\n\nTheir ending.\n"));
    document->undo();
    QCOMPARE(document->toPlainText(), QString::fromUtf8(marked));
}

void tst_GitPublish::siteOutsideGitIsOfferedARepository()
{
    QTemporaryDir plain;
    QVERIFY(plain.isValid());
    writeFile(plain.filePath(QStringLiteral("hugo.toml")), "title = \"Blog\"\n");
    writeFile(plain.filePath(QStringLiteral("content/posts/one.md")), "---\ntitle: One\n---\n\nText.\n");
    auto window = makeWindow();
    window->openSite(plain.path());
    QTRY_VERIFY_WITH_TIMEOUT(window->projectPanel()->hasIndex(), 20000);
    auto *label = window->projectPanel()->findChild<QLabel *>(QStringLiteral("gitBranchLabel"));
    QTRY_VERIFY(label->text().contains(QStringLiteral("Make a Git repository")));
    QVERIFY(!gitActions(*window)->publishAction()->isEnabled());
    emit label->linkActivated(QStringLiteral("init"));
    QVERIFY(m_questions.contains(QStringLiteral("Make a Git Repository")));
    QVERIFY(QFileInfo(plain.filePath(QStringLiteral(".git"))).isDir());
    QCOMPARE(readAll(plain.filePath(QStringLiteral(".gitignore"))),
             QByteArray("# What the site generator writes: built again from the sources.\n/public/\n/resources/_gen/\n.hugo_build.lock\n"));
    QTRY_VERIFY(label->text().contains(QStringLiteral("Branch: main (no commit yet)")));
    QVERIFY(gitActions(*window)->publishAction()->isEnabled());
}

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    tst_GitPublish test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_gitpublish.moc"
