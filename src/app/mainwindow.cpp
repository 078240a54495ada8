// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "doctor/mojibake.h"
#include "editing/imageimport.h"
#include "export/exportactions.h"
#include "insights/insightspanel.h"
#include "site/sitelanguage.h"
#include "files/datafolder.h"
#include "site/sitelookup.h"
#include "spelling/spelllanguage.h"
#include "editing/textstats.h"
#include "editor/findbar.h"
#include "editor/markdowneditor.h"
#include "editor/markdownhighlighter.h"
#include "form/frontmatterform.h"
#include "help/aboutdialog.h"
#include "help/cheatsheetdialog.h"
#include "help/shortcutsdialog.h"
#include "preview/previewview.h"
#include "snapshot/snapshotbuilder.h"
#include "project/projectpanel.h"
#include "settings/settingsdialog.h"
#include "settings/theme.h"
#include "spelling/spellchecker.h"
#include "spelling/spelldictionary.h"
#include "text/lineendings.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QBuffer>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QFormLayout>
#include <QHeaderView>
#include <QImage>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTextBlock>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>

namespace postwright {
namespace {

const int maxRecent = 10;

QString lf(const QString &text)
{
    return convertLineEndings(text, u"\n");
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_recovery(QDir(dataFolder()).filePath(QStringLiteral("recovery")))
{
    m_ask = [this](const QString &title, const QString &text, QMessageBox::StandardButtons buttons) {
        QMessageBox box(QMessageBox::Question, title, text, buttons, this);
        // Plain words for the outside-change question.
        if (buttons.testFlag(QMessageBox::Apply)) {
            box.button(QMessageBox::Save)->setText(tr("Keep mine"));
            box.button(QMessageBox::Discard)->setText(tr("Load theirs"));
            box.button(QMessageBox::Apply)->setText(tr("Compare…"));
        }
        return QMessageBox::StandardButton(box.exec());
    };
    createWidgets();
    createActions();
    createHelpMenu();
    restoreLayout();

    m_syncTimer.setSingleShot(true);
    m_syncTimer.setInterval(60);
    connect(&m_syncTimer, &QTimer::timeout, this, &MainWindow::syncFromEditor);
    connect(&m_autosaveTimer, &QTimer::timeout, this, &MainWindow::autosave);
    applySettings(AppSettings::load());

    m_watcher = new QFileSystemWatcher(this);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this] {
        // Editors save by replacing the file: wait until the new one is there.
        QTimer::singleShot(150, this, &MainWindow::checkExternalChange);
    });
    newPost();
}

MainWindow::~MainWindow() = default;

void MainWindow::createWidgets()
{
    // The order of creation is the Tab order: sidebar, form, editor (and its
    // find bar), preview, writing tools. (QWidget::setTabOrder would move
    // only a container, not its fields.)
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);

    m_project = new ProjectPanel(m_splitter);
    m_project->setAccessibleName(tr("Site"));
    m_project->setAccessibleDescription(tr("The posts, tags and categories of the open site"));
    m_project->setChangeGuard([this](const QString &path) { return !isOpenPost(path) || confirmDiscard(); });
    connect(m_project, &ProjectPanel::openPostRequested, this, [this](const QString &path) {
        if (!isOpenPost(path) && confirmDiscard())
            openPost(path);
    });
    connect(m_project, &ProjectPanel::siteOpened, this, [this] {
        m_siteLanguage = siteLanguage(m_project->config());
        updateSpellLanguage();
        // The preview may load the site's files (static images...), nothing else.
        m_preview->setSiteRoot(m_project->siteRoot());
        if (!m_post.path().isEmpty())
            m_project->updateOpenPost(m_post.path(), m_post.toBytes());
        if (m_openNewestWhenIndexed)
            openNewestPost();
    });
    connect(m_project, &ProjectPanel::indexFailed, this, [this](const QString &message) {
        m_openNewestWhenIndexed = false;
        statusBar()->showMessage(message, 8000);
    });
    connect(m_project, &ProjectPanel::termsChanged, this, [this](const QStringList &tags, const QStringList &categories) {
        m_form->setTermCompletions(tags, categories);
    });
    connect(m_project, &ProjectPanel::message, this, [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(m_project, &ProjectPanel::postMoved, this, &MainWindow::followMovedPost);
    connect(m_project, &ProjectPanel::postRemoved, this, &MainWindow::dropRemovedPost);

    m_middle = new QSplitter(Qt::Vertical, m_splitter);
    m_middle->setObjectName(QStringLiteral("middleSplitter"));
    auto *scroll = new QScrollArea(m_middle);
    // Created inside the window so that it takes its place in the focus
    // chain (after the sidebar, before the editor).
    m_form = new FrontMatterForm(scroll);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Front matter"));
    m_formArea = scroll;

    auto *editorArea = new QWidget(m_middle);
    auto *editorLayout = new QVBoxLayout(editorArea);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->setSpacing(0);
    m_editor = new MarkdownEditor(editorArea);
    m_findBar = new FindBar(m_editor, editorArea);
    m_findBar->hide();
    editorLayout->addWidget(m_editor, 1);
    editorLayout->addWidget(m_findBar);
    m_middle->addWidget(m_formArea);
    m_middle->addWidget(editorArea);
    m_middle->setStretchFactor(1, 3);

    m_preview = new PreviewView(m_splitter);
    m_splitter->addWidget(m_project);
    m_splitter->addWidget(m_middle);
    m_splitter->addWidget(m_preview);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 3);
    setCentralWidget(m_splitter);

    m_wordsLabel = new QLabel(this);
    m_positionLabel = new QLabel(this);
    m_encodingButton = new QToolButton(this);
    m_lineEndingButton = new QToolButton(this);
    for (QToolButton *button : {m_encodingButton, m_lineEndingButton}) {
        button->setAutoRaise(true);
        button->setPopupMode(QToolButton::InstantPopup);
    }
    m_encodingButton->setAccessibleName(tr("Encoding"));
    m_lineEndingButton->setAccessibleName(tr("Line endings"));
    statusBar()->addWidget(m_wordsLabel, 1);
    statusBar()->addPermanentWidget(m_positionLabel);
    statusBar()->addPermanentWidget(m_encodingButton);
    statusBar()->addPermanentWidget(m_lineEndingButton);
    m_spellLabel = new QLabel(this);
    m_spellLabel->setAccessibleName(tr("Spell-check language"));
    statusBar()->addPermanentWidget(m_spellLabel);
    connect(m_editor, &MarkdownEditor::spellStatusChanged, this, [this] { m_spellLabel->setText(m_editor->spellStatusText()); });
    connect(m_editor, &MarkdownEditor::spellMessage, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });

