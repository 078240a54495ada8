// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "preview/previewrequestfilter.h"

#include "export/localreference.h"
#include "page/katexassets.h"

#include <QDir>
#include <QFileInfo>

namespace postwright {

RemoteContent remoteContentFromSetting(const QString &value)
{
    return value == QLatin1String("none") ? RemoteContent::BlockAll : RemoteContent::LoadImages;
}

QString remoteContentSetting(RemoteContent policy)
{
    return policy == RemoteContent::BlockAll ? QStringLiteral("none") : QStringLiteral("images");
}

PreviewRequestFilter::PreviewRequestFilter(QObject *parent)
    : QWebEngineUrlRequestInterceptor(parent)
{
}

void PreviewRequestFilter::setSite(const std::optional<SiteFiles> &site, const QString &postFile)
{
    m_site = site;
    m_postFile = postFile.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(postFile).absoluteFilePath());
}

void PreviewRequestFilter::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    const Decision decision = decide(info.requestUrl(), info.resourceType(), info.initiator());
    if (decision.allowed) {
        if (!decision.redirect.isEmpty())
            info.redirect(decision.redirect);
        return;
    }
    info.block(true);
    emit blocked(info.requestUrl());
}

namespace {

// The players the youtube and vimeo shortcodes embed (see the page's CSP).
bool isVideoPlayer(const QUrl &url)
{
    return url.scheme() == QLatin1String("https")
        && (url.host() == QLatin1String("www.youtube-nocookie.com") || url.host() == QLatin1String("player.vimeo.com"));
}

} // namespace

PreviewRequestFilter::Decision PreviewRequestFilter::decide(const QUrl &url, QWebEngineUrlRequestInfo::ResourceType type,
                                                            const QUrl &initiator) const
{
    using Info = QWebEngineUrlRequestInfo;
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("qrc") || scheme == QLatin1String("data") || scheme == QLatin1String("blob")
        || scheme == QLatin1String("about"))
        return {true, {}};
    if (scheme == QLatin1String("file")) {
        // Clean first: "../../etc/hostname" resolved against the post's
        // folder is still a path below "/" to check.
        const QString path = QDir::cleanPath(url.toLocalFile());
        if (isInsideFolder(path, katexDirectory()))
            return {true, {}};
        if (!m_site)
            return {};
        // The rule of the doctor and the export: only what the site publishes.
        const LocalReference ref = judgeRequestedFile(path, m_postFile, *m_site);
        if (ref.kind != LocalReference::Kind::File)
            return {};
        return {true, ref.path == path ? QUrl() : QUrl::fromLocalFile(ref.path)};
    }
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https")) {
        if (!m_serverOrigin.isEmpty() && url.scheme() == m_serverOrigin.scheme() && url.host() == m_serverOrigin.host()
            && url.port() == m_serverOrigin.port())
            return {true, {}};
        if (m_remote == RemoteContent::BlockAll)
            return {};
        // The page only makes the player's frame when the user asks for it.
        if ((type == Info::ResourceTypeSubFrame && isVideoPlayer(url)) || isVideoPlayer(initiator))
            return {true, {}};
        return {type == Info::ResourceTypeImage || type == Info::ResourceTypeStylesheet
                    || type == Info::ResourceTypeFontResource || type == Info::ResourceTypeFavicon,
                {}};
    }
    return {};
}

} // namespace postwright
