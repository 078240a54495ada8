// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentsupport/recoverystore.h"

#include "files/atomicwrite.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace postwright {
namespace {

// The translation context of this file's messages (lupdate reads "RecoveryStoreText::tr").
struct RecoveryStoreText
{
    Q_DECLARE_TR_FUNCTIONS(postwright::RecoveryStore)
};

std::optional<RecoveryStore::Entry> readEntry(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    if (!o.contains(QLatin1String("text")))
        return std::nullopt;
    return RecoveryStore::Entry{o.value(QLatin1String("key")).toString(), o.value(QLatin1String("text")).toString(),
                                QDateTime::fromString(o.value(QLatin1String("savedAt")).toString(), Qt::ISODateWithMs)};
}

} // namespace

RecoveryStore::RecoveryStore(QString folder)
    : m_folder(std::move(folder))
{
}

QString RecoveryStore::fileFor(const QString &key) const
{
    const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex();
    return QDir(m_folder).filePath(QString::fromLatin1(hash) + QStringLiteral(".json"));
}

Result<Success> RecoveryStore::write(const QString &key, const QString &text)
{
    if (!QDir().mkpath(m_folder))
        return Error{m_folder, 0, 0, RecoveryStoreText::tr("cannot create the recovery folder")};
    const QJsonObject o{{QStringLiteral("key"), key},
                        {QStringLiteral("text"), text},
                        {QStringLiteral("savedAt"), QDateTime::currentDateTime().toString(Qt::ISODateWithMs)}};
    const QByteArray bytes = QJsonDocument(o).toJson(QJsonDocument::Compact);
    if (Result<Success> written = writeFileAtomically(fileFor(key), bytes); !written)
        return Error{written.error().path, 0, 0, RecoveryStoreText::tr("cannot write the recovery file: %1").arg(written.error().message)};
    return Success{};
}

std::optional<RecoveryStore::Entry> RecoveryStore::find(const QString &key) const
{
    return readEntry(fileFor(key));
}

void RecoveryStore::remove(const QString &key)
{
    QFile::remove(fileFor(key));
}

QList<RecoveryStore::Entry> RecoveryStore::entries() const
{
    QList<Entry> out;
    const QFileInfoList files = QDir(m_folder).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Time);
    for (const QFileInfo &info : files) {
        if (auto entry = readEntry(info.absoluteFilePath()))
            out.append(*entry);
    }
    return out;
}

} // namespace postwright
