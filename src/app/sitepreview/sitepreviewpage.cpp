// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitepreview/sitepreviewpage.h"

#include <QDesktopServices>

namespace postwright {

SitePreviewPage::SitePreviewPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
    , m_openLink([](const QUrl &url) { QDesktopServices::openUrl(url); })
{
}

bool SitePreviewPage::isSameOrigin(const QUrl &url) const
{
    return !m_origin.isEmpty() && url.scheme() == m_origin.scheme() && url.host() == m_origin.host()
        && url.port() == m_origin.port();
}

bool SitePreviewPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    // Pages of the site (a link, a form, a redirect, back and forward)
    // stay in the preview.
    if (isSameOrigin(url))
        return true;
    if (type == NavigationTypeLinkClicked) {
        const QString scheme = url.scheme().toLower();
        if (scheme == QLatin1String("http") || scheme == QLatin1String("https") || scheme == QLatin1String("mailto"))
            m_openLink(url);
        return false;
    }
    // about:blank for a new view; frames of other sites (a video player)
    // follow the request filter.
    if (url.scheme() == QLatin1String("about"))
        return true;
    return !isMainFrame && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

void SitePreviewPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message, int line,
                                               const QString &source)
{
    Q_UNUSED(level)
    Q_UNUSED(line)
    Q_UNUSED(source)
    if (!m_token.isEmpty() && message.startsWith(m_token + QLatin1Char(' ')))
        emit scriptMessage(message.mid(m_token.size() + 1));
}

} // namespace postwright
