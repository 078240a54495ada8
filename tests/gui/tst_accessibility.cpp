// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Keyboard and screen-reader use, at twice the scale (QT_SCALE_FACTOR=2, as
// on a high-DPI screen): every control has a name, the focus moves through
// the panes in reading order, every command has a mnemonic and no shortcut
// is taken twice.
#include "editor/findbar.h"
#include "editor/markdowneditor.h"
#include "export/exportdialog.h"
#include "form/frontmatterform.h"
#include "help/aboutdialog.h"
#include "help/cheatsheetdialog.h"
#include "help/shortcutsdialog.h"
#include "insights/insightspanel.h"
#include "mainwindow.h"
#include "preview/previewview.h"
#include "project/newpostdialog.h"
#include "project/projectpanel.h"
#include "settings/settingsdialog.h"
#include "settings/uilanguage.h"
#include "site/siteconfig.h"
#include "site/siteindex.h"
#include "vcs/cischeduledialog.h"
#include "vcs/scheduledialog.h"

#include <QAbstractSpinBox>
#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QShortcut>
#include <QStandardPaths>
#include <QTabBar>
#include <QTranslator>
#include <QScopeGuard>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEngineView>

using namespace postwright;
using namespace Qt::StringLiterals;

namespace {

const char *const samplePost = POSTWRIGHT_SAMPLE "/content/posts/why-open-source-ai-is-the-future.md";

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

bool hasAncestorOfClass(const QWidget *widget, const char *className)
{
    for (const QWidget *w = widget->parentWidget(); w; w = w->parentWidget()) {
        if (w->inherits(className))
            return true;
    }
    return false;
}

// Qt's own parts of a compound control, which the control speaks for.
bool isInternalPart(const QWidget *w)
{
    const QWidget *parent = w->parentWidget();
    if (qobject_cast<const QScrollBar *>(w) || qobject_cast<const QHeaderView *>(w))
        return true;
    if (auto *area = qobject_cast<const QAbstractScrollArea *>(parent); area && area->viewport() == w)
        return true;
    // The line edit inside a spin box, date edit or editable combo box.
    if (qobject_cast<const QLineEdit *>(w) && (qobject_cast<const QAbstractSpinBox *>(parent) || qobject_cast<const QComboBox *>(parent)))
        return true;
    // A tab bar's scroll buttons; a combo box's popup list; the scroll
    // area corner; a web view's render widget.
    return qobject_cast<const QTabBar *>(parent) || hasAncestorOfClass(w, "QComboBoxPrivateContainer")
        || hasAncestorOfClass(w, "QWebEngineView");
}

// What a screen reader says for the widget: its accessible name, else what
// Qt derives (a button's text, a label's buddy).
QString spokenName(QWidget *w)
{
    if (!w->accessibleName().isEmpty())
        return w->accessibleName();
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

QStringList unnamedControls(QWidget *top)
{
    QStringList offenders;
    QList<QWidget *> widgets = top->findChildren<QWidget *>();
    widgets.prepend(top);
    for (QWidget *w : std::as_const(widgets)) {
        if (w->focusPolicy() == Qt::NoFocus || isInternalPart(w) || (w->isWindow() && w != top))
            continue;
        if (spokenName(w).isEmpty())
            offenders.append(QStringLiteral("%1 (%2, in %3)")
                                 .arg(w->objectName().isEmpty() ? QStringLiteral("<no objectName>") : w->objectName(),
                                      QString::fromLatin1(w->metaObject()->className()),
                                      w->parentWidget() ? QString::fromLatin1(w->parentWidget()->metaObject()->className())
                                                        : QStringLiteral("-")));
    }
    return offenders;
}

// The menu bar's actions, submenus included (the recent files are paths).
void collectMenuActions(QMenu *menu, QList<QAction *> &out)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        out.append(action);
        if (action->menu() && action->menu()->objectName() != QLatin1String("recentMenu"))
            collectMenuActions(action->menu(), out);
    }
}

} // namespace

