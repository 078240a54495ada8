// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "commands.h"
#include "output.h"

#include "site/indexbuilder.h"
#include "site/termedit.h"

#include <QCoreApplication>

namespace postwright::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postwright::cli", text);
}

const QString synopsis = QStringLiteral("rename OLD NEW SITE | merge FROM INTO SITE | delete TERM SITE "
                                        "[--taxonomy categories] [--dry-run] [--force]");

} // namespace

int tagCommand(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption taxonomy(QStringLiteral("taxonomy"), tr("The taxonomy to edit (default: tags)."),
                                      QStringLiteral("NAME"), QStringLiteral("tags"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Print the files that would change; change none."));
    const QCommandLineOption kind = kindOption();
    const QCommandLineOption force = forceOption();
    parser.addOptions({taxonomy, dryRun, kind, force});
    if (!parseCommand(parser, args, 3, synopsis))
        return Usage;
    const QStringList positional = parser.positionalArguments().mid(1);
    TermEdit edit;
    const QString action = positional.at(0);
    qsizetype expected = 4;
    if (action == QLatin1String("rename")) {
        edit.kind = TermEdit::Kind::Rename;
    } else if (action == QLatin1String("merge")) {
        edit.kind = TermEdit::Kind::Merge;
    } else if (action == QLatin1String("delete")) {
        edit.kind = TermEdit::Kind::Delete;
        expected = 3;
    } else {
        err(tr("postwright-cli tag: unknown action \"%1\"\nusage: postwright-cli tag %2").arg(action, synopsis));
        return Usage;
    }
    if (positional.size() != expected) {
        err(tr("postwright-cli tag %1: wrong number of arguments\nusage: postwright-cli tag %2").arg(action, synopsis));
        return Usage;
    }
    edit.term = positional.at(1);
    edit.replacement = expected == 4 ? positional.at(2) : QString();
    edit.taxonomy = parser.value(taxonomy);
    const QString site = positional.last();
    if (edit.term.trimmed().isEmpty() || (expected == 4 && edit.replacement.trimmed().isEmpty())) {
        err(tr("postwright-cli tag %1: a term cannot be empty").arg(action));
        return Usage;
    }

    const std::optional<IndexOptions> options = indexOptions(parser, kind);
    if (!options)
        return Usage;
    const Result<SiteIndex> index = indexSite(site, *options);
    if (!index) {
        err(index.error());
        return Usage;
    }
    if (!index.value().config().hasTaxonomy(edit.taxonomy)) {
        err(tr("postwright-cli tag: the site has no taxonomy \"%1\" (it has: %2)")
                .arg(edit.taxonomy, index.value().config().taxonomyNames().join(QStringLiteral(", "))));
        return Usage;
    }
    // What the walk skipped (a link out of the site...) is not edited: say so.
    reportProblems(site, index.value().warnings());
    const TermEditPlan plan = planTermEdit(index.value(), edit);
    reportProblems(site, plan.problems);
    if (plan.changes.isEmpty()) {
        if (plan.problems.isEmpty())
            err(tr("postwright-cli tag: no post has %1 \"%2\"").arg(edit.taxonomy, edit.term));
        return Findings;
    }
    if (parser.isSet(dryRun)) {
        for (const QString &path : plan.files())
            out(sitePath(site, path));
        return plan.problems.isEmpty() ? Ok : Findings;
    }
    TermEditOptions editOptions;
    editOptions.replaceReadOnly = parser.isSet(force);
    const TermEditReport report = applyTermEditPlan(index.value().config(), plan, editOptions);
    for (const QString &path : report.written)
        out(sitePath(site, path));
    // Deleted by another program meanwhile: nothing left to change.
    reportProblems(site, report.skipped);
    for (Error error : report.failed) {
        error.path = sitePath(site, error.path);
        reportWriteError(error);
    }
    return report.failed.isEmpty() && plan.problems.isEmpty() ? Ok : Findings;
}

} // namespace postwright::cli
