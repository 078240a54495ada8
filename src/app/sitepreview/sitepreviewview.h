// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "preview/previewpage.h"
#include "preview/previewrequestfilter.h"
#include "sitepreview/themebodypatch.h"

#include <QElapsedTimer>
#include <QUrl>
#include <QWebEngineView>

class QWebEngineProfile;

namespace postwright {

class SitePreviewPage;

// The preview in the site's own theme: pages of the site's generator
// server (SiteServer) on 127.0.0.1. A new build of the page shown replaces
// its body in place (fetched in the background), so the scroll position
// stays and nothing flashes; another page is loaded. Its own off-the-record
// profile admits that origin and what the remote-content setting allows;
// its page has no web channel, so the site's scripts reach nothing of
// Postwright's.
class SitePreviewView final : public QWebEngineView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SitePreviewView)

public:
    explicit SitePreviewView(QWidget *parent = nullptr);
    ~SitePreviewView() override;

    // The server whose pages may load (http://127.0.0.1:PORT/); empty: none.
    void setServer(const QUrl &serverUrl);
    // Shows the page at url: refreshed in place when it is the page
    // shown, else loaded.
    void showPage(const QUrl &url);
    // Fetches the page shown again and replaces its body (after a rebuild).
    void refresh();
    QUrl pageUrl() const { return m_pageUrl; }
    // Scrolls the page to the block whose text contains block, else to the
    // heading whose text is heading (the theme's HTML has no source lines).
    void scrollToText(const QString &heading, const QString &block);

    // Puts the edited blocks into the page shown, in place, while the
    // generator rebuilds (patchApplied(seq, false) when they cannot be placed
    // for certain; the page is then as it was).
    void patchBody(const ThemeBodyPatch &patch, int seq);

    void setRemoteContentPolicy(RemoteContent policy);
    void setLinkOpener(PreviewPage::LinkOpener opener);
    // True when the last showPage or refresh is on the screen.
    bool isUpToDate() const { return !m_loading && m_refreshing == 0 && !m_refreshAgain; }

signals:
    // The page shows the latest build (after a load or a refresh).
    void pageUpdated();
    void requestBlocked(const QUrl &url);
    void patchApplied(int seq, bool ok);

protected:
    void childEvent(QChildEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void load(const QUrl &url);
    void openLink(const QUrl &url);
    void scriptMessage(const QString &message);

    QWebEngineProfile *m_profile = nullptr;
    PreviewRequestFilter *m_filter = nullptr;
    SitePreviewPage *m_page = nullptr;
    QUrl m_pageUrl;          // asked for by showPage
    bool m_loading = false;
    int m_refreshSeq = 0;
    int m_refreshing = 0;    // the refresh in flight, 0: none
    bool m_refreshAgain = false;
    PreviewPage::LinkOpener m_openLink;
    QElapsedTimer m_lastInput;   // the user's last click or key in the page
};

} // namespace postwright
