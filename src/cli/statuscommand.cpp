// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "commands.h"
#include "output.h"

#include "vcs/gitrepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace postwright::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postwright::cli", text);
}

QString branchLine(const GitBranch &branch)
{
    if (branch.detached)
        return tr("HEAD detached (no branch)");
    if (branch.unborn)
        return tr("On branch %1, no commits yet").arg(branch.name);
    if (branch.upstream.isEmpty())
        return tr("On branch %1, no upstream").arg(branch.name);
    return tr("On branch %1: %2 ahead, %3 behind %4")
        .arg(branch.name)
        .arg(branch.ahead)
        .arg(branch.behind)
        .arg(branch.upstream);
}

} // namespace

int statusCommand(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("One JSON record per changed file: {path, state}."));
    parser.addOption(json);
    if (!parseCommand(parser, args, 1, QStringLiteral("SITE [--json]")))
        return Usage;
    const QString site = parser.positionalArguments().at(1);
    const Result<GitRepository> repository = GitRepository::open(site);
    if (!repository) {
        err(repository.error());
        return Usage;
    }
    const Result<QList<GitFileStatus>> files = repository.value().status(site);
    if (!files) {
        err(files.error());
        return Usage;
    }
    if (parser.isSet(json)) {
        QJsonArray records;
        for (const GitFileStatus &file : files.value())
            records.append(QJsonObject{{QStringLiteral("path"), file.path},
                                       {QStringLiteral("state"), gitFileStateName(file.state)}});
        writeStdout(QJsonDocument(records).toJson(QJsonDocument::Indented));
        return Ok;
    }
    const Result<GitBranch> branch = repository.value().branch();
    if (!branch) {
        err(branch.error());
        return Usage;
    }
    out(branchLine(branch.value()));
    for (const GitFileStatus &file : files.value())
        out(gitFileStateName(file.state).leftJustified(11) + file.path);
    if (files.value().isEmpty())
        out(tr("nothing changed"));
    return Ok;
}

} // namespace postwright::cli
