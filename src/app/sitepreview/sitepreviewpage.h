// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "preview/previewpage.h"

#include <QUrl>
#include <QWebEnginePage>

namespace postwright {

// The page of the site preview: a page of the site's own server. It may go
// to other pages of that server (the user clicks around the site); a
// clicked web or mail link elsewhere goes to the link opener (the system
// browser); anything else is refused. It has no web channel: the site's
// scripts run, but reach nothing of Postwright's.
class SitePreviewPage final : public QWebEnginePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SitePreviewPage)

public:
    explicit SitePreviewPage(QWebEngineProfile *profile, QObject *parent = nullptr);

    void setLinkOpener(PreviewPage::LinkOpener opener) { m_openLink = std::move(opener); }
    // The server's origin (http://127.0.0.1:PORT); empty: nothing loads.
    void setOrigin(const QUrl &origin) { m_origin = origin; }
    bool isSameOrigin(const QUrl &url) const;
    // The token our own scripts put in their console messages.
    void setToken(const QString &token) { m_token = token; }
    QString token() const { return m_token; }

signals:
    // A console message of our own script ("<token> refreshed 3").
    void scriptMessage(const QString &message);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message, int line,
                                  const QString &source) override;

private:
    PreviewPage::LinkOpener m_openLink;
    QUrl m_origin;
    QString m_token;
};

} // namespace postwright
