// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "site/postfiles.h"

#include "post/post.h"
#include "site/siterules.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace postwright {
namespace {

// The translation context of this file's messages (lupdate reads "PostFilesText::tr").
struct PostFilesText
{
    Q_DECLARE_TR_FUNCTIONS(postwright::PostFiles)
};

// What moves with the post: the file, or a bundle's folder.
struct PostUnit
{
    QString relative;   // the post file
    QString moved;      // absolute: the file or the bundle folder
    bool bundle = false;
};

Result<PostUnit> unitOf(const SiteConfig &config, const QString &path)
{
    const QString absolute = QDir::isAbsolutePath(path) ? QDir::cleanPath(path) : config.absolutePath(path);
    const QString relative = config.relativePath(absolute);
    if (!config.contains(absolute))
        return Error{path, 0, 0, PostFilesText::tr("not inside the site")};
    const QFileInfo info(absolute);
    if (!info.isFile())
        return Error{path, 0, 0, PostFilesText::tr("no such post")};
    const QString name = info.fileName();
    const bool bundle = (name == QLatin1String("index.md") || name == QLatin1String("index.markdown"))
                        && config.kind != SiteKind::Jekyll && info.absolutePath() != config.contentDir
                        && info.absolutePath() != config.root;
    return PostUnit{relative, bundle ? info.absolutePath() : absolute, bundle};
}

Result<QString> moveUnit(const SiteConfig &config, const PostUnit &unit, const QString &target)
{
    if (!config.contains(target))
        return Error{target, 0, 0, PostFilesText::tr("not inside the site")};
    if (QFileInfo::exists(target))
        return Error{target, 0, 0, PostFilesText::tr("exists already")};
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return Error{target, 0, 0, PostFilesText::tr("cannot create the folder")};
    if (!QDir().rename(unit.moved, target))
        return Error{config.relativePath(unit.moved), 0, 0, PostFilesText::tr("cannot move to %1").arg(config.relativePath(target))};
    const QString post = unit.bundle ? target + QLatin1Char('/') + QFileInfo(unit.relative).fileName() : target;
    return config.relativePath(post);
}

} // namespace

Result<QString> renamePost(const SiteConfig &config, const QString &path, const QString &newSlug)
{
    const Result<PostUnit> unit = unitOf(config, path);
    if (!unit)
        return unit.error();
    if (newSlug.isEmpty() || newSlug.contains(QLatin1Char('/')) || newSlug.startsWith(QLatin1Char('.')))
        return Error{path, 0, 0, PostFilesText::tr("\"%1\" is not a file name").arg(newSlug)};
    const QFileInfo moved(unit.value().moved);
    QString name = newSlug;
    if (!unit.value().bundle) {
        if (config.kind == SiteKind::Jekyll) {
            if (const auto jekyll = parseJekyllFileName(moved.fileName()))
                name = jekyll->dateText + QLatin1Char('-') + name;
        }
        name += QLatin1Char('.') + moved.suffix();
    }
    return moveUnit(config, unit.value(), moved.absolutePath() + QLatin1Char('/') + name);
}

Result<QString> movePost(const SiteConfig &config, const QString &path, const QString &folder)
{
    const Result<PostUnit> unit = unitOf(config, path);
    if (!unit)
        return unit.error();
    const QString target = config.absolutePath(folder) + QLatin1Char('/') + QFileInfo(unit.value().moved).fileName();
    return moveUnit(config, unit.value(), target);
}

Result<Success> trashPost(const SiteConfig &config, const QString &path)
{
    const Result<PostUnit> unit = unitOf(config, path);
    if (!unit)
        return unit.error();
    if (!QFile::moveToTrash(unit.value().moved))
        return Error{unit.value().relative, 0, 0, PostFilesText::tr("cannot move to the trash")};
    return Success{};
}

Result<QString> publishPost(const SiteConfig &config, const QString &path, const QDate &today)
{
    const Result<PostUnit> unit = unitOf(config, path);
    if (!unit)
        return unit.error();
    const QString relative = unit.value().relative;
    if (config.kind == SiteKind::Jekyll) {
        QStringList parts = relative.split(QLatin1Char('/'));
        const qsizetype drafts = parts.lastIndexOf(QStringLiteral("_drafts"));
        if (drafts < 0)
            return Error{relative, 0, 0, PostFilesText::tr("not a draft: it is not in a _drafts folder")};
        parts[drafts] = QStringLiteral("_posts");
        parts.last() = today.toString(QStringLiteral("yyyy-MM-dd")) + QLatin1Char('-') + parts.last();
        return moveUnit(config, unit.value(), config.absolutePath(parts.join(QLatin1Char('/'))));
    }
    Result<Post> loaded = Post::load(config.absolutePath(relative));
    if (!loaded)
        return loaded.error();
    Post post = std::move(loaded).value();
    if (const auto set = post.setField(QStringLiteral("draft"), Value::fromBool(false)); !set)
        return set.error();
    if (const auto saved = post.save(); !saved)
        return saved.error();
    return relative;
}

} // namespace postwright
