// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/error.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace postwright {

// What one exported file was made from, so that the next export into the
// same folder can leave it alone when nothing it shows has changed.
struct ManifestEntry
{
    enum class Kind : qint32 { Post, List, Asset };
    Kind kind = Kind::Post;
    QString source;          // posts and assets: the input, relative to the site
    QByteArray settingsKey;  // templates, options and site settings at the time
    QByteArray statKey;      // posts: fileStamp() of the input
    QByteArray contentHash;  // posts: contentDigest() of the input; lists: of the output
    QByteArray depsKey;      // posts: sizes and times of every file it refers to
    QStringList deps;        // posts: those files, absolute
    QStringList assets;      // posts: the copied files, relative to OUT
    // Posts: what the list pages and the feed show.
    QString url;
    QString summary;
    qint32 readingMinutes = 0;
    QList<Error> warnings;   // reported again when the page is skipped
    // outputStamp() of the written file: one edited by hand, or replaced by
    // a link, is written again.
    QByteArray outputStamp;
};

// The manifest kept in OUT/.postwright-export: output path (relative to OUT)
// -> entry. A binary QDataStream file, read and written whole.
class ExportManifest final
{
public:
    static QString fileName();

    // An unreadable or foreign file is an empty manifest.
    static ExportManifest load(const QString &outDir);
    Result<Success> save(const QString &outDir) const;

    const ManifestEntry *entry(const QString &output) const;
    void insert(const QString &output, const ManifestEntry &entry) { m_entries.insert(output, entry); }
    bool contains(const QString &output) const { return m_entries.contains(output); }
    QStringList outputs() const { return m_entries.keys(); }
    void forEach(const std::function<void(const QString &output, ManifestEntry &entry)> &visit)
    {
        for (auto it = m_entries.begin(); it != m_entries.end(); ++it)
            visit(it.key(), it.value());
    }
    qsizetype size() const { return m_entries.size(); }

private:
    QHash<QString, ManifestEntry> m_entries;
};

// "size:mtime;" of a file, mtime in ms since the epoch; "-;" when there is
// no such file. Straight from stat(): QFileInfo's times go through local
// time, and with TZ unset glibc reads /etc/localtime again for each.
QByteArray fileStamp(const QString &absolutePath);
// fileStamp() of an output file itself, not of what a link points to;
// empty when it is not there or not a plain file.
QByteArray outputStamp(const QString &absolutePath);

// The fileStamp() of each path, in order.
QByteArray statKeyOf(const QStringList &absolutePaths,
                     const std::function<QByteArray(const QString &)> &stamp = fileStamp);

// Tells whether bytes changed since an export: XXH3's 128-bit hash. Nothing
// here needs a cryptographic hash, and this one costs a tenth of SHA-1 on
// the hundred megabytes of a large site.
QByteArray contentDigest(QByteArrayView bytes);

} // namespace postwright
