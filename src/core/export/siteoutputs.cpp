// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/siteoutputs.h"

#include "export/exportertext.h"
#include "export/exportworkers.h"
#include "export/generatedpaths.h"
#include "export/localreference.h"

#include <QDir>
#include <QFileInfo>
#include <QMutexLocker>
#include <QSet>

#include <vector>

namespace postwright {
namespace {

// The output stamps of the files just put in place (and of entries that
// have none yet), taken after the rename, which changes a file's times.
void stampOutputs(ExportManifest &manifest, const QString &out, const QStringList &written, QThreadPool *pool)
{
    const QSet<QString> fresh(written.cbegin(), written.cend());
    std::vector<std::pair<const QString *, ManifestEntry *>> stale;
    manifest.forEach([&](const QString &output, ManifestEntry &entry) {
        if (entry.outputStamp.isEmpty() || fresh.contains(output))
            stale.emplace_back(&output, &entry);
    });
    // Each entry stamped on its own: no two tasks touch the same one.
    const auto stamp = [&out](const std::pair<const QString *, ManifestEntry *> &item) {
        item.second->outputStamp = outputStamp(out + QLatin1Char('/') + *item.first);
    };
    forEachOn(pool, stale, stamp);
}

} // namespace

SiteOutputs::SiteOutputs(const SiteConfig &config, ExportOutput &output, const ExportManifest &previous)
    : m_config(config)
    , m_output(output)
    , m_previous(previous)
    , m_out(output.path())
{
}

bool SiteOutputs::claim(const QString &output, const QString &source)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_claimed.find(output);
    if (it == m_claimed.end()) {
        m_claimed.insert(output, source);
        return true;
    }
    if (it.value() == source)
        return true;
    if (source < it.value()) {
        it.value() = source;
        return true;
    }
    return false;
}

QString SiteOutputs::claimant(const QString &output) const
{
    QMutexLocker lock(&m_mutex);
    return m_claimed.value(output);
}

QString SiteOutputs::copiedTo(const QString &output) const
{
    QMutexLocker lock(&m_mutex);
    return m_assetSources.value(output);
}

QString SiteOutputs::takenOutput(const QString &output) const
{
    if (const QString generated = generatedOutput(m_config, output); !generated.isEmpty())
        return ExporterText::tr("%1 is already %2: not written").arg(output, generated);
    if (const QString reserved = takenAtOrAbove(output, [this](const QString &path) { return m_reserved.contains(path); });
        !reserved.isEmpty())
        return ExporterText::tr("%1 is already %2: not written").arg(output, m_reserved.value(reserved));
    return {};
}

bool SiteOutputs::write(const QString &relative, const QByteArray &bytes, const QString &source, QList<Error> &warnings,
                        ExportOutput::Phase phase)
{
    return m_output.write(relative, bytes, phase, source, warnings);
}

bool SiteOutputs::writeClaimed(const QString &relative, const QByteArray &bytes, const QString &source,
                               QList<Error> &warnings)
{
    QMutexLocker stripe(&stripeOf(relative));
    if (claimant(relative) != source || !copiedTo(relative).isEmpty())
        return false;   // another post's page, or a file a post shows (exportSite reports it)
    if (!write(relative, bytes, source, warnings))
        return false;
    QMutexLocker lock(&m_mutex);
    m_stagedPages.insert(relative, source);
    return true;
}

SiteOutputs::Copy SiteOutputs::copy(const QString &source, const QString &output, const QString &postPath,
                                    QList<Error> &warnings)
{
    QMutexLocker stripe(&stripeOf(output));
    bool pageThere = false;
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_assetSources.constFind(output);
        if (it != m_assetSources.cend()) {
            if (it.value() != source) {
                warnings.append(Error{postPath, 0, 0, ExporterText::tr("%1 and %2 would both be copied to %3")
                                                          .arg(m_config.relativePath(it.value()),
                                                               m_config.relativePath(source), output)});
                return Copy::Refused;
            }
            return Copy::Kept;
        }
        m_assetSources.insert(output, source);
        pageThere = m_claimed.contains(output);
    }
    const QString target = QDir::cleanPath(m_out + QLatin1Char('/') + output);
    if (!target.startsWith(m_out + QLatin1Char('/')))
        return Copy::Refused;
    const QFileInfo from(source);
    const QFileInfo to(target);
    if (!pageThere && to.exists() && to.size() == from.size() && to.lastModified() == from.lastModified())
        return Copy::Kept;
    if (!m_output.copy(source, output, postPath, warnings))
        return Copy::Refused;
    return Copy::Copied;
}

