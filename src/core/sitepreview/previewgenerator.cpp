// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitepreview/previewgenerator.h"

#include "sitepreview/hugogenerator.h"
#include "sitepreview/jekyllgenerator.h"
#include "export/exportsettings.h"
#include "site/configfile.h"
#include "sitepreview/hugopreviewconfig.h"
#include "sitepreview/hugoversion.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>

namespace postwright {

std::unique_ptr<PreviewGenerator> makePreviewGenerator(SiteKind kind, const QString &hugoBinary)
{
    switch (kind) {
    case SiteKind::Hugo:
        return std::make_unique<HugoGenerator>(hugoBinary);
    case SiteKind::Jekyll:
        return std::make_unique<JekyllGenerator>();
    default:
        return nullptr;
    }
}

void PreviewGenerator::releaseOverlayFile(const QString &overlayFile)
{
    QFile::remove(overlayFile);
}

bool siteHasOwnLook(const SiteConfig &config)
{
    if (config.kind == SiteKind::Hugo) {
        const Result<QVariantMap> settings = readHugoSettings(config);
        return settings && hugoSiteHasOwnLayouts(config, settings.value());
    }
    if (config.kind != SiteKind::Jekyll)
        return false;
    if (!config.configFile.isEmpty()) {
        if (const Result<QVariantMap> read = readConfigFile(config.configFile);
            read && (read.value().contains(QStringLiteral("theme")) || read.value().contains(QStringLiteral("remote_theme"))))
            return true;
    }
    QDirIterator it(config.absolutePath(QStringLiteral("_layouts")), {QStringLiteral("*.html")}, QDir::Files, QDirIterator::Subdirectories);
    return it.hasNext();
}

bool generatorFound(SiteKind kind, const QString &hugoBinary)
{
    if (kind == SiteKind::Hugo)
        return !findHugoBinary(hugoBinary).isEmpty();
    if (kind == SiteKind::Jekyll)
        return !QStandardPaths::findExecutable(QStringLiteral("jekyll")).isEmpty()
               || !QStandardPaths::findExecutable(QStringLiteral("bundle")).isEmpty();
    return false;
}

QString previewFolderOf(const QString &base, const QString &root)
{
    const QByteArray id = QCryptographicHash::hash(QDir::cleanPath(root).toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QDir(base).filePath(QString::fromLatin1(id));
}

} // namespace postwright
