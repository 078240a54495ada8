// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vcs/publishplan.h"

#include "post/post.h"
#include "site/siteconfig.h"
#include "site/siterules.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

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

Result<PublishPlan> planPublish(const GitRepository &repository, const QString &site)
{
    const Result<SiteConfig> config = detectSite(site);
    if (!config)
        return config.error();
    const Result<QList<GitFileStatus>> status = repository.status(site);
    if (!status)
        return status.error();
    const QString siteInRepo = repository.relativePath(site);
    const auto inRepo = [&](const QString &path) { return siteInRepo.isEmpty() ? path : siteInRepo + QLatin1Char('/') + path; };

    PublishPlan plan;
    QStringList postFolders;
    QString postTexts;
    QList<GitFileStatus> images;
    for (const GitFileStatus &file : status.value()) {
        if (file.state == GitFileState::Conflicted) {
            plan.conflicted.append(file);
        } else if (isPostPath(config.value(), file.path)) {
            plan.paths.append(inRepo(file.path));
            postFolders.append(QFileInfo(file.path).path());
            const Result<Post> post = Post::load(config.value().absolutePath(file.path));
            plan.titles.append(post ? post.value().title() : QFileInfo(file.path).completeBaseName());
            if (post)
                postTexts += post.value().text();
        } else if (isImage(file.path)) {
            images.append(file);
        } else {
            plan.leftOut.append(file);
        }
    }
    for (const GitFileStatus &image : images) {
        const QFileInfo info(image.path);
        if (postFolders.contains(info.path()) || postTexts.contains(info.fileName()))
            plan.paths.append(inRepo(image.path));
        else
            plan.leftOut.append(image);
    }
    return plan;
}

} // namespace postwright
