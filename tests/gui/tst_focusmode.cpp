// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Focus mode (View → Focus, F11) through the real window: only the text,
// full screen, in a centred column; Esc puts everything back as it was.
#include "editor/focusmode.h"
#include "editor/markdowneditor.h"
#include "editor/paragraphdimmer.h"
#include "form/frontmatterform.h"
#include "mainwindow.h"
#include "settings/appsettings.h"
#include "settings/settingsdialog.h"
#include "settings/theme.h"
#include "project/projectpanel.h"
#include "sitepreview/previewpane.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QPushButton>
#include <QSpinBox>
#include <QDockWidget>
#include <QFontInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QToolBar>

#include "support/testfiles.h"

using namespace postwright;
using namespace postwright::testing;

namespace {

// What a user sees of the window's layout.
struct Layout
{
    QList<int> mainSizes;
    QList<int> middleSizes;
    bool sidebar = false, form = false, preview = false, menus = false, status = false, toolBar = false;
    QRect viewport;
    QString fontFamily;
    qreal fontSize = 0;

    bool operator==(const Layout &) const = default;
};

char *toString(const Layout &l)
{
    QString text;
    QDebug(&text) << l.mainSizes << l.middleSizes << l.sidebar << l.form << l.preview << l.menus << l.status << l.toolBar
                  << l.viewport << l.fontFamily << l.fontSize;
    return qstrdup(text.toUtf8().constData());
}

Layout layoutOf(MainWindow *window)
{
    Layout l;
    l.mainSizes = window->findChild<QSplitter *>("mainSplitter")->sizes();
    l.middleSizes = window->findChild<QSplitter *>("middleSplitter")->sizes();
    l.sidebar = window->projectPanel()->isVisible();
    l.form = window->form()->isVisible();
    l.preview = window->previewPane()->isVisible();
    l.menus = window->menuBar()->isVisible();
    l.status = window->statusBar()->isVisible();
    l.toolBar = window->findChild<QToolBar *>("mainToolBar")->isVisible();
    l.viewport = window->editor()->viewport()->geometry();
    l.fontFamily = window->editor()->font().family();
    l.fontSize = window->editor()->font().pointSizeF();
    return l;
}

// Paragraphs of a few lines each, separated by blank lines.
QString longPost(int paragraphs)
{
    QString text = "---\ntitle: Long\n---\n";
    for (int p = 0; p < paragraphs; ++p) {
        text += QStringLiteral("Paragraph %1 says something.\nIts second line goes on.\nA third line ends it.\n\n").arg(p);
    }
    return text;
}

// The darkest pixel (lightness) of an area of an image.
int darkest(const QImage &image, const QRect &area)
{
    int dark = 255;
    const QRect clipped = area.intersected(image.rect());
    for (int y = clipped.top(); y <= clipped.bottom(); ++y) {
        for (int x = clipped.left(); x <= clipped.right(); ++x)
            dark = std::min(dark, QColor(image.pixel(x, y)).lightness());
    }
    return dark;
}

} // namespace