    // Writing tools: the doctor, the outline and statistics, in a dock below.
    // One snapshot of each edit (one parse, one render) for the preview
    // and the writing tools.
    m_snapshots = new SnapshotBuilder(this);
    m_preview->setSnapshotBuilder(m_snapshots);
    m_insights = new InsightsPanel(this);
    auto *dock = new QDockWidget(tr("Writing Tools"), this);
    dock->setObjectName(QStringLiteral("writingToolsDock"));
    dock->setWidget(m_insights);
    dock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea | Qt::LeftDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    // A strip under the editor, not half the window (a saved layout wins).
    resizeDocks({dock}, {170}, Qt::Vertical);
    connect(m_snapshots, &SnapshotBuilder::snapshotReady, this, [this, dock](const SnapshotPtr &snapshot) {
        if (!snapshot->complete)
            return;
        const PostSnapshot &analysis = *snapshot;
        m_insights->showSnapshot(analysis);
        // Point out garbled text once per post: the fix is one click away.
        const bool garbled = std::any_of(analysis.findings.cbegin(), analysis.findings.cend(),
                                         [](const Finding &f) { return f.code == QLatin1String("mojibake"); });
        if (garbled && m_mojibakeNoticeFor != m_post.path()) {
            m_mojibakeNoticeFor = m_post.path();
            dock->show();
            statusBar()->showMessage(tr("This post has garbled characters (like â€“ for –): "
                                        "Edit → Repair Encoding fixes them in one step."), 15000);
        }
    });
    connect(m_insights, &InsightsPanel::lineActivated, this, [this](int line, int column) {
        m_editor->goToLine(line - 1);
        QTextCursor cursor = m_editor->textCursor();
        cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, std::max(0, column - 1));
        m_editor->setTextCursor(cursor);
        m_preview->scrollToLine(line);
    });
    connect(m_insights, &InsightsPanel::repairEncodingRequested, this, &MainWindow::repairEncoding);
    connect(m_editor, &QPlainTextEdit::selectionChanged, this,
            [this] { m_insights->setSelection(m_editor->textCursor().selectedText().replace(QChar::ParagraphSeparator, QLatin1Char('\n'))); });

    auto *encodingMenu = new QMenu(m_encodingButton);
    const struct { Encoding encoding; bool bom; } encodings[] = {
        {Encoding::Utf8, false}, {Encoding::Utf8, true}, {Encoding::Utf16LE, true}, {Encoding::Utf16BE, true}};
    for (const auto &e : encodings) {
        encodingMenu->addAction(encodingName(e.encoding, e.bom), this, [this, e] { setEncoding(e.encoding, e.bom); });
    }
    m_encodingButton->setMenu(encodingMenu);
    auto *lineEndingMenu = new QMenu(m_lineEndingButton);
    for (LineEnding ending : {LineEnding::LF, LineEnding::CRLF, LineEnding::CR})
        lineEndingMenu->addAction(lineEndingName(ending), this, [this, ending] { setLineEnding(ending); });
    m_lineEndingButton->setMenu(lineEndingMenu);

    connect(m_editor, &QPlainTextEdit::textChanged, this, &MainWindow::scheduleSync);
    connect(m_editor->document(), &QTextDocument::modificationChanged, this, &MainWindow::updateTitle);
    connect(m_editor, &QPlainTextEdit::cursorPositionChanged, this, &MainWindow::updateStatus);
    connect(m_editor, &QPlainTextEdit::selectionChanged, this, &MainWindow::updateStatus);
    connect(m_form, &FrontMatterForm::fieldEdited, this, &MainWindow::setField);
    connect(m_form, &FrontMatterForm::fieldRemoved, this, &MainWindow::removeField);
    connect(m_editor, &MarkdownEditor::imageDropped, this, &MainWindow::insertImage);
    connect(m_editor, &MarkdownEditor::imagePasted, this, &MainWindow::pasteImage);

    // Scroll sync both ways; the guard stops the two from chasing each other.
    connect(m_editor->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        if (m_scrollSyncing)
            return;
        m_preview->scrollToLine(m_editor->firstVisibleLine() + 1);
    });
    connect(m_preview, &PreviewView::topLineChanged, this, [this](int line) {
        m_scrollSyncing = true;
        m_editor->scrollToLine(line - 1);
        QTimer::singleShot(50, this, [this] { m_scrollSyncing = false; });
    });
    connect(m_preview, &PreviewView::lineClicked, this, [this](int line) { m_editor->goToLine(line - 1); });
    connect(m_preview, &PreviewView::taskToggled, this, [this](int line, bool checked) {
        const QTextBlock block = m_editor->document()->findBlockByNumber(line - 1);
        const qsizetype box = block.text().indexOf(QRegularExpression(QStringLiteral(R"(\[[ xX]\])")));
        if (!block.isValid() || box < 0)
            return;
        QTextCursor cursor(block);
        cursor.setPosition(block.position() + int(box) + 1);
        cursor.setPosition(block.position() + int(box) + 2, QTextCursor::KeepAnchor);
        cursor.insertText(checked ? QStringLiteral("x") : QStringLiteral(" "));
    });
}

