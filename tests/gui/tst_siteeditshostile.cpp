// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Replace in All Posts and Edit → Undo with the open post holding unsaved
// edits (issue 17 red team): nothing the user typed or chose is lost.
#include "editor/markdowneditor.h"
#include "mainwindow.h"
#include "project/projectpanel.h"
#include "project/siteeditactions.h"
#include "project/sitereplacedialog.h"
#include "project/sitesession.h"

#include <QAction>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "support/testfiles.h"

using namespace postwright;
using namespace postwright::testing;

class TestSiteEditsHostile final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_site;
    QMessageBox::StandardButton m_answer = QMessageBox::Save;
    int m_asked = 0;

    std::unique_ptr<MainWindow> openWindow()
    {
        auto window = std::make_unique<MainWindow>();
        window->setRecoveryFolder(m_dir.filePath("recovery"));
        window->setAsker([this](const QString &, const QString &, QMessageBox::StandardButtons) {
            ++m_asked;
            return m_answer;
        });
        QSignalSpy opened(window->projectPanel(), &ProjectPanel::siteOpened);
        window->openSite(m_site);
        if (!opened.wait(10000))
            qWarning("the site did not open");
        return window;
    }

    // Opens published.md, types at its end, and runs "body" → "text" over the site.
    void replaceWithUnsavedEdits(MainWindow &window, const QString &typed = QStringLiteral("Typed, not saved.\n"))
    {
        const QString published = m_site + "/content/posts/published.md";
        QVERIFY(window.openPost(published));
        QTextCursor cursor = window.editor()->textCursor();
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(typed);
        window.editor()->setTextCursor(cursor);
        auto *actions = window.findChild<SiteEditActions *>();
        SearchQuery query;
        query.text = "body";
        query.replacement = "text";
        actions->openReplaceDialog(query);
        SiteReplaceDialog *dialog = actions->replaceDialog();
        QTRY_VERIFY(!dialog->isSearching());
        QCOMPARE(dialog->checkedPaths().size(), 2);
        dialog->replaceButton()->click();
        // The posts are written on a worker.
        QTRY_VERIFY(!window.projectPanel()->session()->isBulkEditing());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName("PostwrightTests");
        QCoreApplication::setApplicationName("tst_siteeditshostile");
    }

    void init()
    {
        QDir(m_dir.filePath("hugo")).removeRecursively();
        m_site = m_dir.filePath("hugo");
        copyFolder(POSTWRIGHT_TEST_DATA "/sites/hugo", m_site);
        m_asked = 0;
    }

    // "Save" keeps what was typed and the replace still reaches the post.
    void saveThenReplaceKeepsBoth()
    {
        m_answer = QMessageBox::Save;
        auto window = openWindow();
        replaceWithUnsavedEdits(*window);
        QCOMPARE(m_asked, 1);
        const QByteArray onDisk = readAll(m_site + "/content/posts/published.md");
        qInfo() << onDisk;
        QVERIFY(onDisk.contains("Typed, not saved."));
        QVERIFY2(onDisk.contains("\ntext."), onDisk.constData());
        QTRY_VERIFY_WITH_TIMEOUT(window->editor()->toPlainText().contains("\ntext."), 10000);
        QVERIFY(window->editor()->toPlainText().contains("Typed, not saved."));
    }

    // Typing added a match the preview did not show: the post is saved and
    // left out of the replace, and the user is told.
    void saveWithNewMatchesIsLeftOut()
    {
        m_answer = QMessageBox::Save;
        auto window = openWindow();
        replaceWithUnsavedEdits(*window, QStringLiteral("Another body.\n"));
        const QByteArray onDisk = readAll(m_site + "/content/posts/published.md");
        QVERIFY(onDisk.contains("\nBody.\nAnother body.\n"));
        QVERIFY(readAll(m_site + "/content/posts/draft.md").contains("text"));
        auto *box = window->findChild<QMessageBox *>("siteReplaceProblems");
        QVERIFY(box);
        QVERIFY(box->detailedText().contains("content/posts/published.md"));
    }

    // "Discard" drops the typing: the editor shows the replaced file, and
    // saving later does not undo the replace.
    void discardThenReplaceShowsTheFile()
    {
        m_answer = QMessageBox::Discard;
        auto window = openWindow();
        replaceWithUnsavedEdits(*window);
        const QString published = m_site + "/content/posts/published.md";
        QVERIFY(readAll(published).contains("\ntext."));
        QTRY_VERIFY_WITH_TIMEOUT(window->editor()->toPlainText().contains("\ntext."), 10000);
        QVERIFY(!window->editor()->toPlainText().contains("Typed, not saved."));
    }
};

QTEST_MAIN(TestSiteEditsHostile)
#include "tst_siteeditshostile.moc"
