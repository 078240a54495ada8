// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/exportmanifest.h"

#include "files/atomicwrite.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <qplatformdefs.h>

#include <xxhash.h>

namespace postwright {
namespace {

constexpr quint32 magic = 0x50574558;   // "PWEX"
constexpr quint32 version = 6;   // 2: outputStamp; 3: copied files stamped too; 4: warning codes; 5: what Liquid read; 6: reading time

} // namespace

// Internal, but in postwright itself so that QList's operators find them.
static QDataStream &operator<<(QDataStream &stream, const Error &error)
{
    return stream << error.path << qint32(error.line) << qint32(error.column) << error.message << error.code;
}

static QDataStream &operator>>(QDataStream &stream, Error &error)
{
    qint32 line = 0;
    qint32 column = 0;
    stream >> error.path >> line >> column >> error.message >> error.code;
    error.line = line;
    error.column = column;
    return stream;
}

static QDataStream &operator<<(QDataStream &stream, const ManifestEntry &e)
{
    return stream << qint32(e.kind) << e.source << e.settingsKey << e.statKey << e.contentHash << e.depsKey << e.deps
                  << e.assets << e.url << e.summary << e.readingMinutes << e.warnings << e.outputStamp;
}

static QDataStream &operator>>(QDataStream &stream, ManifestEntry &e)
{
    qint32 kind = 0;
    stream >> kind >> e.source >> e.settingsKey >> e.statKey >> e.contentHash >> e.depsKey >> e.deps >> e.assets
        >> e.url >> e.summary >> e.readingMinutes >> e.warnings >> e.outputStamp;
    e.kind = ManifestEntry::Kind(kind);
    return stream;
}

QString ExportManifest::fileName()
{
    return QStringLiteral(".postwright-export");
}

ExportManifest ExportManifest::load(const QString &outDir)
{
    ExportManifest manifest;
    QFile file(QDir(outDir).filePath(fileName()));
    if (!file.open(QIODevice::ReadOnly))
        return manifest;
    QDataStream stream(&file);
    stream.setVersion(QDataStream::Qt_6_4);
    quint32 m = 0;
    quint32 v = 0;
    stream >> m >> v;
    if (m != magic || v != version)
        return manifest;
    QHash<QString, ManifestEntry> entries;
    stream >> entries;
    if (stream.status() == QDataStream::Ok)
        manifest.m_entries = std::move(entries);
    return manifest;
}

Result<Success> ExportManifest::save(const QString &outDir) const
{
    QByteArray bytes;
    {
        QDataStream stream(&bytes, QIODevice::WriteOnly);
        stream.setVersion(QDataStream::Qt_6_4);
        stream << magic << version << m_entries;
    }
    // A link in its place is replaced, never written through.
    return writeFileAtomically(QDir(outDir).filePath(fileName()), bytes);
}

const ManifestEntry *ExportManifest::entry(const QString &output) const
{
    const auto it = m_entries.constFind(output);
    return it == m_entries.cend() ? nullptr : &it.value();
}

namespace {

// Size and modification time, and also the inode's change time and number,
// which no copy tool sets back: a file replaced by one of the same size and
// time (cp -p, rsync -a, touch -r) still counts as changed.
QByteArray stampOf(const QT_STATBUF &info)
{
    const qint64 modified = qint64(info.st_mtim.tv_sec) * 1000000000 + info.st_mtim.tv_nsec;
    const qint64 changed = qint64(info.st_ctim.tv_sec) * 1000000000 + info.st_ctim.tv_nsec;
    return QByteArray::number(qint64(info.st_size)) + ':' + QByteArray::number(modified) + ':'
           + QByteArray::number(changed) + ':' + QByteArray::number(quint64(info.st_ino));
}

} // namespace

QByteArray fileStamp(const QString &absolutePath)
{
    QT_STATBUF info;
    if (QT_STAT(QFile::encodeName(absolutePath).constData(), &info) != 0)
        return QByteArrayLiteral("-;");
    return stampOf(info) + ';';
}

QByteArray outputStamp(const QString &absolutePath)
{
    QT_STATBUF info;
    if (QT_LSTAT(QFile::encodeName(absolutePath).constData(), &info) != 0 || !S_ISREG(info.st_mode))
        return {};
    return stampOf(info);
}

QByteArray statKeyOf(const QStringList &absolutePaths, const std::function<QByteArray(const QString &)> &stamp)
{
    QByteArray key;
    for (const QString &path : absolutePaths)
        key += stamp(path);
    return key;
}

QByteArray contentDigest(QByteArrayView bytes)
{
    XXH128_canonical_t canonical;
    XXH128_canonicalFromHash(&canonical, XXH3_128bits(bytes.data(), std::size_t(bytes.size())));
    return QByteArray(reinterpret_cast<const char *>(canonical.digest), sizeof canonical.digest);
}

} // namespace postwright
