// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitepreview/hugogenerator.h"

#include "export/exportsettings.h"
#include "files/atomicwrite.h"
#include "sitepreview/hugooutput.h"
#include "sitepreview/hugoversion.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace postwright {

// The messages keep SiteServer's translation context: they were its own.
QString HugoGenerator::prepare(const SiteConfig &config, const QString &cacheBase)
{
    m_config = config;
    const Result<QVariantMap> settings = readHugoSettings(config);
    if (!settings)
        return settings.error().toString();
    m_settings = settings.value();

    m_binary = findHugoBinary(m_chosenBinary);
    if (m_binary.isEmpty())
        return m_chosenBinary.trimmed().isEmpty()
                   ? QCoreApplication::translate("postwright::SiteServer", "hugo is not installed (no hugo on the PATH). Install it (Debian: apt install hugo) "
                        "or choose a hugo binary in Settings.")
                   : QCoreApplication::translate("postwright::SiteServer", "The chosen hugo binary %1 is not an executable file.").arg(m_chosenBinary);
    const HugoProbe probe = probeHugo(m_binary);
    if (!probe.version)
        return probe.error;
    if (const std::optional<HugoVersionHint> hint = siteHugoVersionHint(config.root); hint && *probe.version < hint->version)
        return QCoreApplication::translate("postwright::SiteServer", "This site is built with hugo %1 (%2 says so), but %3 is hugo %4. Choose a newer hugo binary in Settings.")
            .arg(hint->version.toString(), hint->file, m_binary, probe.version->toString());

    m_folders = hugoPreviewFolders(cacheBase, config.root);
    QDir(m_folders.overlay).removeRecursively();
    if (!QDir().mkpath(m_folders.overlay))
        return QCoreApplication::translate("postwright::SiteServer", "Cannot create the preview folder %1").arg(m_folders.overlay);
    m_ownConfigDir = mirrorHugoConfigFolder(config.root, m_folders.configDir);
    const QByteArray extra = hugoPreviewConfig(config, m_settings, m_folders).toUtf8();
    if (const Result<Success> written = writeFileAtomically(m_folders.extraConfig, extra); !written)
        return written.error().toString();
    return {};
}

QStringList HugoGenerator::arguments(int port, const QString &basePath) const
{
    QStringList configs;
    if (!m_config.configFile.isEmpty())
        configs << m_config.configFile;
    configs << m_folders.extraConfig;
    QStringList args{QStringLiteral("server"),
            QStringLiteral("--source"), m_config.root,
            QStringLiteral("--config"), configs.join(QLatin1Char(',')),
            QStringLiteral("--bind"), QStringLiteral("127.0.0.1"),
            QStringLiteral("--port"), QString::number(port),
            QStringLiteral("--baseURL"), QStringLiteral("http://127.0.0.1") + basePath,
            QStringLiteral("--buildDrafts"), QStringLiteral("--buildFuture"), QStringLiteral("--buildExpired"),
            // Nothing in the site: no lock file, caches and output in ours.
            QStringLiteral("--noBuildLock"),
            QStringLiteral("--cacheDir"), m_folders.cacheDir,
            QStringLiteral("--destination"), m_folders.destination,
            // The preview reloads itself; the last good page stays on an error.
            QStringLiteral("--disableLiveReload"), QStringLiteral("--disableBrowserError"),
            QStringLiteral("--noHTTPCache")};
    // The site's config folder without its module files (hugo would take
    // their mounts over the overlay's).
    if (m_ownConfigDir)
        args << QStringLiteral("--configDir") << m_folders.configDir;
    return args;
}

QProcessEnvironment HugoGenerator::environment() const
{
    // The site's config folder (config/_default/, config/development/)
    // overrides every --config file; hugo's environment overrides it: its
    // processed images and hugo_stats.json stay out of the site.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HUGO_RESOURCEDIR"), m_folders.resourceDir);
    environment.insert(QStringLiteral("HUGO_BUILD_WRITESTATS"), QStringLiteral("false"));
    return environment;
}

QString HugoGenerator::workFolder() const
{
    return QFileInfo(m_folders.overlay).absolutePath();
}

QString HugoGenerator::overlayFileOf(const QString &postPath, QString *problem)
{
    const QString relative = overlayPathOf(m_config, m_settings, postPath);
    if (relative.isEmpty()) {
        if (problem)
            *problem = QCoreApplication::translate("postwright::SiteServer", "hugo does not read this file: it is not in the site's content folder.");
        return {};
    }
    const QString target = QDir(m_folders.overlay).filePath(relative);
    QDir().mkpath(QFileInfo(target).absolutePath());
    return target;
}

ServerLine HugoGenerator::parseLine(QStringView line) const
{
    return parseHugoLine(line);
}

void HugoGenerator::cleanUp()
{
    if (!m_folders.overlay.isEmpty())
        QDir(m_folders.overlay).removeRecursively();
}

} // namespace postwright
