// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The settings dialog and the Help menu: what is chosen is stored and used
// at once, without a restart.
#include "documentsupport/imageimport.h"
#include "editor/markdowneditor.h"
#include "help/aboutdialog.h"
#include "help/cheatsheetdialog.h"
#include "help/shortcutsdialog.h"
#include "page/katexassets.h"
#include "mainwindow.h"
#include "preview/previewview.h"
#include "project/projectpanel.h"
#include "settings/settingsdialog.h"
#include "settings/theme.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFontComboBox>
#include <QFontDatabase>
#include <QFontInfo>
#include <QImage>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTextBrowser>
#include <QWebEnginePage>
#include <QWebEngineScript>

#include "support/testfiles.h"

using namespace postwright;
using namespace postwright::testing;

namespace {

const char *const samplePost = POSTWRIGHT_SAMPLE "/content/posts/why-open-source-ai-is-the-future.md";

// A font every build has (libjs-katex is a build dependency) and that is
// not the default editor font: choosing it must show.
const QString chosenFamily = QStringLiteral("KaTeX_Typewriter");

// Runs a script in the page and waits for its result.
QVariant evaluate(QWebEnginePage *page, const QString &script)
{
    // Shared: the answer may come after a timeout.
    auto answer = std::make_shared<std::optional<QVariant>>();
    page->runJavaScript(script, QWebEngineScript::ApplicationWorld, [answer](const QVariant &value) { *answer = value; });
    if (!QTest::qWaitFor([answer] { return answer->has_value(); }, 10000))
        return {};
    return **answer;
}

QAction *findAction(QWidget *window, const QString &text)
{
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->text().remove(QLatin1Char('&')) == text)
            return action;
    }
    return nullptr;
}

} // namespace

