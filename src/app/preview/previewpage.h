// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUrl>
#include <QWebEnginePage>

#include <functional>

namespace postwright {

// The preview's page: it never navigates away. A clicked web or mail link
// goes to the link opener (the system browser); everything else a link, a
// script, a form or a <meta http-equiv="refresh"> asks for is refused.
class PreviewPage final : public QWebEnginePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewPage)

public:
    using LinkOpener = std::function<void(const QUrl &url)>;

    explicit PreviewPage(QWebEngineProfile *profile, QObject *parent = nullptr);

    // Replaces QDesktopServices::openUrl for clicked links (tests record them).
    void setLinkOpener(LinkOpener opener) { m_openLink = std::move(opener); }
    // Lets the next main-frame load through: the view's own setHtml.
    void expectLoad() { m_loadExpected = true; }

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;

private:
    LinkOpener m_openLink;
    bool m_loadExpected = false;
};

} // namespace postwright
