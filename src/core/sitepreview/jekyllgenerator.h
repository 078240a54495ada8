// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sitepreview/previewgenerator.h"

namespace postwright {

// `jekyll serve --incremental --watch` (or `bundle exec jekyll serve` when
// the site has a Gemfile) on a shadow source folder in the cache folder:
// symbolic links to the site's files, except along the edited post's path,
// where the folders are real and the post is the unsaved text. Jekyll's
// output, its metadata and caches stay in the cache folder: nothing is
// written into the site.
class JekyllGenerator final : public PreviewGenerator
{
public:
    QString name() const override { return QStringLiteral("jekyll"); }
    QString prepare(const SiteConfig &config, const QString &cacheBase) override;
    QString program() const override { return m_program; }
    QStringList arguments(int port, const QString &basePath) const override;
    QString basePath(const QString &exportBasePath) const override;
    QProcessEnvironment environment() const override { return m_environment; }
    QString workFolder() const override { return m_folder; }
    QString overlayFileOf(const QString &postPath, QString *problem) override;
    void releaseOverlayFile(const QString &overlayFile) override;
    QString sitePathOf(const QString &path) const override;
    QString pageUrlOf(const QString &relativePath, const QString &permalink) const override;
    ServerLine parseLine(QStringView line) const override;
    bool errorEndsBuild() const override { return true; }
    bool linesCountFromBody() const override { return true; }
    void cleanUp() override;

private:
    QString findProgram();

    SiteConfig m_config;
    QString m_folder;
    QString m_shadow;
    QString m_program;
    QStringList m_programArguments;   // "exec jekyll" for bundle
    QProcessEnvironment m_environment;
    QString m_overlayRelative;        // the post's path in the shadow
    QString m_basePath = QStringLiteral("/");
    QString m_permalinkStyle;         // _config.yml's permalink
};

// Reads one line of jekyll serve's output (4.x), colour codes and all:
// "Server running..." (Serving), "Regenerating: 1 file(s) changed",
// "...done in 0.015 seconds." (Built), "Liquid Exception: Liquid syntax
// error (line 3): ... in /path/post.md", "Conversion error: ...",
// "YAML Exception reading /path: (...): ... at line 2 column 1",
// "Dependency Error: ...", "jekyll 4.3.1 | Error: ..." (Error; a line that
// only says to run --trace is not one). Pure.
ServerLine parseJekyllLine(QStringView line);

// Makes shadow mirror root as symbolic links, with the folders along
// relativePost real (their entries links) and no link at relativePost
// itself (the caller writes the unsaved text there); a post edited before
// gets its link back. Leaves out what Jekyll writes into its source
// (.jekyll-cache, .jekyll-metadata, .sass-cache), _site and .git. An error
// message when it cannot.
QString syncShadowSource(const QString &root, const QString &shadow, const QString &relativePost,
                         const QString &previousRelativePost = {});

// The gems a Gemfile names (`gem "minima", "~> 2.5"`).
QStringList gemNamesOf(const QString &gemfile);

// The gems a `bundle check` output lists as missing ("minima (2.5.1)").
QStringList missingGemsOf(const QString &bundleCheckOutput);

} // namespace postwright