class TestSettings final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_post;

    std::unique_ptr<MainWindow> makeWindow()
    {
        auto window = std::make_unique<MainWindow>();
        window->setRecoveryFolder(m_dir.filePath("recovery"));
        window->setAsker([](const QString &, const QString &, QMessageBox::StandardButtons) { return QMessageBox::Discard; });
        return window;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName("PostwrightTests");
        QCoreApplication::setApplicationName("tst_settings");
        const int font = QFontDatabase::addApplicationFont(katexDirectory() + "/fonts/KaTeX_Typewriter-Regular.ttf");
        QCOMPARE(QFontDatabase::applicationFontFamilies(font), QStringList{chosenFamily});
        QVERIFY(AppSettings::defaultEditorFont().family() != chosenFamily);
    }

    void init()
    {
        QSettings().clear();
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
        writeFile(m_dir.filePath("site/hugo.toml"), readAll(POSTWRIGHT_SAMPLE "/hugo.toml"));
        m_post = m_dir.filePath("site/content/posts/why-open-source-ai-is-the-future.md");
        writeFile(m_post, readAll(samplePost));
    }

    void cleanup()
    {
        theme::applyUiTheme(ThemeChoice::System);
    }

    void dialogStoresWhatIsChosen()
    {
        AppSettings chosen;
        chosen.editorFont = QFont(chosenFamily);
        chosen.editorFont.setPointSizeF(15);
        chosen.uiTheme = ThemeChoice::Dark;
        chosen.previewTheme = ThemeChoice::Light;
        chosen.autosaveSeconds = 0;
        chosen.spellLanguage = QStringLiteral("off");
        chosen.blockRemoteContent = true;
        chosen.imagePlacement = ImagePlacement::Custom;
        chosen.customImageFolder = QStringLiteral("assets/pics");

        SettingsDialog dialog({QStringLiteral("de_DE"), QStringLiteral("en_US")});
        auto *spell = dialog.findChild<QComboBox *>("spellCombo");
        QVERIFY(spell);
        // Off, follow, and one entry per installed dictionary.
        QCOMPARE(spell->count(), 4);
        QVERIFY(spell->findData(QStringLiteral("de_DE")) >= 0);
        QVERIFY(!dialog.findChild<QLineEdit *>("customFolderEdit")->isEnabled());
        dialog.setSettings(chosen);
        QCOMPARE(dialog.findChild<QFontComboBox *>("fontCombo")->currentFont().family(), QStringLiteral("KaTeX_Typewriter"));
        QCOMPARE(dialog.findChild<QSpinBox *>("fontSizeSpin")->value(), 15);
        QVERIFY(dialog.findChild<QLineEdit *>("customFolderEdit")->isEnabled());
        QCOMPARE(dialog.findChild<QSpinBox *>("autosaveSpin")->text(), QStringLiteral("Off"));

        QSignalSpy applied(&dialog, &SettingsDialog::applied);
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Apply)->click();
        QCOMPARE(applied.count(), 1);

        const AppSettings stored = AppSettings::load();
        QCOMPARE(stored.editorFont.family(), QStringLiteral("KaTeX_Typewriter"));
        QCOMPARE(stored.editorFont.pointSizeF(), 15.0);
        QCOMPARE(stored.uiTheme, ThemeChoice::Dark);
        QCOMPARE(stored.previewTheme, ThemeChoice::Light);
        QCOMPARE(stored.autosaveSeconds, 0);
        QCOMPARE(stored.spellLanguage, QStringLiteral("off"));
        QVERIFY(stored.blockRemoteContent);
        QCOMPARE(QSettings().value("preview/remoteContent").toString(), QStringLiteral("none"));
        QCOMPARE(stored.imagePlacement, ImagePlacement::Custom);
        QCOMPARE(stored.customImageFolder, QStringLiteral("assets/pics"));
    }

    void windowUsesSettingsAtOnce()
    {
        auto window = makeWindow();
        QVERIFY(window->openPost(m_post));
        QCOMPARE(window->autosaveInterval(), 30000);

        AppSettings s = window->settings();
        QVERIFY(window->editor()->font().family() != QStringLiteral("KaTeX_Typewriter"));
        s.editorFont = QFont(chosenFamily);
        s.editorFont.setPointSizeF(19);
        s.autosaveSeconds = 0;
        window->applySettings(s);
        // The editor draws its text in the chosen font: the widget's font,
        // the font it resolves to, and the document's.
        QCOMPARE(window->editor()->font().family(), QStringLiteral("KaTeX_Typewriter"));
        QCOMPARE(QFontInfo(window->editor()->font()).family(), QStringLiteral("KaTeX_Typewriter"));
        QCOMPARE(window->editor()->document()->defaultFont().family(), QStringLiteral("KaTeX_Typewriter"));
        QCOMPARE(window->editor()->font().pointSizeF(), 19.0);
        QCOMPARE(window->autosaveInterval(), 0);
        // Zooming goes back to the chosen size, in the same font.
        window->editor()->zoomBy(3);
        window->editor()->resetZoom();
        QCOMPARE(window->editor()->font().pointSizeF(), 19.0);
        QCOMPARE(window->editor()->font().family(), QStringLiteral("KaTeX_Typewriter"));

        s.autosaveSeconds = 45;
        window->applySettings(s);
        QCOMPARE(window->autosaveInterval(), 45000);
    }

    void settingsActionOpensTheDialogAndOkApplies()
    {
        auto window = makeWindow();
        QAction *action = findAction(window.get(), QStringLiteral("Settings…"));
        QVERIFY(action);
        QVERIFY(!action->shortcut().isEmpty());
        action->trigger();
        auto *dialog = window->findChild<SettingsDialog *>();
        QVERIFY(dialog);
        dialog->findChild<QSpinBox *>("autosaveSpin")->setValue(12);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(window->autosaveInterval(), 12000);
        QCOMPARE(QSettings().value("editor/autosaveSeconds").toInt(), 12);
    }

    void spellLanguageFollowsTheSetting()
    {
        // A post in no site, without a language of its own.
        const QString plain = m_dir.filePath("plain/note.md");
        writeFile(plain, "---\ntitle: A note\n---\n\nSome text.\n");
        auto window = makeWindow();
        QVERIFY(window->openPost(plain));
        AppSettings s = window->settings();
        s.spellLanguage = QStringLiteral("off");
        window->applySettings(s);
        QCOMPARE(window->editor()->spellLanguage(), QString());

        // A dictionary is the fallback when the post and site name no language.
        s.spellLanguage = QStringLiteral("fr_FR");
        window->applySettings(s);
        QCOMPARE(window->editor()->spellLanguage(), QStringLiteral("fr_FR"));

        // Following: the system's language.
        s.spellLanguage = QStringLiteral("auto");
        window->applySettings(s);
        QVERIFY(!window->editor()->spellLanguage().isEmpty());

        // The post's own language wins over the fallback...
        s.spellLanguage = QStringLiteral("fr_FR");
        window->applySettings(s);
        window->setField(QStringLiteral("lang"), Value::fromString(QStringLiteral("de")));
        QCOMPARE(window->editor()->spellLanguage(), QStringLiteral("de"));
        // ...but Off is off.
        s.spellLanguage = QStringLiteral("off");
        window->applySettings(s);
        QCOMPARE(window->editor()->spellLanguage(), QString());
    }

    void darkThemeAppliesToWindowHighlighterAndPreview()
    {
        auto window = makeWindow();
        QVERIFY(window->openPost(m_post));
        window->show();
        QTRY_VERIFY_WITH_TIMEOUT(window->preview()->isUpToDate(), 20000);

        AppSettings s = window->settings();
        s.uiTheme = ThemeChoice::Dark;
        s.previewTheme = ThemeChoice::System;
        window->applySettings(s);
        QVERIFY(window->isDarkUi());
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 100);
        QVERIFY(window->editor()->palette().color(QPalette::Base).lightness() < 100);
        QCOMPARE(window->previewTheme(), QStringLiteral("dark"));
        QWebEnginePage *page = window->preview()->page();
        QTRY_COMPARE_WITH_TIMEOUT(evaluate(page, "document.documentElement.dataset.theme").toString(), QStringLiteral("dark"), 10000);
        QCOMPARE(evaluate(page, "getComputedStyle(document.body).backgroundColor").toString(), QStringLiteral("rgb(21, 24, 28)"));

        // The preview can differ from the window.
        s.previewTheme = ThemeChoice::Light;
        window->applySettings(s);
        QTRY_COMPARE_WITH_TIMEOUT(evaluate(page, "getComputedStyle(document.body).backgroundColor").toString(),
                                  QStringLiteral("rgb(253, 253, 251)"), 10000);

        s.uiTheme = ThemeChoice::Light;
        window->applySettings(s);
        QVERIFY(!window->isDarkUi());
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 150);
    }

    void previewThemeSurvivesAReload()
    {
        auto window = makeWindow();
        AppSettings s = window->settings();
        s.previewTheme = ThemeChoice::Dark;
        window->applySettings(s);
        QVERIFY(window->openPost(m_post));
        window->show();
        QTRY_VERIFY_WITH_TIMEOUT(window->preview()->isUpToDate(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(evaluate(window->preview()->page(), "document.documentElement.dataset.theme").toString(),
                                  QStringLiteral("dark"), 10000);
    }

    void pastedImagesGoWhereTheSettingSays_data()
    {
        QTest::addColumn<int>("placement");
        QTest::addColumn<QString>("custom");
        QTest::addColumn<QString>("folder");   // relative to the site root
        QTest::newRow("site default: Hugo static/images") << int(ImagePlacement::SiteDefault) << QString() << "static/images";
        QTest::newRow("beside the post") << int(ImagePlacement::BesidePost) << QString() << "content/posts/images";
        QTest::newRow("custom folder of the site") << int(ImagePlacement::Custom) << "static/img/posts" << "static/img/posts";
        QTest::newRow("custom outside the site: default") << int(ImagePlacement::Custom) << "../../elsewhere" << "static/images";
    }

    void pastedImagesGoWhereTheSettingSays()
    {
        QFETCH(int, placement);
        QFETCH(QString, custom);
        QFETCH(QString, folder);
        auto window = makeWindow();
        QVERIFY(window->openPost(m_post));
        AppSettings s = window->settings();
        s.imagePlacement = ImagePlacement(placement);
        s.customImageFolder = custom;
        window->applySettings(s);
        const QString expected = QDir::cleanPath(m_dir.filePath("site/" + folder));
        QCOMPARE(QDir::cleanPath(window->imageFolder()), expected);

        QImage image(8, 6, QImage::Format_RGB32);
        image.fill(Qt::blue);
        QApplication::clipboard()->setImage(image);
        window->editor()->moveCursor(QTextCursor::End);
        // The image dialog opens: a description, then Insert.
        QTimer::singleShot(0, this, [] {
            if (auto *dialog = QApplication::activeModalWidget()) {
                if (auto *alt = dialog->findChild<QLineEdit *>())
                    alt->setText("A blue square");
                dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            }
        });
        window->editor()->paste();
        const QStringList saved = QDir(expected).entryList({"*.png"}, QDir::Files);
        QCOMPARE(saved.size(), 1);
        QVERIFY2(window->post().text().contains(saved.first()), qPrintable(window->post().text().right(200)));
        QVERIFY2(window->post().text().contains("![A blue square]("), qPrintable(window->post().text().right(200)));
    }

    // What earlier versions stored under these keys is still read (and
    // written back under them): the View menu, Open Recent, the last post.
    void windowStateKeepsItsKeys()
    {
        const QString other = m_dir.filePath("other.md");
        writeFile(other, "---\ntitle: Other\n---\n");
        {
            QSettings settings;
            settings.setValue("view/sidebar", false);
            settings.setValue("view/softWrap", false);
            settings.setValue("session/recent", QStringList{other});
        }
        auto window = makeWindow();
        QVERIFY(!window->projectPanel()->isVisibleTo(window.get()));
        QAction *wrap = findAction(window.get(), "Soft Wrap");
        QVERIFY(wrap);
        QVERIFY(!wrap->isChecked());
        auto *recent = window->findChild<QMenu *>("recentMenu");
        QVERIFY(recent);
        QVERIFY(recent->actions().size() >= 1);
        QCOMPARE(recent->actions().first()->text(), QDir::toNativeSeparators(other));

        QVERIFY(window->openPost(m_post));
        QCOMPARE(QSettings().value("session/lastPost").toString(), QFileInfo(m_post).absoluteFilePath());
        QCOMPARE(QSettings().value("session/recent").toStringList(), QStringList({QFileInfo(m_post).absoluteFilePath(), other}));
        wrap->setChecked(true);
        QCOMPARE(QSettings().value("view/softWrap").toBool(), true);
    }

    void cheatSheetCoversTheSyntax()
    {
        CheatSheetDialog dialog;
        const QString text = dialog.browser()->toPlainText();
        for (const char *topic : {"Tables", "Task lists", "Footnotes", "Math", "Shortcodes", "YAML", "TOML", "JSON"})
            QVERIFY2(text.contains(QLatin1String(topic)), topic);
    }

    void shortcutsDialogListsAndFilters()
    {
        auto window = makeWindow();
        ShortcutsDialog dialog(window.get());
        const int all = dialog.visibleRows();
        QVERIFY(all > 40);
        dialog.searchField()->setText(QKeySequence(QKeySequence::Bold).toString(QKeySequence::NativeText));
        QVERIFY(dialog.visibleRows() >= 1);
        QVERIFY(dialog.visibleRows() < all);
        dialog.searchField()->setText("strikethrough");
        QCOMPARE(dialog.visibleRows(), 1);
        dialog.searchField()->setText("no such command at all");
        QCOMPARE(dialog.visibleRows(), 0);
    }

    void aboutNamesVersionLicenceAndQt()
    {
        const QString text = AboutDialog::text();
        QVERIFY(text.contains(QLatin1String(POSTWRIGHT_VERSION)));
        QVERIFY(text.contains("GPL-3.0-or-later"));
        QVERIFY(text.contains(QLatin1String(qVersion())));
        QVERIFY(text.contains("cmark-gfm"));
        auto window = makeWindow();
        QVERIFY(findAction(window.get(), "About Postwright"));
        QVERIFY(findAction(window.get(), "Keyboard Shortcuts"));
        QVERIFY(findAction(window.get(), "Markdown Cheat Sheet"));
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestSettings test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_settings.moc"