void MainWindow::createActions()
{
    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    const auto add = [this](QMenu *menu, const QString &text, auto slot, QKeySequence shortcut = {}, const char *icon = nullptr) {
        QAction *action = menu->addAction(text);
        if (icon)
            action->setIcon(QIcon::fromTheme(QString::fromLatin1(icon)));
        action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };

    QMenu *file = menuBar()->addMenu(tr("&File"));
    add(file, tr("&New"), [this] { if (confirmDiscard()) newPost(); }, QKeySequence::New, "document-new");
    QAction *newInSite = add(file, tr("New &Post in Site…"), [this] { m_project->newPost(); },
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), "document-new");
    newInSite->setEnabled(false);
    connect(m_project, &ProjectPanel::siteOpened, newInSite, [newInSite] { newInSite->setEnabled(true); });
    QAction *openAction = add(file, tr("&Open…"), [this] { open(); }, QKeySequence::Open, "document-open");
    add(file, tr("Open Si&te Folder…"), [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Open a site folder"), m_project->siteRoot());
        if (!folder.isEmpty())
            openPath(folder);
    }, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), "folder-open");
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    updateRecentMenu();
    file->addSeparator();
    QAction *saveAction = add(file, tr("&Save"), [this] { save(); }, QKeySequence::Save, "document-save");
    add(file, tr("Save &As…"), [this] { saveAs(); }, QKeySequence::SaveAs, "document-save-as");
    installExportActions(file, this, [this] { return m_post.path(); }, [this] { return m_project->siteRoot(); });
    file->addSeparator();
    add(file, tr("&Quit"), [this] { close(); }, QKeySequence::Quit, "application-exit");

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = add(edit, tr("&Undo"), [this] { m_editor->undo(); }, QKeySequence::Undo, "edit-undo");
    QAction *redo = add(edit, tr("&Redo"), [this] { m_editor->redo(); }, QKeySequence::Redo, "edit-redo");
    undo->setEnabled(false);
    redo->setEnabled(false);
    connect(m_editor, &QPlainTextEdit::undoAvailable, undo, &QAction::setEnabled);
    connect(m_editor, &QPlainTextEdit::redoAvailable, redo, &QAction::setEnabled);
    edit->addSeparator();
    add(edit, tr("Cu&t"), [this] { m_editor->cut(); }, QKeySequence::Cut, "edit-cut");
    add(edit, tr("&Copy"), [this] { m_editor->copy(); }, QKeySequence::Copy, "edit-copy");
    add(edit, tr("&Paste"), [this] { m_editor->paste(); }, QKeySequence::Paste, "edit-paste");
    add(edit, tr("Select &All"), [this] { m_editor->selectAll(); }, QKeySequence::SelectAll);
    edit->addSeparator();
    add(edit, tr("&Find…"), [this] { m_findBar->showFind(false); }, QKeySequence::Find, "edit-find");
    add(edit, tr("Find &Next"), [this] { m_findBar->findNext(false); }, QKeySequence::FindNext);
    add(edit, tr("Find Pre&vious"), [this] { m_findBar->findNext(true); }, QKeySequence::FindPrevious);
    add(edit, tr("R&eplace…"), [this] { m_findBar->showFind(true); }, QKeySequence::Replace, "edit-find-replace");
    add(edit, tr("&Go to Line…"), [this] { goToLineDialog(); }, QKeySequence(Qt::CTRL | Qt::Key_L));
    edit->addSeparator();
    add(edit, tr("Repair Enco&ding"), [this] { repairEncoding(); }, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    edit->addSeparator();
    QAction *settingsAction = add(edit, tr("&Settings…"), [this] { showSettings(); }, QKeySequence::Preferences, "preferences-system");
    settingsAction->setMenuRole(QAction::PreferencesRole);
    // Preferences has no key on some desktops; Ctrl+, is the common one.
    if (settingsAction->shortcut().isEmpty())
        settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));

    QMenu *format = menuBar()->addMenu(tr("F&ormat"));
    QAction *bold = add(format, tr("&Bold"), [this] { m_editor->toggleInline(QStringLiteral("**")); }, QKeySequence::Bold, "format-text-bold");
    QAction *italic = add(format, tr("&Italic"), [this] { m_editor->toggleInline(QStringLiteral("_")); }, QKeySequence::Italic, "format-text-italic");
    QAction *strike = add(format, tr("&Strikethrough"), [this] { m_editor->toggleInline(QStringLiteral("~~")); },
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X), "format-text-strikethrough");
    QAction *code = add(format, tr("Inline &Code"), [this] { m_editor->toggleInline(QStringLiteral("`")); },
                        QKeySequence(Qt::CTRL | Qt::Key_QuoteLeft));
    QMenu *headings = format->addMenu(tr("&Heading"));
    add(headings, tr("&Paragraph"), [this] { m_editor->setHeading(0); }, QKeySequence(Qt::CTRL | Qt::Key_0));
    for (int level = 1; level <= 6; ++level)
        add(headings, tr("Heading &%1").arg(level), [this, level] { m_editor->setHeading(level); },
            QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + level)));
    format->addSeparator();
    QAction *link = add(format, tr("&Link…"), [this] { insertLinkDialog(false); }, QKeySequence(Qt::CTRL | Qt::Key_K), "insert-link");
    QAction *image = add(format, tr("I&mage…"), [this] { insertLinkDialog(true); }, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), "insert-image");
    format->addSeparator();
    QAction *bullets = add(format, tr("B&ullet List"), [this] { m_editor->toggleLines(markdown::LineKind::Bullet); },
                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_8));
    QAction *numbers = add(format, tr("&Numbered List"), [this] { m_editor->toggleLines(markdown::LineKind::Numbered); },
                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_7));
    QAction *tasks = add(format, tr("&Task List"), [this] { m_editor->toggleLines(markdown::LineKind::Task); },
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_9));
    QAction *quote = add(format, tr("Block&quote"), [this] { m_editor->toggleLines(markdown::LineKind::Quote); },
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Period));
    QAction *codeBlock = add(format, tr("Code Bl&ock"), [this] { m_editor->insertCodeBlock(); },
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    QAction *table = add(format, tr("T&able…"), [this] {
        bool ok = false;
        const QString size = QInputDialog::getText(this, tr("Insert Table"), tr("Columns × rows (header row included):"),
                                                   QLineEdit::Normal, QStringLiteral("3x3"), &ok);
        const QStringList parts = size.split(QRegularExpression(QStringLiteral("[x×* ,]+")), Qt::SkipEmptyParts);
        if (ok && parts.size() == 2)
            m_editor->insertTable(std::clamp(parts.at(0).toInt(), 1, 20), std::clamp(parts.at(1).toInt(), 1, 100));
    }, QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_T));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const auto toggle = [&](const QString &text, QWidget *widget, const QString &key, QKeySequence shortcut) {
        QAction *action = view->addAction(text);
        action->setCheckable(true);
        action->setShortcut(shortcut);
        action->setObjectName(key);
        const bool visible = QSettings().value(QStringLiteral("view/") + key, true).toBool();
        action->setChecked(visible);
        widget->setVisible(visible);
        connect(action, &QAction::toggled, this, [widget, key](bool on) {
            widget->setVisible(on);
            QSettings().setValue(QStringLiteral("view/") + key, on);
        });
        return action;
    };
    toggle(tr("&Sidebar"), m_project, QStringLiteral("sidebar"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_1));
    toggle(tr("&Front-Matter Form"), m_formArea, QStringLiteral("form"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_2));
    toggle(tr("&Preview"), m_preview, QStringLiteral("preview"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_3));
    if (auto *dock = findChild<QDockWidget *>(QStringLiteral("writingToolsDock"))) {
        QAction *tools = dock->toggleViewAction();
        tools->setText(tr("&Writing Tools"));
        tools->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_4));
        view->addAction(tools);
    }
    view->addSeparator();
    m_rawFrontMatterAction = view->addAction(tr("&Raw Front Matter in Editor"));
    m_rawFrontMatterAction->setCheckable(true);
    m_rawFrontMatterAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_F));
    m_rawFrontMatterAction->setChecked(QSettings().value(QStringLiteral("view/rawFrontMatter"), false).toBool());
    connect(m_rawFrontMatterAction, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(QStringLiteral("view/rawFrontMatter"), on);
        m_editor->setFrontMatterVisible(on || m_post.frontMatter().error.has_value());
    });
    QAction *wrap = view->addAction(tr("Soft Wr&ap"));
    wrap->setCheckable(true);
    wrap->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Z));
    wrap->setChecked(QSettings().value(QStringLiteral("view/softWrap"), true).toBool());
    m_editor->setLineWrapMode(wrap->isChecked() ? QPlainTextEdit::WidgetWidth : QPlainTextEdit::NoWrap);
    connect(wrap, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(QStringLiteral("view/softWrap"), on);
        m_editor->setLineWrapMode(on ? QPlainTextEdit::WidgetWidth : QPlainTextEdit::NoWrap);
    });
    view->addSeparator();
    add(view, tr("Zoom &In"), [this] { m_editor->zoomBy(1); }, QKeySequence::ZoomIn, "zoom-in");
    add(view, tr("Zoom &Out"), [this] { m_editor->zoomBy(-1); }, QKeySequence::ZoomOut, "zoom-out");
    add(view, tr("Reset &Zoom"), [this] { m_editor->resetZoom(); }, QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_0), "zoom-original");
    view->addSeparator();
    add(view, tr("Focus Ne&xt Pane"), [this] { focusPane(1); }, QKeySequence(Qt::Key_F6));
    add(view, tr("Focus Previous Pa&ne"), [this] { focusPane(-1); }, QKeySequence(Qt::SHIFT | Qt::Key_F6));
    view->addSeparator();
    QAction *toolBarAction = toolBar->toggleViewAction();
    toolBarAction->setText(tr("&Toolbar"));
    view->addAction(toolBarAction);

    for (QAction *action : {openAction, saveAction})
        toolBar->addAction(action);
    toolBar->addSeparator();
    for (QAction *action : {bold, italic, strike, code})
        toolBar->addAction(action);
    toolBar->addSeparator();
    for (QAction *action : {link, image, bullets, numbers, tasks, quote, codeBlock, table})
        toolBar->addAction(action);
    // Short labels for the toolbar; the menus keep the full names.
    bold->setIconText(QStringLiteral("B"));
    italic->setIconText(QStringLiteral("I"));
    strike->setIconText(QStringLiteral("S"));
    code->setIconText(QStringLiteral("</>"));
    link->setIconText(tr("Link"));
    image->setIconText(tr("Image"));
    bullets->setIconText(QStringLiteral("•"));
    numbers->setIconText(QStringLiteral("1."));
    tasks->setIconText(QStringLiteral("☑"));
    quote->setIconText(QStringLiteral("❝"));
    codeBlock->setIconText(QStringLiteral("{ }"));
    table->setIconText(tr("Table"));
    for (QAction *action : toolBar->actions()) {
        if (!action->shortcut().isEmpty())
            action->setToolTip(QStringLiteral("%1 (%2)").arg(action->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")),
                                                             action->shortcut().toString(QKeySequence::NativeText)));
    }
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    resize(1360, 860);
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!m_splitter->restoreState(settings.value(QStringLiteral("window/mainSplitter")).toByteArray()))
        m_splitter->setSizes({360, 540, 460});
    if (!m_middle->restoreState(settings.value(QStringLiteral("window/middleSplitter")).toByteArray()))
        m_middle->setSizes({260, 600});
}

