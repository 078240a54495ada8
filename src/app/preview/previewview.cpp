// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "preview/previewview.h"

#include <QDesktopServices>
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
        // Only our own setHtml loads; a clicked link opens outside.
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
}

void PreviewView::showPage(const QString &html, const QUrl &baseUrl)
{
    setHtml(html, baseUrl);
}

} // namespace postwright
