// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/sitechrome.h"
#include "page/pagetemplate.h"
#include "post/post.h"
#include "preview/previewpage.h"
#include "preview/previewrequestfilter.h"
#include "site/siteconfig.h"
#include "snapshot/bodyblocks.h"
#include "snapshot/snapshotbuilder.h"

#include <QUrl>
#include <QVariantMap>
#include <QWebEngineView>

#include <optional>

class QWebChannel;
class QWebEngineProfile;

namespace postwright {

class PreviewBridge;

// The live preview: the post in the page template that export uses. The
// page is loaded once per folder (its base URL, for relative images); it
// shows the snapshots of a SnapshotBuilder (each edit rendered once, off the
// GUI thread) and sends only the changed blocks and header to the page,
// over QWebChannel. The page never navigates away (links go
// to the system browser). It runs in its own off-the-record profile whose
// request filter keeps it inside the post's site and applies the
// remote-content policy; its Content-Security-Policy runs no script of the
// post.
class PreviewView final : public QWebEngineView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewView)

public:
    explicit PreviewView(QWidget *parent = nullptr);
    ~PreviewView() override;

    // Shows the post's current text: asks the snapshot builder for it.
    void setPost(const Post &post);
    // Shows the snapshots of this builder (by default one of its own); the
    // preview gives it the settings of the post's site.
    void setSnapshotBuilder(SnapshotBuilder *builder);
    SnapshotBuilder *snapshotBuilder() const { return m_snapshots; }
    // Shows a snapshot of the builder's (connected to snapshotReady).
    void showSnapshot(const SnapshotPtr &snapshot);
    // Brings the block of this 1-based file line to the top.
    void scrollToLine(int line);

    // Milliseconds between an edit and its render; 0 renders at once.
    void setDebounceInterval(int ms);
    int debounceInterval() const;
    // True when the page shows the last post given to setPost, rendered
    // in full.
    bool isUpToDate() const;
    // What the page may load from the web. The default comes from the
    // setting preview/remoteContent ("images" or "none"); a change reloads
    // the page.
    void setRemoteContentPolicy(RemoteContent policy);
    RemoteContent remoteContentPolicy() const;
    // Light or dark page: <html data-theme> on this and every later load
    // (the page's CSS follows prefers-color-scheme until it is set).
    void setDarkTheme(bool dark);
    bool isDarkTheme() const { return m_dark; }
    // Clicked http, https and mailto links go here; by default to
    // QDesktopServices::openUrl.
    void setLinkOpener(PreviewPage::LinkOpener opener);
    // The folder the page may read files from: the post's site (found from
    // its path, as export does) unless set here. Empty: automatic.
    void setSiteRoot(const QString &folder);
    // The site around the post: its header and footer, and the term pages
    // its chips link, as published (core's publishedSite); none: the post
    // alone. A change reloads the page.
    void setPublishedSite(const std::optional<PublishedSite> &site);

    // How often the full snapshot differed from the quick one of an edit
    // (the page then got the full one); for the benchmark.
    int corrections() const { return m_corrections; }

signals:
    void lineClicked(int line);        // 1-based file line of the clicked block
    void topLineChanged(int line);     // the preview was scrolled by the user
    void taskToggled(int line, bool checked);
    void pageUpdated();                // the page shows the latest render
    void requestBlocked(const QUrl &url);   // a file outside the site, or remote content

private:
    // What the page shows, or is to show, of a snapshot.
    struct Rendered
    {
        quint64 serial = 0;     // of the snapshot; 0: nothing
        quint64 revision = 0;   // tells the quick and full one of an edit apart
        bool complete = false;  // a full snapshot, not a quick one
        BodyBlocks blocks;
        int lineCount = 0;      // of the whole file
        int firstLine = 1;      // of the body
        PageData header;        // everything but the body
        QStringList notices;    // problems shown above the post (Liquid errors)
    };
    // What a render needs to know of the post's site.
    struct SiteShortcodes
    {
        bool hugo = false;        // shortcodes are rendered on Hugo sites only
        QVariantMap params;       // the site's [params]
        bool embedsBlocked = false;
    };
    void readSite(const std::optional<SiteConfig> &config);
    void applySiteSettings();
    void loadShell(const QUrl &baseUrl);
    void pageReady();
    void sendPatch();
    void patchApplied(int seq, bool ok);

    PageTemplate m_template = PageTemplate::defaultTemplate();
    Post m_post;                // of the latest snapshot (or setPost)
    SnapshotBuilder *m_snapshots = nullptr;
    QMetaObject::Connection m_snapshotConnection;
    Rendered m_latest;
    quint64 m_revision = 0;
    bool m_dark = false;
    int m_corrections = 0;

    QWebEngineProfile *m_profile = nullptr;
    PreviewRequestFilter *m_filter = nullptr;
    QString m_siteRoot;         // set by setSiteRoot; empty: the post's
    std::optional<PublishedSite> m_published;   // set by setPublishedSite
    SiteShortcodes m_site;      // of the loaded page's site
    PreviewBridge *m_bridge = nullptr;
    QWebChannel *m_channel = nullptr;
    QUrl m_baseUrl;             // of the loaded page; empty: none
    bool m_pageReady = false;   // its script is connected
    int m_seq = 0;
    int m_waitingSeq = 0;       // the patch the page has not confirmed yet
    Rendered m_shown;           // what the page shows
    bool m_shownAsBlocks = false;
    int m_scrollLine = 0;       // last scrollToLine, replayed after a load
    bool m_replayScroll = false;
};

} // namespace postwright