void MainWindow::setRecoveryFolder(const QString &folder)
{
    m_recovery = RecoveryStore(folder);
}

void MainWindow::setAutosaveInterval(int milliseconds)
{
    if (milliseconds > 0)
        m_autosaveTimer.start(milliseconds);
    else
        m_autosaveTimer.stop();
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

void MainWindow::focusPane(int step)
{
    const QList<QWidget *> panes{m_project, m_form, m_editor, m_preview, m_insights};
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
    dialog->setSettings(m_settings);
    connect(dialog, &SettingsDialog::applied, this, &MainWindow::applySettings);
    dialog->show();
}

void MainWindow::applySettings(const AppSettings &settings)
{
    m_settings = settings;
    m_darkUi = theme::applyUiTheme(settings.uiTheme);
    m_editor->highlighter()->setDarkTheme(m_darkUi);
    m_editor->setEditorFont(settings.editorFont);
    setAutosaveInterval(settings.autosaveSeconds * 1000);
    updateSpellLanguage();
    m_preview->setRemoteContentPolicy(settings.blockRemoteContent ? RemoteContent::BlockAll : RemoteContent::LoadImages);
    applyPreviewTheme();
}

QString MainWindow::previewTheme() const
{
    // "Follow the system" follows the window, which follows the system
    // unless it is set to light or dark.
    const bool dark = m_settings.previewTheme == ThemeChoice::System ? m_darkUi : m_settings.previewTheme == ThemeChoice::Dark;
    return dark ? QStringLiteral("dark") : QStringLiteral("light");
}

void MainWindow::applyPreviewTheme()
{
    // The page's CSS follows prefers-color-scheme unless <html data-theme>
    // says light or dark; the script sets it on every load of the page.
    const QString source = QStringLiteral("document.documentElement.dataset.theme = '%1';").arg(previewTheme());
    const QString name = QStringLiteral("postwright-theme");
    QWebEngineScriptCollection &scripts = m_preview->page()->scripts();
    for (const QWebEngineScript &old : scripts.find(name))
        scripts.remove(old);
    QWebEngineScript script;
    script.setName(name);
    script.setInjectionPoint(QWebEngineScript::DocumentReady);
    script.setWorldId(QWebEngineScript::ApplicationWorld);
    script.setRunsOnSubFrames(false);
    script.setSourceCode(source);
    scripts.insert(script);
    m_preview->page()->runJavaScript(source, QWebEngineScript::ApplicationWorld);
}

QString MainWindow::imageFolder() const
{
    const QFileInfo post(m_post.path());
    switch (m_settings.imagePlacement) {
    case ImagePlacement::SiteDefault:
        break;
    case ImagePlacement::BesidePost:
        return post.absoluteDir().filePath(QStringLiteral("images"));
    case ImagePlacement::Custom: {
        const auto site = findEnclosingSite(m_post.path());
        const QString root = site ? site->root : post.absolutePath();
        const QString folder = QDir::cleanPath(QDir(root).filePath(m_settings.customImageFolder));
        // Never outside the site.
        if (folder == QDir::cleanPath(root) || folder.startsWith(QDir::cleanPath(root) + QLatin1Char('/')))
            return folder;
        break;
    }
    }
    return imageFolderFor(m_post.path());
}

const Post &MainWindow::post()
{
    syncFromEditor();
    return m_post;
}

bool MainWindow::isModified() const
{
    return m_editor->document()->isModified();
}

void MainWindow::loadText(const QString &text, bool modified)
{
    m_post.setText(text);
    m_syncingToEditor = true;
    m_editor->setPlainText(lf(text));
    m_syncingToEditor = false;
    m_editor->document()->setModified(modified);
    m_syncPending = true;
    syncFromEditor();
    const QTextBlock first = m_editor->document()->findBlockByNumber(m_post.bodyFirstLine() - 1);
    if (first.isValid() && !m_rawFrontMatterAction->isChecked())
        m_editor->setTextCursor(QTextCursor(first));
}

bool MainWindow::openPath(const QString &path, OpenedBy by)
{
    const QFileInfo info(path);
    if (!info.isDir())
        return openPost(path, by);
    // A folder is a site (or a folder inside one): its newest post opens once it is indexed.
    const QString root = locateSite(info.absoluteFilePath()).rootOrFolder();
    const bool sameSite = QDir(root) == QDir(m_project->siteRoot()) && m_project->hasIndex();
    openSite(root);
    m_openNewestWhenIndexed = true;
    if (sameSite)
        openNewestPost();
    return true;
}

void MainWindow::openSite(const QString &root)
{
    m_project->openSite(root);
}

void MainWindow::openSiteOf(const QString &postPath)
{
    // The folder the user opened stays the project while the post lies in it.
    const QString open = m_project->siteRoot();
    if (!open.isEmpty() && (QDir(open) == QDir(postPath) || postPath.startsWith(QDir::cleanPath(open) + QLatin1Char('/'))))
        return;
    const SiteLocation site = locateSite(postPath);
    if (site.found())
        openSite(site.root);
}

void MainWindow::openNewestPost()
{
    m_openNewestWhenIndexed = false;
    const QString newest = m_project->newestPost();
    if (newest.isEmpty()) {
        statusBar()->showMessage(tr("No posts in %1").arg(QDir::toNativeSeparators(m_project->siteRoot())), 5000);
        return;
    }
    // Unsaved work is never put aside for a post nobody clicked.
    if (!isOpenPost(newest) && !isModified())
        openPost(newest, OpenedBy::App);
}

bool MainWindow::isOpenPost(const QString &path) const
{
    return !m_post.path().isEmpty() && QFileInfo(path).absoluteFilePath() == QFileInfo(m_post.path()).absoluteFilePath();
}

void MainWindow::followMovedPost(const QString &from, const QString &to)
{
    if (!isOpenPost(from))
        return;
    m_watcher->removePath(m_post.path());
    m_post.setPath(to);
    watch(to);
    addRecent(QFileInfo(to).absoluteFilePath());
    QSettings().setValue(QStringLiteral("session/lastPost"), QFileInfo(to).absoluteFilePath());
    m_project->setCurrentPost(QFileInfo(to).absoluteFilePath());
    // A published Jekyll draft: the file is the same, its place says published.
    m_project->updateOpenPost(m_post.path(), m_post.toBytes());
    updateTitle();
}

void MainWindow::dropRemovedPost(const QString &path)
{
    if (!isOpenPost(path))
        return;
    m_editor->document()->setModified(false);
    newPost();
}

bool MainWindow::openPost(const QString &path, OpenedBy by)
{
    Result<Post> loaded = Post::load(path);
    if (!loaded) {
        m_ask(tr("Cannot open the post"), loaded.error().toString(), QMessageBox::Ok);
        return false;
    }
    if (!m_post.path().isEmpty())
        m_watcher->removePath(m_post.path());
    m_recovery.remove(m_untitledKey);
    m_post = std::move(loaded).value();
    m_knownDiskBytes = m_post.toBytes();
    loadText(m_post.text(), false);
    m_editor->document()->clearUndoRedoStacks();
    watch(path);
    if (by == OpenedBy::User)
        addRecent(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(QStringLiteral("session/lastPost"), QFileInfo(path).absoluteFilePath());
    const QString absolute = QFileInfo(path).absoluteFilePath();
    openSiteOf(absolute);
    m_project->setCurrentPost(absolute);
    m_project->updateOpenPost(absolute, m_post.toBytes());
    offerRecovery();
    return true;
}

void MainWindow::newPost()
{
    if (!m_post.path().isEmpty())
        m_watcher->removePath(m_post.path());
    m_post = Post();
    m_project->setCurrentPost({});
    m_knownDiskBytes.clear();
    m_untitledKey = QStringLiteral("untitled:%1").arg(QDateTime::currentMSecsSinceEpoch());
    const QString now = QDateTime::currentDateTime().toOffsetFromUtc(QDateTime::currentDateTime().offsetFromUtc()).toString(Qt::ISODate);
    loadText(QStringLiteral("---\ntitle: \"\"\ndate: %1\ndraft: true\ntags: []\n---\n\n").arg(now), false);
    m_editor->document()->clearUndoRedoStacks();
    m_editor->moveCursor(QTextCursor::End);
    m_form->editorFor(QStringLiteral("title"))->setFocus();
}

void MainWindow::offerRecovery()
{
    const std::optional<RecoveryStore::Entry> entry = m_recovery.find(m_post.path());
    if (!entry)
        return;
    if (entry->text == m_post.text()) {
        m_recovery.remove(m_post.path());
        return;
    }
    const auto answer = m_ask(tr("Recover unsaved changes?"),
                              tr("Postwright was closed with unsaved changes to \"%1\" (autosaved %2). Recover them?")
                                  .arg(QFileInfo(m_post.path()).fileName(), QLocale().toString(entry->savedAt, QLocale::ShortFormat)),
                              QMessageBox::Yes | QMessageBox::No);
    if (answer == QMessageBox::Yes)
        loadText(entry->text, true);
    else
        m_recovery.remove(m_post.path());
}

void MainWindow::autosave()
{
    if (!isModified())
        return;
    syncFromEditor();
    const QString key = m_post.path().isEmpty() ? m_untitledKey : m_post.path();
    if (const auto written = m_recovery.write(key, m_post.text()); !written)
        statusBar()->showMessage(tr("Autosave failed: %1").arg(written.error().toString()), 8000);
}

void MainWindow::open()
{
    if (!confirmDiscard())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a post"), QFileInfo(m_post.path()).path(),
                                                      tr("Markdown posts (*.md *.markdown);;All files (*)"));
    if (!path.isEmpty())
        openPost(path);
}

bool MainWindow::save()
{
    if (m_post.path().isEmpty())
        return saveAs();
    syncFromEditor();
    m_watcher->removePath(m_post.path());
    Result<Success> saved = m_post.save();
    if (!saved && saved.error().code == QLatin1String("read-only")) {
        // Only the user may overrule a read-only file; it stays read-only.
        const auto answer = m_ask(tr("The post is read-only"),
                                  tr("\"%1\" is read-only. Save it anyway? It stays read-only.\n\n%2")
                                      .arg(QFileInfo(m_post.path()).fileName(), saved.error().toString()),
                                  QMessageBox::Save | QMessageBox::Cancel);
        if (answer != QMessageBox::Save) {
            watch(m_post.path());
            return false;
        }
        SaveOptions anyway;
        anyway.replaceReadOnly = true;
        saved = m_post.save(m_post.path(), anyway);
    }
    watch(m_post.path());
    if (!saved) {
        m_ask(tr("Cannot save the post"), saved.error().toString(), QMessageBox::Ok);
        return false;
    }
    m_knownDiskBytes = m_post.toBytes();
    m_editor->document()->setModified(false);
    m_project->updateOpenPost(QFileInfo(m_post.path()).absoluteFilePath(), m_knownDiskBytes);
    m_project->refresh();
    m_recovery.remove(m_post.path());
    m_recovery.remove(m_untitledKey);
    statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(m_post.path()).fileName()), 3000);
    return true;
}

