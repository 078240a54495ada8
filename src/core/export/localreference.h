// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace postwright {

struct SiteConfig;
struct SiteFiles;

// What a link or image URL in a post points at.
struct LocalReference
{
    enum class Kind {
        External,   // has a scheme (https:, mailto:, data:...) or is protocol-relative
        Fragment,   // "#id" or empty: stays as written
        Template,   // holds template syntax ("{{ .Site.BaseURL }}/a.png"): only the generator knows
        File,       // an existing file inside the site (a post, or a file the site publishes)
        Missing,    // would be inside the site, but nothing is there
        PageUrl,    // a page's URL that only the generator makes ("../other-post/", "/tags/go/")
        Outside,    // resolves outside the site (through ".." or a symbolic link): never read
        Refused,    // inside the site, but not published (hidden, configuration...): never read
    };
    Kind kind = Kind::External;
    QString path;      // absolute, clean (File, Missing, Outside, Refused)
    QString suffix;    // "?query#fragment" of the URL, kept on the rewritten link
    QString refusal;   // Refused: why the site does not publish it (publishRefusal)
    bool rootRelative = false;   // written from the site's root ("/images/a.png")
};

// True for a URL with a scheme (https:, mailto:, data:...) or a
// protocol-relative one ("//host/..."): never a file of the site.
bool isExternalUrl(const QString &url);

// Where url's "?query" or "#fragment" starts; url.size() when it has neither.
qsizetype queryOrFragmentStart(QStringView url);

// Where url (percent-encoded as in HTML) written in a file of folder
// baseFolder leads, without judging whether the site publishes it. A
// root-relative URL ("/images/a.png", or "/blog/images/a.png" under a base
// URL whose path is /blog/) is looked up in site.folders in turn (Hugo:
// static/, assets/, their mounts, content/ and a page's Markdown file; else
// the site's root). A path to a folder means its index.md when there is one.
// On a Zola site, an internal link ("@/blog/a.md") is the Markdown file at
// that path below content/, and nothing else.
// Kinds: External, Fragment, Template, File, Missing, PageUrl, Outside.
LocalReference resolveLocalReference(const QString &url, const QString &baseFolder, const SiteFiles &site);

// The one rule for a local link or image of the post postFile (absolute),
// for the doctor, the preview and both exports: resolveLocalReference, then
// a file that is not a post must be one the site publishes (publishRefusal),
// else it is Refused. A relative link to nothing that names no file
// ("../other/") is PageUrl.
LocalReference judgeLocalReference(const QString &url, const QString &postFile, const SiteFiles &site);

// The same rule for a file the preview asks for (file:// path, absolute): a
// path inside the site is that file; any other is the root-relative URL
// the page wrote ("/images/a.png" resolved against file:///).
LocalReference judgeRequestedFile(const QString &path, const QString &postFile, const SiteFiles &site);

// True when path is folder or below it, as written (both clean; no link
// is followed).
bool isWithin(const QString &path, const QString &folder);
// True when path (absolute, clean) is inside folder, following symbolic links.
bool isInsideFolder(const QString &path, const QString &folder);

// path with symbolic links resolved as far as it exists; the rest, not
// there yet, appended as it is.
QString resolvedPath(const QString &path);

} // namespace postwright
