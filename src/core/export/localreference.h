// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace postwright {

struct SiteConfig;

// What a link or image URL in a post points at.
struct LocalReference
{
    enum class Kind {
        External,   // has a scheme (https:, mailto:, data:...) or is protocol-relative
        Fragment,   // "#id" or empty: stays as written
        File,       // an existing file inside the site
        Missing,    // would be inside the site, but nothing is there
        Outside,    // resolves outside the site (through ".." or a symbolic link): never read
    };
    Kind kind = Kind::External;
    QString path;      // absolute, clean (File, Missing, Outside)
    QString suffix;    // "?query#fragment" of the URL, kept on the rewritten link
};

// True for a URL with a scheme (https:, mailto:, data:...) or a
// protocol-relative one ("//host/..."): never a file of the site.
bool isExternalUrl(const QString &url);

// Where url's "?query" or "#fragment" starts; url.size() when it has neither.
qsizetype queryOrFragmentStart(QStringView url);

// Resolves url (percent-encoded as in HTML) written in a file of folder
// baseFolder. A site-absolute URL ("/images/a.png") is looked up in each of
// rootFolders in turn (Hugo: static/, assets/, content/; else the site
// root). A path to a folder means its index.md when there is one.
LocalReference resolveLocalReference(const QString &url, const QString &baseFolder, const QStringList &rootFolders,
                                     const QString &siteRoot);

// True when path is folder or below it, as written (both clean; no link
// is followed).
bool isWithin(const QString &path, const QString &folder);
// True when path (absolute, clean) is inside folder, following symbolic links.
bool isInsideFolder(const QString &path, const QString &folder);
// Where site-absolute URLs ("/images/a.png") are looked up, in order: for
// Hugo static/, assets/ and the content folder; else the site root.
QStringList siteRootFolders(const SiteConfig &config);

// path with symbolic links resolved as far as it exists; the rest, not
// there yet, appended as it is.
QString resolvedPath(const QString &path);

} // namespace postwright