class TestFocusMode final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_post;

    std::unique_ptr<MainWindow> openWindow()
    {
        auto window = std::make_unique<MainWindow>();
        window->setRecoveryFolder(m_dir.filePath("recovery"));
        window->setAsker([](const QString &, const QString &, QMessageBox::StandardButtons) { return QMessageBox::No; });
        window->resize(1300, 800);
        window->show();
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window.get()))
            qWarning("the window did not become active");
        if (!window->openPost(m_post))
            qWarning("cannot open %s", qPrintable(m_post));
        // The panes settle (the preview's first page, the dock).
        QTest::qWait(300);
        return window;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName("PostwrightTests");
        QCoreApplication::setApplicationName("tst_focusmode");
    }

    void init()
    {
        QSettings().clear();
        m_post = m_dir.filePath("post.md");
        writeFile(m_post, longPost(80).toUtf8());
    }

    void f11EntersAndEscPutsEverythingBack()
    {
        auto window = openWindow();
        MarkdownEditor *editor = window->editor();
        const Layout before = layoutOf(window.get());
        QVERIFY(before.sidebar && before.form && before.preview && before.menus && before.status && before.toolBar);
        const Qt::WindowStates stateBefore = window->windowState();

        QTest::keyClick(editor, Qt::Key_F11);
        QVERIFY(window->focusMode()->isActive());
        QTRY_VERIFY(window->isFullScreen());
        const Layout focused = layoutOf(window.get());
        QVERIFY(!focused.sidebar && !focused.form && !focused.preview && !focused.menus && !focused.status && !focused.toolBar);
        QVERIFY(!window->findChild<QDockWidget *>("writingToolsDock")->isVisible());
        QVERIFY(editor->isVisible());
        QVERIFY(editor->hasFocus());
        QVERIFY(!QFontInfo(editor->font()).fixedPitch());
        // A proportional font, in a centred column of about 70 characters.
        const auto characters = [editor] { return editor->viewport()->width() / QFontMetrics(editor->font()).averageCharWidth(); };
        QTRY_VERIFY2(characters() >= 60 && characters() <= 80, qPrintable(QString::number(characters())));
        QVERIFY(editor->viewport()->x() > 50);
        const int left = editor->viewport()->x();
        const int right = editor->width() - editor->viewport()->geometry().right() - 1 - editor->verticalScrollBar()->width();
        QVERIFY2(std::abs(left - right) <= 2, qPrintable(QStringLiteral("%1 vs %2").arg(left).arg(right)));

        // The menus are hidden, their keys still work: Ctrl+S saves.
        editor->insertPlainText("Typed in focus. ");
        QVERIFY(window->isModified());
        QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
        QVERIFY(!window->isModified());
        QVERIFY(readAll(m_post).contains("Typed in focus. "));

        QTest::keyClick(editor, Qt::Key_Escape);
        QVERIFY(!window->focusMode()->isActive());
        QVERIFY(!window->focusMode()->focusAction()->isChecked());
        QTRY_COMPARE(window->windowState(), stateBefore);
        QTRY_COMPARE(layoutOf(window.get()), before);
        QVERIFY(window->findChild<QDockWidget *>("writingToolsDock")->isVisible());

        // F11 again leaves too.
        QTest::keyClick(editor, Qt::Key_F11);
        QTRY_VERIFY(window->isFullScreen());
        QTest::keyClick(editor, Qt::Key_F11);
        QTRY_COMPARE(window->windowState(), stateBefore);
        QTRY_COMPARE(layoutOf(window.get()), before);
    }

    void zoomingKeepsAbout70Characters()
    {
        auto window = openWindow();
        MarkdownEditor *editor = window->editor();
        window->focusMode()->setActive(true);
        const auto characters = [editor] { return editor->viewport()->width() / QFontMetrics(editor->font()).averageCharWidth(); };
        QTRY_VERIFY2(characters() >= 60 && characters() <= 80, qPrintable(QString::number(characters())));
        const int width = editor->viewport()->width();
        QTest::keyClick(editor, Qt::Key_Minus, Qt::ControlModifier);
        QTest::keyClick(editor, Qt::Key_Minus, Qt::ControlModifier);
        QTRY_VERIFY(editor->viewport()->width() < width);
        QTRY_VERIFY2(characters() >= 60 && characters() <= 80, qPrintable(QString::number(characters())));
        window->focusMode()->setActive(false);
    }

    void leavingKeepsSplitterSizesTheUserSet()
    {
        auto window = openWindow();
        auto *splitter = window->findChild<QSplitter *>("mainSplitter");
        splitter->setSizes({200, 700, 400});
        const Layout before = layoutOf(window.get());
        window->focusMode()->focusAction()->trigger();
        QTRY_VERIFY(window->isFullScreen());
        QTest::keyClick(window->editor(), Qt::Key_Escape);
        QTRY_COMPARE(layoutOf(window.get()), before);
    }

    // Red team: in and out many times, without waiting for the window
    // system, the window resized and the theme switched to dark in focus
    // mode: everything comes back as it was, and the editor keeps its font.
    void inAndOutRepeatedlyWithResizeAndDarkTheme()
    {
        auto window = openWindow();
        const Layout before = layoutOf(window.get());
        for (int i = 0; i < 5; ++i) {
            window->focusMode()->setActive(true);
            window->focusMode()->setActive(true);
            if (i == 2) {
                AppSettings settings = AppSettings::load();
                settings.uiTheme = ThemeChoice::Dark;
                window->applySettings(settings);
            }
            window->focusMode()->setActive(false);
        }
        QTRY_COMPARE(layoutOf(window.get()), before);
        window->focusMode()->setActive(true);
        QTRY_VERIFY(window->isFullScreen());
        window->resize(900, 600);
        QTest::keyClick(window->editor(), Qt::Key_Escape);
        QTRY_VERIFY(!window->isFullScreen());
        QTRY_VERIFY(layoutOf(window.get()).toolBar);
        const Layout after = layoutOf(window.get());
        QCOMPARE(after.fontFamily, before.fontFamily);
        QCOMPARE(after.fontSize, before.fontSize);
        QVERIFY(after.sidebar && after.form && after.preview && after.menus && after.status);
        QVERIFY(window->findChild<QDockWidget *>("writingToolsDock")->isVisible());
        AppSettings settings = AppSettings::load();
        settings.uiTheme = ThemeChoice::System;
        window->applySettings(settings);
    }

    void closingInFocusModeKeepsTheLayoutForNextTime()
    {
        auto window = openWindow();
        const Layout before = layoutOf(window.get());
        QVERIFY(!window->isModified());
        window->focusMode()->setActive(true);
        QTRY_VERIFY(window->isFullScreen());
        QVERIFY(!window->isModified());
        QVERIFY(window->close());
        window.reset();
        auto again = openWindow();
        QVERIFY(!again->isFullScreen());
        QTRY_VERIFY(layoutOf(again.get()).toolBar);
        QVERIFY(again->findChild<QDockWidget *>("writingToolsDock")->isVisible());
        QCOMPARE(layoutOf(again.get()).mainSizes, before.mainSizes);
    }

    // The untitled post's title field has the focus (as after File → New)
    // when a post opens; focus mode hides the form and takes the focus away.
    void theOpenedPostKeepsItsTitleWhenTheFormHides()
    {
        auto window = std::make_unique<MainWindow>();
        window->setRecoveryFolder(m_dir.filePath("recovery"));
        window->show();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        auto *title = qobject_cast<QLineEdit *>(window->form()->editorFor("title"));
        QVERIFY(title);
        title->setFocus();
        QVERIFY(title->hasFocus());
        QVERIFY(window->openPost(m_post));
        QCOMPARE(title->text(), QString("Long"));
        QTest::keyClick(window->editor(), Qt::Key_F11);
        QVERIFY(window->focusMode()->isActive());
        QVERIFY(!window->isModified());
        QVERIFY(window->editor()->toPlainText().startsWith("---\ntitle: Long\n"));
        QTest::keyClick(window->editor(), Qt::Key_Escape);
        QCOMPARE(title->text(), QString("Long"));
        QVERIFY(!window->isModified());
    }

    void typewriterKeepsTheCursorLineInTheMiddle_data()
    {
        QTest::addColumn<bool>("typewriter");
        QTest::newRow("typewriter") << true;
        QTest::newRow("off") << false;
    }

    void typewriterKeepsTheCursorLineInTheMiddle()
    {
        QFETCH(bool, typewriter);
        auto window = openWindow();
        MarkdownEditor *editor = window->editor();
        window->focusMode()->typewriterAction()->setChecked(typewriter);
        window->focusMode()->setActive(true);
        QTRY_VERIFY(window->isFullScreen());
        editor->moveCursor(QTextCursor::Start);
        for (int i = 0; i < 120; ++i)
            QTest::keyClick(editor, Qt::Key_Down);
        QTest::keyClicks(editor, "abc");
        const auto offMiddle = [editor] {
            return std::abs(editor->cursorRect().center().y() - editor->viewport()->height() / 2);
        };
        const int line = editor->cursorRect().height();
        if (typewriter)
            QVERIFY2(offMiddle() <= line, qPrintable(QString::number(offMiddle())));
        else
            QVERIFY2(offMiddle() > 3 * line, qPrintable(QString::number(offMiddle())));
        // The last line can come to the middle too.
        QTest::keyClick(editor, Qt::Key_End, Qt::ControlModifier);
        if (typewriter)
            QVERIFY2(offMiddle() <= line, qPrintable(QString::number(offMiddle())));
        window->focusMode()->setActive(false);
        QVERIFY(!editor->centerOnScroll());
    }

    void dimmingVeilsAllButTheCursorsParagraph_data()
    {
        QTest::addColumn<bool>("dim");
        QTest::newRow("dim") << true;
        QTest::newRow("off") << false;
    }

    void dimmingVeilsAllButTheCursorsParagraph()
    {
        QFETCH(bool, dim);
        auto window = openWindow();
        MarkdownEditor *editor = window->editor();
        window->focusMode()->dimAction()->setChecked(dim);
        window->focusMode()->setActive(true);
        QTRY_VERIFY(window->isFullScreen());
        // The cursor in paragraph 3 (its second line); paragraph 5 is on screen too.
        const QTextBlock current = editor->document()->findBlockByNumber(3 + 3 * 4 + 1);
        QVERIFY(current.text().startsWith("Its second line"));
        editor->setTextCursor(QTextCursor(current));
        const QTextBlock other = editor->document()->findBlockByNumber(3 + 5 * 4);
        QVERIFY(other.text().startsWith("Paragraph 5"));
        QTest::qWait(50);
        const QImage image = editor->grab().toImage();
        const QPoint origin = editor->viewport()->pos();
        const QRect currentLine = editor->cursorRect(QTextCursor(current)).translated(origin).adjusted(0, 0, 600, 0);
        const QRect firstLine = editor->cursorRect(QTextCursor(current.previous())).translated(origin).adjusted(0, 0, 600, 0);
        const QRect otherLine = editor->cursorRect(QTextCursor(other)).translated(origin).adjusted(0, 0, 600, 0);
        const int currentInk = darkest(image, currentLine);
        const int sameParagraphInk = darkest(image, firstLine);
        const int otherInk = darkest(image, otherLine);
        qInfo() << "darkest text: current" << currentInk << "same paragraph" << sameParagraphInk << "other" << otherInk;
        QVERIFY(currentInk < 90);
        QVERIFY(sameParagraphInk < 90);
        if (dim) {
            QVERIFY(window->focusMode()->dimmer());
            QVERIFY2(otherInk > currentInk + 80, "another paragraph is not dimmer than the cursor's");
        } else {
            QVERIFY(otherInk < 90);
        }
        // Moving into the other paragraph lights it up.
        editor->setTextCursor(QTextCursor(other));
        QTest::qWait(50);
        const QImage moved = editor->grab().toImage();
        QVERIFY(darkest(moved, otherLine) < 90);
        if (dim)
            QVERIFY(darkest(moved, currentLine) >= 150);
        window->focusMode()->setActive(false);
        QVERIFY(!window->focusMode()->dimmer());
    }

    void optionsPersist()
    {
        {
            auto window = openWindow();
            QVERIFY(!window->focusMode()->typewriterAction()->isChecked());
            QVERIFY(!window->focusMode()->dimAction()->isChecked());
            window->focusMode()->typewriterAction()->trigger();
            window->focusMode()->dimAction()->trigger();
        }
        const AppSettings stored = AppSettings::load();
        QVERIFY(stored.typewriterScrolling);
        QVERIFY(stored.dimOtherParagraphs);
        auto again = openWindow();
        QVERIFY(again->focusMode()->typewriterAction()->isChecked());
        QVERIFY(again->focusMode()->dimAction()->isChecked());
        // And the settings' font is the one focus mode uses.
        AppSettings settings = again->settings();
        settings.focusFont = QFont("DejaVu Sans", 17);
        settings.typewriterScrolling = false;
        again->applySettings(settings);
        QVERIFY(!again->focusMode()->typewriterAction()->isChecked());
        again->focusMode()->setActive(true);
        QCOMPARE(again->editor()->font().family(), QString("DejaVu Sans"));
        QCOMPARE(again->editor()->font().pointSizeF(), 17.0);
        again->focusMode()->setActive(false);
        QCOMPARE(again->editor()->font().family(), again->settings().editorFont.family());
        QCOMPARE(again->editor()->font().pointSizeF(), again->settings().editorFont.pointSizeF());
    }

    void settingsDialogSetsTheFocusOptions()
    {
        auto window = openWindow();
        window->showSettings();
        auto *dialog = window->findChild<SettingsDialog *>();
        QVERIFY(dialog);
        auto *typewriter = dialog->findChild<QCheckBox *>("typewriterCheck");
        auto *dim = dialog->findChild<QCheckBox *>("dimCheck");
        auto *font = dialog->findChild<QFontComboBox *>("focusFontCombo");
        auto *size = dialog->findChild<QSpinBox *>("focusFontSizeSpin");
        QVERIFY(typewriter && dim && font && size);
        QVERIFY(!typewriter->isChecked() && !dim->isChecked());
        // The default is a proportional family Debian ships.
        QCOMPARE(font->currentFont().family(), QString("DejaVu Serif"));
        typewriter->setChecked(true);
        dim->setChecked(true);
        font->setCurrentFont(QFont("DejaVu Sans"));
        size->setValue(15);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(window->focusMode()->typewriterAction()->isChecked());
        QVERIFY(window->focusMode()->dimAction()->isChecked());
        const AppSettings stored = AppSettings::load();
        QVERIFY(stored.typewriterScrolling && stored.dimOtherParagraphs);
        QCOMPARE(stored.focusFont.family(), QString("DejaVu Sans"));
        QCOMPARE(stored.focusFont.pointSizeF(), 15.0);
        // The View menu's check changes what the dialog shows next time.
        QTRY_VERIFY(!window->findChild<SettingsDialog *>());
        window->focusMode()->dimAction()->trigger();
        window->showSettings();
        QTRY_VERIFY(window->findChild<SettingsDialog *>());
        QVERIFY(!window->findChild<SettingsDialog *>()->findChild<QCheckBox *>("dimCheck")->isChecked());
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestFocusMode test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_focusmode.moc"
