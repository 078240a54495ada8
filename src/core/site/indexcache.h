// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "site/postrecord.h"
#include "text/error.h"

#include <QHash>
#include <QList>
#include <QString>

namespace postwright {

// The on-disk index of one site: its records keyed by path, each valid while
// its file keeps its size and modification time, and all of them only while
// the site's config fingerprint is the same. One file per site under the
// cache folder, in QDataStream form (reading 10k records takes milliseconds).
class IndexCache final
{
public:
    // cacheDir empty: defaultDirectory().
    IndexCache(const QString &siteRoot, const QString &cacheDir = {});

    // $POSTWRIGHT_CACHE_DIR when set, else the user's cache folder
    // (QStandardPaths::CacheLocation) + "/site-index".
    static QString defaultDirectory();

    QString filePath() const { return m_filePath; }

    // The cached records by path; empty when there is no cache, it is for
    // another fingerprint, or it is damaged (a cache is never trusted blindly).
    QHash<QString, PostRecord> load(const QString &fingerprint) const;
    Result<Success> save(const QString &fingerprint, const QList<PostRecord> &records) const;

private:
    QString m_siteRoot;
    QString m_filePath;
};

} // namespace postwright
