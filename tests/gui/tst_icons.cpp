// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The toolbar and menus have icons on any desktop (the bundled Breeze set
// when the desktop's theme has none), visible on the dark theme too, and
// the toolbar shows icons, text or both as the settings say.
#include "mainwindow.h"
#include "settings/icontheme.h"
#include "settings/settingsdialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QIcon>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

#include "support/testfiles.h"

using namespace postwright;
using namespace postwright::testing;

namespace {

QAction *findAction(QWidget *window, const QString &text)
{
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->text().remove(QLatin1Char('&')) == text)
            return action;
    }
    return nullptr;
}

struct Ink
{
    int pixels = 0;      // how many pixels are drawn
    int lightness = 0;   // their mean lightness
};

// What an icon draws at the toolbar's size.
Ink inkOf(const QIcon &icon)
{
    const QImage image = icon.pixmap(22, 22).toImage().convertToFormat(QImage::Format_ARGB32);
    Ink ink;
    qint64 sum = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() > 128) {
                ++ink.pixels;
                sum += c.lightness();
            }
        }
    }
    ink.lightness = ink.pixels ? int(sum / ink.pixels) : 0;
    return ink;
}

QToolBar *toolBarOf(MainWindow *window)
{
    return window->findChild<QToolBar *>("mainToolBar");
}

} // namespace

class TestIcons final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<MainWindow> makeWindow()
    {
        auto window = std::make_unique<MainWindow>();
        window->setRecoveryFolder(m_dir.filePath("recovery"));
        return window;
    }

    // Every action on the toolbar draws a visible icon; returns their mean lightness.
    int checkToolBarIcons(MainWindow *window)
    {
        int lightness = 0;
        int count = 0;
        for (QAction *action : toolBarOf(window)->actions()) {
            if (action->isSeparator() || !action->isVisible())
                continue;
            const QString name = action->text().remove('&');
            const Ink ink = inkOf(action->icon());
            if (action->icon().isNull() || ink.pixels < 12) {
                qWarning("%s: no icon (%d pixels)", qPrintable(name), ink.pixels);
                return -1;
            }
            lightness += ink.lightness;
            ++count;
        }
        return count >= 15 ? lightness / count : -1;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName("PostwrightTests");
        QCoreApplication::setApplicationName("tst_icons");
        // A desktop whose icon theme does not exist: only the bundled icons can show.
        QIcon::setThemeName("no-such-icon-theme");
    }

    void init()
    {
        QSettings().clear();
    }

    void everyToolBarActionHasAnIconWithoutADesktopTheme()
    {
        auto window = makeWindow();
        QCOMPARE(QIcon::themeName(), QString("no-such-icon-theme"));
        const int lightness = checkToolBarIcons(window.get());
        QVERIFY(lightness >= 0);
        // Dark icons on the light window.
        QVERIFY2(lightness < 110, qPrintable(QString::number(lightness)));
    }

    void aDesktopThemeWithoutTheIconsFallsBackToTheBundledOnes()
    {
        // A real theme (index.theme) that has none of the icons.
        QVERIFY(QDir().mkpath(m_dir.filePath("themes/bare/actions/22")));
        writeFile(m_dir.filePath("themes/bare/index.theme"),
                  "[Icon Theme]\nName=Bare\nDirectories=actions/22\n\n[actions/22]\nSize=22\nType=Fixed\n");
        QIcon::setThemeSearchPaths(QIcon::themeSearchPaths() << m_dir.filePath("themes"));
        QIcon::setThemeName("bare");
        auto window = makeWindow();
        QVERIFY(checkToolBarIcons(window.get()) >= 0);
        QIcon::setThemeName("no-such-icon-theme");
    }

    void theCommonMenuActionsHaveIcons()
    {
        auto window = makeWindow();
        const QStringList names{"New", "Open…", "Save", "Save As…", "Undo", "Redo", "Cut", "Copy", "Paste", "Find…",
                                "Replace…", "Bold", "Italic", "Strikethrough", "Inline Code", "Link…", "Image…",
                                "Bullet List", "Numbered List", "Task List", "Blockquote", "Code Block", "Table…",
                                "Settings…", "Focus", "Publish…", "Postwright Preview", "Site Theme Preview", "Zoom In"};
        for (const QString &name : names) {
            QAction *action = findAction(window.get(), name);
            QVERIFY2(action, qPrintable(name));
            QVERIFY2(inkOf(action->icon()).pixels >= 12, qPrintable(name));
        }
    }

    void darkWindowGetsLightIcons()
    {
        auto window = makeWindow();
        AppSettings settings = window->settings();
        settings.uiTheme = ThemeChoice::Dark;
        window->applySettings(settings);
        const int dark = checkToolBarIcons(window.get());
        QVERIFY2(dark > 170, qPrintable(QString::number(dark)));
        settings.uiTheme = ThemeChoice::Light;
        window->applySettings(settings);
        const int light = checkToolBarIcons(window.get());
        QVERIFY2(light >= 0 && light < 110, qPrintable(QString::number(light)));
    }

    void toolBarButtonsFollowTheSettingAndItPersists()
    {
        auto window = makeWindow();
        window->show();
        QToolBar *toolBar = toolBarOf(window.get());
        QCOMPARE(toolBar->toolButtonStyle(), Qt::ToolButtonIconOnly);
        QAction *bold = findAction(window.get(), "Bold");
        auto *button = qobject_cast<QToolButton *>(toolBar->widgetForAction(bold));
        QVERIFY(button);
        QCOMPARE(button->toolButtonStyle(), Qt::ToolButtonIconOnly);

        window->showSettings();
        auto *dialog = window->findChild<SettingsDialog *>();
        QVERIFY(dialog);
        auto *combo = dialog->findChild<QComboBox *>("toolBarCombo");
        QVERIFY(combo);
        QCOMPARE(combo->currentText(), QString("Icons"));
        combo->setCurrentIndex(combo->findText("Text"));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(toolBar->toolButtonStyle(), Qt::ToolButtonTextOnly);
        QCOMPARE(button->toolButtonStyle(), Qt::ToolButtonTextOnly);
        QCOMPARE(button->text(), QString("B"));
        QCOMPARE(AppSettings::load().toolButtonStyle, Qt::ToolButtonTextOnly);

        auto again = makeWindow();
        QCOMPARE(toolBarOf(again.get())->toolButtonStyle(), Qt::ToolButtonTextOnly);
        AppSettings settings = again->settings();
        settings.toolButtonStyle = Qt::ToolButtonTextUnderIcon;
        again->applySettings(settings);
        QCOMPARE(toolBarOf(again.get())->toolButtonStyle(), Qt::ToolButtonTextUnderIcon);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestIcons test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_icons.moc"