bool MainWindow::saveAs(const QString &path)
{
    QString target = path;
    if (target.isEmpty()) {
        const QString folder = m_post.path().isEmpty() ? m_project->siteRoot() : QFileInfo(m_post.path()).path();
        target = QFileDialog::getSaveFileName(this, tr("Save the post as"), folder,
                                              tr("Markdown posts (*.md *.markdown)"));
        if (target.isEmpty())
            return false;
    }
    if (!m_post.path().isEmpty())
        m_watcher->removePath(m_post.path());
    m_post.setPath(target);
    if (!save())
        return false;
    addRecent(QFileInfo(target).absoluteFilePath());
    openSiteOf(QFileInfo(target).absoluteFilePath());
    m_project->setCurrentPost(QFileInfo(target).absoluteFilePath());
    updateTitle();
    return true;
}

bool MainWindow::confirmDiscard()
{
    if (!isModified())
        return true;
    const auto answer = m_ask(tr("Unsaved changes"),
                              tr("\"%1\" has changes that are not saved. Save them?").arg(m_post.title()),
                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        m_recovery.remove(m_post.path().isEmpty() ? m_untitledKey : m_post.path());
        return true;
    }
    return false;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmDiscard()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/mainSplitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/middleSplitter"), m_middle->saveState());
    event->accept();
}

