// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/sitefiles.h"

#include <QString>
#include <QUrl>
#include <QWebEngineUrlRequestInterceptor>

#include <optional>

namespace postwright {

// What the preview may fetch from the web (setting preview/remoteContent).
enum class RemoteContent {
    LoadImages,   // "images": images, stylesheets and fonts; no scripts, frames or requests
    BlockAll,     // "none": nothing from the web (privacy)
};

// The preview/remoteContent setting's value and back; an unknown value is
// LoadImages.
RemoteContent remoteContentFromSetting(const QString &value);
QString remoteContentSetting(RemoteContent policy);

// Every request of the preview's profile passes here: local files only from
// inside the post's site (and KaTeX), web resources per the remote-content
// policy, nothing else but qrc:, data: and blob:. A video the user chose to
// load (the youtube and vimeo shortcodes' click-to-load placeholders) is
// a frame of the privacy-enhanced player, which loads what it needs, unless
// remote content is blocked. Runs on the GUI thread.
class PreviewRequestFilter final : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewRequestFilter)

public:
    explicit PreviewRequestFilter(QObject *parent = nullptr);

    // The site whose files the page may read, as the export would publish
    // them for the post postFile (judgeRequestedFile); a root-relative URL
    // ("/images/a.png", which the page asks for as file:///images/a.png)
    // is sent to the file it means. nullopt: no local file.
    void setSite(const std::optional<SiteFiles> &site, const QString &postFile);
    QString siteRoot() const { return m_site ? m_site->config.root : QString(); }
    void setRemoteContent(RemoteContent policy) { m_remote = policy; }
    // The site preview's server (http://127.0.0.1:PORT): every request to
    // this origin goes through, as the page of a web site. Empty: none.
    void setServerOrigin(const QUrl &origin) { m_serverOrigin = origin.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment); }
    QUrl serverOrigin() const { return m_serverOrigin; }
    RemoteContent remoteContent() const { return m_remote; }

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

signals:
    void blocked(const QUrl &url);

private:
    // Whether the request may go on, and where to (empty: as asked).
    struct Decision
    {
        bool allowed = false;
        QUrl redirect;
    };
    Decision decide(const QUrl &url, QWebEngineUrlRequestInfo::ResourceType type, const QUrl &initiator) const;

    std::optional<SiteFiles> m_site;
    QString m_postFile;
    RemoteContent m_remote = RemoteContent::LoadImages;
    QUrl m_serverOrigin;
};

} // namespace postwright
