// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Find and replace as a writer uses it: every match highlighted and counted
// ("3 of 15") in the post, Ctrl+H for replace, Replace in All Posts with a
// preview per file, and Edit → Undo of a tag rename or a site-wide replace.
#include "editor/findbar.h"
#include "editor/markdowneditor.h"
#include "mainwindow.h"
#include "project/projectpanel.h"
#include "project/siteeditactions.h"
#include "project/sitereplacedialog.h"
#include "project/termeditdialog.h"
#include "project/termlistmodel.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "support/testfiles.h"

using namespace postwright;
using namespace postwright::testing;

namespace {

QString countLabel(const FindBar &bar)
{
    return bar.findChild<QLabel *>("countLabel")->text();
}

QAction *editMenuAction(MainWindow &window, const QString &objectName)
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

} // namespace

class TestSiteEdits final : public QObject
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
        if (!opened.wait(10000))
            qWarning("the site did not open");
        return window;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName("PostwrightTests");
        QCoreApplication::setApplicationName("tst_siteedits");
    }

    void init()
    {
        QDir(m_dir.filePath("hugo")).removeRecursively();
        m_site = m_dir.filePath("hugo");
        copyFolder(POSTWRIGHT_TEST_DATA "/sites/hugo", m_site);
    }

    void findHighlightsAndCounts()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *editor = new MarkdownEditor(&window);
        auto *bar = new FindBar(editor, &window);
        layout->addWidget(editor);
        layout->addWidget(bar);
        bar->hide();
        window.resize(700, 500);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        editor->setPlainText("A cat, a cat and a cat.\nNo dog.\nCat!");
        const int plainSelections = int(editor->extraSelections().size());   // the current line

        bar->showFind(false);
        bar->setQuery("cat");
        QCOMPARE(bar->matchCount(), 4);
        QCOMPARE(countLabel(*bar), QString("4 matches"));
        QCOMPARE(bar->highlightCount(), 4);
        QCOMPARE(editor->extraSelections().size(), plainSelections + 4);
        // Each highlight covers one match.
        for (const QTextEdit::ExtraSelection &selection : editor->extraSelections().mid(plainSelections))
            QCOMPARE(selection.cursor.selectedText().toLower(), QString("cat"));

        QVERIFY(bar->findNext());
        QCOMPARE(countLabel(*bar), QString("1 of 4"));
        QVERIFY(bar->findNext());
        QVERIFY(bar->findNext());
        QCOMPARE(countLabel(*bar), QString("3 of 4"));
        QVERIFY(bar->findNext(true));
        QCOMPARE(countLabel(*bar), QString("2 of 4"));
        QVERIFY(bar->findNext(true));
        QVERIFY(bar->findNext(true));   // wraps around to the last
        QCOMPARE(countLabel(*bar), QString("4 of 4"));
        QCOMPARE(editor->textCursor().selectedText(), QString("Cat"));

        // Typing changes the count and the highlights.
        editor->moveCursor(QTextCursor::End);
        editor->insertPlainText(" cat");
        QTRY_COMPARE(bar->matchCount(), 5);
        QCOMPARE(bar->highlightCount(), 5);
        QCOMPARE(countLabel(*bar), QString("5 matches"));

        // Closing the bar clears the highlights.
        QTest::keyClick(bar->findChild<QLineEdit *>("findEdit"), Qt::Key_Escape);
        QVERIFY(!bar->isVisible());
        QCOMPARE(editor->extraSelections().size(), plainSelections);
    }

    void findInAHugePostPaintsOnlyWhatIsInView()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *editor = new MarkdownEditor(&window);
        auto *bar = new FindBar(editor, &window);
        layout->addWidget(editor);
        layout->addWidget(bar);
        window.resize(700, 500);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // 1 MB, 50,000 matches.
        QString text;
        for (int i = 0; i < 12500; ++i)
            text += QStringLiteral("A line with needle and needle, needle then needle and more words to pad it out a bit.\n");
        QVERIFY(text.size() > 950000);
        editor->setPlainText(text);
        bar->showFind(false);
        bar->setQuery("needle");
        QCOMPARE(bar->matchCount(), 50000);
        QVERIFY(bar->highlightCount() > 0);
        QVERIFY2(bar->highlightCount() < 2000, qPrintable(QString::number(bar->highlightCount())));
        // Scrolled to the end, the matches there are painted.
        editor->verticalScrollBar()->setValue(editor->verticalScrollBar()->maximum());
        const auto selections = editor->extraSelections();
        QVERIFY(!selections.isEmpty());
        QVERIFY(selections.last().cursor.position() > text.size() - 20000);
        bar->setQuery("needle");
        editor->moveCursor(QTextCursor::Start);
        QVERIFY(bar->findNext(true));
        QCOMPARE(countLabel(*bar), QString("50000 of 50000"));
    }

    void ctrlHOpensReplace()
    {
        auto window = openWindow();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->editor()->setFocus();
        QTest::keyClick(window->editor(), Qt::Key_H, Qt::ControlModifier);
        QVERIFY(window->findBar()->isVisible());
        QVERIFY(window->findBar()->findChild<QLineEdit *>("replaceEdit")->isVisible());
        // With a site open, the bar offers Replace in All Posts.
        QVERIFY(window->findBar()->findChild<QPushButton *>("replaceInSiteButton")->isVisible());
    }

    void undoRenameRestoresEveryFile()
    {
        auto window = openWindow();
        ProjectPanel *panel = window->projectPanel();
        QVERIFY(panel->hasIndex());
        QAction *undo = editMenuAction(*window, "siteUndoAction");
        QVERIFY(undo);
        QVERIFY(!undo->isEnabled());
        const auto before = snapshot(m_site);

        panel->editTerm(TermEdit::Kind::Rename, "tags", "go");
        auto *dialog = panel->findChild<TermEditDialog *>();
        QVERIFY(dialog);
        dialog->setReplacement("golang");
        dialog->accept();
        QTRY_COMPARE(panel->tagModel()->count("golang"), 2);
        QVERIFY(snapshot(m_site) != before);
        QVERIFY(undo->isEnabled());
        QCOMPARE(undo->text(), QString("Und&o Rename \"go\" → \"golang\""));
        // Ctrl+Z stays the editor's.
        QVERIFY(!undo->shortcuts().contains(QKeySequence(QKeySequence::Undo)));

        undo->trigger();
        QTRY_COMPARE(snapshot(m_site), before);
        QTRY_COMPARE(panel->tagModel()->count("go"), 2);
        QCOMPARE(panel->tagModel()->rowOf("golang"), -1);
        QVERIFY(!undo->isEnabled());
        QVERIFY(!window->findChild<QMessageBox *>("siteUndoProblems"));
    }

    void undoLeavesAPostChangedSince()
    {
        auto window = openWindow();
        ProjectPanel *panel = window->projectPanel();
        const QString published = m_site + "/content/posts/published.md";
        const QString bundle = m_site + "/content/posts/bundle/index.md";
        const QByteArray bundleBefore = readAll(bundle);
        TermEdit rename{TermEdit::Kind::Rename, "tags", "go", "golang"};
        QCOMPARE(panel->applyTermEdit(rename).written.size(), 2);
        // The writer edits one of them afterwards.
        const QByteArray edited = readAll(published) + "\nA new paragraph.\n";
        writeFile(published, edited);

        QAction *undo = editMenuAction(*window, "siteUndoAction");
        QVERIFY(undo->isEnabled());
        undo->trigger();
        QTRY_VERIFY(window->findChild<QMessageBox *>("siteUndoProblems"));
        auto *box = window->findChild<QMessageBox *>("siteUndoProblems");
        QCOMPARE(readAll(published), edited);
        QCOMPARE(readAll(bundle), bundleBefore);
        QVERIFY(box->detailedText().contains("content/posts/published.md"));
    }

    void replaceInAllPostsWithPreviewAndUndo()
    {
        auto window = openWindow();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        const auto before = snapshot(m_site);
        FindBar *bar = window->findBar();
        bar->showFind(true);
        bar->setQuery("body");
        bar->setReplacement("text");
        bar->findChild<QPushButton *>("replaceInSiteButton")->click();
        auto *dialog = window->findChild<SiteReplaceDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QTRY_VERIFY(!dialog->isSearching());
        // Only bodies: draft.md ("Draft body.") and published.md ("Body.").
        auto *tree = dialog->findChild<QTreeWidget *>("fileTree");
        QCOMPARE(tree->topLevelItemCount(), 2);
        QCOMPARE(dialog->checkedPaths(), (QStringList{"content/posts/draft.md", "content/posts/published.md"}));
        tree->setCurrentItem(tree->topLevelItem(1));
        const QString preview = dialog->findChild<QTextBrowser *>("previewView")->toPlainText();
        QVERIFY2(preview.contains("Body") && preview.contains("text"), qPrintable(preview));
        // Nothing is written before the user says so.
        QCOMPARE(snapshot(m_site), before);

        tree->topLevelItem(0)->setCheckState(0, Qt::Unchecked);
        QCOMPARE(dialog->checkedPaths(), QStringList{"content/posts/published.md"});
        dialog->replaceButton()->click();
        auto after = before;
        after["content/posts/published.md"].replace("\nBody.", "\ntext.");
        QTRY_VERIFY(!window->findChild<SiteReplaceDialog *>());
        QAction *undo = editMenuAction(*window, "siteUndoAction");
        QTRY_VERIFY(undo->isEnabled());
        QCOMPARE(snapshot(m_site), after);
        QVERIFY(undo->text().startsWith("Und&o Replace in 1 "));
        undo->trigger();
        QTRY_COMPARE(snapshot(m_site), before);
    }

    void theOpenPostShowsTheReplaceAndItsUndo()
    {
        auto window = openWindow();
        const QString published = m_site + "/content/posts/published.md";
        QVERIFY(window->openPost(published));
        QVERIFY(window->editor()->toPlainText().contains("\nBody."));
        auto *actions = window->findChild<SiteEditActions *>();
        SearchQuery query;
        query.text = "body";
        query.replacement = "text";
        actions->openReplaceDialog(query);
        SiteReplaceDialog *dialog = actions->replaceDialog();
        QTRY_VERIFY(!dialog->isSearching());
        dialog->replaceButton()->click();
        QTRY_VERIFY(editMenuAction(*window, "siteUndoAction")->isEnabled());
        QVERIFY(readAll(published).contains("\ntext."));
        // The editor follows the file (it had no unsaved changes)...
        QTRY_VERIFY_WITH_TIMEOUT(window->editor()->toPlainText().contains("\ntext."), 10000);
        // ...and the undo.
        editMenuAction(*window, "siteUndoAction")->trigger();
        QTRY_VERIFY(readAll(published).contains("\nBody."));
        QTRY_VERIFY_WITH_TIMEOUT(window->editor()->toPlainText().contains("\nBody."), 10000);
    }

    void replaceRefusesAPostChangedSinceThePreview()
    {
        auto window = openWindow();
        auto *actions = window->findChild<SiteEditActions *>();
        QVERIFY(actions);
        SearchQuery query;
        query.text = "body";
        query.replacement = "text";
        actions->openReplaceDialog(query);
        SiteReplaceDialog *dialog = actions->replaceDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(!dialog->isSearching());
        QCOMPARE(dialog->checkedPaths().size(), 2);
        const QString draft = m_site + "/content/posts/draft.md";
        const QByteArray outside = readAll(draft) + "More body from another program.\n";
        writeFile(draft, outside);
        dialog->replaceButton()->click();
        QTRY_VERIFY(window->findChild<QMessageBox *>("siteReplaceProblems"));
        auto *box = window->findChild<QMessageBox *>("siteReplaceProblems");
        QCOMPARE(readAll(draft), outside);
        QVERIFY(readAll(m_site + "/content/posts/published.md").contains("\ntext."));
        QVERIFY(box->detailedText().contains("content/posts/draft.md"));
    }
};

QTEST_MAIN(TestSiteEdits)
#include "tst_siteedits.moc"
