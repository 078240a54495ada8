// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The outside-change Compare view as a writer uses it: their post changed on
// disk while it has unsaved edits; Compare… shows both side by side, one
// change is taken from disk, another kept, and Apply puts the merge into the
// editor as one undo step, without asking again; "Load theirs" is one undo
// step too.
#include "document/comparedialog.h"
#include "document/postsession.h"
#include "editor/markdowneditor.h"
#include "mainwindow.h"
#include "settings/theme.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTimer>

#include "support/testfiles.h"

using namespace postwright;
using namespace postwright::testing;

namespace {

const QByteArray original = "---\ntitle: A\n---\nFirst line.\n\nMiddle.\n\nLast line.\n";
const QByteArray onDisk = "---\ntitle: A\n---\nFirst line, theirs.\n\nMiddle.\n\nLast line, theirs.\n";
const QString mine = "---\ntitle: A\n---\nFirst line, mine.\n\nMiddle.\n\nLast line, mine.\n";

// Replaces a line of the editor as typing would.
void retype(MarkdownEditor *editor, const QString &line, const QString &with)
{
    QTextCursor cursor = editor->document()->find(line);
    QVERIFY(!cursor.isNull());
    editor->setTextCursor(cursor);
    QTest::keyClicks(editor, with);
}

} // namespace

