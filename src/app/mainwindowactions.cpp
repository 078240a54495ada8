// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window's menus, toolbar and the small dialogs they open.
#include "mainwindow.h"

#include "document/comparedialog.h"
#include "documentsupport/imageimport.h"
#include "editor/findbar.h"
#include "editor/focusmode.h"
#include "editor/imageimportdialog.h"
#include "editor/postlinkdialog.h"
#include "editor/tablesizepicker.h"
#include "editor/markdowneditor.h"
#include "export/exportactions.h"
#include "form/frontmatterform.h"
#include "help/aboutdialog.h"
#include "help/cheatsheetdialog.h"
#include "help/shortcutsdialog.h"
#include "insights/insightspanel.h"
#include "preview/previewview.h"
#include "sitepreview/previewpane.h"
#include "project/projectpanel.h"
#include "project/siteeditactions.h"
#include "site/sitelookup.h"
#include "settings/settingsdialog.h"
#include "spelling/spellchecker.h"
#include "spelling/spelldictionary.h"
#include "vcs/gitactions.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QBuffer>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace postwright {
namespace {

// A menu entry with its shortcut and icon, calling slot.
template<typename Slot>
QAction *menuAction(QMenu *menu, const QString &text, Slot slot, const QKeySequence &shortcut = {}, const char *icon = nullptr)
{
    QAction *action = menu->addAction(text);
    if (icon)
        action->setIcon(QIcon::fromTheme(QString::fromLatin1(icon)));
    action->setShortcut(shortcut);
    QObject::connect(action, &QAction::triggered, menu, slot);
    return action;
}

} // namespace

void MainWindow::createActions()
{
    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_editorActions = new QActionGroup(this);
    m_editorActions->setExclusionPolicy(QActionGroup::ExclusionPolicy::None);
    createFileMenu(toolBar);
    createEditMenu();
    toolBar->addSeparator();
    createFormatMenu(toolBar);
    createViewMenu(toolBar);
    installGitActions(toolBar);
    createHelpMenu();
    for (QAction *action : toolBar->actions()) {
        if (!action->shortcut().isEmpty())
            action->setToolTip(QStringLiteral("%1 (%2)").arg(action->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")),
                                                             action->shortcut().toString(QKeySequence::NativeText)));
    }
}

// The Git menu (Publish, a post's History, the merge view) and Publish on the toolbar.
void MainWindow::installGitActions(QToolBar *toolBar)
{
    auto *git = new GitActions(this, m_session, m_project->session());
    git->setSave([this] { return save(); });
    git->install(menuBar(), toolBar);
    connect(m_project, &ProjectPanel::historyRequested, git, [this, git](const QString &path) {
        if (m_session->isOpen(path) || openPost(path))
            git->showHistory();
    });
    connect(m_project, &ProjectPanel::repositoryRequested, git, &GitActions::makeRepository);
}

void MainWindow::createFileMenu(QToolBar *toolBar)
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    menuAction(file, tr("&New"), [this] { if (confirmDiscard()) newPost(); }, QKeySequence::New, "document-new");
    QAction *newInSite = menuAction(file, tr("New &Post in Site…"), [this] { m_project->newPost(); },
                                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), "document-new");
    newInSite->setEnabled(false);
    connect(m_project, &ProjectPanel::siteOpened, newInSite, [newInSite] { newInSite->setEnabled(true); });
    QAction *openAction = menuAction(file, tr("&Open…"), [this] { open(); }, QKeySequence::Open, "document-open");
    menuAction(file, tr("Open Si&te Folder…"), [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Open a site folder"), m_project->siteRoot());
        if (!folder.isEmpty())
            openPath(folder);
    }, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), "folder-open");
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    updateRecentMenu();
    file->addSeparator();
    QAction *saveAction = menuAction(file, tr("&Save"), [this] { save(); }, QKeySequence::Save, "document-save");
    menuAction(file, tr("Save &As…"), [this] { saveAs(); }, QKeySequence::SaveAs, "document-save-as");
    installExportActions(file, this, [this] { return m_session->path(); }, [this] { return m_project->siteRoot(); });
    file->addSeparator();
    menuAction(file, tr("&Quit"), [this] { close(); }, QKeySequence::Quit, "application-exit");
    toolBar->addAction(openAction);
    toolBar->addAction(saveAction);
}

