// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "commands.h"
#include "output.h"

#include "site/buildoptions.h"
#include "site/indexbuilder.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace postwright::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postwright::cli", text);
}

QJsonValue jsonRecord(const SiteIndex &index, const PostRecord &record, const QDateTime &now)
{
    QJsonObject object;
    object.insert(QStringLiteral("path"), record.path);
    object.insert(QStringLiteral("title"), record.title);
    object.insert(QStringLiteral("date"), record.dateText ? QJsonValue(*record.dateText) : QJsonValue());
    // A draft by its front matter or by its section's cascade.
    object.insert(QStringLiteral("draft"), record.isDraft());
    // Published: the generator writes a page for it now (a headless or
    // never-render page is listed, but has none).
    object.insert(QStringLiteral("published"), index.isPublished(record, now) && buildOptions(index, record).writesPage());
    object.insert(QStringLiteral("tags"), QJsonArray::fromStringList(record.tags()));
    object.insert(QStringLiteral("categories"), QJsonArray::fromStringList(record.categories()));
    object.insert(QStringLiteral("kind"), postKindName(record.kind));
    // Hugo's build options, when they are not the defaults: the post is the
    // user's file and listed here, but the export follows hugo.
    if (const BuildOptions build = buildOptions(index, record); !build.isDefault()) {
        QJsonObject options;
        options.insert(QStringLiteral("render"), renderOptionName(build.render));
        options.insert(QStringLiteral("list"), listOptionName(build.list));
        options.insert(QStringLiteral("publishResources"), build.publishResources);
        object.insert(QStringLiteral("build"), options);
    }
    return object;
}

QString padded(const QString &text, qsizetype width)
{
    return text.leftJustified(width, QLatin1Char(' '), true);
}

void printTable(const SiteIndex &index, const QDateTime &now)
{
    out(padded(tr("STATE"), 10) + QLatin1Char(' ') + padded(tr("DATE"), 10) + QLatin1Char(' ') + padded(tr("KIND"), 7)
        + QLatin1Char(' ') + padded(tr("TITLE"), 40) + QLatin1Char(' ') + tr("PATH"));
    for (const PostRecord &record : index.posts()) {
        const QString state = record.error                                 ? tr("error")
                              : !buildOptions(index, record).writesPage() ? tr("no page")
                                                                          : postStateName(index.state(record, now));
        out(padded(state, 10) + QLatin1Char(' ') + padded(record.dateText.value_or(QStringLiteral("-")), 10)
            + QLatin1Char(' ') + padded(postKindName(record.kind), 7) + QLatin1Char(' ') + padded(record.title, 40)
            + QLatin1Char(' ') + record.path);
    }
    out(QCoreApplication::translate("postwright::cli", "%n post(s)", nullptr, int(index.posts().size())));
}

} // namespace

std::optional<IndexOptions> indexOptions(const QCommandLineParser &parser, const QCommandLineOption &kind)
{
    IndexOptions options;
    if (parser.isSet(kind)) {
        options.kind = siteKindFromName(parser.value(kind));
        if (!options.kind) {
            err(tr("postwright-cli: --kind must be hugo, jekyll, zola or plain, not \"%1\"").arg(parser.value(kind)));
            return std::nullopt;
        }
    }
    return options;
}

QCommandLineOption kindOption()
{
    return QCommandLineOption(QStringLiteral("kind"), tr("Read the site as KIND (hugo, jekyll, zola, plain) instead of detecting it."),
                              QStringLiteral("KIND"));
}

QString sitePath(const QString &site, const QString &relative)
{
    // Some problems are about files outside the site (the export's output).
    if (QDir::isAbsolutePath(relative))
        return QDir::cleanPath(relative);
    return QDir::cleanPath(site + QLatin1Char('/') + relative);
}

void reportProblems(const QString &site, const QList<Error> &problems)
{
    for (Error error : problems) {
        error.path = sitePath(site, error.path);
        err(error);
    }
}

int indexCommand(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("One JSON record per post."));
    const QCommandLineOption kind = kindOption();
    const QCommandLineOption noCache(QStringLiteral("no-cache"), tr("Neither read nor write the on-disk index cache."));
    parser.addOptions({json, kind, noCache});
    if (!parseCommand(parser, args, 1, QStringLiteral("SITE [--json] [--kind KIND] [--no-cache]")))
        return Usage;
    std::optional<IndexOptions> options = indexOptions(parser, kind);
    if (!options)
        return Usage;
    options->useCache = !parser.isSet(noCache);
    const QString site = parser.positionalArguments().at(1);
    const Result<SiteIndex> index = indexSite(site, *options);
    if (!index) {
        err(index.error());
        return Usage;
    }
    const QDateTime now = QDateTime::currentDateTime();
    if (parser.isSet(json)) {
        QJsonArray records;
        for (const PostRecord &record : index.value().posts())
            records.append(jsonRecord(index.value(), record, now));
        writeStdout(QJsonDocument(records).toJson(QJsonDocument::Indented));
    } else {
        printTable(index.value(), now);
    }
    reportProblems(site, index.value().warnings());
    const QList<Error> errors = index.value().errors();
    reportProblems(site, errors);
    return errors.isEmpty() ? Ok : Findings;
}

} // namespace postwright::cli
