// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exportcache.h"
#include "export/localreference.h"
#include "export/sitefiles.h"
#include "site/siteindex.h"
#include "text/error.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace postwright {

class ExportPostUrls;
class SiteOutputs;

// What becomes of one link or image of an exported page.
struct LinkRewrite
{
    std::optional<QString> url;   // the link as the page writes it; nullopt: as the post wrote it
    QStringList deps;             // files the page depends on now (absolute)
    QString asset;                // the output a file of the site was copied to (relative to OUT)
    bool copied = false;          // that file was copied by this export
    QString problem;              // what is wrong with the link, reported where the post writes it
    QList<Error> warnings;        // a copy that could not be made
};

// Rewrites the links of a site's exported pages: a link to another post
// goes to its page, a file the site publishes is copied into OUT and
// linked there; everything else is left as written, with a warning when
// it cannot work (missing, outside the site, not published). Thread-safe.
class LinkRewriter final
{
public:
    // states: what is built beyond published posts (a draft bundle's files
    // are copied only when drafts are).
    LinkRewriter(const SiteIndex &index, const SiteFiles &files, SiteOutputs &outputs, ExportPostUrls &postUrls,
                 const QString &baseUrl, const BuildStates &states);
    Q_DISABLE_COPY_MOVE(LinkRewriter)

    // link (an image when image) of record's page at pageUrl.
    LinkRewrite rewrite(const PostRecord &record, const QString &pageUrl, const QString &link, bool image);

private:
    LinkRewrite missing(const QString &link, bool image, const QString &pageUrl, const LocalReference &ref);
    LinkRewrite file(const PostRecord &record, const QString &pageUrl, const QString &link, const LocalReference &ref);
    LocalReference judge(const QString &link, const PostRecord &record);
    QString assetOutput(const PostRecord &record, const QString &pageUrl, const QString &absolute) const;
    QString postAtUrl(const QString &link, const QString &pageUrl) const;

    const SiteIndex &m_index;
    const SiteConfig &m_config;
    const SiteFiles &m_files;
    SiteOutputs &m_outputs;
    ExportPostUrls &m_postUrls;
    QString m_baseUrl;
    BuildStates m_states;
    ExportCache<LocalReference> m_resolved;   // link (with its post's file) -> file
};

} // namespace postwright