void MainWindow::createEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    const auto editorAction = [this](auto &&...args) { return m_editorActions->addAction(menuAction(args...)); };
    QAction *undo = editorAction(edit, tr("&Undo"), [this] { m_editor->undo(); }, QKeySequence::Undo, "edit-undo");
    QAction *redo = editorAction(edit, tr("&Redo"), [this] { m_editor->redo(); }, QKeySequence::Redo, "edit-redo");
    undo->setEnabled(false);
    redo->setEnabled(false);
    connect(m_editor, &QPlainTextEdit::undoAvailable, undo, &QAction::setEnabled);
    connect(m_editor, &QPlainTextEdit::redoAvailable, redo, &QAction::setEnabled);
    // The site's bulk edits have their own undo; Ctrl+Z stays the editor's.
    auto *siteEdits = new SiteEditActions(m_project->session(), m_findBar, this);
    connect(siteEdits, &SiteEditActions::message, this, [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    siteEdits->addUndoAction(edit);
    edit->addSeparator();
    editorAction(edit, tr("Cu&t"), [this] { m_editor->cut(); }, QKeySequence::Cut, "edit-cut");
    editorAction(edit, tr("&Copy"), [this] { m_editor->copy(); }, QKeySequence::Copy, "edit-copy");
    editorAction(edit, tr("&Paste"), [this] { m_editor->paste(); }, QKeySequence::Paste, "edit-paste");
    editorAction(edit, tr("Select &All"), [this] { m_editor->selectAll(); }, QKeySequence::SelectAll);
    edit->addSeparator();
    editorAction(edit, tr("&Find…"), [this] { m_findBar->showFind(false); }, QKeySequence::Find, "edit-find");
    editorAction(edit, tr("Find &Next"), [this] { m_findBar->findNext(false); }, QKeySequence::FindNext);
    editorAction(edit, tr("Find Pre&vious"), [this] { m_findBar->findNext(true); }, QKeySequence::FindPrevious);
    QAction *replace = editorAction(edit, tr("R&eplace…"), [this] { m_findBar->showFind(true); }, QKeySequence::Replace, "edit-find-replace");
    // Ctrl+H on every desktop (KDE's Replace key is Ctrl+R; some have none).
    if (!replace->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_H)))
        replace->setShortcuts(replace->shortcuts() << QKeySequence(Qt::CTRL | Qt::Key_H));
    siteEdits->addReplaceAction(edit);
    editorAction(edit, tr("&Go to Line…"), [this] { goToLineDialog(); }, QKeySequence(Qt::CTRL | Qt::Key_L));
    edit->addSeparator();
    editorAction(edit, tr("Repair Enco&ding"), [this] { repairEncoding(); }, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    edit->addSeparator();
    QAction *settingsAction = menuAction(edit, tr("&Settings…"), [this] { showSettings(); }, QKeySequence::Preferences,
                                        "preferences-system");
    settingsAction->setMenuRole(QAction::PreferencesRole);
    // Preferences has no key on some desktops; Ctrl+, is the common one.
    if (settingsAction->shortcut().isEmpty())
        settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
}