class TestCompareDialog final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName("PostwrightTests");
        QCoreApplication::setApplicationName("tst_comparedialog");
    }

    void takeTheirsForOneKeepMineForAnother()
    {
        const QString path = m_dir.filePath("site/content/posts/a.md");
        writeFile(m_dir.filePath("site/hugo.toml"), "title = 'Blog'\n");
        writeFile(path, original);
        MainWindow window;
        window.setRecoveryFolder(m_dir.filePath("recovery"));
        QStringList questions;
        window.setAsker([&](const QString &title, const QString &, QMessageBox::StandardButtons) {
            questions.append(title);
            return QMessageBox::Apply;  // Compare…
        });
        window.show();
        QVERIFY(window.openPost(path));
        retype(window.editor(), "First line.", "First line, mine.");
        retype(window.editor(), "Last line.", "Last line, mine.");
        QTRY_COMPARE(window.post().text(), mine);

        QString position;
        QStringList panes;
        bool compared = false;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<CompareDialog *>(QApplication::activeModalWidget());
            // Keys reach the dialog's shortcuts once it is the active window.
            if (!dialog || !dialog->isActiveWindow())
                return;
            poll.stop();
            compared = true;
            position = dialog->findChild<QLabel *>("changePosition")->text();
            panes = {dialog->findChild<QPlainTextEdit *>("minePane")->toPlainText(),
                     dialog->findChild<QPlainTextEdit *>("theirsPane")->toPlainText()};
            QTest::mouseClick(dialog->findChild<QRadioButton *>("takeTheirs"), Qt::LeftButton);
            // The next change from the keyboard: Alt+N, then Keep mine with Alt+K.
            QTest::keyClick(dialog, Qt::Key_N, Qt::AltModifier);
            QTest::keyClick(dialog, Qt::Key_K, Qt::AltModifier);
            QTest::keyClick(dialog, Qt::Key_A, Qt::AltModifier);  // Apply
        });
        poll.start(20);
        QTest::qWait(50);
        writeFile(path, onDisk);
        QTRY_VERIFY(compared);
        QCOMPARE(position, QString("Change 1 of 2"));
        // Side by side, the changed lines facing each other.
        QCOMPARE(panes.at(0).split('\n').at(3), QString("First line, mine."));
        QCOMPARE(panes.at(1).split('\n').at(3), QString("First line, theirs."));
        const QString merged = "---\ntitle: A\n---\nFirst line, theirs.\n\nMiddle.\n\nLast line, mine.\n";
        QTRY_COMPARE(window.post().text(), merged);
        QCOMPARE(window.editor()->toPlainText(), merged);
        QCOMPARE(questions, QStringList{"The post changed on disk"});
        // Still unsaved; the disk's version is known, so no further question.
        QVERIFY(window.isModified());
        QCOMPARE(window.session()->knownDiskBytes(), onDisk);
        QCOMPARE(readAll(path), onDisk);
        window.session()->checkExternalChange();
        QCOMPARE(questions.size(), 1);
        // One undo step takes the merge back.
        window.editor()->undo();
        QTRY_COMPARE(window.post().text(), mine);
    }

    // "Load theirs" in the real outside-change prompt takes the disk's
    // version as one undo step: Ctrl+Z brings back what the writer had
    // (unsaved again), the file on disk untouched.
    void loadTheirsKeepsMineUndoable()
    {
        const QString path = m_dir.filePath("site/content/posts/b.md");
        writeFile(m_dir.filePath("site/hugo.toml"), "title = 'Blog'\n");
        writeFile(path, original);
        MainWindow window;
        window.setRecoveryFolder(m_dir.filePath("recovery"));
        window.show();
        QVERIFY(window.openPost(path));
        retype(window.editor(), "First line.", "First line, mine.");
        retype(window.editor(), "Last line.", "Last line, mine.");
        QTRY_COMPARE(window.post().text(), mine);

        QString question;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            poll.stop();
            question = box->text();
            QCOMPARE(box->button(QMessageBox::Discard)->text(), QString("Load theirs"));
            box->button(QMessageBox::Discard)->click();
        });
        poll.start(20);
        QTest::qWait(50);
        writeFile(path, onDisk);
        QTRY_VERIFY(!question.isEmpty());
        QVERIFY(question.contains("b.md"));
        QTRY_COMPARE(window.editor()->toPlainText(), QString::fromUtf8(onDisk));
        QVERIFY(!window.isModified());

        QVERIFY(window.editor()->document()->isUndoAvailable());
        window.editor()->undo();
        QTRY_COMPARE(window.post().text(), mine);
        QCOMPARE(window.editor()->toPlainText(), mine);
        QVERIFY(window.isModified());
        QCOMPARE(readAll(path), onDisk);
        // And Ctrl+Shift+Z takes theirs again.
        window.editor()->redo();
        QTRY_COMPARE(window.post().text(), QString::fromUtf8(onDisk));
        QVERIFY(!window.isModified());
    }

    // 1 MB on each side, every line different: one change, shown by lines
    // (no word highlighting, said so), merged either way.
    void megabytePostsDifferingEverywhere()
    {
        QString mineText, theirsText;
        for (int i = 0; mineText.size() < 1024 * 1024; ++i) {
            mineText += QStringLiteral("mine line %1 with some words to fill it up\n").arg(i);
            theirsText += QStringLiteral("their line %1 with other words to fill it\n").arg(i);
        }
        QElapsedTimer clock;
        clock.start();
        CompareDialog dialog(mineText, theirsText, QFont());
        qInfo("1 MB each side: the dialog was built in %lld ms", clock.elapsed());
        QCOMPARE(dialog.hunkCount(), 1);
        bool told = false;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            told |= label->text().contains("without highlighting the changed words");
        QVERIFY(told);
        dialog.setTakeTheirs(0, true);
        QCOMPARE(dialog.mergedText(), theirsText);
    }

    void allMineOrAllTheirs()
    {
        CompareDialog dialog(mine, QString::fromUtf8(onDisk), QFont());
        QCOMPARE(dialog.hunkCount(), 2);
        dialog.findChild<QPushButton *>("allTheirs")->click();
        QCOMPARE(dialog.mergedText(), QString::fromUtf8(onDisk));
        QVERIFY(dialog.findChild<QRadioButton *>("takeTheirs")->isChecked());
        dialog.findChild<QPushButton *>("allMine")->click();
        QCOMPARE(dialog.mergedText(), mine);
        QVERIFY(dialog.findChild<QRadioButton *>("keepMine")->isChecked());
    }

    // A post compared with itself: nothing to choose.
    void noDifferences()
    {
        CompareDialog dialog(mine, mine, QFont());
        QCOMPARE(dialog.hunkCount(), 0);
        QCOMPARE(dialog.findChild<QLabel *>("changePosition")->text(), QString("No differences"));
        QVERIFY(!dialog.findChild<QRadioButton *>("takeTheirs")->isEnabled());
        QCOMPARE(dialog.mergedText(), mine);
    }

    // Aligned rows: a change of one line against three gets two filler rows.
    void rowsLineUpAndThemesStayReadable()
    {
        for (const bool dark : {false, true}) {
            theme::applyUiTheme(dark ? ThemeChoice::Dark : ThemeChoice::Light);
            CompareDialog dialog("a\nmine\nz\n", "a\nt1\nt2\nt3\nz\n", QFont());
            const auto *minePane = dialog.findChild<QPlainTextEdit *>("minePane");
            const auto *theirsPane = dialog.findChild<QPlainTextEdit *>("theirsPane");
            QCOMPARE(minePane->document()->blockCount(), theirsPane->document()->blockCount());
            QCOMPARE(minePane->toPlainText(), QString("a\nmine\n\n\nz\n"));
            QCOMPARE(theirsPane->toPlainText(), QString("a\nt1\nt2\nt3\nz\n"));
            // The changed line's tint differs from the base but keeps the text legible.
            const QColor tint = minePane->document()->findBlockByNumber(1).blockFormat().background().color();
            const QColor base = dialog.palette().color(QPalette::Base);
            const QColor text = dialog.palette().color(QPalette::Text);
            QVERIFY(tint != base);
            QVERIFY2(std::abs(tint.lightnessF() - text.lightnessF()) > 0.45,
                     qPrintable(QString("%1 on %2").arg(text.name(), tint.name())));
            if (!qEnvironmentVariableIsEmpty("POSTWRIGHT_SCREENSHOT_DIR")) {
                CompareDialog shown(mine, QString::fromUtf8(onDisk), QFont("monospace"));
                shown.resize(900, 420);
                shown.show();
                QTest::qWait(200);
                shown.grab().save(QDir(qEnvironmentVariable("POSTWRIGHT_SCREENSHOT_DIR"))
                                      .filePath(dark ? "compare-dark.png" : "compare.png"));
            }
        }
        theme::applyUiTheme(ThemeChoice::System);
    }
};

QTEST_MAIN(TestCompareDialog)
#include "tst_comparedialog.moc"
