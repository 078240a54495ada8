// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "site/siteconfig.h"

#include <QDate>

namespace postwright {

// File operations on one post of a site. Paths are relative to the site
// root (absolute paths inside it are accepted); a leaf bundle (dir/index.md)
// is handled as its whole folder, with its resources. Nothing outside the
// site is ever touched, and nothing is overwritten.

// Gives the post a new slug: slug.md, Jekyll's YYYY-MM-DD-slug.md (the date
// kept), or the bundle's folder. Returns the new path.
Result<QString> renamePost(const SiteConfig &config, const QString &path, const QString &newSlug);

// Moves the post into folder (relative to the root). Returns the new path.
Result<QString> movePost(const SiteConfig &config, const QString &path, const QString &folder);

// Moves the post (a bundle: its folder) to the trash (QFile::moveToTrash).
Result<Success> trashPost(const SiteConfig &config, const QString &path);

// Publishes a draft: Jekyll moves _drafts/slug.md to _posts/YYYY-MM-DD-slug.md
// with today's date; Hugo and plain set draft to false. Returns the post's path.
Result<QString> publishPost(const SiteConfig &config, const QString &path, const QDate &today = QDate::currentDate());

} // namespace postwright
