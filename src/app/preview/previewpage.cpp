// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "preview/previewpage.h"

#include <QDesktopServices>

namespace postwright {

PreviewPage::PreviewPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
    , m_openLink([](const QUrl &url) { QDesktopServices::openUrl(url); })
{
}

bool PreviewPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (type == NavigationTypeLinkClicked) {
        const QString scheme = url.scheme().toLower();
        if (scheme == QLatin1String("http") || scheme == QLatin1String("https") || scheme == QLatin1String("mailto"))
            m_openLink(url);
        return false;
    }
    // Only the view's own load of the page; never a redirect, a form, a
    // script, a refresh or a frame.
    if (isMainFrame && type == NavigationTypeTyped && m_loadExpected) {
        m_loadExpected = false;
        return true;
    }
    return false;
}

} // namespace postwright
