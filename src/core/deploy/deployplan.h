// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deploy/deployrecord.h"
#include "text/error.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

namespace postwright {

// One file of the exported site, as a deploy sends it.
struct DeployFile
{
    QByteArray hash;
    QByteArray stamp;   // outputStamp() when hashed
    qint64 size = 0;
};

// The hash a destination compares by (XXH3 for files, the blob id for Git).
using DeployHash = std::function<QByteArray(const QByteArray &bytes)>;

// The files of the export in outDir (its manifest's outputs), relative to
// outDir, each hashed with hash; a file whose stamp is the one record has
// for it keeps the record's hash without being read again.
Result<QHash<QString, DeployFile>> scanExport(const QString &outDir, const DeployRecord &record, const DeployHash &hash);

// What a deploy does, in this order: added files first (nothing links to
// them yet), then the changed ones are replaced, then stale ones removed.
struct DeployPlan
{
    QStringList added;      // not at the destination (as far as it is known)
    QStringList changed;    // there with other bytes
    QStringList stale;      // an earlier deploy uploaded them, the site has them no more: removed
    QStringList kept;       // the same, left in place (without --delete)
    int unchanged = 0;
};

// Compares the export (local) with what the destination has (remote: path
// -> hash, an empty hash never matches) and what earlier deploys uploaded
// (owned): only owned files are ever stale, and only with removeStale
// are they removed. Lists are sorted.
DeployPlan planDeploy(const QHash<QString, DeployFile> &local, const QHash<QString, QByteArray> &remote,
                      const QSet<QString> &owned, bool removeStale);

// The record after a deploy that did all of plan: every local file, and the
// owned files it kept.
DeployRecord recordAfter(const QHash<QString, DeployFile> &local, const DeployRecord &before, const DeployPlan &plan);

} // namespace postwright
