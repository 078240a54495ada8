// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/postsession.h"
#include "documentsupport/textstats.h"
#include "settings/appsettings.h"

#include <QMainWindow>
#include <QMessageBox>

#include <functional>
#include <optional>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class QToolBar;
class QToolButton;

namespace postwright {

class DashboardView;
class FindBar;
class PostLinker;
class FocusMode;
class FrontMatterForm;
class InsightsPanel;
class SnapshotBuilder;
class MarkdownEditor;
class PreviewView;
class PreviewPane;
class ProjectPanel;

// The editor window: the site's dashboard in the sidebar, front-matter form
// above the Markdown editor, and the live preview, in splitters. The open
// post is the PostSession's (the editor shows its document); the window
// builds the panes and connects them to it.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // A question the window asks (recover? reload? save?): returns the button
    // chosen. Tests replace it to answer without a dialog.
    using Asker = PostSession::Asker;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a post, with its site in the sidebar; or a site folder: its
    // posts in the sidebar and, once indexed, its newest post. On failure
    // shows why and keeps what is open.
    // Who opened a post: only the user's choices go into Open Recent.
    enum class OpenedBy { User, App };
    bool openPath(const QString &path, OpenedBy by = OpenedBy::User);
    // Shows the site at root in the sidebar (indexed in the background).
    void openSite(const QString &root);
    bool openPost(const QString &path, OpenedBy by = OpenedBy::User);
    void newPost();
    bool save();
    bool saveAs(const QString &path = {});

    void setAsker(Asker asker);
    void setRecoveryFolder(const QString &folder) { m_session->setRecoveryFolder(folder); }
    void setAutosaveInterval(int milliseconds) { m_session->setAutosaveInterval(milliseconds); }
    // Writes the recovery file now (what the autosave timer does).
    void autosave() { m_session->autosave(); }
    int autosaveInterval() const { return m_session->autosaveInterval(); }

    // Uses the preferences at once: editor font, themes, autosave, spelling,
    // remote content, image folder.
    void applySettings(const AppSettings &settings);
    const AppSettings &settings() const { return m_settings; }
    bool isDarkUi() const { return m_darkUi; }
    // "light" or "dark": what the preview page is told.
    QString previewTheme() const;
    // Where a pasted or dropped image goes for the open post (per the setting).
    QString imageFolder() const;
    // Opens the settings dialog (modeless; one at a time).
    void showSettings();

    PostSession *session() const { return m_session; }
    const Post &post() { return m_session->post(); }
    MarkdownEditor *editor() const { return m_editor; }
    FrontMatterForm *form() const { return m_form; }
    PreviewView *preview() const { return m_preview; }
    // The preview and its Site theme mode (issue 15).
    PreviewPane *previewPane() const { return m_previewPane; }
    ProjectPanel *projectPanel() const { return m_project; }
    FindBar *findBar() const { return m_findBar; }
    // View → Focus (F11): only the editor, full screen.
    FocusMode *focusMode() const { return m_focus; }
    bool isModified() const { return m_session->isModified(); }

    // Carries out a form edit through the session (public for tests).
    void setField(const QString &key, const Value &value);
    void removeField(const QString &key);
    // Reacts to the file changing on disk (the watcher calls it; public for tests).
    void checkExternalChange() { m_session->checkExternalChange(); }
    // Repairs garbled text (UTF-8 once read as Windows-1252) as one undo step;
    // returns how many runs were repaired.
    int repairEncoding();
    InsightsPanel *insights() const { return m_insights; }
    SnapshotBuilder *snapshots() const { return m_snapshots; }
    // The site's start page (View → Dashboard), in place of the editor and
    // the preview; shown when no post is open, left when one opens.
    DashboardView *dashboard() const { return m_dashboard; }
    bool isDashboardShown() const;
    void showDashboard(bool on);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // mainwindow.cpp: the window, the session, opening and saving.
    void createWidgets();
    void connectSession();
    void restoreLayout();
    // Hands the post, as edited, to every pane but the one that made the edit.
    void showEdit(PostSession::Origin origin);
    void showLoaded();
    void updateSpellLanguage();
    void updateTitle();
    void updateStatus();
    // The words and reading time of the post (from its latest snapshot) and
    // of the selection.
    void updateWords();
    void showStartPage();
    // Opens the site of the post at postPath (absolute) unless the open one holds it.
    void openSiteOf(const QString &postPath);
    void followMovedPost(const QString &from, const QString &to);
    void dropRemovedPost(const QString &path);
    bool confirmDiscard() { return m_session->confirmDiscard(); }

