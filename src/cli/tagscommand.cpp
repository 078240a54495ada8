// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "commands.h"
#include "output.h"

#include "site/indexbuilder.h"
#include "site/termorder.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace postwright::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postwright::cli", text);
}

const QStringList taxonomies = {QStringLiteral("tags"), QStringLiteral("categories")};

} // namespace

int tagsCommand(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("{\"tags\": {term: count}, \"categories\": {...}}."));
    const QCommandLineOption kind = kindOption();
    parser.addOptions({json, kind});
    if (!parseCommand(parser, args, 1, QStringLiteral("SITE [--json] [--kind KIND]")))
        return Usage;
    const std::optional<IndexOptions> options = indexOptions(parser, kind);
    if (!options)
        return Usage;
    const QString site = parser.positionalArguments().at(1);
    const Result<SiteIndex> index = indexSite(site, *options);
    if (!index) {
        err(index.error());
        return Usage;
    }
    if (parser.isSet(json)) {
        QJsonObject object;
        for (const QString &taxonomy : taxonomies) {
            QJsonObject counts;
            const QMap<QString, int> terms = index.value().termCounts(taxonomy);
            for (auto it = terms.cbegin(); it != terms.cend(); ++it)
                counts.insert(it.key(), it.value());
            object.insert(taxonomy, counts);
        }
        writeStdout(QJsonDocument(object).toJson(QJsonDocument::Indented));
    } else {
        for (const QString &taxonomy : taxonomies) {
            out(taxonomy + QLatin1Char(':'));
            const QMap<QString, int> terms = index.value().termCounts(taxonomy);
            for (const QString &term : sortedTerms(terms.keys()))
                out(QStringLiteral("%1  %2").arg(terms.value(term), 6).arg(term));
        }
    }
    const QList<Error> errors = index.value().errors();
    reportProblems(site, errors);
    return errors.isEmpty() ? Ok : Findings;
}

} // namespace postwright::cli