void MainWindow::createFormatMenu(QToolBar *toolBar)
{
    QMenu *format = menuBar()->addMenu(tr("F&ormat"));
    const auto inline_ = [this](const char *marker) { return [this, marker] { m_editor->toggleInline(QString::fromLatin1(marker)); }; };
    const auto lines = [this](markdown::LineKind kind) { return [this, kind] { m_editor->toggleLines(kind); }; };
    QAction *bold = menuAction(format, tr("&Bold"), inline_("**"), QKeySequence::Bold, "format-text-bold");
    QAction *italic = menuAction(format, tr("&Italic"), inline_("_"), QKeySequence::Italic, "format-text-italic");
    QAction *strike = menuAction(format, tr("&Strikethrough"), inline_("~~"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X),
                                "format-text-strikethrough");
    QAction *code = menuAction(format, tr("Inline &Code"), inline_("`"), QKeySequence(Qt::CTRL | Qt::Key_QuoteLeft),
                              "format-text-code");
    QMenu *headings = format->addMenu(tr("&Heading"));
    menuAction(headings, tr("&Paragraph"), [this] { m_editor->setHeading(0); }, QKeySequence(Qt::CTRL | Qt::Key_0));
    for (int level = 1; level <= 6; ++level)
        menuAction(headings, tr("Heading &%1").arg(level), [this, level] { m_editor->setHeading(level); },
                  QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + level)));
    format->addSeparator();
    QAction *link = menuAction(format, tr("&Link…"), [this] { insertLinkDialog(false); }, QKeySequence(Qt::CTRL | Qt::Key_K), "insert-link");
    QAction *image = menuAction(format, tr("I&mage…"), [this] { insertLinkDialog(true); }, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I),
                               "insert-image");
    QAction *postLink = menuAction(format, tr("Link to &Post…"), [this] {
        PostLinkDialog::insertInto(m_editor, m_postLinker, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    }, QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_K));
    postLink->setEnabled(false);
    connect(m_project, &ProjectPanel::siteOpened, postLink, [postLink] { postLink->setEnabled(true); });
    format->addSeparator();
    QAction *bullets = menuAction(format, tr("B&ullet List"), lines(markdown::LineKind::Bullet), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_8),
                                 "format-list-unordered");
    QAction *numbers = menuAction(format, tr("&Numbered List"), lines(markdown::LineKind::Numbered), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_7),
                                 "format-list-ordered");
    QAction *tasks = menuAction(format, tr("&Task List"), lines(markdown::LineKind::Task), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_9),
                               "checkbox");
    QAction *quote = menuAction(format, tr("Block&quote"), lines(markdown::LineKind::Quote), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Period),
                               "format-text-blockquote");
    QAction *codeBlock = menuAction(format, tr("Code Bl&ock"), [this] { m_editor->insertCodeBlock(); }, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K),
                                   "code-block");
    QAction *table = menuAction(format, tr("T&able…"), [this] { insertTableDialog(); }, QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_T),
                               "insert-table");
    // They act on the editor: not while the dashboard stands in its place.
    const std::function<void(QMenu *)> addAll = [&](QMenu *menu) {
        for (QAction *action : menu->actions()) {
            if (action->menu())
                addAll(action->menu());
            else if (!action->isSeparator())
                m_editorActions->addAction(action);
        }
    };
    addAll(format);
    // What a writer inserts, gathered in its own menu too (the same actions).
    // No access key: every letter of its name has an owner in the window
    // (in each language); F10 and the arrows reach it.
    QMenu *insert = menuBar()->addMenu(tr("Insert"));
    insert->setObjectName(QStringLiteral("insertMenu"));
    insert->addActions({link, postLink, image});
    insert->addSeparator();
    insert->addActions({codeBlock, table});

    // Short labels for the toolbar; the menus keep the full names.
    const std::pair<QAction *, QString> shortLabels[] = {
        {bold, QStringLiteral("B")}, {italic, QStringLiteral("I")}, {strike, QStringLiteral("S")}, {code, QStringLiteral("</>")},
        {nullptr, {}}, {link, tr("Link")}, {image, tr("Image")}, {bullets, QStringLiteral("•")}, {numbers, QStringLiteral("1.")},
        {tasks, QStringLiteral("☑")}, {quote, QStringLiteral("❝")}, {codeBlock, QStringLiteral("{ }")}, {table, tr("Table")}};
    for (const auto &[action, label] : shortLabels) {
        if (!action) {
            toolBar->addSeparator();
            continue;
        }
        toolBar->addAction(action);
        action->setIconText(label);
    }
}

QAction *MainWindow::addViewToggle(QMenu *menu, const QString &text, QWidget *widget, const QString &key, const QKeySequence &shortcut)
{
    QAction *action = menu->addAction(text);
    action->setCheckable(true);
    action->setShortcut(shortcut);
    action->setObjectName(key);
    const bool visible = AppSettings::viewOption(key, true);
    action->setChecked(visible);
    widget->setVisible(visible);
    connect(action, &QAction::toggled, this, [widget, key](bool on) {
        widget->setVisible(on);
        AppSettings::setViewOption(key, on);
    });
    return action;
}

