// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "deploy/deployplan.h"

#include "export/exportmanifest.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace postwright {

Result<QHash<QString, DeployFile>> scanExport(const QString &outDir, const DeployRecord &record, const DeployHash &hash)
{
    const ExportManifest manifest = ExportManifest::load(outDir);
    QHash<QString, DeployFile> files;
    files.reserve(manifest.size());
    for (const QString &output : manifest.outputs()) {
        const QString path = outDir + QLatin1Char('/') + output;
        DeployFile file;
        file.stamp = outputStamp(path);
        if (file.stamp.isEmpty())
            continue;   // not written (a failed page) or not a plain file
        file.size = file.stamp.left(file.stamp.indexOf(':')).toLongLong();
        if (const auto known = record.files.constFind(output);
            known != record.files.cend() && !known->hash.isEmpty() && known->stamp == file.stamp) {
            file.hash = known->hash;
        } else {
            QFile in(path);
            if (!in.open(QIODevice::ReadOnly))
                return Error{path, 0, 0, QCoreApplication::translate("postwright::Deploy", "cannot read the exported file: %1").arg(in.errorString())};
            file.hash = hash(in.readAll());
        }
        files.insert(output, file);
    }
    return files;
}

DeployPlan planDeploy(const QHash<QString, DeployFile> &local, const QHash<QString, QByteArray> &remote,
                      const QSet<QString> &owned, bool removeStale)
{
    DeployPlan plan;
    for (auto it = local.cbegin(); it != local.cend(); ++it) {
        const auto there = remote.constFind(it.key());
        if (there == remote.cend())
            plan.added.append(it.key());
        else if (there->isEmpty() || *there != it->hash)
            plan.changed.append(it.key());
        else
            ++plan.unchanged;
    }
    for (const QString &path : owned) {
        if (local.contains(path) || !remote.contains(path))
            continue;
        (removeStale ? plan.stale : plan.kept).append(path);
    }
    plan.added.sort();
    plan.changed.sort();
    plan.stale.sort();
    plan.kept.sort();
    return plan;
}

DeployRecord recordAfter(const QHash<QString, DeployFile> &local, const DeployRecord &before, const DeployPlan &plan)
{
    DeployRecord after;
    after.files.reserve(local.size() + plan.kept.size());
    for (auto it = local.cbegin(); it != local.cend(); ++it)
        after.files.insert(it.key(), {it->hash, it->stamp});
    for (const QString &path : plan.kept)
        after.files.insert(path, before.files.value(path));
    return after;
}

} // namespace postwright
