// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "site/siteconfig.h"
#include "sitepreview/serverline.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <memory>

namespace postwright {

// One site generator as the live site preview runs it (SiteServer): how to
// start its server on 127.0.0.1 from the user's cache folder without
// writing into the site, where the post's unsaved text goes so that the
// generator reads it instead of the saved file, and what its output says.
// HugoGenerator and JekyllGenerator are the two.
class PreviewGenerator
{
public:
    PreviewGenerator() = default;
    virtual ~PreviewGenerator() = default;
    PreviewGenerator(const PreviewGenerator &) = delete;
    PreviewGenerator &operator=(const PreviewGenerator &) = delete;

    // "hugo" or "jekyll", as messages name it.
    virtual QString name() const = 0;
    // Finds the generator, checks it can build the site, and makes the
    // folders and files it reads besides the site in cacheBase (one set per
    // site). An error message when it cannot serve the site; empty when it can.
    virtual QString prepare(const SiteConfig &config, const QString &cacheBase) = 0;
    virtual QString program() const = 0;
    // The server's arguments: 127.0.0.1 and port; basePath is the site's
    // path below the server's root ("/" or "/blog/").
    virtual QStringList arguments(int port, const QString &basePath) const = 0;
    // The site's path below the server's root ("/" or "/blog/"), given the
    // one the export's base URL has.
    virtual QString basePath(const QString &exportBasePath) const { return exportBasePath; }
    virtual QProcessEnvironment environment() const { return QProcessEnvironment::systemEnvironment(); }
    // The cache folder of this site: the working directory and the log's folder.
    virtual QString workFolder() const = 0;
    // The file the generator reads for the post at postPath (absolute), with
    // its folders made; empty when the generator does not read the post as
    // a page (why: problem).
    virtual QString overlayFileOf(const QString &postPath, QString *problem) = 0;
    // The post is no longer edited: the generator reads the saved file again.
    virtual void releaseOverlayFile(const QString &overlayFile);
    // The site's file for a path in the generator's messages (a file in the
    // overlay or shadow folder is the site's; the post's own overlay file is
    // mapped by SiteServer).
    virtual QString sitePathOf(const QString &path) const { return path; }
    // The URL path of a page that is not a post (Jekyll's about.md), from
    // the site's root; empty: the post's URL as the export has it.
    virtual QString pageUrlOf(const QString &relativePath, const QString &permalink) const
    {
        Q_UNUSED(relativePath);
        Q_UNUSED(permalink);
        return {};
    }
    virtual ServerLine parseLine(QStringView line) const = 0;
    // true: a failed build prints no Built line (its error ends the build),
    // and the lines it names in the post count from the body's first line.
    virtual bool errorEndsBuild() const { return false; }
    virtual bool linesCountFromBody() const { return false; }
    // The server stopped: the overlay goes.
    virtual void cleanUp() = 0;
};

// The generator for the site's kind (Hugo, Jekyll); nullptr for a kind
// without one (plain folders, Zola). hugoBinary: the user's choice of hugo
// (a path or a command name; empty: hugo on the PATH).
std::unique_ptr<PreviewGenerator> makePreviewGenerator(SiteKind kind, const QString &hugoBinary);

// True when the site renders with a look of its own (Site theme is then the
// preview's default): Hugo layouts, a theme or a module; Jekyll _layouts/,
// a theme or a remote_theme.
bool siteHasOwnLook(const SiteConfig &config);
// True when the generator of the site's kind is found (hugoBinary as above).
bool generatorFound(SiteKind kind, const QString &hugoBinary);

// Folder names: one set per site under base, named by the root's hash.
QString previewFolderOf(const QString &base, const QString &root);

} // namespace postwright
