// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "site/indexbuilder.h"

#include "site/indexcache.h"
#include "site/siterules.h"

#include <QCoreApplication>
#include <QFile>
#include <QPromise>
#include <QThreadPool>
#include <QtConcurrent>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

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

// The GUI's index reads on a pool of its own: a post's snapshot (on the
// global pool) never waits behind a batch of files.
Q_GLOBAL_STATIC(QThreadPool, backgroundPool)

// The background pool's threads yield to the window and the preview (a
// nice of 10 on Linux, where the nice value is per thread): on a big site
// the first preview is not slowed by the index, which still moves on a busy
// machine (unlike an idle-only policy).
void lowerThreadPriority()
{
#ifdef Q_OS_LINUX
    thread_local bool lowered = false;
    if (!lowered) {
        lowered = true;
        ::setpriority(PRIO_PROCESS, id_t(::gettid()), 10);
    }
#endif
}

// Waits for future, whose work runs on pool, from any thread. A thread of
// that pool lends its place meanwhile: the doctor's Hugo pages and the
// dashboard index a site from tasks on the global pool, and two such waits
// held every thread of a two-core machine while the reads they waited for
// found none (the window hung, at the latest when it closed).
template<typename T>
void waitOnPool(QThreadPool *pool, QFuture<T> future)
{
    pool->releaseThread();
    future.waitForFinished();
    pool->reserveThread();
}

// The whole file in one open and one read: the listing gave its size, and
// QFile would ask the system for it three more times (a 10k-post site is
// that many calls). nullopt when it cannot be read: readPostRecord then says why.
std::optional<QByteArray> readWholeFile(const QString &path, qint64 size)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return std::nullopt;
    // One byte more than listed, so that a file that grew since is seen to.
    QByteArray bytes(qsizetype(std::max<qint64>(size, 0)) + 1, Qt::Uninitialized);
    qsizetype filled = 0;
    for (;;) {
        if (filled == bytes.size())
            bytes.resize(bytes.size() * 2);
        const qsizetype wanted = bytes.size() - filled;
        const ssize_t got = ::read(fd, bytes.data() + filled, size_t(wanted));
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            ::close(fd);
            return std::nullopt;
        }
        filled += got;
        // A regular file reads short only at its end.
        if (got == 0 || got < wanted)
            break;
    }
    ::close(fd);
    bytes.truncate(filled);
    return bytes;
#else
    Q_UNUSED(path);
    Q_UNUSED(size);
    return std::nullopt;
#endif
}

PostRecord readRecord(const SiteConfig &config, const SiteFile &file, PostRead scope)
{
    if (scope == PostRead::WholeFile) {
        if (const std::optional<QByteArray> bytes = readWholeFile(config.absolutePath(file.path), file.size))
            return readPostRecord(config, file, *bytes);
    }
    return readPostRecord(config, file, scope);
}

// What buildIndex reads with: the files' listing, the records known (from
// the cache or the previous index) and the pool that reads the others.
struct IndexInput
{
    SiteListing listing;
    QHash<QString, PostRecord> known;
    bool cacheLoaded = false;
    QThreadPool *pool = nullptr;
    bool background = false;   // lower the reading threads' priority
};

Result<SiteIndex> buildIndex(const SiteConfig &config, const IndexOptions &options, const IndexProgress &progress,
                             const IndexInput &input)
{
    const SiteListing &listing = input.listing;
    const QHash<QString, PostRecord> &known = input.known;
    const bool cacheLoaded = input.cacheLoaded;
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
        QFuture<PostRecord> reading = QtConcurrent::mapped(
            input.pool, batch, [&config, &listing, scope, background = input.background](qsizetype i) {
                if (background)
                    lowerThreadPriority();
                return readRecord(config, listing.files.at(i), scope);
            });
        waitOnPool(input.pool, reading);
        const QList<PostRecord> read = reading.results();
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

Result<SiteIndex> indexSiteOn(QThreadPool *pool, bool background, const QString &root, const IndexOptions &options,
                              const IndexProgress &progress)
{
    Result<SiteConfig> config = detectSite(root, options.kind);
    if (!config)
        return config.error();
    IndexInput input;
    input.pool = pool;
    input.background = background;
    // The cache is read while the site is listed: they are the two halves
    // of a reopen.
    QFuture<QHash<QString, PostRecord>> cached;
    if (options.useCache) {
        cached = QtConcurrent::run(pool, [root = config.value().root, dir = options.cacheDir,
                                          fingerprint = config.value().fingerprint, background] {
            if (background)
                lowerThreadPriority();
            return IndexCache(root, dir).load(fingerprint);
        });
    }
    input.listing = listSiteFiles(config.value());
    if (options.useCache) {
        waitOnPool(pool, cached);
        input.known = cached.result();
    }
    input.cacheLoaded = !input.known.isEmpty();
    return buildIndex(config.value(), options, progress, input);
}

} // namespace

Result<SiteIndex> indexSite(const QString &root, const IndexOptions &options, const IndexProgress &progress)
{
    return indexSiteOn(QThreadPool::globalInstance(), false, root, options, progress);
}

Result<SiteIndex> refreshSiteIndex(const SiteIndex &previous, const IndexOptions &options,
                                   const IndexProgress &progress)
{
    IndexOptions refreshOptions = options;
    refreshOptions.kind = previous.config().kind;
    Result<SiteConfig> config = detectSite(previous.config().root, refreshOptions.kind);
    if (!config)
        return config.error();
    IndexInput input;
    input.pool = QThreadPool::globalInstance();
    input.cacheLoaded = true;
    if (config.value().fingerprint == previous.config().fingerprint) {
        input.known.reserve(previous.posts().size());
        for (const PostRecord &record : previous.posts())
            input.known.insert(record.path, record);
    }
    input.listing = listSiteFiles(config.value());
    return buildIndex(config.value(), refreshOptions, progress, input);
}

QFuture<Result<SiteIndex>> indexSiteInBackground(const QString &root, const IndexOptions &options)
{
    return QtConcurrent::run(backgroundPool(), [root, options](QPromise<Result<SiteIndex>> &promise) {
        lowerThreadPriority();
        IndexProgress progress;
        progress.report = [&promise](int done, int total) {
            promise.setProgressRange(0, total);
            promise.setProgressValue(done);
        };
        progress.canceled = [&promise] { return promise.isCanceled(); };
        Result<SiteIndex> index = indexSiteOn(backgroundPool(), true, root, options, progress);
        if (!promise.isCanceled())
            promise.addResult(std::move(index));
    });
}

} // namespace postwright
