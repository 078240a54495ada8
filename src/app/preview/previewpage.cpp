// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "preview/previewpage.h"

#include <QDesktopServices>

namespace postwright {

PreviewPage::PreviewPage(QObject *parent)
    : QWebEnginePage(parent)
{
}

bool PreviewPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
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

} // namespace postwright
