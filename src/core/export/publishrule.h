// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace postwright {

struct SiteConfig;
struct SiteFiles;

// Why the export must not publish file, a local file that the post at
// postFile links to (both absolute); empty when it may copy it. The one
// rule for the site export and Export as HTML:
// - never: anything outside the site (as written, or where symbolic links
//   lead) but the files of a theme's static/ and assets/ that themesDir puts
//   elsewhere, as hugo publishes them; hidden files and folders (".env", ".git/"), version control
//   folders, the site's configuration (_config.yml, hugo.toml, config.* and
//   config/ at the root), and the root's data/, layouts/ and archetypes/;
// - else: Hugo: under static/ or assets/, or in the post's bundle folder;
//   or in a bundle of the content folder (hugo publishes a headless or
//   render never bundle's resources too);
//   Jekyll: in a folder that is not an underscore one (_posts, _data...);
//   everywhere: an image, audio, video or document file in the post's folder
//   or below it.
// A Hugo site's static and asset folders are those of site.folders
// (staticDir, assetDir, module mounts, a theme's); the SiteConfig form
// takes the default ones.
QString publishRefusal(const SiteFiles &site, const QString &postFile, const QString &file);
QString publishRefusal(const SiteConfig &config, const QString &postFile, const QString &file);

// True for the file types a post may show or offer beside it: images,
// audio, video, subtitles and documents (by extension).
bool isMediaFileName(const QString &fileName);

} // namespace postwright