void MainWindow::scheduleSync()
{
    if (m_syncingToEditor)
        return;
    m_syncPending = true;
    m_syncTimer.start();
}

void MainWindow::syncFromEditor()
{
    if (!m_syncPending)
        return;
    m_syncPending = false;
    m_syncTimer.stop();
    m_post.setText(restoreLineEndings(m_post.text(), m_editor->toPlainText()));
    const FrontMatter &fm = m_post.frontMatter();
    m_form->setFrontMatter(fm);
    // A broken block is shown raw so it can be fixed; a good one hides unless asked for.
    const bool closed = fm.format() != FrontMatterFormat::None && fm.block.closed;
    m_editor->setFrontMatterLines(closed ? m_post.bodyFirstLine() - 1 : 0);
    m_editor->setFrontMatterVisible(m_rawFrontMatterAction->isChecked() || fm.error.has_value());
    m_snapshots->request(m_post.text(), m_post.path());
    // The post's row in the sidebar follows every edit, saved or not.
    if (!m_post.path().isEmpty())
        m_project->updateOpenPost(QFileInfo(m_post.path()).absoluteFilePath(), m_post.toBytes());
    updateTitle();
    updateStatus();
    updateSpellLanguage();
}

void MainWindow::updateSpellLanguage()
{
    const QString setting = m_settings.spellLanguage;
    if (setting == QLatin1String(AppSettings::spellOff)) {
        m_editor->setSpellLanguage({});
    } else {
        const QString fallback = setting == QLatin1String(AppSettings::spellFollow) ? spelling::systemSpellLanguage() : setting;
        m_editor->setSpellLanguage(spelling::resolveSpellLanguage(spelling::postLanguage(m_post.frontMatter()),
                                                                  m_siteLanguage, fallback));
    }
    m_spellLabel->setText(m_editor->spellStatusText());
}

