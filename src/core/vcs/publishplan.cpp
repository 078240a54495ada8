// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vcs/publishplan.h"

#include "export/exportsettings.h"
#include "export/localreference.h"
#include "export/sitefiles.h"
#include "markdown/markdownlinks.h"
#include "post/post.h"
#include "site/configfile.h"
#include "site/siteconfig.h"
#include "site/siterules.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace postwright {
namespace {

bool isImage(const QString &path)
{
    static const QStringList suffixes = {QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("jpeg"),
                                         QStringLiteral("gif"), QStringLiteral("webp"), QStringLiteral("svg"),
                                         QStringLiteral("avif")};
    return suffixes.contains(QFileInfo(path).suffix().toLower());
}

// A Markdown file the generator reads as a post (path relative to the root).
bool isPostPath(const SiteConfig &config, const QString &path)
{
    if (!isMarkdownFileName(QFileInfo(path).fileName()))
        return false;
    const QStringList parts = path.split(QLatin1Char('/'));
    for (const QString &part : parts) {
        if (part.startsWith(QLatin1Char('.')))
            return false;
    }
    switch (config.kind) {
    case SiteKind::Hugo:
    case SiteKind::Zola:
        return QDir::cleanPath(config.absolutePath(path)).startsWith(config.contentDir + QLatin1Char('/'));
    case SiteKind::Jekyll:
        return parts.contains(QStringLiteral("_posts")) || parts.contains(QStringLiteral("_drafts"));
    case SiteKind::Plain:
        return true;
    }
    return false;
}

QString configFolder(const QVariantMap &settings, QStringView key, const QString &fallback)
{
    const QString value = configValue(settings, key).toString();
    return value.isEmpty() ? fallback : value;
}

// The folders the generator writes (absolute, clean): nothing under them is
// the user's writing. Hugo: publishDir and resourceDir's _gen; Jekyll:
// _site and .jekyll-cache; Zola: public.
QStringList outputFolders(const SiteConfig &config)
{
    const QDir root(config.root);
    QStringList folders;
    switch (config.kind) {
    case SiteKind::Hugo: {
        const Result<QVariantMap> settings = readHugoSettings(config);
        const QVariantMap map = settings ? settings.value() : QVariantMap();
        folders = {configFolder(map, u"publishDir", QStringLiteral("public")),
                   configFolder(map, u"resourceDir", QStringLiteral("resources")) + QStringLiteral("/_gen")};
        break;
    }
    case SiteKind::Zola:
        folders = {QStringLiteral("public")};
        break;
    case SiteKind::Jekyll:
    case SiteKind::Plain:
        folders = {QStringLiteral("_site"), QStringLiteral(".jekyll-cache")};
        break;
    }
    for (QString &folder : folders)
        folder = QDir::cleanPath(root.filePath(folder));
    return folders;
}

bool isUnder(const QString &path, const QStringList &folders)
{
    return std::any_of(folders.begin(), folders.end(), [&](const QString &folder) { return isWithin(path, folder); });
}

// The files (absolute, clean) that post links to or shows, as the export
// resolves them.
QStringList referencedFiles(const Post &post, const QString &postFile, const SiteFiles &files)
{
    QStringList found;
    const MarkdownScan scan = scanMarkdown(post.body(), files.config.kind == SiteKind::Hugo);
    for (const MarkdownLink &link : scan.links) {
        const LocalReference ref = judgeLocalReference(link.url, postFile, files);
        if (ref.kind == LocalReference::Kind::File)
            found.append(ref.path);
    }
    return found;
}

// The "<<<<<<<" lines of text that a "=======" and a ">>>>>>>" line follow,
// as git merge writes them (a lone "=======" is a Markdown heading's line).
QList<Error> conflictMarkers(const QString &path, const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    const auto marker = [](const QString &line, QLatin1String mark) {
        return line.startsWith(mark) && (line.size() == mark.size() || line.at(mark.size()).isSpace());
    };
    QList<Error> found;
    int opened = -1;
    bool separated = false;
    for (int i = 0; i < lines.size(); ++i) {
        if (marker(lines[i], QLatin1String("<<<<<<<"))) {
            opened = i;
            separated = false;
        } else if (opened >= 0 && marker(lines[i], QLatin1String("======="))) {
            separated = true;
        } else if (opened >= 0 && separated && marker(lines[i], QLatin1String(">>>>>>>"))) {
            found.append(Error{path, opened + 1, 1,
                               QCoreApplication::translate("postwright", "conflict markers from a merge (<<<<<<<, =======, >>>>>>>): "
                                                                         "choose what the post says and remove them")});
            opened = -1;
        }
    }
    return found;
}

// A Hugo or Zola page bundle: its images sit in its folder.
bool isBundle(const SiteConfig &config, const QString &path)
{
    const QString name = QFileInfo(path).completeBaseName();
    return config.hasContentTree() && (name == QLatin1String("index") || name == QLatin1String("_index"));
}

} // namespace

