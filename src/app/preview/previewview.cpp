// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "preview/previewview.h"

#include "post/postpage.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QTimer>
#include <QWebEnginePage>

namespace postwright {
namespace {

class PreviewPage final : public QWebEnginePage
{
public:
    using QWebEnginePage::QWebEnginePage;

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override
    {
        // Only our own loads; a clicked link opens outside.
        if (type == NavigationTypeLinkClicked) {
            const QString scheme = url.scheme();
            if (scheme == QLatin1String("http") || scheme == QLatin1String("https") || scheme == QLatin1String("mailto"))
                QDesktopServices::openUrl(url);
            return false;
        }
        return isMainFrame ? type != NavigationTypeFormSubmitted && type != NavigationTypeBackForward : true;
    }
};

} // namespace

PreviewView::PreviewView(QWidget *parent)
    : QWebEngineView(parent)
{
    setPage(new PreviewPage(this));
    setContextMenuPolicy(Qt::NoContextMenu);
    setAccessibleName(tr("Preview"));
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(120);
    connect(m_debounce, &QTimer::timeout, this, &PreviewView::renderNow);
    connect(this, &QWebEngineView::loadFinished, this, [this](bool ok) {
        if (ok)
            emit pageUpdated();
    });
}

PreviewView::~PreviewView()
{
    // The page goes first: a page outliving its view's internals crashes.
    delete page();
}

void PreviewView::setPost(const Post &post)
{
    m_post = post;
    m_debounce->start();
}

void PreviewView::scrollToLine(int line)
{
    page()->runJavaScript(QStringLiteral(
        "(function(l){var best=null;document.querySelectorAll('[data-sourcepos]').forEach(function(e){"
        "var s=parseInt(e.getAttribute('data-sourcepos'));if(s<=l&&(!best||s>=parseInt(best.getAttribute('data-sourcepos'))))best=e;});"
        "if(best)best.scrollIntoView();})(%1)").arg(line));
}

void PreviewView::renderNow()
{
    const QString html = PageTemplate::defaultTemplate().render(pageDataFor(m_post, renderPost(m_post)));
    setHtml(html, QUrl::fromLocalFile(QFileInfo(m_post.path()).absolutePath() + QLatin1Char('/')));
}

} // namespace postwright
