// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Bulk edits over a site of hundreds of posts, as a writer sees them: the
// window keeps running while Replace in All Posts and Edit → Undo write
// (the status bar says how far they got, with Stop), no second bulk edit
// starts meanwhile, the open post cannot be typed into while it is written,
// Stop leaves whole posts and an exact undo; and a search that gives up on
// a too-complex pattern says so instead of finding nothing.
#include "editor/findbar.h"
#include "editor/markdowneditor.h"
#include "mainwindow.h"
#include "project/projectpanel.h"
#include "project/siteeditactions.h"
#include "project/sitereplacedialog.h"
#include "project/sitesession.h"
#include "settings/theme.h"

#include <QAction>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>

#include "support/testfiles.h"

using namespace postwright;
using namespace postwright::testing;

namespace {

constexpr int postCount = 400;

QString postPath(int i)
{
    return QStringLiteral("content/posts/bulk/p%1.md").arg(i, 3, 10, QLatin1Char('0'));
}

QAction *menuAction(MainWindow &window, const QString &objectName)
{
    for (QAction *menu : window.menuBar()->actions()) {
        if (!menu->menu())
            continue;
        for (QAction *action : menu->menu()->actions()) {
            if (action->objectName() == objectName)
                return action;
        }
    }
    return nullptr;
}

// What the event loop saw while a bulk edit ran: ticks of a timer that
// looks at the first and the last post and at the window.
struct Watch
{
    int ticks = 0;
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 longestGap = 0;        // reported, never asserted
    int gapAfterTick = 0;
    bool halfDone = false;        // the first post written, the last not yet
    QString progress;             // the status bar's line, once half-done
    bool undoEnabled = true;
    bool replaceEnabled = true;
    bool editorReadOnly = false;
    bool editsRefused = false;    // typing, Replace all and Bold changed nothing in the open post
};

// POSTWRIGHT_SCREENSHOTS=FOLDER: what the user sees (the window while a
// bulk edit runs, the Replace dialog), light and dark.
void shoot(MainWindow &window, QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("POSTWRIGHT_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    for (const ThemeChoice theme : {ThemeChoice::Light, ThemeChoice::Dark}) {
        AppSettings settings = window.settings();
        settings.uiTheme = theme;
        window.applySettings(settings);
        QTest::qWait(300);
        widget->grab().save(QString("%1/%2-%3.png").arg(folder, name, theme == ThemeChoice::Dark ? "dark" : "light"));
    }
}

} // namespace

