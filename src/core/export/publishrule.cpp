// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/publishrule.h"

#include "export/exportertext.h"
#include "export/localreference.h"
#include "export/sitefiles.h"
#include "site/siteconfig.h"

#include <QDir>
#include <QFileInfo>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace postwright {
namespace {

// path relative to root, '/'-separated; nullopt when it is not inside root.
std::optional<QString> relativeTo(const QString &root, const QString &path)
{
    if (root.isEmpty() || path.isEmpty() || !isWithin(path, root) || path == root)
        return std::nullopt;
    return path.mid(root.size() + (root.endsWith(QLatin1Char('/')) ? 0 : 1));
}

bool isConfigName(const QString &name, bool atRoot)
{
    const QString base = name.section(QLatin1Char('.'), 0, 0);
    // _config.yml, _config.dev.yml; hugo.toml; config.* only at the root,
    // where Hugo reads it (static/js/config.js is a site's own script).
    return base == QLatin1String("_config")
           || (atRoot && (base == QLatin1String("hugo") || base == QLatin1String("config") || base == QLatin1String("zola")));
}

// The part of the rule that holds wherever a path leads: why relative (a
// path inside the site) is never published; empty when nothing forbids it.
QString forbidden(const QString &relative)
{
    static const QStringList versionControl{QStringLiteral(".git"), QStringLiteral(".hg"), QStringLiteral(".svn"),
                                            QStringLiteral(".bzr"), QStringLiteral("CVS"), QStringLiteral("_darcs")};
    static const QStringList siteFolders{QStringLiteral("data"), QStringLiteral("layouts"), QStringLiteral("archetypes"),
                                         QStringLiteral("config")};
    const QStringList segments = relative.split(QLatin1Char('/'));
    for (const QString &segment : segments) {
        if (versionControl.contains(segment))
            return ExporterText::tr("a version control folder");
    }
    for (const QString &segment : segments) {
        if (segment.startsWith(QLatin1Char('.')))
            return ExporterText::tr("a hidden file or folder");
    }
    if (isConfigName(segments.last(), segments.size() == 1))
        return ExporterText::tr("the site's configuration");
    if (segments.size() > 1 && siteFolders.contains(segments.first())) {
        return segments.first() == QLatin1String("config") ? ExporterText::tr("the site's configuration")
                                                            : ExporterText::tr("in the site's %1/ folder").arg(segments.first());
    }
    return {};
}

// A Hugo leaf bundle's index file: the post owns its folder.
bool isBundleIndex(const SiteConfig &config, const QFileInfo &post)
{
    const QString name = post.fileName();
    return config.hasContentTree()
           && (name == QLatin1String("index.md") || name == QLatin1String("index.markdown"))
           && QDir::cleanPath(post.absolutePath()) != config.contentDir;
}

// Hugo: absolute lies in a bundle of the content folder, whose resources
// hugo publishes whatever its page is (headless, render never or link
// too): below a folder with an index.md (a leaf bundle), or right in one
// with an _index.md (a branch bundle). publishResources: false is the
// export's to check (it reads the index).
bool isContentBundleFile(const SiteConfig &config, const QString &absolute)
{
    const QString content = QDir::cleanPath(config.contentDir);
    if (!isWithin(absolute, content) || absolute == content)
        return false;
    QString folder = QFileInfo(absolute).absolutePath();
    const auto has = [&folder](const char *a, const char *b) {
        return QFileInfo::exists(folder + QLatin1Char('/') + QLatin1String(a))
               || QFileInfo::exists(folder + QLatin1Char('/') + QLatin1String(b));
    };
    if (has("_index.md", "_index.markdown"))
        return true;
    // Capped: a path has few folders, but it is the user's.
    for (int depth = 0; depth < 64 && folder != content && isWithin(folder, content); ++depth) {
        if (has("index.md", "index.markdown"))
            return true;
        folder = QFileInfo(folder).absolutePath();
    }
    return false;
}

// The part of the rule that says what a site publishes, for the path as
// written: empty when relative may be copied, else why not.
QString notPublished(const SiteFiles &site, const QString &postFolder, bool bundle, const QString &relative)
{
    const SiteConfig &config = site.config;
    const QString postRelative = relativeTo(config.root, postFolder).value_or(QString());
    const bool besidePost = postRelative.isEmpty() || isWithin(relative, postRelative);
    const QString fileName = relative.section(QLatin1Char('/'), -1);
    if (besidePost && isMediaFileName(fileName))
        return {};
    const QString top = relative.section(QLatin1Char('/'), 0, 0);
    switch (config.kind) {
    case SiteKind::Hugo:
        if (site.isPublishedFolderFile(config.absolutePath(relative)))
            return {};
        if ((bundle && besidePost) || isContentBundleFile(config, config.absolutePath(relative)))
            return {};
        return ExporterText::tr("not a page resource, and not in static/ or assets/");
    case SiteKind::Zola:
        // templates/, sass/ and themes/ are what Zola builds from, not what it serves.
        if (top == QLatin1String("static") && relative.contains(QLatin1Char('/')))
            return {};
        if (bundle && besidePost)
            return {};
        return ExporterText::tr("not a page asset, and not in static/");
    case SiteKind::Jekyll: {
        const QStringList segments = relative.split(QLatin1Char('/'));
        const bool underscore = std::any_of(segments.cbegin(), segments.cend(),
                                            [](const QString &s) { return s.startsWith(QLatin1Char('_')); });
        if (!underscore && segments.size() > 1 && top != QLatin1String("node_modules") && top != QLatin1String("vendor"))
            return {};
        return ExporterText::tr("not in a folder Jekyll publishes");
    }
    default:
        return ExporterText::tr("not an image, media or document file beside the post");
    }
}

// A file of a site folder outside the root (a theme's static/ or assets/
// under a themesDir elsewhere): why it is not published, empty when it is;
// nullopt when file is in no such folder.
std::optional<QString> outsideFolderRefusal(const SiteFiles &site, const QString &root, const QString &file)
{
    for (const SiteFolder &folder : site.folders) {
        const QString source = QDir::cleanPath(folder.source);
        if (isWithin(source, root) || !isWithin(file, source) || file == source)
            continue;
        // Hidden files and folders (.git/ too) and the other version control folders.
        const auto hidden = [](const QString &relative) {
            const QStringList segments = relative.split(QLatin1Char('/'));
            return std::any_of(segments.cbegin(), segments.cend(), [](const QString &s) {
                return s.startsWith(QLatin1Char('.')) || s == QLatin1String("CVS") || s == QLatin1String("_darcs");
            });
        };
        if (hidden(file.mid(source.size() + 1)))
            return ExporterText::tr("a hidden file or folder");
        const QString canonicalSource = QFileInfo(source).canonicalFilePath();
        const QString canonical = QFileInfo(file).canonicalFilePath();
        if (!canonical.isEmpty() && !canonicalSource.isEmpty()
            && (!isWithin(canonical, canonicalSource) || hidden(canonical.mid(canonicalSource.size() + 1))))
            return ExporterText::tr("a symbolic link that leads out of the site");
        return QString();
    }
    return std::nullopt;
}

} // namespace

