// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sitepreview/hugopreviewconfig.h"
#include "sitepreview/previewgenerator.h"

#include <QVariantMap>

namespace postwright {

// `hugo server` from memory, drafts, future and expired pages included, with
// an extra config (hugoPreviewConfig) that mounts an overlay folder over
// content; --noBuildLock, the caches and the destination in the cache
// folder: nothing is written into the site.
class HugoGenerator final : public PreviewGenerator
{
public:
    explicit HugoGenerator(QString chosenBinary)
        : m_chosenBinary(std::move(chosenBinary))
    {
    }

    QString name() const override { return QStringLiteral("hugo"); }
    QString prepare(const SiteConfig &config, const QString &cacheBase) override;
    QString program() const override { return m_binary; }
    QStringList arguments(int port, const QString &basePath) const override;
    QProcessEnvironment environment() const override;
    QString workFolder() const override;
    QString overlayFileOf(const QString &postPath, QString *problem) override;
    ServerLine parseLine(QStringView line) const override;
    void cleanUp() override;

private:
    QString m_chosenBinary;
    QString m_binary;
    SiteConfig m_config;
    QVariantMap m_settings;
    HugoPreviewFolders m_folders;
    bool m_ownConfigDir = false;   // --configDir m_folders.configDir
};

} // namespace postwright
