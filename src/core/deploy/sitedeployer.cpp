// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "deploy/sitedeployer.h"

#include "deploy/deployplan.h"
#include "deploy/deployrecord.h"
#include "deploy/deployuploader.h"
#include "deploy/gitdeploy.h"
#include "export/exportmanifest.h"
#include "export/siteexporter.h"
#include "export/siteexportplan.h"
#include "site/siteconfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>

namespace postwright {
namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("postwright::Deploy", text, nullptr, n);
}

QByteArray xxh3Hex(const QByteArray &bytes)
{
    return contentDigest(bytes).toHex();
}

void say(const DeployProgress &progress, const QString &line)
{
    if (progress.step)
        progress.step(line);
}

// A folder destination is one the export could write to: not the site,
// not holding it, not inside a folder the export reads (links resolved).
std::optional<Error> checkFolder(const QString &root, const DeployTarget &target)
{
    const QString dest = target.folder;
    const Result<SiteConfig> config = detectSite(root);
    if (!config)
        return config.error();
    if (std::optional<Error> problem = outputFolderProblem(config.value(), dest))
        return Error{dest, 0, 0, tr("the destination cannot take the site: %1").arg(problem->message)};
    if (QFileInfo(dest).exists() && !QFileInfo(dest).isDir())
        return Error{dest, 0, 0, tr("the destination is a file, not a folder")};
    return std::nullopt;
}

Result<SiteExportReport> exportForDeploy(const QString &root, const QString &outDir, const DeployOptions &options,
                                         const DeployProgress &progress)
{
    SiteExportOptions exportOptions;
    exportOptions.outDir = outDir;
    exportOptions.pruneStale = true;
    exportOptions.jobs = options.jobs;
    QDir().mkpath(outDir);
    ExportProgress exportProgress;
    exportProgress.canceled = progress.canceled;
    Result<SiteExportReport> exported = exportSite(root, exportOptions, exportProgress);
    if (exported && exported.value().canceled)
        return Error{root, 0, 0, tr("canceled: nothing was deployed")};
    if (exported && exported.value().pagesFailed > 0)
        return Error{root, 0, 0, QCoreApplication::translate("postwright::Deploy", "%n page(s) could not be exported: nothing was deployed", nullptr, exported.value().pagesFailed)};
    return exported;
}

// The record while an upload runs: files about to be sent are owned (a
// later --delete may remove them) and their bytes unknown (sent again).
DeployRecord pendingRecord(const DeployRecord &before, const DeployPlan &plan)
{
    DeployRecord pending = before;
    for (const QString &file : plan.added + plan.changed)
        pending.files[file] = {};
    return pending;
}

void uploadSteps(DeployUploader &uploader, const DeployPlan &plan, const DeployProgress &progress, DeployReport &report)
{
    const auto stop = [&](const Error &error) { report.failure = error; };
    if (!plan.added.isEmpty()) {
        say(progress, QCoreApplication::translate("postwright::Deploy", "uploading %n new file(s)", nullptr, int(plan.added.size())));
        if (const Result<Success> put = uploader.put(plan.added, false); !put)
            return stop(put.error());
    }
    if (!plan.changed.isEmpty()) {
        say(progress, QCoreApplication::translate("postwright::Deploy", "replacing %n changed file(s)", nullptr, int(plan.changed.size())));
        if (const Result<Success> put = uploader.put(plan.changed, true); !put)
            return stop(put.error());
    }
    if (!plan.stale.isEmpty()) {
        say(progress, QCoreApplication::translate("postwright::Deploy", "removing %n stale file(s)", nullptr, int(plan.stale.size())));
        if (const Result<Success> removed = uploader.remove(plan.stale); !removed)
            return stop(removed.error());
    }
}

void fillPlan(DeployReport &report, const DeployPlan &plan)
{
    report.uploaded = plan.added + plan.changed;
    report.added = int(plan.added.size());
    report.deleted = plan.stale;
    report.kept = plan.kept;
    report.unchanged = plan.unchanged;
}

QSet<QString> ownedBy(const DeployRecord &record)
{
    QSet<QString> owned;
    owned.reserve(record.files.size());
    for (auto it = record.files.cbegin(); it != record.files.cend(); ++it)
        owned.insert(it.key());
    return owned;
}

QHash<QString, QByteArray> hashesOf(const DeployRecord &record)
{
    QHash<QString, QByteArray> hashes;
    hashes.reserve(record.files.size());
    for (auto it = record.files.cbegin(); it != record.files.cend(); ++it)
        hashes.insert(it.key(), it->hash);
    return hashes;
}

