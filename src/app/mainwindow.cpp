// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "editor/findbar.h"
#include "editor/focusmode.h"
#include "editor/postlinkcompleter.h"
#include "editor/postlinker.h"
#include "editor/tabletoolbar.h"
#include "editor/markdowneditor.h"
#include "editor/markdownhighlighter.h"
#include "form/frontmatterform.h"
#include "insights/insightspanel.h"
#include "preview/previewview.h"
#include "sitepreview/previewpane.h"
#include "snapshot/snapshotbuilder.h"
#include "project/projectpanel.h"
#include "settings/icontheme.h"
#include "settings/theme.h"
#include "site/sitelanguage.h"
#include "site/sitelookup.h"
#include "spelling/spelllanguage.h"

#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTextBlock>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace postwright {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new PostSession(this))
{
    setAsker({});
    // Before the first icon: QIcon::fromTheme keeps the engine it starts with.
    icons::matchWindowTheme(theme::isDark(AppSettings::load().uiTheme), theme::isSystemDark());
    createWidgets();
    createActions();
    restoreLayout();
    connectSession();
    applySettings(AppSettings::load());
    newPost();
}

MainWindow::~MainWindow()
{
    // The editor shows the session's document: the panes go first.
    delete takeCentralWidget();
}

void MainWindow::setAsker(Asker asker)
{
    if (!asker) {
        asker = [this](const QString &title, const QString &text, QMessageBox::StandardButtons buttons) {
            QMessageBox box(QMessageBox::Question, title, text, buttons, this);
            // Plain words for the outside-change question.
            if (buttons.testFlag(QMessageBox::Apply)) {
                box.button(QMessageBox::Save)->setText(tr("Keep mine"));
                box.button(QMessageBox::Discard)->setText(tr("Load theirs"));
                box.button(QMessageBox::Apply)->setText(tr("Compare…"));
            }
            return QMessageBox::StandardButton(box.exec());
        };
    }
    m_session->setAsker(std::move(asker));
}

void MainWindow::createWidgets()
{
    // The order of creation is the Tab order: sidebar, form, editor (and its
    // find bar), preview, writing tools. (QWidget::setTabOrder would move
    // only a container, not its fields.)
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    createProjectPanel();

    m_center = new QStackedWidget(m_splitter);
    m_middle = new QSplitter(Qt::Vertical, m_center);
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
    m_editor->showDocument(m_session->document());
    m_findBar = new FindBar(m_editor, editorArea);
    m_findBar->hide();
    editorLayout->addWidget(m_editor, 1);
    editorLayout->addWidget(new TableToolBar(m_editor, editorArea));
    editorLayout->addWidget(m_findBar);
    m_postLinker = new PostLinker(m_project->session(), [this] { return m_session->path(); }, this);
    connect(new PostLinkCompleter(m_editor, m_postLinker, this), &PostLinkCompleter::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    m_middle->addWidget(m_formArea);
    m_middle->addWidget(editorArea);
    m_middle->setStretchFactor(1, 3);
    m_center->addWidget(m_middle);
    createDashboard();

    m_preview = new PreviewView(m_splitter);
    m_previewPane = new PreviewPane(m_preview, m_splitter);
    m_splitter->addWidget(m_project);
    m_splitter->addWidget(m_center);
    m_splitter->addWidget(m_previewPane);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 3);
    setCentralWidget(m_splitter);
    createStatusBar();
    createWritingTools();
    connectEditor();
}

void MainWindow::connectSession()
{
    connect(m_session, &PostSession::edited, this, &MainWindow::showEdit);
    connect(m_session, &PostSession::loaded, this, &MainWindow::showLoaded);
    connect(m_session, &PostSession::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_session, &PostSession::encodingChanged, this, &MainWindow::updateStatus);
    connect(m_session, &PostSession::message, this, [this](const QString &text, int timeout) { statusBar()->showMessage(text, timeout); });
    connect(m_session, &PostSession::compareRequested, this, &MainWindow::compareWithDisk);
    connect(m_session, &PostSession::pathChanged, this, [this](const QString &path) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        addRecent(absolute);
        AppSettings::setLastPost(absolute);
        m_form->setPostPath(absolute);
        m_form->setSiteConfig(m_session->site());
        openSiteOf(absolute);
        m_project->setCurrentPost(absolute);
        updateTitle();
    });
    connect(m_session, &PostSession::saved, this, [this](const QString &path) {
        m_project->updateOpenPost(QFileInfo(path).absoluteFilePath(), m_session->lastEdit());
        m_project->refresh();
    });
}