QString PublishPlan::message() const
{
    if (titles.isEmpty())
        return QCoreApplication::translate("postwright", "Publish");
    QStringList shown = titles.mid(0, 3);
    if (titles.size() > 3)
        shown.append(QStringLiteral("…"));
    if (titles.size() <= 3)
        return QStringLiteral("Publish: ") + shown.join(QStringLiteral("; "));
    return QStringLiteral("Publish %1 posts: ").arg(titles.size()) + shown.join(QStringLiteral("; "));
}

Result<PublishPlan> planPublish(const GitRepository &repository, const QString &site, const std::optional<QStringList> &onlyPosts)
{
    const Result<SiteConfig> config = detectSite(site);
    if (!config)
        return config.error();
    const Result<QList<GitFileStatus>> status = repository.status(site);
    if (!status)
        return status.error();
    const QString siteInRepo = repository.relativePath(site);
    const auto inRepo = [&](const QString &path) { return siteInRepo.isEmpty() ? path : siteInRepo + QLatin1Char('/') + path; };

    const Result<SiteFiles> files = readSiteFiles(config.value());
    if (!files)
        return files.error();
    const QStringList output = outputFolders(config.value());
    PublishPlan plan;
    QStringList bundleFolders;
    QStringList referenced;
    QList<GitFileStatus> images;
    for (const GitFileStatus &file : status.value()) {
        const QString absolute = QDir::cleanPath(config.value().absolutePath(file.path));
        if (file.state == GitFileState::Conflicted) {
            plan.conflicted.append(file);
        } else if (isUnder(absolute, output)) {
            plan.leftOut.append(file);
        } else if (isPostPath(config.value(), file.path) && onlyPosts && !onlyPosts->contains(file.path)) {
            plan.notDue.append(file);
        } else if (isPostPath(config.value(), file.path)) {
            plan.paths.append(inRepo(file.path));
            if (isBundle(config.value(), file.path))
                bundleFolders.append(QFileInfo(file.path).path());
            const Result<Post> post = Post::load(absolute);
            plan.titles.append(post ? post.value().title() : QFileInfo(file.path).completeBaseName());
            if (post) {
                referenced += referencedFiles(post.value(), absolute, files.value());
                plan.markers += conflictMarkers(absolute, post.value().text());
            }
        } else if (isImage(file.path)) {
            images.append(file);
        } else {
            plan.leftOut.append(file);
        }
    }
    for (const GitFileStatus &image : images) {
        const QString absolute = QDir::cleanPath(config.value().absolutePath(image.path));
        if (bundleFolders.contains(QFileInfo(image.path).path()) || referenced.contains(absolute))
            plan.paths.append(inRepo(image.path));
        else
            plan.leftOut.append(image);
    }
    return plan;
}

} // namespace postwright