void MainWindow::createViewMenu(QToolBar *toolBar)
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_dashboardAction = view->addAction(QIcon::fromTheme(QStringLiteral("view-list-details")), tr("&Dashboard"));
    m_dashboardAction->setObjectName(QStringLiteral("dashboardAction"));
    m_dashboardAction->setCheckable(true);
    m_dashboardAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_dashboardAction->setStatusTip(tr("The site at a glance: scheduled posts, drafts, problems, tags with one post"));
    connect(m_dashboardAction, &QAction::triggered, this, &MainWindow::showDashboard);
    view->addSeparator();
    m_sidebarAction = addViewToggle(view, tr("&Sidebar"), m_project, QStringLiteral("sidebar"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_1));
    addViewToggle(view, tr("&Front-Matter Form"), m_formArea, QStringLiteral("form"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_2));
    m_previewAction = addViewToggle(view, tr("&Preview"), m_previewPane, QStringLiteral("preview"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_3));
    // The preview's two modes (issue 15).
    view->addAction(m_previewPane->postwrightAction());
    view->addAction(m_previewPane->siteThemeAction());
    view->addAction(m_previewPane->siteHomeAction());
    m_project->setSitePreviewAction(m_previewPane->siteHomeAction());
    toolBar->addSeparator();
    toolBar->addAction(m_previewPane->postwrightAction());
    toolBar->addAction(m_previewPane->siteThemeAction());
    QAction *tools = m_toolsDock->toggleViewAction();
    tools->setText(tr("&Writing Tools"));
    tools->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_4));
    view->addAction(tools);
    view->addSeparator();
    m_rawFrontMatterAction = view->addAction(tr("&Raw Front Matter in Editor"));
    m_rawFrontMatterAction->setCheckable(true);
    m_rawFrontMatterAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_F));
    m_rawFrontMatterAction->setChecked(AppSettings::viewOption(QStringLiteral("rawFrontMatter"), false));
    connect(m_rawFrontMatterAction, &QAction::toggled, this, [this](bool on) {
        AppSettings::setViewOption(QStringLiteral("rawFrontMatter"), on);
        m_editor->setFrontMatterVisible(on || m_session->lastEdit().frontMatter().error.has_value());
    });
    QAction *wrap = view->addAction(tr("Soft Wr&ap"));
    wrap->setCheckable(true);
    wrap->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Z));
    wrap->setChecked(AppSettings::viewOption(QStringLiteral("softWrap"), true));
    m_editor->setLineWrapMode(wrap->isChecked() ? QPlainTextEdit::WidgetWidth : QPlainTextEdit::NoWrap);
    connect(wrap, &QAction::toggled, this, [this](bool on) {
        AppSettings::setViewOption(QStringLiteral("softWrap"), on);
        m_editor->setLineWrapMode(on ? QPlainTextEdit::WidgetWidth : QPlainTextEdit::NoWrap);
    });
    view->addSeparator();
    m_focus = new FocusMode(this, m_editor, {m_project, m_formArea, m_previewPane, m_findBar});
    view->addActions({m_focus->focusAction(), m_focus->typewriterAction(), m_focus->dimAction()});
    view->addSeparator();
    menuAction(view, tr("Zoom &In"), [this] { m_editor->zoomBy(1); }, QKeySequence::ZoomIn, "zoom-in");
    menuAction(view, tr("Zoom &Out"), [this] { m_editor->zoomBy(-1); }, QKeySequence::ZoomOut, "zoom-out");
    menuAction(view, tr("Reset &Zoom"), [this] { m_editor->resetZoom(); }, QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_0), "zoom-original");
    view->addSeparator();
    menuAction(view, tr("Focus Ne&xt Pane"), [this] { focusPane(1); }, QKeySequence(Qt::Key_F6));
    menuAction(view, tr("Focus Previous Pa&ne"), [this] { focusPane(-1); }, QKeySequence(Qt::SHIFT | Qt::Key_F6));
    view->addSeparator();
    QAction *toolBarAction = toolBar->toggleViewAction();
    toolBarAction->setText(tr("&Toolbar"));
    view->addAction(toolBarAction);
}

