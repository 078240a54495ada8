// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitepreview/hugoversion.h"

#include "site/configfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QHash>
#include <QMutex>
#include <QStandardPaths>

#include <sys/stat.h>

namespace postwright {

QString HugoVersion::toString() const
{
    return QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(patch);
}

std::optional<HugoVersion> parseHugoVersion(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral(R"((?:^|[^\d.])v?(\d+)\.(\d+)(?:\.(\d+))?([-+]extended)?)"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    HugoVersion version;
    version.major = match.captured(1).toInt();
    version.minor = match.captured(2).toInt();
    version.patch = match.captured(3).toInt();
    version.extended = !match.captured(4).isEmpty();
    return version;
}

namespace {

QByteArray readSmallFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(64 * 1024);
}

// HUGO_VERSION anywhere in netlify.toml: [build.environment],
// [context.production.environment]...
std::optional<HugoVersion> netlifyHint(const QVariantMap &map)
{
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (it.key() == QLatin1String("HUGO_VERSION"))
            return parseHugoVersion(it.value().toString());
        if (it.value().typeId() == QMetaType::QVariantMap) {
            if (auto found = netlifyHint(it.value().toMap()))
                return found;
        }
    }
    return std::nullopt;
}

std::optional<HugoVersion> lineHint(const QByteArray &bytes, const QRegularExpression &pattern)
{
    const QRegularExpressionMatch match = pattern.match(QString::fromUtf8(bytes));
    return match.hasMatch() ? parseHugoVersion(match.captured(1)) : std::nullopt;
}

} // namespace

std::optional<HugoVersionHint> siteHugoVersionHint(const QString &root)
{
    const QDir dir(root);
    if (const QByteArray bytes = readSmallFile(dir.filePath(QStringLiteral(".hugo_version"))); !bytes.isEmpty()) {
        if (auto version = parseHugoVersion(QString::fromUtf8(bytes).trimmed()))
            return HugoVersionHint{*version, QStringLiteral(".hugo_version")};
    }
    if (QFileInfo::exists(dir.filePath(QStringLiteral("netlify.toml")))) {
        if (const Result<QVariantMap> netlify = readConfigFile(dir.filePath(QStringLiteral("netlify.toml")))) {
            if (auto version = netlifyHint(netlify.value()))
                return HugoVersionHint{*version, QStringLiteral("netlify.toml")};
        }
    }
    static const QRegularExpression envLine(QStringLiteral(R"((?m)^\s*(?:export\s+)?HUGO_VERSION\s*=\s*["']?([^"'\s]+))"));
    if (auto version = lineHint(readSmallFile(dir.filePath(QStringLiteral(".env"))), envLine))
        return HugoVersionHint{*version, QStringLiteral(".env")};
    static const QRegularExpression toolLine(QStringLiteral(R"((?m)^\s*hugo(?:-extended)?\s+(?:extended_)?(\S+))"));
    if (auto version = lineHint(readSmallFile(dir.filePath(QStringLiteral(".tool-versions"))), toolLine))
        return HugoVersionHint{*version, QStringLiteral(".tool-versions")};
    return std::nullopt;
}

QString findHugoBinary(const QString &chosen)
{
    const QString wanted = chosen.trimmed();
    if (wanted.isEmpty())
        return QStandardPaths::findExecutable(QStringLiteral("hugo"));
    if (wanted.contains(QLatin1Char('/'))) {
        const QFileInfo info(QDir::cleanPath(QDir::fromNativeSeparators(wanted)));
        return info.isFile() && info.isExecutable() ? info.absoluteFilePath() : QString();
    }
    return QStandardPaths::findExecutable(wanted);
}

namespace {

HugoProbe runHugoVersion(const QString &binary)
{
    HugoProbe probe;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(binary, {QStringLiteral("version")});
    if (!process.waitForStarted(5000)) {
        probe.error = QCoreApplication::translate("SiteServer", "%1 does not start: %2").arg(binary, process.errorString());
        return probe;
    }
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished(1000);
        probe.error = QCoreApplication::translate("SiteServer", "%1 version did not answer").arg(binary);
        return probe;
    }
    const QString output = QString::fromUtf8(process.readAll());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0
        || !output.contains(QLatin1String("hugo"), Qt::CaseInsensitive)) {
        probe.error = QCoreApplication::translate("SiteServer", "%1 is not hugo: %2").arg(binary, output.trimmed().left(200));
        return probe;
    }
    probe.version = parseHugoVersion(output);
    if (!probe.version)
        probe.error = QCoreApplication::translate("SiteServer", "%1 gives no version: %2").arg(binary, output.trimmed().left(200));
    return probe;
}

// A binary as it is on disk now: another file at the same path (an
// upgrade, a rename over it) differs in inode, size, or change time.
QString binaryIdentity(const QString &binary)
{
    const QString path = QFileInfo(binary).canonicalFilePath();
    struct stat info{};
    if (path.isEmpty() || ::stat(QFile::encodeName(path).constData(), &info) != 0)
        return {};
    return QStringLiteral("%1 %2:%3 %4 %5.%6 %7.%8")
        .arg(path)
        .arg(info.st_dev)
        .arg(info.st_ino)
        .arg(info.st_size)
        .arg(info.st_mtim.tv_sec)
        .arg(info.st_mtim.tv_nsec)
        .arg(info.st_ctim.tv_sec)
        .arg(info.st_ctim.tv_nsec);
}

} // namespace

HugoProbe probeHugo(const QString &binary)
{
    // Asking hugo costs a process start (tens of milliseconds): the answer
    // is kept per binary for the life of the process, until the file changes.
    static QMutex mutex;
    static QHash<QString, HugoVersion> known;
    const QString identity = binaryIdentity(binary);
    if (!identity.isEmpty()) {
        const QMutexLocker lock(&mutex);
        if (const auto it = known.constFind(identity); it != known.cend())
            return HugoProbe{*it, {}};
    }
    HugoProbe probe = runHugoVersion(binary);
    if (probe.version && !identity.isEmpty()) {
        const QMutexLocker lock(&mutex);
        known.insert(identity, *probe.version);
    }
    return probe;
}

} // namespace postwright
