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
#include <QFutureWatcher>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimer>
#include <QWebChannel>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>
#include <QtConcurrent>

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

// The page around the body. KaTeX is always in the preview: math may be
// typed into a post that has none yet.
PageData previewHeader(const Post &post)
{
    PageData header = pageDataFor(post, RenderResult());
    header.math = true;
    return header;
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

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(20);
    connect(m_debounce, &QTimer::timeout, this, &PreviewView::renderNow);
    m_watcher = new QFutureWatcher<Rendered>(this);
    connect(m_watcher, &QFutureWatcher<Rendered>::finished, this, &PreviewView::renderFinished);

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
    // A running render only holds its own copy of the post.
    m_watcher->disconnect(this);
}

void PreviewView::setPost(const Post &post)
{
    m_post = post;
    ++m_serial;
    const QUrl base = baseUrlFor(m_post);
    if (base != m_baseUrl)
        loadShell(base);
    if (m_debounce->interval() == 0)
        renderNow();
    else
        m_debounce->start();
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

void PreviewView::scrollToLine(int line)
{
    m_scrollLine = line;
    if (m_pageReady)
        m_bridge->requestScroll(line);
}

void PreviewView::setDebounceInterval(int ms)
{
    m_debounce->setInterval(std::max(ms, 0));
}

int PreviewView::debounceInterval() const
{
    return m_debounce->interval();
}

bool PreviewView::isUpToDate() const
{
    return m_pageReady && m_waitingSeq == 0 && m_shown.serial == m_serial && m_shown.complete;
}

PreviewView::Rendered PreviewView::renderBody(const Post &post, quint64 serial, const SiteShortcodes &site)
{
    Rendered rendered;
    rendered.serial = serial;
    rendered.complete = true;
    rendered.text = post.text();
    RenderOptions options;
    if (site.hugo)
        options.shortcodes = previewShortcodeOptions(post.frontMatter(), site.params, site.embedsBlocked);
    RenderResult result = renderPost(post, options);
    rendered.blocks = BodyBlocks(std::move(result.html));
    rendered.header = previewHeader(post);
    rendered.lineCount = int(rendered.text.count(QLatin1Char('\n'))) + 1;
    rendered.firstLine = post.bodyFirstLine();
    // "[label]: url" and "[^note]: text" make a block depend on the rest.
    static const QRegularExpression definition(QStringLiteral("^ {0,3}\\[[^\\]\\n]+\\]:"),
                                               QRegularExpression::MultilineOption);
    rendered.hasDefinitions = definition.match(post.body()).hasMatch();
    return rendered;
}

void PreviewView::renderNow()
{
    m_debounce->stop();
    if (renderQuickly())
        sendPatch();
    // The full render also checks the quick one.
    startFullRender();
}

void PreviewView::startFullRender()
{
    // Coalesce: one render at a time, and one more when it ends.
    if (m_watcher->isRunning()) {
        m_renderDue = true;
        return;
    }
    m_renderDue = false;
    m_watcher->setFuture(QtConcurrent::run(&PreviewView::renderBody, m_post, m_serial, m_site));
}

bool PreviewView::renderQuickly()
{
    // Most keystrokes change one paragraph: render the blocks around the
    // edit alone and splice them into the last render, rather than wait
    // for the whole post (40 ms and more for 1 MB). Anything that could
    // reach beyond those blocks takes the full render only.
    const Rendered &base = m_latest;
    const QString &before = base.text;
    const QString &after = m_post.text();
    if (base.serial == 0 || base.hasDefinitions || base.blocks.count() == 0
        || m_post.bodyFirstLine() != base.firstLine || m_post.lineEnding() == LineEnding::CR)
        return false;

    // The edit: [prefix, size - suffix) of each text. The suffix first, so
    // that an ambiguous edit (a line break typed before a blank line) counts
    // as made as early as it can be: at the end of the line above, not at
    // the start of the block below.
    const qsizetype shorter = std::min(before.size(), after.size());
    constexpr qsizetype step = 4096;   // memcmp speed for the unchanged parts
    qsizetype suffix = 0;
    while (suffix + step <= shorter
           && QStringView(before).sliced(before.size() - suffix - step, step)
                  == QStringView(after).sliced(after.size() - suffix - step, step))
        suffix += step;
    while (suffix < shorter && before[before.size() - 1 - suffix] == after[after.size() - 1 - suffix])
        ++suffix;
    qsizetype prefix = 0;
    while (prefix + step <= shorter - suffix
           && QStringView(before).sliced(prefix, step) == QStringView(after).sliced(prefix, step))
        prefix += step;
    while (prefix < shorter - suffix && before[prefix] == after[prefix])
        ++prefix;
    if (before.size() == after.size() && suffix == before.size())
        return false;   // no change
    if (prefix < m_post.frontMatter().block.bodyStart)
        return false;   // the front matter changed

    const QStringView oldEdit = QStringView(before).sliced(prefix, before.size() - suffix - prefix);
    const QStringView newEdit = QStringView(after).sliced(prefix, after.size() - suffix - prefix);
    // Lines of the file, 1-based; the edit starts on the same line in both.
    // Counting from the front is cheaper with a line of the last render
    // nearby, but a count of a megabyte takes well under a millisecond.
    const int editLine = int(QStringView(after).first(prefix).count(u'\n')) + 1;
    const int oldEditEnd = editLine + int(oldEdit.count(u'\n'));
    const int lineShift = int(newEdit.count(u'\n') - oldEdit.count(u'\n'));

    // The blocks the edit touched, and one more on each side: an edit can
    // join a paragraph to the next one or turn the one above into a heading.
    const BodyBlocks &blocks = base.blocks;
    const auto lastStartingBy = [&blocks](int line) {
        qsizetype found = -1;
        for (qsizetype lo = 0, hi = blocks.count() - 1; lo <= hi;) {
            const qsizetype mid = (lo + hi) / 2;
            if (blocks.startLine(mid) > 0 && blocks.startLine(mid) <= line) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    };
    // A heading, code block, rule or table beside them cannot be changed
    // by the edit (touching it would make it one of the edited blocks).
    const auto standsAlone = [&blocks](qsizetype i) {
        static const QRegularExpression closed(QStringLiteral("^<(h[1-6]|pre|hr|table)[ >]"));
        return closed.match(blocks.block(i)).hasMatch();
    };
    qsizetype first = std::max<qsizetype>(lastStartingBy(editLine), 0);
    qsizetype last = std::max<qsizetype>(lastStartingBy(oldEditEnd), 0);
    if (first > 0 && !standsAlone(first - 1))
        --first;
    if (last + 1 < blocks.count() && !standsAlone(last + 1))
        ++last;
    for (qsizetype i = first; i <= last + 1 && i < blocks.count(); ++i) {
        if (blocks.startLine(i) == 0)
            return false;   // raw HTML or footnotes
    }
    const int sliceFirstLine = first == 0 ? base.firstLine : blocks.startLine(first);
    const bool toEnd = last + 1 >= blocks.count();
    const int sliceEndLine = toEnd ? 0 : blocks.startLine(last + 1) + lineShift;   // first line after

    // The slice of the new text, by lines.
    qsizetype sliceStart = prefix;
    for (int line = editLine; line >= sliceFirstLine && sliceStart > 0;) {
        const qsizetype newline = after.lastIndexOf(u'\n', sliceStart - 1);
        if (line == sliceFirstLine || newline < 0) {
            sliceStart = newline + 1;
            break;
        }
        sliceStart = newline;
        --line;
    }
    qsizetype sliceEnd = after.size();
    if (!toEnd) {
        const int editEndLine = editLine + int(newEdit.count(u'\n'));
        qsizetype at = after.size() - suffix;
        for (int line = editEndLine; line < sliceEndLine; ++line) {
            at = after.indexOf(u'\n', at);
            if (at < 0)
                return false;
            ++at;
        }
        sliceEnd = at;
    }
    if (sliceStart > prefix || sliceEnd < after.size() - suffix)
        return false;
    // A big slice (another post, a paste) is the full render's job.
    if (sliceEnd - sliceStart > 64 * 1024)
        return false;
    const QStringView slice = QStringView(after).sliced(sliceStart, sliceEnd - sliceStart);
    // Blocks that reach past the slice or whose output depends on others:
    // fences and raw HTML (may run on), headings (ids are unique in the
    // page), definitions and footnotes.
    for (QStringView line : slice.tokenize(u'\n')) {
        const QStringView t = line.trimmed();
        if (t.startsWith(u"```") || t.startsWith(u"~~~") || t.startsWith(u'<') || t.startsWith(u'#')
            || t.startsWith(u"===") || t.startsWith(u"---") || t.contains(u"[^") || t.contains(u"]:"))
            return false;
        // A shortcode may pair with one outside the slice.
        if (m_site.hugo && t.contains(u"{{"))
            return false;
    }

    RenderOptions options;
    options.firstLine = sliceFirstLine;
    const BodyBlocks replacement(postwright::render(slice.toString(), options).html);
    for (qsizetype i = 0; i < replacement.count(); ++i) {
        if (replacement.startLine(i) == 0)
            return false;
    }

    Rendered quick;
    quick.serial = m_serial;
    quick.revision = ++m_revision;
    quick.text = after;
    quick.blocks = BodyBlocks::spliced(blocks, first, last - first + 1, replacement, lineShift);
    quick.lineCount = base.lineCount + lineShift;
    quick.firstLine = base.firstLine;
    quick.header = base.header;
    m_latest = std::move(quick);
    return true;
}

void PreviewView::renderFinished()
{
    Rendered rendered = m_watcher->result();
    if (rendered.serial == m_latest.serial && !m_latest.complete) {
        if (rendered.blocks.html() == m_latest.blocks.html()) {
            // The quick render was right: nothing to send.
            m_latest.complete = true;
            if (m_shown.revision == m_latest.revision)
                m_shown.complete = true;
        } else {
            ++m_corrections;
            rendered.revision = ++m_revision;
            m_latest = std::move(rendered);
        }
    } else if (rendered.serial > m_latest.serial) {
        rendered.revision = ++m_revision;
        m_latest = std::move(rendered);
    }
    if (m_renderDue)
        startFullRender();
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
    m_shown.header = previewHeader(m_post);
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
    if (before.hugo != m_site.hugo || before.params != m_site.params || before.embedsBlocked != m_site.embedsBlocked) {
        m_latest = Rendered();
        if (m_serial != 0)
            startFullRender();
    }
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
    // The page shows the last edit (a quick render, or the full one).
    if (m_waitingSeq == 0 && m_shown.serial == m_serial)
        emit pageUpdated();
}

} // namespace postwright
