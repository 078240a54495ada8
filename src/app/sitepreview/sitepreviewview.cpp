// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitepreview/sitepreviewview.h"

#include "settings/appsettings.h"
#include "sitepreview/sitepreviewpage.h"

#include <QChildEvent>
#include <QDesktopServices>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QWebEngineProfile>
#include <QWebEngineScript>

namespace postwright {
namespace {

// Our scripts run in their own world: the site's scripts see none of it.
constexpr quint32 scriptWorld = QWebEngineScript::ApplicationWorld;

QString jsString(const QString &text)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

// Fetches the page again and swaps in its body (and its head when its
// stylesheets changed), then puts the scroll position back; the console
// message tells the view it is done (or failed: the view loads the page).
const char refreshScript[] = R"JS(
(function (token, seq) {
  const y = window.scrollY, x = window.scrollX;
  const styles = d => Array.from(d.querySelectorAll('link[rel~="stylesheet"], style')).map(e => e.outerHTML).join('\n');
  fetch(location.href, {cache: 'no-store', credentials: 'same-origin'})
    .then(r => { if (!r.ok) throw new Error('status ' + r.status); return r.text(); })
    .then(html => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      document.title = doc.title;
      if (styles(doc) !== styles(document))
        document.head.replaceWith(document.adoptNode(doc.head));
      document.body.replaceWith(document.adoptNode(doc.body));
      window.scrollTo(x, y);
      console.log(token + ' refreshed ' + seq);
    })
    .catch(e => console.log(token + ' failed ' + seq + ' ' + e));
})(%1, %2);
)JS";

const char scrollScript[] = R"JS(
(function (heading, block) {
  const norm = s => s.replace(/\s+/g, ' ').trim().toLowerCase();
  const root = document.querySelector('article, main, [role="main"]') || document.body;
  if (block) {
    const b = norm(block);
    for (const el of root.querySelectorAll('p, li, h1, h2, h3, h4, h5, h6, blockquote, pre, td, th, dt, dd, figcaption')) {
      if (norm(el.textContent).includes(b)) { el.scrollIntoView({block: 'start'}); return; }
    }
  }
  if (heading) {
    const h = norm(heading);
    for (const el of root.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
      if (norm(el.textContent) === h) { el.scrollIntoView({block: 'start'}); return; }
    }
  }
  if (!heading && !block) window.scrollTo(0, 0);
})(%1, %2);
)JS";

