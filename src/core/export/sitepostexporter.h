// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exportcache.h"
#include "post/post.h"
#include "export/exporttemplates.h"
#include "export/hugoshortcodes.h"
#include "export/siteexportplan.h"
#include "liquid/jekyllsite.h"
#include "text/error.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <mutex>
#include <optional>

namespace postwright {

class ExportPostUrls;
class LinkRewriter;
class PostNeighbourIndex;
class SiteOutputs;

// What the list pages, the feed and the sitemap need of an exported post.
struct PostOutcome
{
    int record = -1;          // index into the published records
    bool ok = false;
    bool written = false;
    bool pageless = false;    // Hugo's render: link: a URL, but no page written
    QString url;              // site-absolute URL path
    QString output;           // relative to OUT
    QString summary;
    int readingMinutes = 0;
    int copied = 0;
    QList<Error> warnings;
    ListEntry entry;          // when ok: the post in the lists, but for its URL
};

// Exports the pages of a site's published posts, one call per post, on
// any number of threads: reads the post, finds its URL and claims its
// page, renders it (links rewritten, files copied) and stages it with its
// manifest entry. A page whose inputs did not change since the last export
// is left as it is.
class SitePostExporter final
{
public:
    SitePostExporter(const SiteExportPlan &plan, const SiteExportOptions &options, SiteOutputs &outputs,
                     ExportPostUrls &postUrls, LinkRewriter &links, const PostNeighbourIndex &neighbours);
    Q_DISABLE_COPY_MOVE(SitePostExporter)

    // The i-th published post of the plan.
    PostOutcome exportPost(int i);
    const QString &lang() const { return m_lang; }

private:
    // A post's page as rendered: the HTML and what it was made from.
    struct RenderedPage
    {
        QString html;          // empty: the page template did not render
        QStringList deps;      // files the page depends on (absolute)
        QStringList assets;    // outputs copied for it
    };

    std::optional<PostOutcome> unchanged(const PostRecord &record, const QByteArray &statKey,
                                         const QByteArray &contentHash);
    std::optional<Post> readPost(const PostRecord &record, const QByteArray &bytes, PostOutcome &outcome);
    bool claimPage(const PostRecord &record, const Post &post, PostOutcome &outcome);
    // The export's render step: the body of a post as its page shows it
    // (a Jekyll site's Liquid first, then Markdown, the site's shortcodes),
    // links not yet rewritten. liquidRan: Liquid rendered the body; deps
    // gains what Liquid read.
    RenderResult renderPostBody(const PostRecord &record, const Post &post, const ShortcodeOptions &shortcodes,
                                QStringList &deps, bool &liquidRan) const;
    RenderedPage renderPostPage(const PostRecord &record, const Post &post, PostOutcome &outcome);
    void writePage(const PostRecord &record, const RenderedPage &page, const QByteArray &statKey,
                   const QByteArray &contentHash, PostOutcome &outcome);
    ShortcodeOptions shortcodeOptions(const PostRecord &record, const Post &post, const QString &pageUrl,
                                      QStringList &deps);
    // The stamps of deps, and what the page shows of the other posts.
    QByteArray depsKeyOf(const PostRecord &record, const QStringList &deps);
    // The header, footer, chips' links and neighbouring posts of the page at url.
    void addSiteParts(const PostRecord &record, const QString &url, PageData &page) const;
    bool copyKatex(const QString &postPath, PostOutcome &outcome);

    const SiteExportPlan &m_plan;
    const SiteConfig &m_config;
    const SiteExportOptions &m_options;
    SiteOutputs &m_outputs;
    ExportPostUrls &m_postUrls;
    LinkRewriter &m_links;
    const PostNeighbourIndex &m_neighbours;
    // Hugo sites: what ref and relref can name; made when a post first
    // asks (most sites have no ref, and making it takes every post's path).
    const HugoRefIndex &refs() const;
    BuildStates m_refStates;
    QDateTime m_refsNow = QDateTime::currentDateTimeUtc();   // the export's start, as when it was made at once
    mutable std::once_flag m_refsMade;
    mutable HugoRefIndex m_refs;
    std::shared_ptr<const JekyllSite> m_jekyll;   // Jekyll sites: what Liquid sees
    QString m_lang;
    QHash<QString, QString> m_previousBySource;   // post path -> its page in the last export
    ExportCache<QByteArray> m_stamps;             // file -> fileStamp()
};

} // namespace postwright
