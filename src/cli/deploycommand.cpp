// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "commands.h"
#include "output.h"

#include "deploy/sitedeployer.h"

#include <QCoreApplication>

#include <cstdio>

namespace postwright::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postwright::cli", text);
}

void printPlan(const DeployReport &report)
{
    const QString added = report.dryRun ? tr("would upload (new): %1") : tr("uploaded (new): %1");
    const QString changed = report.dryRun ? tr("would upload (changed): %1") : tr("uploaded (changed): %1");
    const QString deleted = report.dryRun ? tr("would delete: %1") : tr("deleted: %1");
    for (qsizetype i = 0; i < report.uploaded.size(); ++i)
        out((i < report.added ? added : changed).arg(report.uploaded.at(i)));
    for (const QString &file : report.deleted)
        out(deleted.arg(file));
    if (!report.kept.isEmpty())
        out(QCoreApplication::translate("postwright::cli", "%n stale file(s) an earlier deploy uploaded left in place (--delete removes them)",
                                        nullptr, int(report.kept.size())));
}

} // namespace

int deployCommand(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption to(QStringLiteral("to"),
                                tr("Where to: a folder, git:REMOTE#BRANCH, rsync:[USER@]HOST:PATH or sftp://[USER@]HOST[:PORT]/PATH."),
                                QStringLiteral("DEST"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("List what would be uploaded and deleted; change nothing there."));
    const QCommandLineOption remove(QStringLiteral("delete"),
                                    tr("Remove files that an earlier deploy uploaded and the site no longer has."));
    parser.addOptions({to, dryRun, remove});
    const QString syntax = QStringLiteral("SITE --to DEST [--dry-run] [--delete]");
    if (!parseCommand(parser, args, 1, syntax))
        return Usage;
    if (!parser.isSet(to)) {
        err(tr("postwright-cli deploy: --to DEST is required\nusage: postwright-cli deploy %1").arg(syntax));
        return Usage;
    }
    const QString site = parser.positionalArguments().at(1);
    DeployOptions options;
    options.dest = parser.value(to);
    options.dryRun = parser.isSet(dryRun);
    options.removeStale = parser.isSet(remove);
    DeployProgress progress;
    progress.step = [](const QString &line) { err(line); };
    progress.transport = [](const QByteArray &chunk) {
        std::fwrite(chunk.constData(), 1, size_t(chunk.size()), stderr);
        std::fflush(stderr);
    };
    releaseFreedMemoryAtOnce();   // the deploy exports the whole site first
    const Result<DeployReport> result = deploySite(site, options, progress);
    if (!result) {
        err(result.error());
        return Usage;
    }
    const DeployReport &report = result.value();
    reportProblems(site, report.exported.warnings);
    if (report.failure) {
        err(*report.failure);
        out(tr("deploy stopped: the destination still has the earlier site whole; deploy again to finish"));
        return Findings;
    }
    if (report.dryRun)
        out(tr("dry run: nothing was uploaded or deleted"));
    printPlan(report);
    if (!report.commit.isEmpty())
        out(tr("pushed %1 to %2").arg(report.commit.left(7), report.target.branch));
    if (!report.dryRun && report.bytesSent > 0)
        out(tr("%1 byte(s) sent").arg(report.bytesSent));
    out(QStringLiteral("deploy: %1 uploaded, %2 deleted, %3 unchanged")
            .arg(report.uploaded.size())
            .arg(report.deleted.size())
            .arg(report.unchanged));
    return Ok;
}

} // namespace postwright::cli
