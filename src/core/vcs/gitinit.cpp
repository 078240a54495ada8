// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vcs/gitinit.h"

#include "files/atomicwrite.h"
#include "vcs/gitrepository.h"
#include "vcs/gitsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace postwright {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postwright", text);
}

} // namespace

QStringList generatorIgnoreLines(SiteKind kind)
{
    switch (kind) {
    case SiteKind::Hugo:
        return {QStringLiteral("/public/"), QStringLiteral("/resources/_gen/"), QStringLiteral(".hugo_build.lock")};
    case SiteKind::Jekyll:
        return {QStringLiteral("/_site/"), QStringLiteral("/.jekyll-cache/"), QStringLiteral(".sass-cache/")};
    case SiteKind::Zola:
        return {QStringLiteral("/public/")};
    case SiteKind::Plain:
        break;
    }
    return {};
}

Result<Success> makeSiteRepository(const SiteConfig &site)
{
    git::ensureInitialized();
    if (const Result<GitRepository> existing = GitRepository::open(site.root); existing)
        return Error{site.root, 0, 0, tr("already in the Git repository at %1").arg(existing.value().workdir())};
    const QString ignorePath = QDir(site.root).filePath(QStringLiteral(".gitignore"));
    QByteArray ignore;
    if (QFile file(ignorePath); file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return Error{ignorePath, 0, 0, tr("cannot read it: %1").arg(file.errorString())};
        ignore = file.readAll();
    }
    const QList<QByteArray> present = ignore.split('\n');
    QByteArray added;
    for (const QString &line : generatorIgnoreLines(site.kind)) {
        if (!present.contains(line.toUtf8()))
            added += line.toUtf8() + '\n';
    }
    git_repository_init_options options = GIT_REPOSITORY_INIT_OPTIONS_INIT;
    options.flags = GIT_REPOSITORY_INIT_MKPATH;
    options.initial_head = "main";
    git_repository *raw = nullptr;
    if (git_repository_init_ext(&raw, QFile::encodeName(site.root).constData(), &options) != 0)
        return git::lastError(site.root, tr("cannot make a Git repository"));
    git_repository_free(raw);
    if (added.isEmpty())
        return Success{};
    if (!ignore.isEmpty() && !ignore.endsWith('\n'))
        ignore += '\n';
    if (ignore.isEmpty())
        ignore = "# What the site generator writes: built again from the sources.\n";
    return writeFileAtomically(ignorePath, ignore + added);
}

} // namespace postwright
