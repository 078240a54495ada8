// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "site/buildoptions.h"
#include "text/error.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVersionNumber>

#include <optional>
#include <utility>

namespace postwright {

enum class SiteKind { Plain, Hugo, Jekyll, Zola };

// Which marker made a folder a site of its kind.
enum class SiteRule {
    Config,          // the generator's configuration (hugo.toml, config.*, config/_default/, _config.yml)
    ContentFolder,   // Hugo: content/ and no configuration: Hugo's defaults
    PostsFolder,     // Jekyll: _posts/ and no _config.yml: Jekyll's defaults
    Plain,           // none of these: a folder of Markdown files
    Chosen,          // the caller chose the kind (index --kind)
};

// What a folder's own files say it is.
struct SiteMarker
{
    SiteKind kind = SiteKind::Plain;
    SiteRule rule = SiteRule::Plain;
    bool fromConfig() const { return rule == SiteRule::Config; }
};

// The one place that tells a site's kind from the files in its root folder:
// a configuration first (Zola's, Hugo's, then Jekyll's), then Hugo's content/, then
// Jekyll's _posts/; else a plain folder.
SiteMarker siteMarkerOf(const QString &folder);

// A taxonomy as the site names it: Hugo's `tag = "tags"`; the plural is the
// front-matter key and the name the index and the CLI use.
struct Taxonomy
{
    QString singular;
    QString plural;
};

// Zola's config.toml settings that decide URLs.
struct ZolaSettings
{
    QString slugifyPaths = QStringLiteral("on");        // [slugify] paths: on, safe or off
    QString slugifyTaxonomies = QStringLiteral("on");   // [slugify] taxonomies
    bool pathsKeepDates = false;                        // [slugify] paths_keep_dates
    QString taxonomyRoot;                               // taxonomy_root: "blog" puts tags at /blog/tags/
};

// What a site folder is and where its posts are, read from its configuration.
struct SiteConfig
{
    SiteKind kind = SiteKind::Plain;
    SiteRule rule = SiteRule::Plain;   // how the kind was told
    QString root;            // absolute, clean
    QString configFile;      // absolute path of the main config file, or empty
    QString contentDir;      // absolute: Hugo's and Zola's content/, else the root
    QString archetypeDir;    // absolute: Hugo's archetypes/, else empty
    // Zola: only those config.toml declares (singular = plural = name).
    QList<Taxonomy> taxonomies;
    ZolaSettings zola;
    // What the generator builds anyway (Hugo buildDrafts/buildFuture/buildExpired,
    // Jekyll show_drafts/future).
    bool buildDrafts = false;
    bool buildFuture = false;
    bool buildExpired = false;
    // Hugo: the config's `cascade`, below that of content/_index.md; the
    // language a page without one in its file name is in
    // (defaultContentLanguage); the hugo version the site is built with:
    // the site's [module.hugoVersion], else the hugo on PATH (null: none
    // known, read as the newest); whether `build` is read as `_build` (hugo
    // 0.123 and later; 0.111 reads only `_build`).
    QList<CascadeEntry> cascade;
    QString defaultContentLanguage = QStringLiteral("en");
    // Hugo: the languages with a content folder of their own
    // (languages.de.contentDir), each folder absolute and clean; a ref
    // names a page from its own language's folder (contentFolderOf).
    QList<std::pair<QString, QString>> languageContentDirs;   // (language, folder)
    QVersionNumber hugoVersion;
    bool newerBuildKey = true;
    // Jekyll: _config.yml does not parse (jekyll build stops there). The
    // site is still read, with Jekyll's defaults, so that its posts can be
    // edited; the export refuses it, check, render and the preview report it.
    std::optional<Error> configError;

    // Whether the site's hugo is version or newer (an unknown hugo is).
    bool hugoIsAtLeast(const QVersionNumber &version) const { return hugoVersion.isNull() || hugoVersion >= version; }
    // Changes whenever a config file changes: cached records are only reused
    // under the same fingerprint.
    QString fingerprint;

    QStringList taxonomyNames() const;
    bool hasTaxonomy(const QString &plural) const;
    // rel is relative to the root, with '/' separators.
    QString absolutePath(const QString &relativePath) const;
    QString relativePath(const QString &absolutePath) const;
    // The content folder absolutePath lies in (the longest language folder
    // holding it, else contentDir) and its language (empty: contentDir's).
    std::pair<QString, QString> contentFolderOf(const QString &absolutePath) const;
    // True when path (absolute or relative) lies inside the root.
    bool contains(const QString &path) const;
    // Hugo and Zola: posts under content/, bundles (index.md with its
    // files), sections (_index.md), static/ copied to the root.
    bool hasContentTree() const { return kind == SiteKind::Hugo || kind == SiteKind::Zola; }
};

// Reads the folder as siteMarkerOf() tells its kind: Zola when its
// config.toml (or zola.toml) sets base_url; Hugo when it has
// hugo.{toml,yaml,yml,json}, config.{toml,yaml,yml,json} or config/_default/
// (or content/ alone: Hugo's defaults); Jekyll when it has _config.yml (or
// _posts/ alone); else a plain folder. kind forces the kind (its config is
// still read when present). A config file that does not parse is an error
// with its line and column (Jekyll's: SiteConfig::configError).
Result<SiteConfig> detectSite(const QString &root, std::optional<SiteKind> kind = {});

QString siteKindName(SiteKind kind);
std::optional<SiteKind> siteKindFromName(QStringView name);

} // namespace postwright