void deployFiles(const QString &root, const QString &outDir, const DeployOptions &options, const DeployProgress &progress,
                 DeployReport &report)
{
    const QString recordFile = DeployRecord::fileFor(root, report.target.spec);
    const DeployRecord before = DeployRecord::load(recordFile);
    const auto local = scanExport(outDir, before, xxh3Hex);
    if (!local)
        return void(report.failure = local.error());
    const DeployPlan plan = planDeploy(local.value(), hashesOf(before), ownedBy(before), options.removeStale);
    fillPlan(report, plan);
    if (options.dryRun)
        return;
    if (const Result<Success> saved = pendingRecord(before, plan).save(recordFile, root, report.target.spec); !saved)
        return void(report.failure = saved.error());
    const auto uploader = DeployUploader::create(report.target, outDir, options.password);
    uploader->setCanceled(progress.canceled);
    uploadSteps(*uploader, plan, progress, report);
    report.bytesSent = uploader->bytesSent();
    if (report.failure)
        return;
    if (const Result<Success> saved = recordAfter(local.value(), before, plan).save(recordFile, root, report.target.spec); !saved)
        report.failure = saved.error();
}

QString commitMessage(const QString &root, const DeployPlan &plan)
{
    return tr("Deploy %1: %2 file(s) uploaded, %3 deleted\n\nMade by postwright-cli deploy from the site's export.\n")
        .arg(QFileInfo(root).fileName())
        .arg(plan.added.size() + plan.changed.size())
        .arg(plan.stale.size());
}

void deployGit(const QString &root, const QString &cache, const QString &outDir, const DeployOptions &options,
               const DeployProgress &progress, DeployReport &report)
{
    GitDeploy git(root, report.target, cache + QStringLiteral("/repository.git"));
    say(progress, tr("fetching %1 from %2").arg(report.target.branch, report.target.remote));
    if (const Result<Success> fetched = git.fetch(progress.transport); !fetched)
        return void(report.failure = fetched.error());
    const auto remote = git.remoteFiles();
    if (!remote)
        return void(report.failure = remote.error());
    const QString recordFile = DeployRecord::fileFor(root, report.target.spec);
    const DeployRecord before = DeployRecord::load(recordFile);
    const auto local = scanExport(outDir, before, GitDeploy::blobHash);
    if (!local)
        return void(report.failure = local.error());
    const DeployPlan plan = planDeploy(local.value(), remote.value(), ownedBy(before), options.removeStale);
    fillPlan(report, plan);
    if (options.dryRun)
        return;
    const Result<QString> commit = git.commit(outDir, plan, commitMessage(root, plan));
    if (!commit)
        return void(report.failure = commit.error());
    if (progress.canceled && progress.canceled())
        return void(report.failure = Error{report.target.spec, 0, 0, tr("canceled")});
    if (!commit.value().isEmpty()) {
        say(progress, tr("pushing %1 to %2").arg(commit.value().left(7), report.target.branch));
        if (const Result<Success> pushed = git.push(commit.value(), progress.transport); !pushed)
            return void(report.failure = pushed.error());
        report.commit = commit.value();
    }
    for (const QString &file : report.uploaded)
        report.bytesSent += local.value().value(file).size;
    if (const Result<Success> saved = recordAfter(local.value(), before, plan).save(recordFile, root, report.target.spec); !saved)
        report.failure = saved.error();
}

} // namespace

Result<DeployReport> deploySite(const QString &root, const DeployOptions &options, const DeployProgress &progress)
{
    if (!QFileInfo(root).isDir())
        return Error{root, 0, 0, tr("no such folder")};
    const Result<DeployTarget> target = DeployTarget::parse(options.dest);
    if (!target)
        return target.error();
    if (target.value().kind == DeployTarget::Kind::Folder) {
        if (const std::optional<Error> bad = checkFolder(root, target.value()))
            return *bad;
    }
    DeployReport report;
    report.target = target.value();
    report.dryRun = options.dryRun;
    const QString cache = deployCacheFolder(root, report.target.spec);
    const QString outDir = cache + QStringLiteral("/site");
    // One deploy of a site to a destination at a time: they share the export and the record.
    QDir().mkpath(cache);
    QLockFile lock(cache + QStringLiteral("/lock"));
    if (!lock.tryLock(0))
        return Error{root, 0, 0, tr("another deploy of this site to %1 is running").arg(report.target.spec)};
    say(progress, tr("exporting the site"));
    const Result<SiteExportReport> exported = exportForDeploy(root, outDir, options, progress);
    if (!exported)
        return exported.error();
    report.exported = exported.value();
    if (report.target.kind == DeployTarget::Kind::Git)
        deployGit(root, cache, outDir, options, progress, report);
    else
        deployFiles(root, outDir, options, progress, report);
    return report;
}

} // namespace postwright