void MainWindow::restoreLayout()
{
    resize(1360, 860);
    restoreGeometry(AppSettings::windowLayout(QStringLiteral("geometry")));
    restoreState(AppSettings::windowLayout(QStringLiteral("state")));
    if (!m_splitter->restoreState(AppSettings::windowLayout(QStringLiteral("mainSplitter"))))
        m_splitter->setSizes({360, 540, 460});
    if (!m_middle->restoreState(AppSettings::windowLayout(QStringLiteral("middleSplitter"))))
        m_middle->setSizes({260, 600});
}

void MainWindow::showEdit(PostSession::Origin origin)
{
    const Post &post = m_session->lastEdit();
    const FrontMatter &fm = post.frontMatter();
    // The form is not told of its own edit: what the user typed stays as typed.
    if (origin == PostSession::Origin::Form)
        m_form->acceptOwnEdit(fm);
    else if (origin == PostSession::Origin::Load)
        m_form->showLoaded(fm);
    else
        m_form->setFrontMatter(fm);
    // A broken block is shown raw so it can be fixed; a good one hides unless asked for.
    const bool closed = fm.format() != FrontMatterFormat::None && fm.block.closed;
    m_editor->setFrontMatterLines(closed ? post.bodyFirstLine() - 1 : 0);
    m_editor->setFrontMatterVisible(m_rawFrontMatterAction->isChecked() || fm.error.has_value());
    // One snapshot of the edit (one parse, one render, off the GUI thread)
    // for the preview and the writing tools. Asked through the preview (it
    // shares the builder): a post in a new folder starts loading its page
    // now, while the snapshot is made, not after it.
    m_preview->setPost(post);
    m_previewPane->setPost(post);
    // The post's row in the sidebar follows every edit, saved or not.
    if (!post.path().isEmpty())
        m_project->updateOpenPost(QFileInfo(post.path()).absoluteFilePath(), post);
    updateTitle();
    updateStatus();
    updateSpellLanguage();
}

void MainWindow::showLoaded()
{
    m_form->setPostPath(m_session->post().path());
    m_form->setSiteConfig(m_session->site());
    const QTextBlock first = m_editor->document()->findBlockByNumber(m_session->lastEdit().bodyFirstLine() - 1);
    if (first.isValid() && !m_rawFrontMatterAction->isChecked())
        m_editor->setTextCursor(QTextCursor(first));
}

void MainWindow::applySettings(const AppSettings &settings)
{
    m_settings = settings;
    m_darkUi = theme::applyUiTheme(settings.uiTheme);
    icons::matchWindowTheme(m_darkUi, theme::isSystemDark());
    if (auto *toolBar = findChild<QToolBar *>(QStringLiteral("mainToolBar")))
        toolBar->setToolButtonStyle(settings.toolButtonStyle);
    m_editor->highlighter()->setDarkTheme(m_darkUi);
    m_editor->setEditorFont(settings.editorFont);
    m_focus->applySettings(settings);
    setAutosaveInterval(settings.autosaveSeconds * 1000);
    updateSpellLanguage();
    m_previewPane->setRemoteContentPolicy(settings.blockRemoteContent ? RemoteContent::BlockAll : RemoteContent::LoadImages);
    m_previewPane->setHugoBinary(settings.hugoBinary);
    // "Follow the system" follows the window, which follows the system
    // unless it is set to light or dark.
    m_preview->setDarkTheme(settings.previewTheme == ThemeChoice::System ? m_darkUi : settings.previewTheme == ThemeChoice::Dark);
}

QString MainWindow::previewTheme() const
{
    return m_preview->isDarkTheme() ? QStringLiteral("dark") : QStringLiteral("light");
}

