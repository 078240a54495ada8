// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "commands.h"
#include "output.h"

#include "site/newpost.h"

#include <QCoreApplication>
#include <QDir>

namespace postwright::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postwright::cli", text);
}

} // namespace

int newCommand(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption tags(QStringLiteral("tags"), tr("Comma-separated tags."), QStringLiteral("a,b"));
    const QCommandLineOption draft(QStringLiteral("draft"), tr("A draft (Jekyll: in _drafts/)."));
    const QCommandLineOption bundle(QStringLiteral("bundle"), tr("A page bundle: SLUG/index.md."));
    const QCommandLineOption section(QStringLiteral("section"), tr("Hugo: the content section (default: posts)."),
                                     QStringLiteral("SECTION"));
    const QCommandLineOption kind = kindOption();
    parser.addOptions({tags, draft, bundle, section, kind});
    if (!parseCommand(parser, args, 2, QStringLiteral("SITE TITLE [--tags a,b] [--draft] [--bundle] [--section S]")))
        return Usage;
    const QStringList positional = parser.positionalArguments();
    const QString site = positional.at(1);
    const std::optional<IndexOptions> options = indexOptions(parser, kind);
    if (!options)
        return Usage;
    const Result<SiteConfig> config = detectSite(site, options->kind);
    if (!config) {
        err(config.error());
        return Usage;
    }
    NewPostOptions post;
    post.title = positional.mid(2).join(QLatin1Char(' ')).trimmed();
    for (const QString &tag : parser.value(tags).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!tag.trimmed().isEmpty())
            post.tags.append(tag.trimmed());
    }
    post.draft = parser.isSet(draft);
    post.bundle = parser.isSet(bundle);
    post.section = parser.value(section);
    const Result<QString> created = createPost(config.value(), post);
    if (!created) {
        Error error = created.error();
        if (!QDir::isAbsolutePath(error.path) && !error.path.isEmpty())
            error.path = sitePath(site, error.path);
        err(error);
        return Usage;
    }
    out(sitePath(site, created.value()));
    return Ok;
}

} // namespace postwright::cli
