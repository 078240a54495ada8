// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deploy/deploytarget.h"
#include "export/exportoptions.h"
#include "text/error.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace postwright {

struct DeployOptions
{
    QString dest;              // --to DEST (see DeployTarget::parse)
    bool dryRun = false;       // plan only: nothing is uploaded, the record stays
    bool removeStale = false;  // --delete: remove files earlier deploys uploaded that the site has no more
    QString password;          // SFTP: from the system keychain (the GUI)
    int jobs = 0;              // the export's threads
};

struct DeployReport
{
    DeployTarget target;
    SiteExportReport exported;
    QStringList uploaded;      // new files, then the changed ones
    QStringList deleted;       // with --delete
    QStringList kept;          // stale files left at the destination (without --delete)
    int added = 0;             // of uploaded: files that were not there
    int unchanged = 0;
    qint64 bytesSent = 0;      // what the transport sent (rsync: with its deltas)
    QString commit;            // Git: the commit pushed (empty: none needed)
    bool dryRun = false;
    // Set when the deploy stopped: the destination still has the earlier
    // site, with at most some new files no page links to yet.
    std::optional<Error> failure;
};

// Lines that tell what a deploy is doing, and the transport's own (git's
// progress); both may be empty.
struct DeployProgress
{
    std::function<void(const QString &)> step;
    std::function<void(const QByteArray &)> transport;
    // Asked between files (and while rsync runs): true stops the deploy
    // where it is, the destination whole.
    std::function<bool()> canceled;
};

// Exports the site at root incrementally into the deploy's own folder (in
// the user's cache) and sends what changed since the last deploy to the
// same destination, in an order that keeps the site there whole: new files
// first, then the changed ones replaced, then (removeStale) stale ones
// removed. An Error when nothing could start (a bad destination, an export
// that fails); a deploy that stops on the way returns its report with
// failure set.
Result<DeployReport> deploySite(const QString &root, const DeployOptions &options, const DeployProgress &progress = {});

} // namespace postwright
