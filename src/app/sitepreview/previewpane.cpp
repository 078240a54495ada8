// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitepreview/previewpane.h"

#include "export/exportsettings.h"
#include "preview/previewview.h"
#include "settings/appsettings.h"
#include "site/siteconfig.h"
#include "sitepreview/previewgenerator.h"
#include "sitepreview/scrollanchor.h"
#include "sitepreview/sitepreviewview.h"
#include "sitepreview/siteserver.h"

#include <QAction>
#include <QActionGroup>
#include <QDesktopServices>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace postwright {
namespace {

constexpr char siteModeKey[] = "site";
constexpr char postwrightModeKey[] = "postwright";

} // namespace

PreviewPane::PreviewPane(PreviewView *preview, QWidget *parent)
    : QWidget(parent)
    , m_preview(preview)
{
    setObjectName(QStringLiteral("previewPane"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    createBar();
    layout->addWidget(m_bar);
    m_stack = new QStackedWidget(this);
    m_preview->setParent(m_stack);
    m_stack->addWidget(m_preview);
    m_siteView = new SitePreviewView(m_stack);
    m_stack->addWidget(m_siteView);
    layout->addWidget(m_stack, 1);
    setFocusProxy(m_preview);

    m_server = new SiteServer(this);
    connect(m_server, &SiteServer::started, this, &PreviewPane::serverStarted);
    connect(m_server, &SiteServer::failed, this, &PreviewPane::serverFailed);
    connect(m_server, &SiteServer::buildFailed, this, &PreviewPane::buildFailed);
    connect(m_server, &SiteServer::rebuilt, this, [this] {
        if (m_showingError)
            hideMessage();
        showPostPage(false);
    });
    connect(m_server, &SiteServer::restarted, this, [this](const QString &reason) {
        showMessage(tr("%1; it was started again.").arg(reason), false);
    });
    connectSitePage();

    m_modes = new QActionGroup(this);
    m_postwrightAction = new QAction(tr("Postwri&ght Preview"), m_modes);
    m_postwrightAction->setIconText(tr("Postwright"));
    m_postwrightAction->setIcon(QIcon::fromTheme(QStringLiteral("view-preview")));
    m_postwrightAction->setToolTip(tr("Preview in Postwright's own page, instantly"));
    m_siteThemeAction = new QAction(tr("Site T&heme Preview"), m_modes);
    m_siteThemeAction->setIconText(tr("Site theme"));
    m_siteThemeAction->setIcon(QIcon::fromTheme(QStringLiteral("globe")));
    m_siteThemeAction->setToolTip(tr("Preview as the site's generator renders it, with its theme"));
    for (QAction *action : {m_postwrightAction, m_siteThemeAction})
        action->setCheckable(true);
    m_postwrightAction->setChecked(true);
    connect(m_postwrightAction, &QAction::triggered, this, [this] { chooseMode(Mode::Postwright); });
    connect(m_siteThemeAction, &QAction::triggered, this, [this] { chooseMode(Mode::SiteTheme); });
    m_siteHomeAction = new QAction(tr("Site Ho&me in Preview"), this);
    m_siteHomeAction->setToolTip(tr("Show the site's home page in the Site theme preview; its links lead through the site"));
    connect(m_siteHomeAction, &QAction::triggered, this, [this] {
        if (m_mode != Mode::SiteTheme)
            chooseMode(Mode::SiteTheme);
        if (m_server->state() == SiteServer::State::Running)
            m_siteView->showPage(m_server->serverUrl());
    });
    updateActions();
}

// The site view's page: patches applied, and a page of the generator shown.
void PreviewPane::connectSitePage()
{
    connect(m_siteView, &SitePreviewView::patchApplied, this, [this](int seq, bool ok) {
        const SnapshotPtr snapshot = m_patches.take(seq);
        if (seq <= m_pageSeq)
            return;
        if (ok && snapshot) {
            m_shownBlocks = snapshot->blocks;
            m_shownText = snapshot->text;
            patchToLatest();
        } else {
            // The page is as it was; what it shows is no longer known for certain.
            m_shownBlocks.reset();
            m_shownText.clear();
        }
    });
    connect(m_siteView, &SitePreviewView::pageUpdated, this, [this] {
        // The generator's page: it shows the text of its last build.
        m_pageSeq = m_patchSeq;
        m_patches.clear();
        m_shownBlocks = blocksOfText(m_server->builtText());
        m_shownText = m_server->builtText();
        patchToLatest();
        // A new post's page opens where the editor is.
        if (m_siteView->pageUrl() != m_shownPostUrl) {
            m_shownPostUrl = m_siteView->pageUrl();
            if (m_scrollLine > 0)
                scrollToLine(m_scrollLine);
        }
    });
}

PreviewPane::~PreviewPane()
{
    // The site view outlives this object's members (Qt deletes children
    // after them) and its page still reports scripts that finish while it
    // goes: nothing of it may reach the pane any more.
    disconnect(m_siteView, nullptr, this, nullptr);
    disconnect(m_preview, nullptr, this, nullptr);
    disconnect(m_snapshotConnection);
    disconnect(m_server, nullptr, this, nullptr);
    // hugo stops with the window.
    m_server->stop();
}

void PreviewPane::createBar()
{
    m_bar = new QWidget(this);
    m_bar->setObjectName(QStringLiteral("sitePreviewBar"));
    m_bar->setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(m_bar);
    layout->setContentsMargins(6, 4, 6, 4);
    m_barText = new QLabel(m_bar);
    m_barText->setWordWrap(true);
    m_barText->setAccessibleName(tr("Preview message"));
    m_barText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_barText, 1);
    m_logButton = new QToolButton(m_bar);
    m_logButton->setText(tr("Open Log"));
    m_logButton->setToolTip(tr("Open the site generator's output in a text editor"));
    connect(m_logButton, &QToolButton::clicked, this, [this] {
        if (!m_server->logFile().isEmpty())
            QDesktopServices::openUrl(QUrl::fromLocalFile(m_server->logFile()));
    });
    layout->addWidget(m_logButton);
    auto *close = new QToolButton(m_bar);
    close->setText(QStringLiteral("×"));
    close->setAccessibleName(tr("Close the message"));
    connect(close, &QToolButton::clicked, this, &PreviewPane::hideMessage);
    layout->addWidget(close);
    m_bar->hide();
}

void PreviewPane::setSite(const QString &root)
{
    const QString clean = root.isEmpty() ? QString() : QDir::cleanPath(root);
    if (clean == m_root)
        return;
    m_server->stop();
    m_siteView->setServer(QUrl());
    m_shownPostUrl = QUrl();
    hideMessage();
    m_root = clean;
    m_siteKind = SiteKind::Plain;
    if (!m_root.isEmpty()) {
        if (const Result<SiteConfig> config = detectSite(m_root))
            m_siteKind = config.value().kind;
    }
    m_siteCapable = m_siteKind == SiteKind::Hugo || m_siteKind == SiteKind::Jekyll;
    updateActions();
    setMode(defaultMode());
}

PreviewPane::Mode PreviewPane::defaultMode() const
{
    if (!m_siteCapable)
        return Mode::Postwright;
    const QString chosen = AppSettings::sitePreviewMode(m_root);
    if (chosen == QLatin1String(postwrightModeKey))
        return Mode::Postwright;
    if (chosen == QLatin1String(siteModeKey))
        return Mode::SiteTheme;
    // Unchosen: Site theme when the site has a look of its own and its generator is there.
    const Result<SiteConfig> config = detectSite(m_root);
    if (!config || !siteHasOwnLook(config.value()))
        return Mode::Postwright;
    return generatorFound(config.value().kind, m_hugoBinary) ? Mode::SiteTheme : Mode::Postwright;
}

void PreviewPane::chooseMode(Mode mode)
{
    if (!m_root.isEmpty())
        AppSettings::setSitePreviewMode(m_root, QLatin1String(mode == Mode::SiteTheme ? siteModeKey : postwrightModeKey));
    setMode(mode);
}

void PreviewPane::setMode(Mode mode)
{
    if (mode == Mode::SiteTheme && !m_siteCapable) {
        showMessage(m_root.isEmpty() ? tr("Site theme needs a site: open the post's site folder.")
                                     : tr("Site theme works with Hugo and Jekyll sites; this site is previewed in Postwright's page."),
                    false);
        mode = Mode::Postwright;
    }
    const bool changed = mode != m_mode;
    m_mode = mode;
    m_stack->setCurrentWidget(mode == Mode::SiteTheme ? static_cast<QWidget *>(m_siteView) : m_preview);
    setFocusProxy(m_stack->currentWidget());
    if (mode == Mode::SiteTheme) {
        if (m_server->state() == SiteServer::State::Stopped || m_server->siteRoot() != m_root)
            startServer();
    } else {
        m_server->stop();
        m_siteView->setServer(QUrl());
        m_shownPostUrl = QUrl();
        if (m_showingError)
            hideMessage();
    }
    updateActions();
    // Starting the generator may have failed and gone back to Postwright already.
    if (changed && m_mode == mode)
        emit modeChanged(mode);
}

void PreviewPane::startServer()
{
    hideMessage();
    m_server->setHugoBinary(m_hugoBinary);
    if (!m_post.path().isEmpty())
        m_server->setPost(m_post.path(), m_post.text());
    showMessage(m_siteKind == SiteKind::Jekyll ? tr("Starting jekyll…") : tr("Starting hugo…"), false);
    m_server->start(m_root);
}

void PreviewPane::serverStarted()
{
    hideMessage();
    m_siteView->setServer(m_server->serverUrl());
    if (!m_server->postProblem().isEmpty())
        showMessage(m_server->postProblem(), false);
    showPostPage(true);
}

void PreviewPane::serverFailed(const QString &message)
{
    // Back to Postwright's preview (not remembered: Site theme comes back
    // when the site or hugo is fixed).
    const bool wasSite = m_mode == Mode::SiteTheme;
    setMode(Mode::Postwright);
    if (wasSite)
        showMessage(tr("Site theme preview is off: %1").arg(message), true);
}

void PreviewPane::buildFailed(const Error &error)
{
    Error shown = error;
    if (!shown.path.isEmpty() && !m_root.isEmpty() && shown.path.startsWith(m_root + QLatin1Char('/')))
        shown.path = QDir(m_root).relativeFilePath(shown.path);
    showMessage(tr("%1: %2 (the page shows the last good build)").arg(m_server->generatorName(), shown.toString()), true);
}

void PreviewPane::showPostPage(bool force)
{
    if (m_mode != Mode::SiteTheme || m_server->state() != SiteServer::State::Running)
        return;
    const QUrl url = m_server->postUrl();
    const QUrl shown = m_siteView->url();
    // The user went to another page of the site: that page follows the build.
    if (!force && shown.host() == url.host() && shown.port() == url.port() && shown.path() != url.path()
        && m_siteView->pageUrl() == url) {
        m_siteView->refresh();
        return;
    }
    m_siteView->showPage(url.isEmpty() ? m_server->serverUrl() : url);
}

void PreviewPane::setPost(const Post &post)
{
    const bool newPost = post.path() != m_post.path();
    m_post = post;
    followSnapshots();
    if (newPost) {
        m_recent.clear();
        m_shownBlocks.reset();
        m_shownText.clear();
    }
    if (m_mode != Mode::SiteTheme)
        return;
    m_server->setPost(post.path(), post.text());
    if (newPost) {
        if (!m_server->postProblem().isEmpty())
            showMessage(m_server->postProblem(), false);
        else if (!m_showingError)
            hideMessage();
        // The saved page at once; the edited one follows hugo's rebuild.
        showPostPage(true);
    }
}

void PreviewPane::scrollToLine(int line)
{
    m_scrollLine = line;
    if (m_mode != Mode::SiteTheme)
        return;
    const ScrollAnchor anchor = scrollAnchorAt(m_post.text(), line);
    m_siteView->scrollToText(anchor.heading, anchor.block);
}

void PreviewPane::setHugoBinary(const QString &chosen)
{
    if (chosen == m_hugoBinary)
        return;
    m_hugoBinary = chosen;
    if (m_mode == Mode::SiteTheme)
        startServer();
}

void PreviewPane::setRemoteContentPolicy(RemoteContent policy)
{
    m_preview->setRemoteContentPolicy(policy);
    m_siteView->setRemoteContentPolicy(policy);
}

void PreviewPane::followSnapshots()
{
    SnapshotBuilder *builder = m_preview->snapshotBuilder();
    if (builder == m_snapshots)
        return;
    disconnect(m_snapshotConnection);
    m_snapshots = builder;
    if (builder)
        m_snapshotConnection = connect(builder, &SnapshotBuilder::snapshotReady, this, &PreviewPane::snapshotReady);
}

void PreviewPane::snapshotReady(const SnapshotPtr &snapshot)
{
    // Kept in either mode: the page of Site theme shows a text edited before.
    if (snapshot->post.path() != m_post.path())
        return;
    m_recent.append(snapshot);
    // Enough to find the one the generator built while more were typed.
    constexpr qsizetype kept = 24;
    if (m_recent.size() > kept)
        m_recent.remove(0, m_recent.size() - kept);
    if (!m_shownBlocks && !m_shownText.isEmpty() && snapshot->text == m_shownText)
        m_shownBlocks = snapshot->blocks;
    if (snapshot->text == m_post.text())
        patchToLatest();
}

std::optional<BodyBlocks> PreviewPane::blocksOfText(const QString &text) const
{
    for (auto it = m_recent.crbegin(); it != m_recent.crend(); ++it) {
        if ((*it)->text == text)
            return (*it)->blocks;
    }
    return std::nullopt;
}

// The page shows m_shownBlocks; the latest snapshot has other blocks: put
// them in while the generator builds (its page replaces them when it is done).
void PreviewPane::patchToLatest()
{
    if (m_mode != Mode::SiteTheme || !m_shownBlocks || m_recent.isEmpty() || !m_patches.isEmpty())
        return;
    const SnapshotPtr latest = m_recent.last();
    if (latest->text != m_post.text() || latest->text == m_shownText)
        return;
    const std::optional<ThemeBodyPatch> patch = themeBodyPatch(*m_shownBlocks, latest->blocks);
    if (!patch) {
        m_shownText = latest->text;
        return;
    }
    m_patches.insert(++m_patchSeq, latest);
    m_siteView->patchBody(*patch, m_patchSeq);
}

QWidget *PreviewPane::currentView() const
{
    return m_stack->currentWidget();
}

QString PreviewPane::message() const
{
    return m_bar->isVisible() || !m_bar->isHidden() ? m_barText->text() : QString();
}

void PreviewPane::showMessage(const QString &text, bool error)
{
    m_showingError = error;
    m_barText->setText(text);
    QPalette palette = m_bar->palette();
    palette.setColor(QPalette::Window, error ? QColor(0xf8, 0xd7, 0xda) : palette.color(QPalette::AlternateBase));
    palette.setColor(QPalette::WindowText, error ? QColor(0x58, 0x15, 0x1c) : palette.color(QPalette::Text));
    m_bar->setPalette(palette);
    m_logButton->setVisible(!m_server->logFile().isEmpty());
    m_bar->setAccessibleName(error ? tr("Preview error") : tr("Preview notice"));
    m_bar->show();
}

void PreviewPane::hideMessage()
{
    m_showingError = false;
    m_barText->clear();
    m_bar->hide();
}

void PreviewPane::updateActions()
{
    m_siteThemeAction->setEnabled(m_siteCapable);
    m_siteThemeAction->setChecked(m_mode == Mode::SiteTheme);
    m_siteHomeAction->setEnabled(m_siteCapable);
    m_postwrightAction->setChecked(m_mode == Mode::Postwright);
}

} // namespace postwright
