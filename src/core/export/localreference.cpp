// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/localreference.h"

#include "export/publishrule.h"
#include "export/sitefiles.h"
#include "site/siteconfig.h"
#include "site/siterules.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

#include <algorithm>

namespace postwright {
namespace {

bool hasScheme(const QString &url)
{
    // scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"; a Windows drive
    // letter ("C:") is not one.
    const qsizetype colon = url.indexOf(QLatin1Char(':'));
    if (colon < 2)
        return false;
    for (qsizetype i = 0; i < colon; ++i) {
        const QChar c = url.at(i);
        if (!(c.isLetterOrNumber() || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('.')))
            return false;
    }
    return url.at(0).isLetter();
}

} // namespace

bool isWithin(const QString &path, const QString &folder)
{
    return path == folder || path.startsWith(folder.endsWith(QLatin1Char('/')) ? folder : folder + QLatin1Char('/'));
}

bool isInsideFolder(const QString &path, const QString &folder)
{
    const QString cleanFolder = QDir::cleanPath(folder);
    if (!isWithin(QDir::cleanPath(path), cleanFolder))
        return false;
    const QFileInfo info(path);
    if (!info.exists())
        return true;
    // A symbolic link may lead out of the site.
    const QString canonicalFolder = QFileInfo(cleanFolder).canonicalFilePath();
    return isWithin(info.canonicalFilePath(), canonicalFolder.isEmpty() ? cleanFolder : canonicalFolder);
}

QString resolvedPath(const QString &path)
{
    QString existing = QDir::cleanPath(path);
    QString rest;
    while (!QFileInfo::exists(existing)) {
        const qsizetype slash = existing.lastIndexOf(QLatin1Char('/'));
        if (slash <= 0)
            return QDir::cleanPath(path);
        rest.prepend(existing.mid(slash));
        existing.truncate(slash);
    }
    return QFileInfo(existing).canonicalFilePath() + rest;
}

bool isExternalUrl(const QString &url)
{
    const QString trimmed = url.trimmed();
    return trimmed.startsWith(QLatin1String("//")) || hasScheme(trimmed);
}

qsizetype queryOrFragmentStart(QStringView url)
{
    const auto end = std::find_if(url.cbegin(), url.cend(), [](QChar c) { return c == u'?' || c == u'#'; });
    return end - url.cbegin();
}

namespace {

// The names a root-relative path may have under the site: as written, and
// without the base URL's path ("/blog/images/a.png" -> "/images/a.png").
QStringList rootRelativeForms(const QString &path, const QString &basePath)
{
    QStringList forms;
    if (basePath.size() > 1 && (path.startsWith(basePath) || path + QLatin1Char('/') == basePath))
        forms.append(QLatin1Char('/') + path.mid(basePath.size()));
    forms.append(path);
    return forms;
}

bool namesFile(const QString &path)
{
    return path.section(QLatin1Char('/'), -1).contains(QLatin1Char('.'));
}

// Where a root-relative path may be on disk, in the order the generator
// looks: each folder the URL path falls in, then (Hugo) the page's
// Markdown file for a page URL ("/posts/x/" is content/posts/x.md,
// posts/x/index.md or posts/x/_index.md).
QStringList rootRelativeCandidates(const QString &path, const SiteFiles &site)
{
    QStringList candidates;
    for (const QString &form : rootRelativeForms(path, site.basePath)) {
        for (const SiteFolder &folder : site.folders) {
            if (form.startsWith(folder.target) || form + QLatin1Char('/') == folder.target)
                candidates.append(QDir::cleanPath(folder.source + QLatin1Char('/') + form.mid(folder.target.size())));
        }
        if (site.config.kind == SiteKind::Hugo && !namesFile(form)) {
            QString page = form;
            while (page.endsWith(QLatin1Char('/')))
                page.chop(1);
            if (page.isEmpty())
                continue;
            const QString base = QDir::cleanPath(site.config.contentDir + page);
            for (const char *suffix : {".md", ".markdown", "/index.md", "/index.markdown", "/_index.md"})
                candidates.append(base + QLatin1String(suffix));
        }
    }
    return candidates;
}

// A page URL of a Hugo site that no Markdown file answers but the
// generator makes: a section's folder, or a taxonomy's list and term pages.
bool isGeneratedPage(const QString &path, const SiteFiles &site)
{
    if (site.config.kind != SiteKind::Hugo)
        return true;
    for (const QString &form : rootRelativeForms(path, site.basePath)) {
        const QString first = form.section(QLatin1Char('/'), 1, 1);
        if (form == QLatin1String("/") || site.config.hasTaxonomy(first)
            || QFileInfo(QDir::cleanPath(site.config.contentDir + form)).isDir())
            return true;
    }
    return false;
}

// The path and suffix of url, or a kind that is not a file (External,
// Fragment, Template).
LocalReference splitUrl(const QString &url, QString &path)
{
    LocalReference ref;
    const QString trimmed = url.trimmed();
    if (isExternalUrl(trimmed))
        return ref;
    if (trimmed.contains(QLatin1String("{{")) || trimmed.contains(QLatin1String("{%"))) {
        ref.kind = LocalReference::Kind::Template;
        return ref;
    }
    const qsizetype cut = queryOrFragmentStart(trimmed);
    ref.suffix = trimmed.mid(cut);
    path = QUrl::fromPercentEncoding(trimmed.left(cut).toUtf8());
    ref.kind = path.isEmpty() ? LocalReference::Kind::Fragment : LocalReference::Kind::Missing;
    return ref;
}

// The site's folder outside its root (a theme's static/ or assets/ under
// a themesDir elsewhere) that candidate lies in; empty when none.
QString outsideSiteFolder(const QString &candidate, const SiteFiles &site, const QString &root)
{
    for (const SiteFolder &folder : site.folders) {
        if (!isWithin(folder.source, root) && isWithin(candidate, folder.source))
            return folder.source;
    }
    return {};
}

// resolveLocalReference for a decoded path.
LocalReference resolvePath(LocalReference ref, const QString &path, const QString &baseFolder, const SiteFiles &site)
{
    ref.rootRelative = path.startsWith(QLatin1Char('/'));
    const QStringList candidates = ref.rootRelative ? rootRelativeCandidates(path, site)
                                                    : QStringList{QDir::cleanPath(baseFolder + QLatin1Char('/') + path)};
    const QString root = QDir::cleanPath(site.config.root);
    for (const QString &candidate : candidates) {
        // A theme outside the site publishes its files as hugo does; the
        // site's own folders come first.
        const QString themeFolder = isWithin(candidate, root) ? QString() : outsideSiteFolder(candidate, site, root);
        if (!isWithin(candidate, root) && themeFolder.isEmpty()) {
            ref.kind = LocalReference::Kind::Outside;
            ref.path = candidate;
            return ref;
        }
        QFileInfo info(candidate);
        if (info.isDir()) {
            const QString index = QDir(candidate).filePath(QStringLiteral("index.md"));
            if (QFileInfo(index).isFile())
                info = QFileInfo(index);
        }
        if (info.isFile()) {
            ref.path = QDir::cleanPath(info.absoluteFilePath());
            ref.kind = isInsideFolder(ref.path, themeFolder.isEmpty() ? root : themeFolder) ? LocalReference::Kind::File
                                                                                            : LocalReference::Kind::Outside;
            return ref;
        }
    }
    ref.kind = LocalReference::Kind::Missing;
    ref.path = candidates.value(0, QDir::cleanPath(root + path));
    // Generators make pages ending in .html too (Jekyll's default
    // permalinks, Hugo's uglyURLs, our export): a URL only they know.
    const bool generatedHtml = path.endsWith(QLatin1String(".html")) || path.endsWith(QLatin1String(".htm"));
    if (generatedHtml || (!namesFile(path) && (!ref.rootRelative || isGeneratedPage(path, site))))
        ref.kind = LocalReference::Kind::PageUrl;
    return ref;
}

// Zola's internal link ("@/blog/a.md#part", the path percent-decoded):
// a Markdown file by its path from the content folder, as zola build
// looks it up; anything else there (a folder, an image, a file above
// content/) is Missing, as zola build stops at it.
LocalReference resolveZolaInternal(LocalReference ref, const QString &path, const SiteFiles &site)
{
    const QString contentDir = QDir::cleanPath(site.config.contentDir);
    const QString inContent = path.mid(2);
    const QString written = QDir::cleanPath(contentDir + QLatin1Char('/') + inContent);
    ref = resolvePath(ref, inContent, contentDir, site);
    const bool page = ref.kind == LocalReference::Kind::File && ref.path == written && isMarkdownFileName(written)
                      && isWithin(written, contentDir);
    if (ref.kind == LocalReference::Kind::PageUrl || (ref.kind == LocalReference::Kind::File && !page)) {
        ref.kind = LocalReference::Kind::Missing;
        ref.path = written;
    }
    return ref;
}

// posts: a link may lead to a post (the export links its page instead).
LocalReference judged(LocalReference ref, const QString &postFile, const SiteFiles &site, bool posts)
{
    if (ref.kind != LocalReference::Kind::File || (posts && isMarkdownFileName(ref.path)))
        return ref;
    ref.refusal = publishRefusal(site, postFile, ref.path);
    if (!ref.refusal.isEmpty())
        ref.kind = LocalReference::Kind::Refused;
    return ref;
}

} // namespace

LocalReference resolveLocalReference(const QString &url, const QString &baseFolder, const SiteFiles &site)
{
    QString path;
    const LocalReference ref = splitUrl(url, path);
    if (ref.kind != LocalReference::Kind::Missing)
        return ref;
    if (site.config.kind == SiteKind::Zola && path.startsWith(QLatin1String("@/")))
        return resolveZolaInternal(ref, path, site);
    return resolvePath(ref, path, baseFolder, site);
}

LocalReference judgeLocalReference(const QString &url, const QString &postFile, const SiteFiles &site)
{
    return judged(resolveLocalReference(url, QFileInfo(postFile).absolutePath(), site), postFile, site, true);
}

LocalReference judgeRequestedFile(const QString &path, const QString &postFile, const SiteFiles &site)
{
    const QString clean = QDir::cleanPath(path);
    const QString root = QDir::cleanPath(site.config.root);
    if (!isWithin(clean, root))
        return judged(resolvePath({}, clean, {}, site), postFile, site, false);
    LocalReference ref;
    ref.path = clean;
    if (!QFileInfo(clean).isFile())
        ref.kind = LocalReference::Kind::Missing;
    else
        ref.kind = isInsideFolder(clean, root) ? LocalReference::Kind::File : LocalReference::Kind::Outside;
    return judged(ref, postFile, site, false);
}

} // namespace postwright