class TestBulkEdits final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_site;

    std::unique_ptr<MainWindow> openWindow()
    {
        auto window = std::make_unique<MainWindow>();
        window->setRecoveryFolder(m_dir.filePath("recovery"));
        window->setAsker([](const QString &, const QString &, QMessageBox::StandardButtons) { return QMessageBox::Discard; });
        QSignalSpy opened(window->projectPanel(), &ProjectPanel::siteOpened);
        window->openSite(m_site);
        if (!opened.wait(20000))
            qWarning("the site did not open");
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qWarning("the window was not shown");
        return window;
    }

    // Opens Replace in All Posts for "cat" → "dog" through the find bar,
    // waits for its list, and returns it.
    SiteReplaceDialog *searchCats(MainWindow &window)
    {
        FindBar *bar = window.findBar();
        bar->showFind(true);
        bar->setQuery("cat");
        bar->setReplacement("dog");
        bar->findChild<QPushButton *>("replaceInSiteButton")->click();
        auto *dialog = window.findChild<SiteReplaceDialog *>();
        QDeadlineTimer deadline(20000);
        while (dialog && dialog->isSearching() && !deadline.hasExpired())
            QTest::qWait(20);
        return dialog && !dialog->isSearching() ? dialog : nullptr;
    }

    // A timer that records what the window shows while the first post of
    // the plan has wanted and the last not yet.
    void watch(QTimer &timer, Watch &seen, MainWindow &window, const QStringList &order, const QByteArray &wanted)
    {
        const QString first = m_site + "/" + order.first();
        const QString last = m_site + "/" + order.last();
        connect(&timer, &QTimer::timeout, &window, [&seen, &window, first, last, wanted] {
            ++seen.ticks;
            if (!seen.clock.isValid())
                seen.clock.start();
            if (seen.clock.elapsed() - seen.last > seen.longestGap) {
                seen.longestGap = seen.clock.elapsed() - seen.last;
                seen.gapAfterTick = seen.ticks - 1;
            }
            seen.last = seen.clock.elapsed();
            if (seen.halfDone || !readAll(first).contains(wanted) || readAll(last).contains(wanted))
                return;
            seen.halfDone = true;
            seen.progress = window.findChild<QLabel *>("bulkEditLabel")->text();
            seen.undoEnabled = menuAction(window, "siteUndoAction")->isEnabled();
            seen.replaceEnabled = menuAction(window, "siteReplaceAction")->isEnabled();
            seen.editorReadOnly = window.editor()->isReadOnly();
            const QString text = window.editor()->toPlainText();
            QTest::keyClicks(window.editor(), "typed");
            window.findBar()->replaceAll();
            window.editor()->toggleInline("**");   // Format → Bold
            seen.editsRefused = window.editor()->toPlainText() == text;
            shoot(window, &window, QStringLiteral("bulk-progress-%1").arg(QString::fromLatin1(wanted)));
        });
        timer.start(5);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName("PostwrightTests");
        QCoreApplication::setApplicationName("tst_bulkedits");
    }

    void init()
    {
        QDir(m_dir.filePath("hugo")).removeRecursively();
        m_site = m_dir.filePath("hugo");
        copyFolder(POSTWRIGHT_TEST_DATA "/sites/hugo", m_site);
        for (int i = 0; i < postCount; ++i) {
            writeFile(m_site + "/" + postPath(i), "---\ntitle: Post " + QByteArray::number(i)
                                                      + "\ntags: [pets]\n---\nThe cat sat.\nA Cat again: cat!\n");
        }
    }

    // The replace and its undo run while the window does: a timer fires
    // half-way, the status bar counts the posts, the window allows no second
    // bulk edit and no typing into the open post meanwhile. The posts end
    // exactly as the replace made them on the GUI thread before.
    // Red team: the open post has unsaved edits; Replace in All Posts asks
    // to save them, the user says Discard. The editor shows the file again
    // and follows the replace; it asked a second time, as if another program
    // had changed the file ("...and you have unsaved changes here"), and
    // kept the discarded text in view, read-only, meanwhile.
    void discardedEditsAreNotAskedAboutAgain()
    {
        auto window = openWindow();
        QStringList asked;
        window->setAsker([&asked](const QString &title, const QString &, QMessageBox::StandardButtons) {
            asked.append(title);
            return QMessageBox::Discard;
        });
        SiteReplaceDialog *dialog = searchCats(*window);
        QVERIFY(dialog);
        const QString open = m_site + "/" + dialog->plan().files.last().path;
        QVERIFY(window->openPost(open));
        window->editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(window->editor(), "typed");
        QVERIFY(window->isModified());
        SiteSession *session = window->projectPanel()->session();
        QSignalSpy finished(session, &SiteSession::bulkEditFinished);
        dialog->replaceButton()->click();
        QVERIFY(session->isBulkEditing());
        QVERIFY(!window->editor()->toPlainText().contains("typed"));
        QTRY_COMPARE_WITH_TIMEOUT(int(finished.size()), 1, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(window->editor()->toPlainText().contains("A dog again: dog!"), 10000);
        // The file watcher's moment for a second question.
        QTest::qWait(1500);
        QCOMPARE(asked, QStringList{"Unsaved changes"});
        QVERIFY(!window->isModified());
        QVERIFY(!readAll(open).contains("typed"));
    }

    // Red team: opening another site while a replace runs stopped it
    // half-way (39 of 400 posts) and dropped its undo, the site left half
    // replaced with no way back. The other site waits for the replace, which
    // ends with its undo; then it opens.
    void anotherSiteWaitsForTheReplace()
    {
        auto window = openWindow();
        const QString other = m_dir.filePath("other");
        QDir(other).removeRecursively();
        copyFolder(POSTWRIGHT_TEST_DATA "/sites/hugo", other);
        SiteReplaceDialog *dialog = searchCats(*window);
        QVERIFY(dialog);
        SiteSession *session = window->projectPanel()->session();
        QSignalSpy finished(session, &SiteSession::bulkEditFinished);
        dialog->replaceButton()->click();
        QVERIFY(session->isBulkEditing());
        window->openSite(other);
        QCOMPARE(window->projectPanel()->siteRoot(), m_site);
        QVERIFY2(window->statusBar()->currentMessage().startsWith("Posts are being changed all over the site"),
                 qPrintable(window->statusBar()->currentMessage()));
        QTRY_COMPARE_WITH_TIMEOUT(int(finished.size()), 1, 60000);
        for (int i = 0; i < postCount; ++i)
            QVERIFY2(readAll(m_site + "/" + postPath(i)).contains("A dog again: dog!"), qPrintable(postPath(i)));
        QCOMPARE(menuAction(*window, "siteUndoAction")->text(), QString("Und&o Replace in 400 Posts"));
        QSignalSpy opened(window->projectPanel(), &ProjectPanel::siteOpened);
        window->openSite(other);
        QVERIFY(opened.wait(20000));
        QCOMPARE(window->projectPanel()->siteRoot(), other);
    }

    void replaceAndUndoKeepTheWindowRunning()
    {
        auto window = openWindow();
        const auto before = snapshot(m_site);
        SiteReplaceDialog *dialog = searchCats(*window);
        QVERIFY(dialog);
        QCOMPARE(dialog->checkedPaths().size(), postCount);
        // The order the posts are written in.
        QStringList order;
        for (const SiteReplaceFile &file : dialog->plan().files)
            order.append(file.path);
        // The last post is open: it is written, and the editor follows it.
        QVERIFY(window->openPost(m_site + "/" + order.last()));

        Watch seen;
        QTimer timer;
        watch(timer, seen, *window, order, "dog");
        SiteSession *session = window->projectPanel()->session();
        QSignalSpy finished(session, &SiteSession::bulkEditFinished);
        int runs = 0;
        dialog->replaceButton()->click();
        QVERIFY(session->isBulkEditing());
        QTRY_VERIFY_WITH_TIMEOUT(!window->findChild<SiteReplaceDialog *>(), 5000);
        ++runs;
        QTRY_COMPARE_WITH_TIMEOUT(int(finished.size()), runs, 60000);
        timer.stop();
        qInfo() << "replace: the event loop ran" << seen.ticks << "times in" << seen.clock.elapsed() << "ms, longest gap" << seen.longestGap << "ms after tick" << seen.gapAfterTick;
        QVERIFY2(seen.halfDone, "the event loop did not run while the posts were written");
        QVERIFY2(seen.progress.startsWith("Replacing in ") && seen.progress.endsWith(" of 400 posts…"), qPrintable(seen.progress));
        QVERIFY(!seen.undoEnabled);
        QVERIFY(!seen.replaceEnabled);
        QVERIFY(seen.editorReadOnly);
        QVERIFY(seen.editsRefused);

        auto after = before;
        for (int i = 0; i < postCount; ++i)
            after[postPath(i)] = after[postPath(i)].replace("A Cat again: cat!", "A dog again: dog!").replace("The cat", "The dog");
        QCOMPARE(snapshot(m_site), after);
        QVERIFY(!window->editor()->isReadOnly());
        QTRY_VERIFY_WITH_TIMEOUT(window->editor()->toPlainText().contains("A dog again: dog!"), 10000);
        QVERIFY(!window->findChild<QLabel *>("bulkEditLabel")->isVisible());
        QVERIFY(!window->findChild<QMessageBox *>("siteReplaceProblems"));

        QAction *undo = menuAction(*window, "siteUndoAction");
        QCOMPARE(undo->text(), QString("Und&o Replace in 400 Posts"));
        Watch undoing;
        QTimer undoTimer;
        watch(undoTimer, undoing, *window, order, "cat");
        undo->trigger();
        ++runs;
        QTRY_COMPARE_WITH_TIMEOUT(int(finished.size()), runs, 60000);
        undoTimer.stop();
        qInfo() << "undo: the event loop ran" << undoing.ticks << "times in" << undoing.clock.elapsed() << "ms, longest gap" << undoing.longestGap << "ms after tick" << undoing.gapAfterTick;
        QVERIFY2(undoing.halfDone, qPrintable(QString("the event loop did not run while the posts were restored (%1 ticks)").arg(undoing.ticks)));
        QVERIFY2(undoing.progress.startsWith("Undoing Replace in 400 Posts: "), qPrintable(undoing.progress));
        QVERIFY(!undoing.undoEnabled);
        QCOMPARE(snapshot(m_site), before);
        QTRY_VERIFY_WITH_TIMEOUT(window->editor()->toPlainText().contains("A Cat again: cat!"), 10000);
        QVERIFY(!undo->isEnabled());
    }

    // Stop half-way: every post is wholly old or wholly new, the undo
    // names just the posts written, and restores the site exactly.
    void stopLeavesWholePostsAndAnExactUndo()
    {
        auto window = openWindow();
        const auto before = snapshot(m_site);
        SiteReplaceDialog *dialog = searchCats(*window);
        QVERIFY(dialog);
        SiteSession *session = window->projectPanel()->session();
        QSignalSpy finished(session, &SiteSession::bulkEditFinished);
        int runs = 0;
        const QString fourth = m_site + "/" + dialog->plan().files.at(3).path;
        // Stop once a few posts are written.
        QTimer stopper;
        connect(&stopper, &QTimer::timeout, window.get(), [&] {
            if (!readAll(fourth).contains("dog"))
                return;
            stopper.stop();
            window->findChild<QPushButton *>("bulkEditStopButton")->click();
        });
        stopper.start(2);
        dialog->replaceButton()->click();
        ++runs;
        QTRY_COMPARE_WITH_TIMEOUT(int(finished.size()), runs, 60000);
        stopper.stop();

        const auto after = snapshot(m_site);
        int written = 0;
        for (int i = 0; i < postCount; ++i) {
            const QByteArray old = before.value(postPath(i));
            QByteArray replaced = old;
            replaced.replace("The cat", "The dog").replace("A Cat again: cat!", "A dog again: dog!");
            QVERIFY2(after.value(postPath(i)) == old || after.value(postPath(i)) == replaced, qPrintable(postPath(i)));
            written += after.value(postPath(i)) == replaced ? 1 : 0;
        }
        QVERIFY2(written >= 4 && written < postCount, qPrintable(QString::number(written)));
        QAction *undo = menuAction(*window, "siteUndoAction");
        QCOMPARE(undo->text(), QString("Und&o Replace in %1 Posts").arg(written));
        undo->trigger();
        ++runs;
        QTRY_COMPARE_WITH_TIMEOUT(int(finished.size()), runs, 60000);
        QCOMPARE(snapshot(m_site), before);
    }

    // The writer made a replaced post read-only afterwards: Undo leaves it
    // as it is and names it; the other post is restored.
    void undoLeavesAPostMadeReadOnly()
    {
        auto window = openWindow();
        const auto before = snapshot(m_site);
        SiteReplaceDialog *dialog = searchCats(*window);
        QVERIFY(dialog);
        SiteSession *session = window->projectPanel()->session();
        QSignalSpy finished(session, &SiteSession::bulkEditFinished);
        int runs = 0;
        const QString locked = m_site + "/" + postPath(7);
        dialog->replaceButton()->click();
        ++runs;
        QTRY_COMPARE_WITH_TIMEOUT(int(finished.size()), runs, 60000);
        const QByteArray replaced = readAll(locked);
        QVERIFY(replaced.contains("dog"));
        QVERIFY(QFile::setPermissions(locked, QFile::ReadOwner | QFile::ReadUser | QFile::ReadGroup | QFile::ReadOther));

        menuAction(*window, "siteUndoAction")->trigger();
        ++runs;
        QTRY_COMPARE_WITH_TIMEOUT(int(finished.size()), runs, 60000);
        QCOMPARE(readAll(locked), replaced);
        QVERIFY(!(QFileInfo(locked).permissions() & QFile::WriteOwner));
        auto expected = before;
        expected[postPath(7)] = replaced;
        QCOMPARE(snapshot(m_site), expected);
        QTRY_VERIFY(window->findChild<QMessageBox *>("siteUndoProblems"));
        const QString text = window->findChild<QMessageBox *>("siteUndoProblems")->text();
        QVERIFY2(text.contains(postPath(7)) && text.contains("permissions"), qPrintable(text));
    }

    // A pattern that backtracks without end gives up in a post: Replace in
    // All Posts lists the post with why, not tickable; the find bar says
    // the same for the open post.
    void aSearchThatGivesUpSaysSo()
    {
        QByteArray hard = "---\ntitle: Hard\n---\nxxy first.\n";
        for (int i = 0; i < 4000; ++i)
            hard += QByteArray(20, 'x') + '.';
        hard += "xxy\n";
        writeFile(m_site + "/content/posts/hard.md", hard);
        auto window = openWindow();
        const QString note = "search gave up in this post: the pattern is too complex; simplify it";

        QVERIFY(window->openPost(m_site + "/content/posts/hard.md"));
        FindBar *bar = window->findBar();
        bar->showFind(true);
        bar->setQuery("(x+x+)+y", false, false, true);
        bar->setReplacement("z");
        // One match before the place it gave up: "1+", and why.
        QCOMPARE(bar->findChild<QLabel *>("countLabel")->text(), QString("1+ matches"));
        QLabel *gaveUp = bar->findChild<QLabel *>("gaveUpLabel");
        QVERIFY(gaveUp->isVisible());
        QCOMPARE(gaveUp->text(), note);
        // Replace All would change only what came before: it does nothing.
        QCOMPARE(bar->replaceAll(), 0);
        QCOMPARE(window->editor()->toPlainText(), QString::fromUtf8(hard));

        bar->findChild<QPushButton *>("replaceInSiteButton")->click();
        auto *dialog = window->findChild<SiteReplaceDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isSearching(), 20000);
        auto *tree = dialog->findChild<QTreeWidget *>("fileTree");
        QTreeWidgetItem *item = nullptr;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            if (tree->topLevelItem(i)->text(0) == "content/posts/hard.md")
                item = tree->topLevelItem(i);
        }
        QVERIFY2(item, "the post that was not searched through is not listed");
        QVERIFY(!(item->flags() & Qt::ItemIsUserCheckable));
        QCOMPARE(item->toolTip(0), note);
        tree->setCurrentItem(item);
        QVERIFY(dialog->findChild<QTextBrowser *>("previewView")->toPlainText().contains(note));
        QVERIFY(!dialog->checkedPaths().contains("content/posts/hard.md"));
        QVERIFY(dialog->findChild<QLabel *>("statusLabel")->text().contains(note));
        shoot(*window, dialog, "bulk-gaveup-dialog");
        dialog->close();
        shoot(*window, window.get(), "bulk-gaveup-findbar");
        // A pattern that is fine says nothing of the kind.
        bar->setQuery("xxy", false, false, true);
        QCOMPARE(bar->findChild<QLabel *>("countLabel")->text(), QString("2 matches"));
        QVERIFY(!gaveUp->isVisible());
    }
};

QTEST_MAIN(TestBulkEdits)
#include "tst_bulkedits.moc"
