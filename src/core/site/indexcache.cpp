// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "site/indexcache.h"

#include "files/atomicwrite.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace postwright {
namespace {

// The translation context of this file's messages (lupdate reads "IndexCacheText::tr").
struct IndexCacheText
{
    Q_DECLARE_TR_FUNCTIONS(postwright::IndexCache)
};

constexpr quint32 magic = 0x50574958;   // "PWIX"
// 4: dates keep their kind; 5: Jekyll singular terms; 6: change time; 7: build options; 8: little-endian
constexpr quint32 formatVersion = 16;   // 9: Hugo cascade; 10: a post dated in a DST gap has its date; 11: cascaded dates;
                                        // 12: Hugo weight and linkTitle, hugo's strict date layouts;
                                        // 13: Jekyll's YAML timestamps without a zone in UTC; 14: Hugo dates without one in UTC;
                                        // 15: or in the Hugo config's timeZone; 16: the post's own URL
constexpr auto streamVersion = QDataStream::Qt_6_4;

} // namespace

IndexCache::IndexCache(const QString &siteRoot, const QString &cacheDir) : m_siteRoot(siteRoot)
{
    const QString dir = cacheDir.isEmpty() ? defaultDirectory() : cacheDir;
    const QByteArray key = QCryptographicHash::hash(siteRoot.toUtf8(), QCryptographicHash::Sha1).toHex();
    m_filePath = QDir(dir).filePath(QString::fromLatin1(key) + QStringLiteral(".pwindex"));
}

QString IndexCache::defaultDirectory()
{
    const QString fromEnv = qEnvironmentVariable("POSTWRIGHT_CACHE_DIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/site-index");
}

QHash<QString, PostRecord> IndexCache::load(const QString &fingerprint) const
{
    QFile file(m_filePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    QDataStream in(bytes);
    in.setVersion(streamVersion);
    // The machine's own order: strings are copied, not byte-swapped.
    in.setByteOrder(QDataStream::LittleEndian);
    quint32 fileMagic = 0;
    quint32 version = 0;
    QString root;
    QString cachedFingerprint;
    qint32 count = 0;
    in >> fileMagic >> version;
    if (fileMagic != magic || version != formatVersion)
        return {};
    in >> root >> cachedFingerprint >> count;
    if (in.status() != QDataStream::Ok || root != m_siteRoot || cachedFingerprint != fingerprint || count < 0)
        return {};
    QHash<QString, PostRecord> records;
    records.reserve(count);
    for (qint32 i = 0; i < count; ++i) {
        PostRecord record;
        in >> record;
        if (in.status() != QDataStream::Ok)
            return {};
        records.insert(record.path, record);
    }
    return records;
}

Result<Success> IndexCache::save(const QString &fingerprint, const QList<PostRecord> &records) const
{
    if (!QDir().mkpath(QFileInfo(m_filePath).absolutePath()))
        return Error{m_filePath, 0, 0, IndexCacheText::tr("cannot create the cache folder")};
    QByteArray bytes;
    {
        QDataStream out(&bytes, QIODevice::WriteOnly);
        out.setVersion(streamVersion);
        out.setByteOrder(QDataStream::LittleEndian);
        out << magic << formatVersion << m_siteRoot << fingerprint << qint32(records.size());
        for (const PostRecord &record : records)
            out << record;
    }
    if (Result<Success> written = writeFileAtomically(m_filePath, bytes); !written)
        return Error{m_filePath, 0, 0, IndexCacheText::tr("cannot write the index cache: %1").arg(written.error().message)};
    return Success{};
}

} // namespace postwright