bool MainWindow::openPath(const QString &path, OpenedBy by)
{
    const QFileInfo info(path);
    if (!info.isDir())
        return openPost(path, by);
    // A folder is a site (or a folder inside one): the project's start page,
    // its dashboard, shows once it is indexed; no post is chosen for the user.
    const QString root = locateSite(info.absoluteFilePath()).rootOrFolder();
    const bool sameSite = QDir(root) == QDir(m_project->siteRoot()) && m_project->hasIndex();
    openSite(root);
    m_startPageWhenIndexed = true;
    if (sameSite)
        showStartPage();
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

void MainWindow::showStartPage()
{
    m_startPageWhenIndexed = false;
    if (m_project->index().posts().isEmpty())
        statusBar()->showMessage(tr("No posts in %1").arg(QDir::toNativeSeparators(m_project->siteRoot())), 5000);
    // Unsaved work stays in view.
    if (!isModified())
        showDashboard(true);
}

void MainWindow::followMovedPost(const QString &from, const QString &to)
{
    if (!m_session->isOpen(from))
        return;
    m_session->followMove(to);
    // A published Jekyll draft: the file is the same, its place says published.
    m_project->updateOpenPost(m_session->path(), m_session->lastEdit());
}

void MainWindow::dropRemovedPost(const QString &path)
{
    if (!m_session->isOpen(path))
        return;
    newPost();
    // No post is open: the site's start page.
    showDashboard(true);
}

bool MainWindow::openPost(const QString &path, OpenedBy by)
{
    if (!m_session->open(path))
        return false;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (by == OpenedBy::User)
        addRecent(absolute);
    AppSettings::setLastPost(absolute);
    openSiteOf(absolute);
    m_project->setCurrentPost(absolute);
    m_project->updateOpenPost(absolute, m_session->post());
    return true;
}

void MainWindow::newPost()
{
    m_session->drop();
    m_project->setCurrentPost({});
    m_editor->moveCursor(QTextCursor::End);
    m_form->editorFor(QStringLiteral("title"))->setFocus();
}

bool MainWindow::save()
{
    return m_session->isUntitled() ? saveAs() : m_session->save();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmDiscard()) {
        event->ignore();
        return;
    }
    AppSettings::setWindowLayout(QStringLiteral("geometry"), saveGeometry());
    AppSettings::setWindowLayout(QStringLiteral("state"), saveState());
    AppSettings::setWindowLayout(QStringLiteral("mainSplitter"), m_splitter->saveState());
    AppSettings::setWindowLayout(QStringLiteral("middleSplitter"), m_middle->saveState());
    event->accept();
}

void MainWindow::updateSpellLanguage()
{
    const QString setting = m_settings.spellLanguage;
    if (setting == QLatin1String(AppSettings::spellOff)) {
        m_editor->setSpellLanguage({});
    } else {
        const QString fallback = setting == QLatin1String(AppSettings::spellFollow) ? spelling::systemSpellLanguage() : setting;
        m_editor->setSpellLanguage(spelling::resolveSpellLanguage(spelling::postLanguage(m_session->lastEdit().frontMatter()),
                                                                  m_siteLanguage, fallback));
    }
    m_spellLabel->setText(m_editor->spellStatusText());
}

void MainWindow::setField(const QString &key, const Value &value)
{
    if (const auto set = m_session->setField(key, value); !set) {
        statusBar()->showMessage(tr("Cannot set %1: %2").arg(key, set.error().message), 8000);
        m_form->setFrontMatter(m_session->post().frontMatter());
    }
}

void MainWindow::removeField(const QString &key)
{
    if (const auto removed = m_session->removeField(key); !removed)
        statusBar()->showMessage(tr("Cannot remove %1: %2").arg(key, removed.error().message), 8000);
}

void MainWindow::updateTitle()
{
    const Post &post = m_session->lastEdit();
    const QString file = post.path().isEmpty() ? tr("Untitled") : QFileInfo(post.path()).fileName();
    // A post with no title of its own is named once, by its file.
    if (post.title().isEmpty() || post.title() == file)
        setWindowTitle(QStringLiteral("%1[*] — Postwright").arg(file));
    else
        setWindowTitle(QStringLiteral("%1 — %2[*] — Postwright").arg(post.title(), file));
    setWindowModified(isModified());
}

} // namespace postwright