int MainWindow::repairEncoding()
{
    syncFromEditor();
    const MojibakeRepair repair = repairPostMojibake(m_post);
    if (repair.repaired > 0) {
        m_editor->replaceTextMinimally(lf(repair.text));
        m_syncPending = true;
        syncFromEditor();
    }
    QString message = repair.repaired > 0 ? tr("Repaired %n garbled character(s).", nullptr, repair.repaired)
                                          : tr("No garbled characters to repair.");
    if (!repair.unrepairable.isEmpty())
        message += QLatin1Char(' ') + tr("%n could not be repaired exactly (a byte was lost); the doctor lists them.",
                                         nullptr, int(repair.unrepairable.size()));
    if (!repair.kept.isEmpty())
        message += QLatin1Char(' ') + tr("%n left as written (in code, or a BOM inside the text); the doctor lists them.", nullptr,
                                         int(repair.kept.size()));
    statusBar()->showMessage(message, 10000);
    return repair.repaired;
}

void MainWindow::setField(const QString &key, const Value &value)
{
    syncFromEditor();
    const Result<QString> written = setFrontMatterField(m_post.text(), key, value);
    if (!written) {
        statusBar()->showMessage(tr("Cannot set %1: %2").arg(key, written.error().message), 8000);
        m_form->setFrontMatter(m_post.frontMatter());
        return;
    }
    m_editor->replaceTextMinimally(lf(written.value()));
    m_post.setText(written.value());
    m_syncPending = true;
    syncFromEditor();
}

void MainWindow::removeField(const QString &key)
{
    syncFromEditor();
    const Result<QString> written = removeFrontMatterField(m_post.text(), key);
    if (!written) {
        statusBar()->showMessage(tr("Cannot remove %1: %2").arg(key, written.error().message), 8000);
        return;
    }
    m_editor->replaceTextMinimally(lf(written.value()));
    m_post.setText(written.value());
    m_syncPending = true;
    syncFromEditor();
}

void MainWindow::updateTitle()
{
    const QString file = m_post.path().isEmpty() ? tr("Untitled") : QFileInfo(m_post.path()).fileName();
    const QString title = m_post.title().isEmpty() ? file : m_post.title();
    setWindowTitle(QStringLiteral("%1 — %2[*] — Postwright").arg(title, file));
    setWindowModified(isModified());
}

void MainWindow::updateStatus()
{
    const TextStats post = textStats(m_post.body());
    QString words = tr("%n words", nullptr, post.words) + QStringLiteral(" · ") + tr("%n min read", nullptr, post.readingMinutes);
    const QTextCursor cursor = m_editor->textCursor();
    if (cursor.hasSelection()) {
        const TextStats selection = textStats(cursor.selectedText());
        words += QStringLiteral("   ") + tr("Selection: %n words", nullptr, selection.words) + QStringLiteral(" · ")
                 + tr("%n min", nullptr, selection.readingMinutes);
    }
    m_wordsLabel->setText(words);
    m_positionLabel->setText(tr("Line %1, Column %2").arg(cursor.blockNumber() + 1).arg(cursor.positionInBlock() + 1));
    m_encodingButton->setText(encodingName(m_post.encoding(), m_post.hasBom()));
    m_lineEndingButton->setText(lineEndingName(m_post.lineEnding()));
}