void SiteOutputs::restoreCopy(const QString &output, QList<Error> &warnings)
{
    const QString source = copiedTo(output);
    {
        // Staged again: the last one staged for output is the one put in place.
        QMutexLocker stripe(&stripeOf(output));
        m_output.copy(source, output, m_config.relativePath(source), warnings);
    }
    QMutexLocker lock(&m_mutex);
    ManifestEntry copy;
    copy.kind = ManifestEntry::Kind::Asset;
    copy.source = m_config.relativePath(source);
    m_manifest.insert(output, copy);   // stamped once in place (commit)
}

QByteArray SiteOutputs::stampOf(const QString &output, const QString &source)
{
    QMutexLocker stripe(&stripeOf(output));
    {
        QMutexLocker lock(&m_mutex);
        if (const auto it = m_stagedPages.constFind(output); it != m_stagedPages.cend() && it.value() != source)
            return {};
    }
    return outputStamp(m_out + QLatin1Char('/') + output);
}

void SiteOutputs::adoptCopies(const QStringList &assets)
{
    for (const QString &asset : assets) {
        const ManifestEntry *copy = m_previous.entry(asset);
        if (copy && !copy->source.isEmpty()) {
            QMutexLocker lock(&m_mutex);
            if (!m_assetSources.contains(asset))
                m_assetSources.insert(asset, m_config.absolutePath(copy->source));
        }
    }
}

void SiteOutputs::record(const QString &output, ManifestEntry entry)
{
    QMutexLocker lock(&m_mutex);
    if (entry.kind == ManifestEntry::Kind::Post && m_claimed.value(output) != entry.source)
        return;   // the page went to another post
    m_manifest.insert(output, entry);
    for (const QString &asset : entry.assets) {
        if (!m_manifest.contains(asset)) {
            ManifestEntry a;
            a.kind = ManifestEntry::Kind::Asset;
            if (const QString source = m_assetSources.value(asset); isWithin(source, m_config.root))
                a.source = m_config.relativePath(source);
            // As the export last wrote it; a copy made now is stamped anew.
            if (const ManifestEntry *before = m_previous.entry(asset))
                a.outputStamp = before->outputStamp;
            m_manifest.insert(asset, a);
        }
    }
}

Result<SiteOutputs::Committed> SiteOutputs::commit(const ExportManifest &earlier, bool clean, QThreadPool *pool)
{
    const std::optional<Error> failed = m_output.failure();
    const Result<Success> committed = failed ? Result<Success>(*failed) : m_output.commit(pool);
    if (!committed)
        return committed.error();
    stampOutputs(m_manifest, m_out, m_output.written(), pool);
    Committed result;
    // Outputs of an earlier export that this one did not make.
    if (clean) {
        result.staleRemoved = m_output.removeStale(earlier, m_manifest, result.warnings);
    } else {
        for (const QString &stale : earlier.outputs()) {
            if (m_manifest.contains(stale))
                continue;
            // Kept for a later --clean, but no longer any post's page.
            ManifestEntry entry = *earlier.entry(stale);
            entry.source.clear();
            m_manifest.insert(stale, entry);
            ++result.staleKept;
        }
    }
    if (const Result<Success> saved = m_manifest.save(m_out); !saved)
        result.warnings.append(saved.error());
    result.written = m_output.written();
    result.written.sort();
    return result;
}

} // namespace postwright
