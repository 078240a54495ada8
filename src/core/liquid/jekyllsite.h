// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "liquid.h"
#include "liquid/jekylldefaults.h"
#include "site/siteconfig.h"
#include "text/error.h"

#include <QHash>
#include <QStringList>
#include <QTimeZone>

#include <functional>
#include <memory>
#include <optional>

namespace postwright {

// A Jekyll site as its Liquid sees it: `site` (the _config.yml settings,
// site.data from _data/, site.posts, site.pages, site.tags,
// site.categories, site.time) and the URLs link and post_url name.
// Read-only after load(): safe on any thread.
class JekyllSite final : public std::enable_shared_from_this<JekyllSite>
{
public:
    // Reads the site; a data file that does not parse is in errors() and
    // missing from site.data.
    static std::shared_ptr<const JekyllSite> load(const SiteConfig &config);
    // The site read once per root and kept while its _config.yml, _data/
    // and post files are unchanged (looked at no more than once a second).
    static std::shared_ptr<const JekyllSite> cached(const SiteConfig &config);

    const SiteConfig &config() const { return m_config; }
    const LiquidValue &site() const { return m_site; }
    const QList<LiquidError> &errors() const { return m_errors; }
    // Files whose change changes what Liquid renders (config, data).
    const QStringList &sourceFiles() const { return m_files; }
    // What a page whose Liquid step gave result depends on, for a cache of
    // the page: _config.yml, the files its includes looked at, the _data
    // files when it read site.data, and names of the site's parts that are
    // not one file ("jekyll:site.posts", "jekyll:post_url:NAME"...), whose
    // stampOf() changes when what the page read of them does.
    QStringList dependencies(const LiquidResult &result) const;
    static bool isSiteDependency(const QString &dependency);
    // A site dependency's stamp in this reading of the site ("" when the
    // name is not one).
    QByteArray stampOf(const QString &dependency) const;
    // post_url's name (2024-01-05-title, with or without folders) and
    // link's source path (relative to the root): the URL path the site
    // gives it (baseurl not included); nullopt when nothing has that name.
    std::optional<QString> postUrl(const QString &name) const;
    std::optional<QString> linkUrl(const QString &path) const;

    // How the page links to a URL path of the site: the export makes it
    // relative to the page; unset, the baseurl is put in front (as Jekyll).
    using UrlMapper = std::function<QString(const QString &urlPath)>;
    // The Liquid step of a post at path (absolute) whose front matter is
    // frontMatterYaml: renders the body with site, page, jekyll, the
    // includes beside it and in _includes/, and Jekyll's tags. Unset (an
    // empty function) when the post says render_with_liquid: false.
    std::function<LiquidResult(QStringView body, int firstLine)>
    liquidStep(const QString &path, const QString &frontMatterYaml, UrlMapper mapUrl = {}) const;

    // The page object of a post or page at path: its front matter over
    // the site's front-matter defaults, and what Jekyll adds (url, date in
    // the site's time zone, tags...).
    LiquidValue page(const QString &path, const QString &frontMatterYaml) const;
    // A time as Jekyll holds it: in the zone of _config.yml's timezone, else
    // the system's; a time written without a zone is read in it.
    QDateTime inSiteZone(const QDateTime &time) const;

private:
    JekyllSite() = default;
    void readConfig();
    void readPosts();
    void readPages();
    // budget: bytes of front matter still to read.
    QByteArray readCollectionUrls(qint64 &budget);
    // The Liquid step's run: page.content, and page.excerpt when the
    // template reads it.
    static LiquidResult runStep(LiquidOptions &run, QStringView body, const QString &excerptSeparator);
    // The site's own errors (a _data file that does not parse) that the
    // step's page meets, before the page's.
    void addSiteErrors(LiquidResult &result) const;
    LiquidInclude readInclude(const QString &postPath, const QString &name, bool relative) const;
    LiquidInclude includeProblem(const QString &path, const QString &name, bool relative) const;

    SiteConfig m_config;
    LiquidValue m_site;
    LiquidHash m_siteHash;
    QList<LiquidError> m_errors;
    QStringList m_files;
    QHash<QString, QString> m_postUrls;    // post name (and folder/name) -> URL path
    QHash<QString, QString> m_sourceUrls;  // relative source path -> URL path
    QHash<QString, LiquidValue> m_pages;   // relative path -> page object
    // A post's previous and next post (by date, as Jekyll).
    QHash<QString, std::pair<LiquidValue, LiquidValue>> m_neighbours;
    JekyllDefaults m_defaults;
    QStringList m_collections;             // labels of _config.yml's collections
    QString m_permalinkStyle;              // _config.yml's permalink
    QTimeZone m_zone;                      // _config.yml's timezone; invalid: the system's
    QString m_includesDir;
    QString m_configFile;
    QStringList m_dataFiles;
    // Digests of what site.posts (tags, categories, post_url), site.pages
    // and site.data hold.
    QByteArray m_postsDigest;
    QByteArray m_pagesDigest;
    QByteArray m_dataDigest;
    QByteArray m_configDigest;   // of all of _config.yml
};

// The digest of what _config.yml sets that shapes every page of an export
// (Jekyll's own settings: permalink, defaults, timezone... and url,
// title, lang, description), for the export's settings key: a change to
// another value (a theme's option, an author's name) renders again only
// the pages whose Liquid read it.
QByteArray jekyllSettingsDigest(const SiteConfig &config);

// A digest of a value, for the stamps of what a page read.
QByteArray liquidDigest(const LiquidValue &value);

// The Liquid step for a post of a Jekyll site when it is rendered on its
// own (preview, postwright-cli render); empty for other sites and posts
// with render_with_liquid: false.
std::function<LiquidResult(QStringView body, int firstLine)> jekyllLiquidFor(const QString &postPath,
                                                                           QStringView postText);
// The same when the post's site is known (the snapshot and the doctor have
// it): no site lookup; empty unless site is a Jekyll site.
std::function<LiquidResult(QStringView body, int firstLine)> jekyllLiquidFor(const SiteConfig &site,
                                                                           const QString &postPath,
                                                                           QStringView postText);

// The YAML inside a post's front matter ("" when it has none or another kind).
QString jekyllFrontMatterYaml(QStringView postText);

// Liquid's errors as the export's warnings (path:line:col: message); an
// error inside an include names the include.
QList<Error> liquidWarnings(const QList<LiquidError> &errors, const QString &postPath);

// Jekyll's highlight tag: <figure class="highlight"><pre><code
// class="language-x" data-lang="x">…</code></pre></figure>, with the
// line-number table for linenos; on one line, so that Markdown keeps it as
// one HTML block even when the code has blank lines.
QString jekyllHighlight(const QString &code, const QString &language, bool lineNumbers);

} // namespace postwright