// Puts the edited blocks into the page while the generator rebuilds: finds
// the unchanged blocks around the edit by their text (outermost elements
// with exactly that text, siblings of each other), checks that what lies
// between them reads as the blocks the edit replaced, and swaps that for
// the new blocks. Anything it cannot place for certain is left alone ("fail").
const char patchScript[] = R"JS(
(function (token, seq, before, removed, after, inserted) {
  const norm = s => s.replace(/[\u2018\u2019\u201c\u201d'"\u2013\u2014\u2026.-]/g, '').replace(/\s+/g, ' ').trim();
  const fragment = html => { const t = document.createElement('template'); t.innerHTML = html; return t.content; };
  const textOf = list => norm(list.map(h => fragment(h).textContent).join(' '));
  const done = ok => console.log(token + ' patched ' + seq + ' ' + (ok ? 'ok' : 'fail'));
  const root = document.body;
  const cache = new Map();
  const elText = e => { let t = cache.get(e); if (t === undefined) { t = norm(e.textContent); cache.set(e, t); } return t; };
  const all = Array.from(root.querySelectorAll('*'));
  const outermost = t => all.filter(e => elText(e) === t && !(e.parentElement && e.parentElement !== root && elText(e.parentElement) === t));
  const between = (a, b) => { const out = []; for (let n = a ? a.nextSibling : b.parentNode.firstChild; n && n !== b; n = n.nextSibling) out.push(n); return out; };
  const nodesText = nodes => norm(nodes.map(n => n.textContent).join(' '));
  let bi = -1, bc = [];
  for (let i = before.length - 1; i >= 0 && bi < 0; --i) { const t = textOf([before[i]]); if (t) { const c = outermost(t); if (c.length) { bi = i; bc = c; } } }
  let ai = -1, ac = [];
  for (let i = 0; i < after.length && ai < 0; ++i) { const t = textOf([after[i]]); if (t) { const c = outermost(t); if (c.length) { ai = i; ac = c; } } }
  const oldHtml = (bi >= 0 ? before.slice(bi + 1) : before).concat(removed, ai >= 0 ? after.slice(0, ai) : after);
  const newHtml = (bi >= 0 ? before.slice(bi + 1) : before).concat(inserted, ai >= 0 ? after.slice(0, ai) : after);
  const expected = textOf(oldHtml);
  let range = null, anchorAfter = null, anchorBefore = null;
  // The element siblings outward of an anchor read as the outer context
  // blocks (as far as both go): tells repeated texts apart.
  const sibling = (e, forward) => { do { e = forward ? e.nextElementSibling : e.previousElementSibling; } while (e && !elText(e)); return e; };
  const outerAgrees = (e, blocks, forward) => {
    for (const h of blocks) { const t = textOf([h]); if (!t) continue; e = sibling(e, forward); if (!e) return true; if (elText(e) !== t) return false; }
    return true;
  };
  const outerBefore = bi >= 0 ? before.slice(0, bi).reverse() : [], outerAfter = ai >= 0 ? after.slice(ai + 1) : [];
  // Every place that fits; more than one, of which the outer context picks
  // none or several: nothing is placed for certain.
  const places = [];
  if (bi >= 0 && ai >= 0) {
    for (const b of bc) for (const a of ac) {
      if (a.parentNode !== b.parentNode || !(b.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
      const nodes = between(b, a);
      if (nodesText(nodes) === expected) places.push({nodes, b, a});
    }
  } else if (bi >= 0 || ai >= 0) {
    for (const anchor of (bi >= 0 ? bc : ac)) {
      const nodes = [];
      for (let n = bi >= 0 ? anchor.nextSibling : anchor.previousSibling; ; n = bi >= 0 ? n.nextSibling : n.previousSibling) {
        if (nodesText(nodes) === expected && (!n || n.nodeType !== Node.TEXT_NODE || n.textContent.trim())) {
          places.push(bi >= 0 ? {nodes, b: anchor, a: null} : {nodes, b: null, a: anchor});
          break;
        }
        if (!n) break;
        if (bi >= 0) nodes.push(n); else nodes.unshift(n);
      }
    }
  }
  const fitting = places.length > 1 ? places.filter(p => (!p.b || outerAgrees(p.b, outerBefore, false)) && (!p.a || outerAgrees(p.a, outerAfter, true))) : places;
  if (fitting.length !== 1) { done(false); return; }
  range = fitting[0].nodes;
  if (fitting[0].a) anchorAfter = fitting[0].a; else anchorBefore = fitting[0].b;
  const parent = (anchorAfter || anchorBefore).parentNode;
  const next = anchorAfter || (range.length ? range[range.length - 1].nextSibling : anchorBefore.nextSibling);
  for (const n of range) n.remove();
  parent.insertBefore(fragment(newHtml.join('\n')), next);
  done(true);
})(%1, %2, %3, %4, %5, %6);
)JS";

QString jsArray(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

} // namespace

SitePreviewView::SitePreviewView(QWidget *parent)
    : QWebEngineView(parent)
{
    // Off the record: nothing of the site's pages is kept on disk, and the
    // filter applies to this view alone.
    m_profile = new QWebEngineProfile(this);
    m_profile->setHttpCacheType(QWebEngineProfile::NoCache);
    m_filter = new PreviewRequestFilter(m_profile);
    m_filter->setRemoteContent(remoteContentFromSetting(AppSettings::remoteContentSetting()));
    m_profile->setUrlRequestInterceptor(m_filter);
    connect(m_filter, &PreviewRequestFilter::blocked, this, &SitePreviewView::requestBlocked);
    m_page = new SitePreviewPage(m_profile, this);
    m_page->setToken(QStringLiteral("postwright-%1").arg(QRandomGenerator::system()->generate64(), 0, 16));
    m_openLink = [](const QUrl &url) { QDesktopServices::openUrl(url); };
    m_page->setLinkOpener([this](const QUrl &url) { openLink(url); });
    setPage(m_page);
    setContextMenuPolicy(Qt::NoContextMenu);
    setAccessibleName(tr("Preview in the site's theme"));
    connect(m_page, &SitePreviewPage::scriptMessage, this, &SitePreviewView::scriptMessage);
    connect(m_page, &QWebEnginePage::loadStarted, this, [this] { m_loading = true; });
    connect(m_page, &QWebEnginePage::loadFinished, this, [this](bool) {
        m_loading = false;
        m_refreshing = 0;
        m_refreshAgain = false;
        emit pageUpdated();
    });
}

SitePreviewView::~SitePreviewView()
{
    // The page goes before its profile.
    delete m_page;
}

void SitePreviewView::setServer(const QUrl &serverUrl)
{
    m_filter->setServerOrigin(serverUrl);
    m_page->setOrigin(serverUrl.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment));
    if (serverUrl.isEmpty()) {
        m_pageUrl = QUrl();
        setHtml(QString());
    }
}

void SitePreviewView::showPage(const QUrl &url)
{
    if (url.isEmpty())
        return;
    if (url == m_pageUrl && url.matches(m_page->url(), QUrl::StripTrailingSlash) && !m_loading) {
        refresh();
        return;
    }
    load(url);
}

void SitePreviewView::load(const QUrl &url)
{
    m_pageUrl = url;
    m_refreshing = 0;
    m_refreshAgain = false;
    m_loading = true;
    QWebEngineView::load(url);
}

void SitePreviewView::refresh()
{
    if (m_loading)
        return;
    // One refresh at a time; a build during one refreshes once more after it.
    if (m_refreshing != 0) {
        m_refreshAgain = true;
        return;
    }
    m_refreshing = ++m_refreshSeq;
    m_page->runJavaScript(QString::fromLatin1(refreshScript).arg(jsString(m_page->token()), QString::number(m_refreshing)),
                          scriptWorld);
}

void SitePreviewView::patchBody(const ThemeBodyPatch &patch, int seq)
{
    if (m_loading)
        return;
    m_page->runJavaScript(QString::fromLatin1(patchScript)
                              .arg(jsString(m_page->token()), QString::number(seq), jsArray(patch.before), jsArray(patch.removed),
                                   jsArray(patch.after), jsArray(patch.inserted)),
                          scriptWorld);
}

void SitePreviewView::scriptMessage(const QString &message)
{
    const QStringList parts = message.split(QLatin1Char(' '));
    if (parts.size() == 3 && parts.at(0) == QLatin1String("patched")) {
        emit patchApplied(parts.at(1).toInt(), parts.at(2) == QLatin1String("ok"));
        return;
    }
    if (parts.size() < 2 || parts.at(1).toInt() != m_refreshing)
        return;
    m_refreshing = 0;
    if (parts.at(0) == QLatin1String("failed")) {
        // The page is gone (its URL moved) or the fetch was refused: load it.
        load(m_pageUrl);
        return;
    }
    if (m_refreshAgain) {
        m_refreshAgain = false;
        refresh();
        return;
    }
    emit pageUpdated();
}

void SitePreviewView::scrollToText(const QString &heading, const QString &block)
{
    m_page->runJavaScript(QString::fromLatin1(scrollScript).arg(jsString(heading), jsString(block)), scriptWorld);
}

void SitePreviewView::setRemoteContentPolicy(RemoteContent policy)
{
    if (policy == m_filter->remoteContent())
        return;
    m_filter->setRemoteContent(policy);
    if (!m_pageUrl.isEmpty())
        load(m_pageUrl);
}

void SitePreviewView::setLinkOpener(PreviewPage::LinkOpener opener)
{
    m_openLink = std::move(opener);
}

// The site's scripts run: one that sets location.href to another site
// looks like a clicked link. Only a link the user just clicked (or
// pressed Enter on) opens in the browser.
void SitePreviewView::openLink(const QUrl &url)
{
    if (m_lastInput.isValid() && m_lastInput.elapsed() < 1000)
        m_openLink(url);
    else
        emit requestBlocked(url);
}

void SitePreviewView::childEvent(QChildEvent *event)
{
    // The page's input goes to a child widget the view makes.
    if (event->added() && event->child()->isWidgetType())
        event->child()->installEventFilter(this);
    QWebEngineView::childEvent(event);
}

bool SitePreviewView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonRelease || event->type() == QEvent::KeyPress)
        m_lastInput.start();
    return QWebEngineView::eventFilter(watched, event);
}

} // namespace postwright
