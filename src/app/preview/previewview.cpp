// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "preview/previewview.h"

#include "settings/appsettings.h"
#include "export/exportsettings.h"
#include "export/hugoshortcodes.h"
#include "export/sitefiles.h"
#include "post/postpage.h"
#include "preview/previewbridge.h"
#include "preview/previewpage.h"
#include "site/sitelookup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimer>
#include <QWebChannel>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>

namespace postwright {
namespace {

// The page's own script and the channel run in an isolated world: a script
// in a post (which the CSP blocks anyway) could not reach the bridge.
constexpr quint32 scriptWorld = QWebEngineScript::ApplicationWorld;

QString readResource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QWebEngineScript makeScript(const QString &name, const QString &resource,
                            QWebEngineScript::InjectionPoint point)
{
    QWebEngineScript script;
    script.setName(name);
    script.setSourceCode(readResource(resource));
    script.setInjectionPoint(point);
    script.setWorldId(scriptWorld);
    script.setRunsOnSubFrames(false);
    return script;
}

// The page around the body, in its site's header and footer. KaTeX is
// always in the preview: math may be typed into a post that has none yet.
PageData previewHeader(const Post &post, const std::optional<PublishedSite> &site)
{
    PageData header = pageDataFor(post, RenderResult());
    header.math = true;
    if (site)
        site->addTo(header);
    return header;
}

// A Jekyll post's Liquid errors, shown above it: the text around them
// still renders, and the writer sees where to look.
QStringList liquidNotices(const PostSnapshot &snapshot)
{
    QStringList notices;
    QString root;
    for (const Finding &finding : snapshot.findings) {
        if (finding.code != QLatin1String("liquid"))
            continue;
        if (finding.path.isEmpty() || finding.path == snapshot.post.path()) {
            notices << PreviewView::tr("Line %1, column %2: %3").arg(finding.line).arg(finding.column).arg(finding.message);
            continue;
        }
        if (root.isEmpty())
            root = locateSite(snapshot.post.path()).rootOrFolder();
        notices << PreviewView::tr("%1, line %2, column %3: %4")
                       .arg(QDir(root).relativeFilePath(finding.path))
                       .arg(finding.line)
                       .arg(finding.column)
                       .arg(finding.message);
    }
    return notices;
}

bool sameHeader(const PageData &a, const PageData &b)
{
    return a.title == b.title && a.date == b.date && a.author == b.author && a.summary == b.summary
        && a.tags == b.tags && a.categories == b.categories && a.lang == b.lang;
}

QString between(const QString &text, QStringView open, QStringView close, bool inclusive)
{
    const qsizetype start = text.indexOf(open);
    if (start < 0)
        return {};
    const qsizetype end = text.indexOf(close, start + open.size());
    if (end < 0)
        return {};
    return inclusive ? text.mid(start, end + close.size() - start)
                     : text.mid(start + open.size(), end - start - open.size());
}

QUrl baseUrlFor(const Post &post)
{
    const QString folder = post.path().isEmpty() ? QDir::homePath()
                                                 : QFileInfo(post.path()).absolutePath();
    return QUrl::fromLocalFile(folder + QLatin1Char('/'));
}

} // namespace

PreviewView::PreviewView(QWidget *parent)
    : QWebEngineView(parent)
{
    // Off the record (no name): nothing of a post's page is kept on disk,
    // and the filter applies to the preview alone.
    m_profile = new QWebEngineProfile(this);
    m_filter = new PreviewRequestFilter(m_profile);
    m_filter->setRemoteContent(
        remoteContentFromSetting(AppSettings::remoteContentSetting()));
    m_profile->setUrlRequestInterceptor(m_filter);
    connect(m_filter, &PreviewRequestFilter::blocked, this, &PreviewView::requestBlocked);
    auto *page = new PreviewPage(m_profile, this);
    setPage(page);
    setContextMenuPolicy(Qt::NoContextMenu);
    setAccessibleName(tr("Preview"));

    m_bridge = new PreviewBridge(this);
    m_channel = new QWebChannel(this);
    // Property updates go out at once, not batched every 50 ms: the page
    // confirms each patch before it gets the next, so nothing piles up.
    m_channel->setPropertyUpdateInterval(-1);
    m_channel->registerObject(QStringLiteral("preview"), m_bridge);
    page->setWebChannel(m_channel, scriptWorld);
    // Injected rather than loaded with <script src="qrc:...">: the page's
    // origin is the post's folder, and its CSP allows no script at all.
    page->scripts().insert(makeScript(QStringLiteral("qwebchannel"), QStringLiteral(":/qtwebchannel/qwebchannel.js"),
                                      QWebEngineScript::DocumentCreation));
    page->scripts().insert(makeScript(QStringLiteral("preview"), QStringLiteral(":/preview/preview.js"),
                                      QWebEngineScript::DocumentReady));

    setSnapshotBuilder(new SnapshotBuilder(this));

    connect(m_bridge, &PreviewBridge::pageReady, this, &PreviewView::pageReady);
    connect(m_bridge, &PreviewBridge::patchApplied, this, &PreviewView::patchApplied);
    connect(m_bridge, &PreviewBridge::blockClicked, this, &PreviewView::lineClicked);
    connect(m_bridge, &PreviewBridge::topLineScrolled, this, &PreviewView::topLineChanged);
    connect(m_bridge, &PreviewBridge::taskToggled, this, &PreviewView::taskToggled);
    connect(page, &QWebEnginePage::renderProcessTerminated, this, [this] {
        // Load the page again on the next edit.
        m_baseUrl = QUrl();
        m_pageReady = false;
    });
}

PreviewView::~PreviewView()
{
    // The page goes first: a page outliving its view's internals (or its
    // profile) crashes.
    delete page();
    disconnect(m_snapshotConnection);
}

void PreviewView::setPost(const Post &post)
{
    m_post = post;
    // The edit first: a new site's settings then render it again, not the
    // post before it.
    m_snapshots->request(post.text(), post.path());
    const QUrl base = baseUrlFor(m_post);
    if (base != m_baseUrl)
        loadShell(base);
}

void PreviewView::setSnapshotBuilder(SnapshotBuilder *builder)
{
    if (builder == m_snapshots)
        return;
    disconnect(m_snapshotConnection);
    if (m_snapshots && m_snapshots->parent() == this)
        delete m_snapshots;
    m_snapshots = builder;
    m_snapshotConnection = connect(m_snapshots, &SnapshotBuilder::snapshotReady, this, &PreviewView::showSnapshot);
    m_latest = Rendered();
    applySiteSettings();
}

void PreviewView::setDarkTheme(bool dark)
{
    m_dark = dark;
    const QString source = QStringLiteral("document.documentElement.dataset.theme = '%1';")
                               .arg(dark ? QStringLiteral("dark") : QStringLiteral("light"));
    const QString name = QStringLiteral("postwright-theme");
    QWebEngineScriptCollection &scripts = page()->scripts();
    for (const QWebEngineScript &old : scripts.find(name))
        scripts.remove(old);
    QWebEngineScript script;
    script.setName(name);
    script.setInjectionPoint(QWebEngineScript::DocumentReady);
    script.setWorldId(QWebEngineScript::ApplicationWorld);
    script.setRunsOnSubFrames(false);
    script.setSourceCode(source);
    scripts.insert(script);
    page()->runJavaScript(source, QWebEngineScript::ApplicationWorld);
}

void PreviewView::setRemoteContentPolicy(RemoteContent policy)
{
    if (policy == m_filter->remoteContent())
        return;
    m_filter->setRemoteContent(policy);
    // What the page already loaded (or refused) follows the new policy.
    if (!m_baseUrl.isEmpty())
        loadShell(m_baseUrl);
}

RemoteContent PreviewView::remoteContentPolicy() const
{
    return m_filter->remoteContent();
}

void PreviewView::setLinkOpener(PreviewPage::LinkOpener opener)
{
    static_cast<PreviewPage *>(page())->setLinkOpener(std::move(opener));
}

void PreviewView::setSiteRoot(const QString &folder)
{
    m_siteRoot = folder;
    if (!m_baseUrl.isEmpty())
        loadShell(m_baseUrl);
}

void PreviewView::setPublishedSite(const std::optional<PublishedSite> &site)
{
    const auto fingerprint = [](const std::optional<PublishedSite> &s) {
        return s ? s->chrome.fingerprint() + s->taxonomies.fingerprint() + s->baseUrl.toUtf8() + s->config.root.toUtf8()
                 : QByteArray();
    };
    const bool changed = fingerprint(site) != fingerprint(m_published);
    m_published = site;
    if (changed && !m_baseUrl.isEmpty())
        loadShell(m_baseUrl);
}

void PreviewView::scrollToLine(int line)
{
    m_scrollLine = line;
    if (m_pageReady)
        m_bridge->requestScroll(line);
}

void PreviewView::setDebounceInterval(int ms)
{
    m_snapshots->setDebounceInterval(ms);
}

int PreviewView::debounceInterval() const
{
    return m_snapshots->debounceInterval();
}

bool PreviewView::isUpToDate() const
{
    return m_pageReady && m_waitingSeq == 0 && m_shown.serial == m_snapshots->serial() && m_shown.complete;
}

void PreviewView::showSnapshot(const SnapshotPtr &snapshot)
{
    // The builder may be the window's, fed by the window.
    if (snapshot->post.path() != m_post.path() || snapshot->complete)
        m_post = snapshot->post;
    const QUrl base = baseUrlFor(m_post);
    if (base != m_baseUrl)
        loadShell(base);

    Rendered rendered;
    rendered.serial = snapshot->serial;
    rendered.revision = ++m_revision;
    rendered.complete = snapshot->complete;
    rendered.blocks = snapshot->blocks;
    rendered.lineCount = snapshot->lineCount;
    rendered.firstLine = snapshot->post.bodyFirstLine();
    if (snapshot->complete || m_latest.serial == 0) {
        rendered.header = previewHeader(snapshot->post, m_published);
        rendered.notices = liquidNotices(*snapshot);
    } else {
        rendered.header = m_latest.header;
        rendered.notices = m_latest.notices;
    }
    if (snapshot->complete && rendered.serial == m_latest.serial && !m_latest.complete) {
        if (rendered.blocks.html() == m_latest.blocks.html()) {
            // The quick snapshot was right: nothing to send.
            m_latest.complete = true;
            if (m_shown.revision == m_latest.revision)
                m_shown.complete = true;
        } else {
            ++m_corrections;
            m_latest = std::move(rendered);
        }
    } else {
        m_latest = std::move(rendered);
    }
    sendPatch();
    if (isUpToDate() && m_waitingSeq == 0 && m_shown.revision == m_latest.revision)
        emit pageUpdated();
}

void PreviewView::loadShell(const QUrl &baseUrl)
{
    m_baseUrl = baseUrl;
    m_pageReady = false;
    m_waitingSeq = 0;
    m_shown = Rendered();
    m_shownAsBlocks = false;
    // The template with the post's header and an empty body (setHtml takes
    // at most 2 MB); the body comes over the channel.
    m_shown.header = previewHeader(m_post, m_published);
    // Script in a post never runs (the template's Content-Security-Policy);
    // ours runs in its own world.
    const QString html = m_template.render(m_shown.header);
    QString root = m_siteRoot;
    if (root.isEmpty() && !m_post.path().isEmpty())
        root = locateSite(m_post.path()).rootOrFolder();
    // The site's configuration, read once for the request filter and the shortcodes.
    std::optional<SiteConfig> config;
    if (!root.isEmpty()) {
        if (Result<SiteConfig> detected = detectSite(root))
            config = std::move(detected).value();
    }
    std::optional<SiteFiles> site;
    if (config) {
        const Result<SiteFiles> files = readSiteFiles(*config);
        site = files ? files.value() : defaultSiteFiles(*config);
    }
    m_filter->setSite(site, m_post.path());
    readSite(config);
    static_cast<PreviewPage *>(page())->expectLoad();
    setHtml(html, baseUrl);
}

void PreviewView::readSite(const std::optional<SiteConfig> &config)
{
    const SiteShortcodes before = m_site;
    m_site = SiteShortcodes();
    m_site.embedsBlocked = m_filter->remoteContent() == RemoteContent::BlockAll;
    m_site.hugo = config && config->kind == SiteKind::Hugo;
    if (m_site.hugo) {
        if (const Result<ExportSettings> settings = readExportSettings(*config))
            m_site.params = settings.value().hugoParams;
    }
    // The body rendered for the old site (or setting) is rendered again.
    if (before.hugo != m_site.hugo || before.params != m_site.params || before.embedsBlocked != m_site.embedsBlocked)
        applySiteSettings();
}

void PreviewView::applySiteSettings()
{
    SnapshotSettings settings = m_snapshots->settings();
    settings.hugo = m_site.hugo;
    settings.hugoParams = m_site.params;
    settings.embedsBlocked = m_site.embedsBlocked;
    m_snapshots->setSettings(settings);
}

void PreviewView::pageReady()
{
    m_pageReady = true;
    m_waitingSeq = 0;
    const PageData header = m_shown.header;
    m_shown = Rendered();
    m_shown.header = header;
    m_shownAsBlocks = false;
    m_replayScroll = true;
    sendPatch();
}

void PreviewView::sendPatch()
{
    if (!m_pageReady || m_waitingSeq != 0 || m_latest.serial == 0 || m_latest.revision == m_shown.revision)
        return;

    QJsonObject patch;
    patch.insert(QStringLiteral("seq"), ++m_seq);
    const BodyBlocks &blocks = m_latest.blocks;
    bool asBlocks = true;
    if (m_shown.serial == 0 || !m_shownAsBlocks) {
        QJsonArray all;
        for (qsizetype i = 0; i < blocks.count() && asBlocks; ++i) {
            asBlocks = isSelfContainedHtml(blocks.block(i));
            all.append(blocks.block(i).toString());
        }
        if (asBlocks) {
            patch.insert(QStringLiteral("start"), 0);
            patch.insert(QStringLiteral("removed"), -1);
            patch.insert(QStringLiteral("blocks"), all);
        }
    } else {
        const BlockPatch diff = diffBlocks(m_shown.blocks, blocks, m_latest.firstLine - m_shown.firstLine,
                                           m_latest.lineCount - m_shown.lineCount);
        asBlocks = std::all_of(diff.inserted.begin(), diff.inserted.end(),
                               [](const QString &block) { return isSelfContainedHtml(block); });
        if (asBlocks) {
            patch.insert(QStringLiteral("start"), qint64(diff.start));
            patch.insert(QStringLiteral("removed"), qint64(diff.removed));
            patch.insert(QStringLiteral("blocks"), QJsonArray::fromStringList(diff.inserted));
            patch.insert(QStringLiteral("headShift"), diff.headShift);
            patch.insert(QStringLiteral("tailShift"), diff.tailShift);
        }
    }
    // Raw HTML that opens in one block and closes in another: the body is
    // only right as a whole.
    if (!asBlocks)
        patch.insert(QStringLiteral("html"), blocks.html());

    if (!sameHeader(m_shown.header, m_latest.header)) {
        const QString page = m_template.render(m_latest.header);
        patch.insert(QStringLiteral("header"), between(page, u"<header id=\"pw-header\"", u"</header>", true));
        patch.insert(QStringLiteral("title"), between(page, u"<title>", u"</title>", false));
        patch.insert(QStringLiteral("lang"), m_latest.header.lang.isEmpty() ? QStringLiteral("en")
                                                                           : m_latest.header.lang);
    }

    // A new page (loadShell) shows none.
    if (m_shown.notices != m_latest.notices)
        patch.insert(QStringLiteral("notices"), QJsonArray::fromStringList(m_latest.notices));

    m_shown = m_latest;
    m_shownAsBlocks = asBlocks;
    m_waitingSeq = m_seq;
    m_bridge->setPatch(patch);
}

void PreviewView::patchApplied(int seq, bool ok)
{
    if (seq != m_waitingSeq)
        return;
    m_waitingSeq = 0;
    if (!ok) {
        // The page could not patch its blocks: send the whole body again.
        m_shown.serial = 0;
        m_shown.revision = 0;
        m_shownAsBlocks = false;
    } else if (m_replayScroll) {
        m_replayScroll = false;
        if (m_scrollLine > 0)
            m_bridge->requestScroll(m_scrollLine);
    }
    sendPatch();
    // The page shows the last edit (a quick snapshot, or the full one).
    if (m_waitingSeq == 0 && m_shown.serial == m_snapshots->serial())
        emit pageUpdated();
}

} // namespace postwright