void MainWindow::setEncoding(Encoding encoding, bool bom)
{
    syncFromEditor();
    if (encoding == m_post.encoding() && bom == m_post.hasBom())
        return;
    m_post.setEncoding(encoding, bom);
    m_editor->document()->setModified(true);
    updateStatus();
}

void MainWindow::setLineEnding(LineEnding ending)
{
    syncFromEditor();
    if (ending == m_post.lineEnding())
        return;
    m_post.setLineEnding(ending);
    m_editor->document()->setModified(true);
    updateStatus();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("session/recent")).toStringList();
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
            QSettings().remove(QStringLiteral("session/recent"));
            updateRecentMenu();
        });
    }
}

void MainWindow::addRecent(const QString &path)
{
    QStringList recent = QSettings().value(QStringLiteral("session/recent")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    QSettings().setValue(QStringLiteral("session/recent"), recent.mid(0, maxRecent));
    updateRecentMenu();
}

void MainWindow::watch(const QString &path)
{
    if (!path.isEmpty() && QFileInfo::exists(path))
        m_watcher->addPath(path);
}

void MainWindow::checkExternalChange()
{
    const QString path = m_post.path();
    if (path.isEmpty())
        return;
    QFile file(path);
    const bool exists = file.open(QIODevice::ReadOnly);
    const QByteArray onDisk = exists ? file.readAll() : QByteArray();
    watch(path);   // a replaced file drops out of the watcher
    switch (classifyExternalChange(m_knownDiskBytes, exists, onDisk, isModified())) {
    case ExternalChange::Ignore:
        return;
    case ExternalChange::Deleted:
        m_editor->document()->setModified(true);
        statusBar()->showMessage(tr("%1 was deleted or moved on disk; saving writes it again.").arg(QFileInfo(path).fileName()));
        return;
    case ExternalChange::Reload: {
        const int line = m_editor->textCursor().blockNumber();
        const int scroll = m_editor->verticalScrollBar()->value();
        if (openPost(path)) {
            m_editor->goToLine(line);
            m_editor->verticalScrollBar()->setValue(scroll);
            statusBar()->showMessage(tr("Reloaded %1: it changed on disk.").arg(QFileInfo(path).fileName()), 5000);
        }
        return;
    }
    case ExternalChange::Ask:
        break;
    }
    for (;;) {
        const auto answer = m_ask(tr("The post changed on disk"),
                                  tr("\"%1\" was changed by another program, and you have unsaved changes here.")
                                      .arg(QFileInfo(path).fileName()),
                                  QMessageBox::Save | QMessageBox::Discard | QMessageBox::Apply);
        if (answer == QMessageBox::Apply) {
            compareWithDisk(onDisk);
            continue;
        }
        if (answer == QMessageBox::Discard) {
            openPost(path);
        } else {
            // Keep mine: the next save overwrites theirs, knowingly.
            m_knownDiskBytes = onDisk;
        }
        return;
    }
}

void MainWindow::compareWithDisk(const QByteArray &onDisk)
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Compare with the file on disk"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *split = new QSplitter(&dialog);
    const auto pane = [&](const QString &title, const QString &text) {
        auto *box = new QWidget(split);
        auto *v = new QVBoxLayout(box);
        v->addWidget(new QLabel(title, box));
        auto *view = new QPlainTextEdit(box);
        view->setReadOnly(true);
        view->setPlainText(text);
        view->setFont(m_editor->font());
        view->setAccessibleName(title);
        v->addWidget(view);
    };
    const Result<DecodedText> disk = decodeText(onDisk);
    pane(tr("Mine (unsaved)"), lf(m_post.text()));
    pane(tr("On disk"), disk ? lf(disk.value().text) : disk.error().toString());
    layout->addWidget(split);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(1000, 640);
    dialog.exec();
}

void MainWindow::goToLineDialog()
{
    bool ok = false;
    const int line = QInputDialog::getInt(this, tr("Go to Line"), tr("Line:"), m_editor->textCursor().blockNumber() + 1, 1,
                                          m_editor->blockCount(), 1, &ok);
    if (ok) {
        if (line < m_post.bodyFirstLine() && !m_rawFrontMatterAction->isChecked())
            m_rawFrontMatterAction->setChecked(true);
        m_editor->goToLine(line - 1);
    }
}

void MainWindow::insertLinkDialog(bool image)
{
    if (image) {
        const QString file = QFileDialog::getOpenFileName(this, tr("Insert an image"), QFileInfo(m_post.path()).path(),
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

void MainWindow::insertImage(const QString &file)
{
    if (m_post.path().isEmpty() && !saveAs())
        return;
    const Result<ImportedImage> imported = importImageFile(m_post.path(), file, imageFolder());
    if (!imported) {
        statusBar()->showMessage(imported.error().toString(), 8000);
        return;
    }
    m_editor->insertLink(QFileInfo(file).completeBaseName(), imported.value().markdownPath, true);
}

void MainWindow::pasteImage(const QImage &image)
{
    if (m_post.path().isEmpty() && !saveAs())
        return;
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    QString slug = m_post.frontMatter().string(QStringLiteral("slug"));
    if (slug.isEmpty())
        slug = QFileInfo(m_post.path()).completeBaseName();
    if (slug == QLatin1String("index"))
        slug = QFileInfo(m_post.path()).dir().dirName();
    const Result<ImportedImage> saved = saveImageBytes(m_post.path(), png, slug, QDateTime::currentDateTime(), imageFolder());
    if (!saved) {
        statusBar()->showMessage(saved.error().toString(), 8000);
        return;
    }
    m_editor->insertLink(tr("Pasted image"), saved.value().markdownPath, true);
}

} // namespace postwright
