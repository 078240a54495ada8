// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/error.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace postwright {

// What earlier deploys of one site to one destination uploaded: path
// (relative to the site's root there) -> the hash of the bytes sent and
// the stamp of the exported file they came from. Kept in the user's data
// folder, not on the remote: it is no file of the published site, and
// losing it costs one full upload (every file is sent again) and makes
// --delete forget what it may remove; it never removes too much.
struct DeployRecord
{
    struct File
    {
        QByteArray hash;    // empty: an upload was under way (its bytes unknown)
        QByteArray stamp;   // outputStamp() of the exported file when it was hashed
    };
    QHash<QString, File> files;

    // dataFolder()/deploy/KEY.json, KEY from the site's folder and DEST.
    static QString fileFor(const QString &siteRoot, const QString &destSpec);
    // A missing or unreadable file is an empty record (everything is sent).
    static DeployRecord load(const QString &file);
    // Written whole or not at all (QSaveFile).
    Result<Success> save(const QString &file, const QString &siteRoot, const QString &destSpec) const;
};

// The folder deploys of a site to a destination keep their export (and, for
// Git, their repository) in: $POSTWRIGHT_CACHE_DIR/deploy/KEY, else the
// user's cache folder.
QString deployCacheFolder(const QString &siteRoot, const QString &destSpec);

} // namespace postwright