void MainWindow::createHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *cheatSheet = help->addAction(QIcon::fromTheme(QStringLiteral("help-contents")), tr("Markdown &Cheat Sheet"));
    cheatSheet->setShortcut(QKeySequence::HelpContents);
    connect(cheatSheet, &QAction::triggered, this, [this] {
        auto *dialog = new CheatSheetDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    QAction *shortcuts = help->addAction(QIcon::fromTheme(QStringLiteral("input-keyboard")), tr("&Keyboard Shortcuts"));
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    connect(shortcuts, &QAction::triggered, this, [this] {
        auto *dialog = new ShortcutsDialog(this, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    help->addSeparator();
    QAction *about = help->addAction(QIcon::fromTheme(QStringLiteral("help-about")), tr("&About Postwright"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] {
        AboutDialog dialog(this);
        dialog.exec();
    });
    QAction *aboutQt = help->addAction(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createEncodingMenus()
{
    auto *encodingMenu = new QMenu(m_encodingButton);
    const struct { Encoding encoding; bool bom; } encodings[] = {
        {Encoding::Utf8, false}, {Encoding::Utf8, true}, {Encoding::Utf16LE, true}, {Encoding::Utf16BE, true}};
    for (const auto &e : encodings)
        encodingMenu->addAction(encodingName(e.encoding, e.bom), this, [this, e] { m_session->setEncoding(e.encoding, e.bom); });
    m_encodingButton->setMenu(encodingMenu);
    auto *lineEndingMenu = new QMenu(m_lineEndingButton);
    for (LineEnding ending : {LineEnding::LF, LineEnding::CRLF, LineEnding::CR})
        lineEndingMenu->addAction(lineEndingName(ending), this, [this, ending] { m_session->setLineEnding(ending); });
    m_lineEndingButton->setMenu(lineEndingMenu);
}

void MainWindow::focusPane(int step)
{
    const QList<QWidget *> panes{m_project, m_form, m_editor, m_previewPane->currentView(), m_insights};
    qsizetype current = -1;
    for (qsizetype i = 0; i < panes.size(); ++i) {
        if (QWidget *focus = QApplication::focusWidget(); focus && (focus == panes[i] || panes[i]->isAncestorOf(focus)))
            current = i;
    }
    for (qsizetype n = 1; n <= panes.size(); ++n) {
        QWidget *pane = panes[((current < 0 ? (step > 0 ? -1 : 0) : current) + step * n + panes.size() * 2) % panes.size()];
        if (!pane->isVisible())
            continue;
        // A container (the sidebar, the form) passes the focus to its first
        // control.
        QWidget *target = pane;
        while (target->focusPolicy() == Qt::NoFocus || !target->isVisible() || !target->isEnabled()) {
            target = target->nextInFocusChain();
            if (target == pane || !pane->isAncestorOf(target)) {
                target = pane;
                break;
            }
        }
        target->setFocus(Qt::TabFocusReason);
        return;
    }
}

void MainWindow::showSettings()
{
    if (auto *open = findChild<SettingsDialog *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new SettingsDialog(spelling::SpellDictionary::installed(spelling::SpellChecker::instance()->searchPaths()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The View menu's focus options may have changed since the settings were applied.
    dialog->setSettings(m_focus->withOptions(m_settings));
    connect(dialog, &SettingsDialog::applied, this, &MainWindow::applySettings);
    dialog->show();
}

void MainWindow::open()
{
    if (!confirmDiscard())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a post"), QFileInfo(m_session->path()).path(),
                                                      tr("Markdown posts (*.md *.markdown);;All files (*)"));
    if (!path.isEmpty())
        openPost(path);
}

bool MainWindow::saveAs(const QString &path)
{
    QString target = path;
    if (target.isEmpty()) {
        const QString folder = m_session->isUntitled() ? m_project->siteRoot() : QFileInfo(m_session->path()).path();
        target = QFileDialog::getSaveFileName(this, tr("Save the post as"), folder, tr("Markdown posts (*.md *.markdown)"));
        if (target.isEmpty())
            return false;
    }
    return m_session->saveAs(target);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = AppSettings::recentPosts();
    for (const QString &path : recent) {
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] {
            if (confirmDiscard())
                openPost(path);
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear Recent"), this, [this] {
            AppSettings::setRecentPosts({});
            updateRecentMenu();
        });
    }
}

void MainWindow::addRecent(const QString &path)
{
    QStringList recent = AppSettings::recentPosts();
    recent.removeAll(path);
    recent.prepend(path);
    AppSettings::setRecentPosts(recent);
    updateRecentMenu();
}

void MainWindow::compareWithDisk(const QString &mine, const QString &onDisk)
{
    CompareDialog dialog(mine, onDisk, m_editor->font(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_session->applyMerge(dialog.mergedText());
}

void MainWindow::goToLineDialog()
{
    bool ok = false;
    const int line = QInputDialog::getInt(this, tr("Go to Line"), tr("Line:"), m_editor->textCursor().blockNumber() + 1, 1,
                                          m_editor->blockCount(), 1, &ok);
    if (ok) {
        if (line < m_session->lastEdit().bodyFirstLine() && !m_rawFrontMatterAction->isChecked())
            m_rawFrontMatterAction->setChecked(true);
        m_editor->goToLine(line - 1);
    }
}

void MainWindow::insertTableDialog()
{
    TableSizeDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        m_editor->insertTable(dialog.picker()->columns(), dialog.picker()->rows());
}

void MainWindow::insertLinkDialog(bool image)
{
    if (image) {
        const QString file = QFileDialog::getOpenFileName(this, tr("Insert an image"), QFileInfo(m_session->path()).path(),
                                                          tr("Images (*.png *.jpg *.jpeg *.gif *.webp *.svg)"));
        if (!file.isEmpty())
            insertImage(file);
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Insert Link"));
    auto *form = new QFormLayout(&dialog);
    auto *text = new QLineEdit(m_editor->textCursor().selectedText(), &dialog);
    auto *url = new QLineEdit(&dialog);
    url->setPlaceholderText(QStringLiteral("https://"));
    form->addRow(tr("&Text:"), text);
    form->addRow(tr("&URL:"), url);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    (text->text().isEmpty() ? text : url)->setFocus();
    if (dialog.exec() == QDialog::Accepted && !url->text().trimmed().isEmpty())
        m_editor->insertLink(text->text(), url->text().trimmed(), false);
}

QString MainWindow::imageFolder() const
{
    const QString path = m_session->path();
    const QFileInfo post(path);
    switch (m_settings.imagePlacement) {
    case ImagePlacement::SiteDefault:
        break;
    case ImagePlacement::BesidePost:
        return post.absoluteDir().filePath(QStringLiteral("images"));
    case ImagePlacement::Custom: {
        const auto site = findEnclosingSite(path);
        const QString root = site ? site->root : post.absolutePath();
        const QString folder = QDir::cleanPath(QDir(root).filePath(m_settings.customImageFolder));
        // Never outside the site.
        if (folder == QDir::cleanPath(root) || folder.startsWith(QDir::cleanPath(root) + QLatin1Char('/')))
            return folder;
        break;
    }
    }
    return imageFolderFor(path);
}

void MainWindow::insertImage(const QString &file)
{
    if (m_session->isUntitled() && !saveAs())
        return;
    QFile in(file);
    // An image file larger than this is no picture for a blog post.
    constexpr qint64 maxImageFileBytes = 256 * 1024 * 1024;
    if (!in.open(QIODevice::ReadOnly) || in.size() > maxImageFileBytes) {
        const QString why = in.isOpen() ? tr("the file is larger than 256 MB") : in.errorString();
        statusBar()->showMessage(tr("%1: cannot insert the image: %2").arg(file, why), 8000);
        return;
    }
    insertImageBytes(in.readAll(), file);
}

void MainWindow::pasteImage(const QImage &image)
{
    if (m_session->isUntitled() && !saveAs())
        return;
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    insertImageBytes(png, {});
}

void MainWindow::insertImageBytes(const QByteArray &bytes, const QString &file)
{
    // Without a description the file is named after the post and the time.
    const QString path = m_session->path();
    QString slug = m_session->post().frontMatter().string(QStringLiteral("slug"));
    if (slug.isEmpty())
        slug = QFileInfo(path).completeBaseName();
    if (slug == QLatin1String("index"))
        slug = QFileInfo(path).dir().dirName();
    const QString fallback = file.isEmpty()
                                 ? slug + QDateTime::currentDateTime().toString(QStringLiteral("-yyyyMMdd-HHmmss"))
                                 : QFileInfo(file).completeBaseName();
    ImageImportDialog dialog(bytes, file, fallback, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ImageImportRequest request = dialog.request();
    request.folder = imageFolder();
    const Result<ImportedImage> saved = importImage(path, request);
    if (!saved) {
        statusBar()->showMessage(saved.error().toString(), 8000);
        return;
    }
    m_editor->insertLink(dialog.altText(), saved.value().markdownPath, true);
}

} // namespace postwright