bool isMediaFileName(const QString &fileName)
{
    static const QStringList types{
        // images
        QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("gif"),
        QStringLiteral("webp"), QStringLiteral("avif"), QStringLiteral("svg"), QStringLiteral("ico"),
        QStringLiteral("bmp"), QStringLiteral("tif"), QStringLiteral("tiff"), QStringLiteral("heic"),
        QStringLiteral("heif"), QStringLiteral("jxl"), QStringLiteral("apng"),
        // audio and video, with their subtitles
        QStringLiteral("mp3"), QStringLiteral("m4a"), QStringLiteral("aac"), QStringLiteral("ogg"),
        QStringLiteral("oga"), QStringLiteral("opus"), QStringLiteral("wav"), QStringLiteral("flac"),
        QStringLiteral("weba"), QStringLiteral("mp4"), QStringLiteral("m4v"), QStringLiteral("webm"),
        QStringLiteral("ogv"), QStringLiteral("mov"), QStringLiteral("mkv"), QStringLiteral("avi"),
        QStringLiteral("vtt"), QStringLiteral("srt"),
        // documents
        QStringLiteral("pdf"), QStringLiteral("epub"), QStringLiteral("odt"), QStringLiteral("ods"),
        QStringLiteral("odp"), QStringLiteral("doc"), QStringLiteral("docx"), QStringLiteral("xls"),
        QStringLiteral("xlsx"), QStringLiteral("ppt"), QStringLiteral("pptx"), QStringLiteral("rtf")};
    const qsizetype dot = fileName.lastIndexOf(QLatin1Char('.'));
    return dot > 0 && types.contains(fileName.mid(dot + 1).toLower());
}

QString publishRefusal(const SiteConfig &config, const QString &postFile, const QString &file)
{
    return publishRefusal(defaultSiteFiles(config), postFile, file);
}

QString publishRefusal(const SiteFiles &site, const QString &postFile, const QString &file)
{
    const SiteConfig &config = site.config;
    const QString root = QDir::cleanPath(config.root);
    const QString written = QDir::cleanPath(file);
    const std::optional<QString> relative = relativeTo(root, written);
    if (!relative)
        return outsideFolderRefusal(site, root, written).value_or(ExporterText::tr("outside the site"));
    if (const QString why = forbidden(*relative); !why.isEmpty())
        return why;
    // Where symbolic links lead: inside the site, and not to a forbidden place.
    const QString canonicalRoot = QFileInfo(root).canonicalFilePath();
    const QString canonical = QFileInfo(written).canonicalFilePath();
    if (!canonical.isEmpty() && !canonicalRoot.isEmpty() && canonical != written) {
        const std::optional<QString> real = relativeTo(canonicalRoot, canonical);
        if (!real)
            return ExporterText::tr("a symbolic link that leads out of the site");
        if (const QString why = forbidden(*real); !why.isEmpty())
            return ExporterText::tr("a symbolic link to %1: %2").arg(*real, why);
    }
    const QFileInfo post(postFile);
    return notPublished(site, QDir::cleanPath(post.absolutePath()), isBundleIndex(config, post), *relative);
}

} // namespace postwright
