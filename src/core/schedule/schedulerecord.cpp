// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/schedulerecord.h"

#include "files/atomicwrite.h"
#include "files/datafolder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace postwright {
namespace {

// A record file is a few hundred bytes; anything far bigger is not ours.
constexpr qint64 maxRecordBytes = 64 * 1024;

QString canonicalRoot(const QString &siteRoot)
{
    const QString canonical = QFileInfo(siteRoot).canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(QFileInfo(siteRoot).absoluteFilePath()) : canonical;
}

} // namespace

QString siteScheduleKey(const QString &siteRoot)
{
    return QString::fromLatin1(QCryptographicHash::hash(canonicalRoot(siteRoot).toUtf8(), QCryptographicHash::Sha1).toHex().left(12));
}

QString ScheduleRecord::fileFor(const QString &siteRoot)
{
    return QDir(dataFolder()).filePath(QStringLiteral("schedule/") + siteScheduleKey(siteRoot) + QStringLiteral(".json"));
}

ScheduleRecord ScheduleRecord::load(const QString &siteRoot)
{
    ScheduleRecord record;
    QFile file(fileFor(siteRoot));
    if (file.size() > maxRecordBytes || !file.open(QIODevice::ReadOnly))
        return record;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    record.enabled = root.value(QStringLiteral("enabled")).toBool();
    const QDateTime last = QDateTime::fromString(root.value(QStringLiteral("lastRun")).toString(), Qt::ISODateWithMs);
    if (last.isValid())
        record.lastRun = last;
    const QDateTime retry = QDateTime::fromString(root.value(QStringLiteral("retryAt")).toString(), Qt::ISODateWithMs);
    if (retry.isValid())
        record.retryAt = retry;
    record.deployTo = root.value(QStringLiteral("deployTo")).toString();
    record.removeStale = root.value(QStringLiteral("delete")).toBool();
    return record;
}

Result<Success> ScheduleRecord::save(const QString &siteRoot) const
{
    QJsonObject root{{QStringLiteral("site"), canonicalRoot(siteRoot)},
                     {QStringLiteral("enabled"), enabled},
                     {QStringLiteral("deployTo"), deployTo},
                     {QStringLiteral("delete"), removeStale}};
    if (lastRun)
        root.insert(QStringLiteral("lastRun"), lastRun->toUTC().toString(Qt::ISODateWithMs));
    if (retryAt)
        root.insert(QStringLiteral("retryAt"), retryAt->toUTC().toString(Qt::ISODateWithMs));
    const QString file = fileFor(siteRoot);
    QDir().mkpath(QFileInfo(file).path());
    return writeFileAtomically(file, QJsonDocument(root).toJson(QJsonDocument::Indented));
}

} // namespace postwright