class TestAccessibility final : public QObject
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
        QCoreApplication::setApplicationName("tst_accessibility");
        QSettings().clear();
        writeFile(m_dir.filePath("site/hugo.toml"), readAll(POSTWRIGHT_SAMPLE "/hugo.toml"));
        m_post = m_dir.filePath("site/content/posts/why-open-source-ai-is-the-future.md");
        writeFile(m_post, readAll(samplePost));
    }

    void everyControlOfTheWindowHasAName()
    {
        auto window = makeWindow();
        QVERIFY(window->openPath(m_dir.filePath("site")));
        QVERIFY(window->openPost(m_post));
        // The replace row and the other-fields box are built on demand.
        window->findBar()->showFind(true);
        window->show();
        QTRY_VERIFY_WITH_TIMEOUT(window->projectPanel()->hasIndex(), 20000);
        const QStringList offenders = unnamedControls(window.get());
        QVERIFY2(offenders.isEmpty(), qPrintable(QStringLiteral("\n  ") + offenders.join(QStringLiteral("\n  "))));
    }

    void everyControlOfTheDialogsHasAName()
    {
        auto window = makeWindow();
        QList<QDialog *> dialogs;
        dialogs << new SettingsDialog({QStringLiteral("en_US")}, window.get()) << new ShortcutsDialog(window.get(), window.get())
                << new CheatSheetDialog(window.get()) << new AboutDialog(window.get())
                << new ExportDialog(m_dir.filePath("site"), window.get());
        const auto config = detectSite(m_dir.filePath("site"));
        QVERIFY(config);
        dialogs << new NewPostDialog(config.value(), {QStringLiteral("ai")}, window.get());
        dialogs << new ScheduleDialog(SiteIndex(config.value()), m_dir.filePath("www"), false, window.get())
                << new CiScheduleDialog(SiteKind::Hugo, window.get());
        QStringList offenders;
        for (QDialog *dialog : std::as_const(dialogs)) {
            dialog->show();
            for (const QString &o : unnamedControls(dialog))
                offenders.append(QString::fromLatin1(dialog->metaObject()->className()) + QStringLiteral(": ") + o);
        }
        QVERIFY2(offenders.isEmpty(), qPrintable(QStringLiteral("\n  ") + offenders.join(QStringLiteral("\n  "))));
    }

    void theWalkFindsAnUnnamedControl()
    {
        // The check itself: a nameless line edit is reported.
        QWidget box;
        auto *edit = new QLineEdit(&box);
        edit->setObjectName(QStringLiteral("nameless"));
        QCOMPARE(unnamedControls(&box).size(), 1);
        QVERIFY(unnamedControls(&box).first().startsWith(QLatin1String("nameless (QLineEdit")));
        edit->setAccessibleName(QStringLiteral("Named"));
        QVERIFY(unnamedControls(&box).isEmpty());
    }

    void focusMovesSidebarFormEditorPreview()
    {
        auto window = makeWindow();
        QVERIFY(window->openPost(m_post));
        window->show();
        const QList<QWidget *> areas{window->projectPanel(), window->form(), window->editor(), window->preview()};
        QList<int> order;
        QWidget *w = window.get();
        for (int steps = 0; steps < 2000; ++steps) {
            w = w->nextInFocusChain();
            if (w == window.get())
                break;
            if (!(w->focusPolicy() & Qt::TabFocus) || !w->isVisible())
                continue;
            for (int i = 0; i < areas.size(); ++i) {
                if ((w == areas[i] || areas[i]->isAncestorOf(w)) && !order.contains(i))
                    order.append(i);
            }
        }
        QCOMPARE(order, (QList<int>{0, 1, 2, 3}));
    }

    // The "Other fields" editors are made after the window: Tab still goes
    // categories -> other fields (in order) -> the new-field row, also after
    // the set of other fields changes.
    void otherFieldsFollowTheCategoriesInTabOrder()
    {
        const QString post = m_dir.filePath("site/content/posts/extra.md");
        writeFile(post, "---\ntitle: Extra\ncategories: [a]\nweight: 3\nfeatured: true\nparams:\n  x: 1\nsubtitle: s\n---\nBody.\n");
        auto window = makeWindow();
        QVERIFY(window->openPost(post));
        window->show();
        const auto chainAfterCategories = [&] {
            QStringList names;
            QWidget *start = nullptr;
            for (QLineEdit *edit : window->form()->findChildren<QLineEdit *>()) {
                if (edit->accessibleName() == QLatin1String("Add a category"))
                    start = edit;
            }
            if (!start)
                return QStringList{QStringLiteral("no categories input")};
            QWidget *w = start;
            for (int i = 0; i < 12; ++i) {
                w = w->nextInFocusChain();
                if ((w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(window.get()))
                    names.append(w->accessibleName());
                if (w->accessibleName() == QLatin1String("New field name"))
                    break;
            }
            return names;
        };
        QCOMPARE(chainAfterCategories(), (QStringList{u"weight"_s, u"Remove field weight"_s, u"featured"_s, u"Remove field featured"_s,
                                                      u"Remove field params"_s, u"subtitle"_s, u"Remove field subtitle"_s,
                                                      u"New field name"_s}));
        // A new key through the raw text rebuilds the rows: the order holds.
        window->editor()->setPlainText(window->editor()->toPlainText().replace(u"subtitle: s\n"_s, u"subtitle: s\nrank: 1\n"_s));
        QTRY_COMPARE(chainAfterCategories(), (QStringList{u"weight"_s, u"Remove field weight"_s, u"featured"_s, u"Remove field featured"_s,
                                                          u"Remove field params"_s, u"subtitle"_s, u"Remove field subtitle"_s,
                                                          u"rank"_s, u"Remove field rank"_s, u"New field name"_s}));
    }

    void f6MovesBetweenPanes()
    {
        auto window = makeWindow();
        QVERIFY(window->openPost(m_post));
        window->show();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        window->editor()->setFocus();
        QTRY_VERIFY(window->editor()->hasFocus());
        QTest::keyClick(window->editor(), Qt::Key_F6);
        QTRY_VERIFY(window->preview()->isAncestorOf(QApplication::focusWidget()) || window->preview()->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
        QTRY_VERIFY(window->editor()->hasFocus());
        QTest::keyClick(window->editor(), Qt::Key_F6, Qt::ShiftModifier);
        QTRY_VERIFY(window->form()->isAncestorOf(QApplication::focusWidget()));
    }

    void noShortcutIsTakenTwice()
    {
        auto window = makeWindow();
        QMultiHash<QString, QString> owners;
        for (QAction *action : window->findChildren<QAction *>()) {
            if (action->shortcutContext() == Qt::WidgetShortcut)
                continue;
            for (const QKeySequence &key : action->shortcuts())
                owners.insert(key.toString(QKeySequence::PortableText), action->text().remove(QLatin1Char('&')));
        }
        for (QShortcut *shortcut : window->findChildren<QShortcut *>()) {
            if (shortcut->context() == Qt::WidgetShortcut)
                continue;
            owners.insert(shortcut->key().toString(QKeySequence::PortableText), shortcut->objectName());
        }
        QVERIFY(owners.size() > 40);
        QStringList clashes;
        for (const QString &key : owners.uniqueKeys()) {
            // A toggle action shows up once per menu that lists it.
            QStringList names = owners.values(key);
            names.removeDuplicates();
            if (owners.count(key) > 1 && names.size() > 1)
                clashes.append(QStringLiteral("%1: %2").arg(key, names.join(QStringLiteral(", "))));
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
    }

    void mnemonicsAreUniqueInTheWindow_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"en", "de", "fr", "es"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    // Alt+letter of the menu bar, the form, the find bar and the writing
    // tools: two owners of one letter make Alt only cycle between them.
    void mnemonicsAreUniqueInTheWindow()
    {
        QFETCH(QString, language);
        QCOMPARE(installUiTranslators(*qApp, language), language);
        const auto restore = qScopeGuard([] {
            for (QTranslator *translator : qApp->findChildren<QTranslator *>())
                delete translator;
        });
        auto window = makeWindow();
        QVERIFY(window->openPost(m_post));
        QMultiHash<QString, QString> owners;
        const auto add = [&](const QString &text) {
            const QKeySequence key = QKeySequence::mnemonic(text);
            if (!key.isEmpty())
                owners.insert(key.toString(QKeySequence::PortableText), text);
        };
        for (QAction *menu : window->menuBar()->actions())
            add(menu->text());
        for (QLabel *label : window->findChildren<QLabel *>()) {
            if (label->buddy())
                add(label->text());
        }
        for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
            if (button->window() == window.get())   // not the buttons of menus or dialogs
                add(button->text());
        }
        QStringList clashes;
        for (const QString &key : owners.uniqueKeys()) {
            if (owners.count(key) > 1)
                clashes.append(QStringLiteral("%1: %2").arg(key, owners.values(key).join(QStringLiteral(" / "))));
        }
        QVERIFY2(owners.size() > 15, qPrintable(QString::number(owners.size())));
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
    }

    void everyMenuCommandHasAMnemonic()
    {
        auto window = makeWindow();
        QStringList problems;
        const QRegularExpression mnemonic(QStringLiteral("&([^&])"));
        for (QAction *top : window->menuBar()->actions()) {
            // The Insert menu gathers commands of the Format menu (reached
            // there by their letters); its own name has no letter free in
            // the window in English, French or Spanish.
            const bool gathersFormat = top->menu() && top->menu()->objectName() == QLatin1String("insertMenu");
            if (!mnemonic.match(top->text()).hasMatch() && !gathersFormat)
                problems.append(QStringLiteral("menu %1").arg(top->text()));
            for (QAction *action : gathersFormat ? top->menu()->actions() : QList<QAction *>()) {
                if (!action->isSeparator() && action->associatedObjects().size() < 2)
                    problems.append(QStringLiteral("Insert → %1 is in no other menu").arg(action->text()));
            }
            QList<QMenu *> menus{top->menu()};
            while (!menus.isEmpty()) {
                QMenu *menu = menus.takeFirst();
                QHash<QChar, QString> taken;
                for (QAction *action : menu->actions()) {
                    if (action->isSeparator() || !action->isVisible())
                        continue;
                    if (action->menu() && action->menu()->objectName() != QLatin1String("recentMenu"))
                        menus.append(action->menu());
                    const auto m = mnemonic.match(action->text());
                    if (!m.hasMatch()) {
                        problems.append(QStringLiteral("%1 → %2: no mnemonic").arg(menu->title(), action->text()));
                        continue;
                    }
                    const QChar key = m.captured(1).at(0).toLower();
                    if (taken.contains(key))
                        problems.append(QStringLiteral("%1: %2 and %3 share &%4").arg(menu->title(), taken.value(key), action->text(), key));
                    taken.insert(key, action->text());
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n  ") + problems.join(QStringLiteral("\n  "))));
    }

    void drawsAtTwiceTheScale()
    {
        auto window = makeWindow();
        QVERIFY(window->openPost(m_post));
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QCOMPARE(window->devicePixelRatio(), 2.0);
        for (QWidget *w : QList<QWidget *>{window->projectPanel(), window->form(), window->editor(), window->preview(), window->insights()}) {
            QVERIFY2(w->width() > 50 && w->height() > 50, w->metaObject()->className());
        }
        const QPixmap shot = window->grab();
        QCOMPARE(shot.devicePixelRatio(), 2.0);
        QCOMPARE(shot.size(), window->size() * 2);
        QVERIFY(shot.save(QDir(m_dir.path()).filePath("window@2x.png")));
    }
};

int main(int argc, char *argv[])
{
    // A high-DPI screen, also when the test runs on its own.
    if (qEnvironmentVariableIsEmpty("QT_SCALE_FACTOR"))
        qputenv("QT_SCALE_FACTOR", "2");
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestAccessibility test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_accessibility.moc"
