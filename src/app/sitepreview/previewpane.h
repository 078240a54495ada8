// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "post/post.h"
#include "snapshot/snapshotbuilder.h"
#include "site/siteconfig.h"
#include "preview/previewrequestfilter.h"
#include "text/error.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QAction;
class QActionGroup;
class QLabel;
class QStackedWidget;
class QToolButton;

namespace postwright {

class PreviewView;
class SitePreviewView;
class SiteServer;

// The preview pane: Postwright's own preview (PreviewView) or the post in
// the site's own theme (SitePreviewView over a SiteServer), one at a time,
// with a bar above them for the generator's errors and why Site theme is
// off. The two modes are actions for the View menu and the toolbar. Site
// theme is the default for a Hugo or Jekyll site with its own layouts or
// theme once its generator is found; the user's choice is remembered per site.
class PreviewPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewPane)

public:
    enum class Mode { Postwright, SiteTheme };

    // Holds preview (its parent becomes this pane).
    explicit PreviewPane(PreviewView *preview, QWidget *parent = nullptr);
    ~PreviewPane() override;

    PreviewView *postwrightView() const { return m_preview; }
    SitePreviewView *siteView() const { return m_siteView; }
    SiteServer *server() const { return m_server; }
    // The preview of the mode shown.
    QWidget *currentView() const;
    QAction *postwrightAction() const { return m_postwrightAction; }
    QAction *siteThemeAction() const { return m_siteThemeAction; }
    // Opens the site's home page in Site theme (to click around the site).
    QAction *siteHomeAction() const { return m_siteHomeAction; }

    // The open site (its root folder); empty: none.
    void setSite(const QString &root);
    // The post as edited (each edit).
    void setPost(const Post &post);
    // Scrolls Site theme to this 1-based line of the post (the editor's top line).
    void scrollToLine(int line);
    void setHugoBinary(const QString &chosen);
    void setRemoteContentPolicy(RemoteContent policy);

    Mode mode() const { return m_mode; }
    // The user's choice: remembered for the site.
    void chooseMode(Mode mode);
    // The bar's text; empty when it is hidden.
    QString message() const;

signals:
    void modeChanged(Mode mode);

private:
    void createBar();
    void connectSitePage();
    void setMode(Mode mode);
    Mode defaultMode() const;
    void startServer();
    void serverStarted();
    void serverFailed(const QString &message);
    void buildFailed(const Error &error);
    // Loads the post's page (force), or refreshes the page of the site shown.
    void showPostPage(bool force);
    void showMessage(const QString &text, bool error);
    void hideMessage();
    void updateActions();
    // The edit's blocks into the page shown while the generator rebuilds.
    void followSnapshots();
    void snapshotReady(const SnapshotPtr &snapshot);
    void patchToLatest();
    std::optional<BodyBlocks> blocksOfText(const QString &text) const;

    PreviewView *m_preview = nullptr;
    SitePreviewView *m_siteView = nullptr;
    SiteServer *m_server = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_bar = nullptr;
    QLabel *m_barText = nullptr;
    QToolButton *m_logButton = nullptr;
    QActionGroup *m_modes = nullptr;
    QAction *m_postwrightAction = nullptr;
    QAction *m_siteThemeAction = nullptr;
    QAction *m_siteHomeAction = nullptr;

    Mode m_mode = Mode::Postwright;
    QString m_root;
    bool m_siteCapable = false;   // a Hugo or Jekyll site
    SiteKind m_siteKind = SiteKind::Plain;
    QString m_hugoBinary;
    Post m_post;
    QUrl m_shownPostUrl;          // the post page loaded last
    int m_scrollLine = 0;
    bool m_showingError = false;
    // The snapshots of the last edits (the page shows one of them), the
    // blocks the page's body shows now (unknown: no patching until the
    // generator's next page), and the patches sent.
    QMetaObject::Connection m_snapshotConnection;
    SnapshotBuilder *m_snapshots = nullptr;
    QList<SnapshotPtr> m_recent;
    std::optional<BodyBlocks> m_shownBlocks;
    QString m_shownText;
    int m_patchSeq = 0;
    int m_pageSeq = 0;          // patches up to this one went before the page was replaced
    QHash<int, SnapshotPtr> m_patches;
};

} // namespace postwright
