// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "site/indexbuilder.h"

#include "site/indexcache.h"
#include "site/siterules.h"

#include <QCoreApplication>
#include <QPromise>
#include <QtConcurrent>

namespace postwright {
namespace {

// The translation context of this file's messages (lupdate reads "SiteIndexText::tr").
struct SiteIndexText
{
    Q_DECLARE_TR_FUNCTIONS(postwright::SiteIndex)
};

// Files per parallel batch: large enough to keep both cores busy, small
// enough that progress moves and a cancel is seen quickly.
constexpr qsizetype batchSize = 512;

bool canceled(const IndexProgress &progress)
{
    return progress.canceled && progress.canceled();
}

void report(const IndexProgress &progress, qsizetype done, qsizetype total)
{
    if (progress.report)
        progress.report(int(done), int(total));
}

Result<SiteIndex> buildIndex(const SiteConfig &config, const IndexOptions &options, const IndexProgress &progress,
                             const QHash<QString, PostRecord> &known, bool cacheLoaded)
{
    const SiteListing listing = listSiteFiles(config);
    IndexStats stats;
    stats.files = int(listing.files.size());
    stats.cacheLoaded = cacheLoaded;

    const PostRead scope = options.frontMatterOnly ? PostRead::FrontMatter : PostRead::WholeFile;
    QList<PostRecord> records(listing.files.size());
    QList<qsizetype> toRead;
    for (qsizetype i = 0; i < listing.files.size(); ++i) {
        const SiteFile &file = listing.files.at(i);
        const auto it = known.constFind(file.path);
        if (it != known.cend() && it->size == file.size && it->modified == file.modified && it->changed == file.changed
            && it->kind == file.kind)
            records[i] = *it;
        else
            toRead.append(i);
    }
    stats.reused = int(listing.files.size() - toRead.size());

    report(progress, 0, toRead.size());
    for (qsizetype start = 0; start < toRead.size(); start += batchSize) {
        if (canceled(progress))
            return Error{config.root, 0, 0, SiteIndexText::tr("indexing was canceled")};
        const QList<qsizetype> batch = toRead.mid(start, batchSize);
        const QList<PostRecord> read = QtConcurrent::blockingMapped<QList<PostRecord>>(
            batch, [&config, &listing, scope](qsizetype i) { return readPostRecord(config, listing.files.at(i), scope); });
        for (qsizetype j = 0; j < batch.size(); ++j)
            records[batch.at(j)] = read.at(j);
        report(progress, start + batch.size(), toRead.size());
    }
    stats.parsed = int(toRead.size());

    const bool changed = stats.parsed > 0 || known.size() != records.size();
    SiteIndex index(config, records, listing.warnings);
    index.setFolderErrors(listing.errors);
    if (options.useCache && !options.frontMatterOnly && (changed || !cacheLoaded)) {
        const IndexCache cache(config.root, options.cacheDir);
        // A cache that cannot be written only makes the next start slower.
        stats.cacheWritten = cache.save(config.fingerprint, index.posts()).ok();
    }
    index.setStats(stats);
    return index;
}

} // namespace

Result<SiteIndex> indexSite(const QString &root, const IndexOptions &options, const IndexProgress &progress)
{
    Result<SiteConfig> config = detectSite(root, options.kind);
    if (!config)
        return config.error();
    QHash<QString, PostRecord> known;
    if (options.useCache)
        known = IndexCache(config.value().root, options.cacheDir).load(config.value().fingerprint);
    return buildIndex(config.value(), options, progress, known, !known.isEmpty());
}

Result<SiteIndex> refreshSiteIndex(const SiteIndex &previous, const IndexOptions &options,
                                   const IndexProgress &progress)
{
    IndexOptions refreshOptions = options;
    refreshOptions.kind = previous.config().kind;
    Result<SiteConfig> config = detectSite(previous.config().root, refreshOptions.kind);
    if (!config)
        return config.error();
    QHash<QString, PostRecord> known;
    if (config.value().fingerprint == previous.config().fingerprint) {
        known.reserve(previous.posts().size());
        for (const PostRecord &record : previous.posts())
            known.insert(record.path, record);
    }
    return buildIndex(config.value(), refreshOptions, progress, known, true);
}

QFuture<Result<SiteIndex>> indexSiteInBackground(const QString &root, const IndexOptions &options)
{
    return QtConcurrent::run([root, options](QPromise<Result<SiteIndex>> &promise) {
        IndexProgress progress;
        progress.report = [&promise](int done, int total) {
            promise.setProgressRange(0, total);
            promise.setProgressValue(done);
        };
        progress.canceled = [&promise] { return promise.isCanceled(); };
        Result<SiteIndex> index = indexSite(root, options, progress);
        if (!promise.isCanceled())
            promise.addResult(std::move(index));
    });
}

} // namespace postwright
