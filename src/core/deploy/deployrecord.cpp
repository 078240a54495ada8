// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "deploy/deployrecord.h"

#include "files/datafolder.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace postwright {
namespace {

QString keyOf(const QString &siteRoot, const QString &destSpec)
{
    const QString site = QFileInfo(siteRoot).canonicalFilePath().isEmpty()
                             ? QDir::cleanPath(QFileInfo(siteRoot).absoluteFilePath())
                             : QFileInfo(siteRoot).canonicalFilePath();
    const QByteArray both = site.toUtf8() + '\n' + destSpec.toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(both, QCryptographicHash::Sha256).toHex().left(24));
}

} // namespace

QString DeployRecord::fileFor(const QString &siteRoot, const QString &destSpec)
{
    return dataFolder() + QStringLiteral("/deploy/") + keyOf(siteRoot, destSpec) + QStringLiteral(".json");
}

DeployRecord DeployRecord::load(const QString &file)
{
    DeployRecord record;
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return record;
    const QJsonObject files = QJsonDocument::fromJson(in.readAll()).object().value(QStringLiteral("files")).toObject();
    for (auto it = files.begin(); it != files.end(); ++it) {
        const QJsonArray pair = it.value().toArray();
        record.files.insert(it.key(), {pair.at(0).toString().toLatin1(), pair.at(1).toString().toLatin1()});
    }
    return record;
}

Result<Success> DeployRecord::save(const QString &file, const QString &siteRoot, const QString &destSpec) const
{
    QJsonObject entries;
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        entries.insert(it.key(), QJsonArray{QString::fromLatin1(it->hash), QString::fromLatin1(it->stamp)});
    const QJsonObject root{{QStringLiteral("site"), QDir::cleanPath(QFileInfo(siteRoot).absoluteFilePath())},
                           {QStringLiteral("destination"), destSpec},
                           {QStringLiteral("files"), entries}};
    QDir().mkpath(QFileInfo(file).path());
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(root).toJson(QJsonDocument::Compact)) < 0 || !out.commit())
        return Error{file, 0, 0, QCoreApplication::translate("postwright::DeployRecord", "cannot write the deploy record: %1").arg(out.errorString())};
    return Success{};
}

QString deployCacheFolder(const QString &siteRoot, const QString &destSpec)
{
    const QString fromEnv = qEnvironmentVariable("POSTWRIGHT_CACHE_DIR");
    const QString base = fromEnv.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation) : fromEnv;
    return base + QStringLiteral("/deploy/") + keyOf(siteRoot, destSpec);
}

} // namespace postwright