    // mainwindowpanes.cpp: the sidebar, status bar and writing tools.
    void createProjectPanel();
    void createStatusBar();
    void createWritingTools();
    void connectEditor();

    // mainwindowdashboard.cpp: the dashboard and what its entries do.
    void createDashboard();
    void filterPosts(const std::function<void()> &filter);

    // mainwindowactions.cpp: menus, toolbar and the dialogs they open.
    void createActions();
    void createFileMenu(QToolBar *toolBar);
    void createEditMenu();
    void createFormatMenu(QToolBar *toolBar);
    void createViewMenu(QToolBar *toolBar);
    void installGitActions(QToolBar *toolBar);
    void createHelpMenu();
    QAction *addViewToggle(QMenu *menu, const QString &text, QWidget *widget, const QString &key, const QKeySequence &shortcut);
    void createEncodingMenus();
    // Moves the focus to the next (or previous) visible pane: sidebar, form,
    // editor, preview, writing tools.
    void focusPane(int step);
    void open();
    void updateRecentMenu();
    void addRecent(const QString &path);
    void insertLinkDialog(bool image);
    void insertTableDialog();
    void insertImage(const QString &file);
    void pasteImage(const QImage &image);
    // The image dialog for a dropped, chosen or pasted image (file empty), then the import.
    void insertImageBytes(const QByteArray &bytes, const QString &file);
    void goToLineDialog();
    void compareWithDisk(const QString &mine, const QString &onDisk);

    PostSession *m_session = nullptr;
    bool m_scrollSyncing = false;

    QSplitter *m_splitter = nullptr;
    QSplitter *m_middle = nullptr;
    QStackedWidget *m_center = nullptr;        // the form and editor, or the dashboard
    DashboardView *m_dashboard = nullptr;
    QAction *m_dashboardAction = nullptr;
    QAction *m_sidebarAction = nullptr;
    QAction *m_previewAction = nullptr;
    bool m_toolsHiddenByDashboard = false;
    // The menu and toolbar commands that act on the editor (disabled while
    // the dashboard stands in its place).
    QActionGroup *m_editorActions = nullptr;
    ProjectPanel *m_project = nullptr;
    bool m_startPageWhenIndexed = false;
    QWidget *m_formArea = nullptr;
    FrontMatterForm *m_form = nullptr;
    MarkdownEditor *m_editor = nullptr;
    FindBar *m_findBar = nullptr;
    PostLinker *m_postLinker = nullptr;   // links to the site's posts (editor/postlinker.h)
    FocusMode *m_focus = nullptr;
    PreviewView *m_preview = nullptr;
    PreviewPane *m_previewPane = nullptr;
    QLabel *m_wordsLabel = nullptr;
    TextStats m_postStats;                      // of the latest full snapshot
    std::optional<TextStats> m_selectionStats;  // of the editor's selection
    QLabel *m_positionLabel = nullptr;
    QToolButton *m_encodingButton = nullptr;
    QToolButton *m_lineEndingButton = nullptr;
    QLabel *m_spellLabel = nullptr;
    QString m_siteLanguage;
    QDockWidget *m_toolsDock = nullptr;
    InsightsPanel *m_insights = nullptr;
    SnapshotBuilder *m_snapshots = nullptr;
    QString m_mojibakeNoticeFor;   // the post whose garbled text was pointed out
    QMenu *m_recentMenu = nullptr;
    QAction *m_rawFrontMatterAction = nullptr;
    AppSettings m_settings;
    bool m_darkUi = false;
};

} // namespace postwright
