// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/siteexporter.h"

#include "export/exportertext.h"
#include "export/exportposturls.h"
#include "export/exportworkers.h"
#include "export/hugoshortcodes.h"
#include "export/linkrewriter.h"
#include "export/listpages.h"
#include "export/postneighbours.h"
#include "export/sitechrome.h"
#include "export/siteexportplan.h"
#include "export/siteoutputs.h"
#include "export/sitepostexporter.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QMutex>
#include <QMutexLocker>
#include <QThreadPool>
#include <QtConcurrent>

#include <atomic>
#include <numeric>

namespace postwright {
namespace {

// What the lists and the feed show of a post, but for its URL. Made on the
// worker that exported the post.
ListEntry listEntryOf(const SiteExportPlan &plan, const PostRecord &record, const PostOutcome &outcome,
                      const QLocale &dateLocale)
{
    ListEntry entry;
    entry.title = record.title.toStdString();
    entry.summary = outcome.summary.toStdString();
    if (outcome.readingMinutes > 0)
        entry.readingTime = ExporterText::tr("%n min read", "", outcome.readingMinutes).toStdString();
    for (const QString &tag : record.tags()) {
        if (tag.trimmed().isEmpty())
            continue;
        if (const std::optional<QString> url = plan.taxonomies.chipUrl(plan.config(), QStringLiteral("tags"), tag))
            entry.tags.append({tag.trimmed().toStdString(), *url});
    }
    const QDateTime date = sortDate(record);
    if (record.dateText) {
        entry.dateText = dateLocale.toString(date.date(), QStringLiteral("d MMMM yyyy")).toStdString();
        if (record.date.isValid())
            entry.dateTime = record.date.toString(Qt::ISODate).toStdString();
    }
    if (date.isValid())
        entry.rssDate = (QLocale::c().toString(date.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss"))
                         + QStringLiteral(" +0000")).toStdString();
    entry.share();
    return entry;
}

// An export that could not write a file: which one and why; the previous
// export in OUT is as it was.
Error stoppedBy(Error error)
{
    error.message = ExporterText::tr("%1; the export stopped and the previous export is left as it was").arg(error.message);
    return error;
}

// The published posts' pages, exported in parallel; empty when canceled.
std::optional<QList<PostOutcome>> exportPosts(const SiteExportPlan &plan, SitePostExporter &exporter,
                                              ExportOutput &output, QThreadPool &pool, const ExportProgress &progress)
{
    const QLocale dateLocale(exporter.lang().isEmpty() ? QStringLiteral("en") : exporter.lang());
    std::atomic<int> done = 0;
    const int total = int(plan.published.size());
    QList<int> order(total);
    std::iota(order.begin(), order.end(), 0);
    std::atomic<bool> canceled = false;
    QList<PostOutcome> outcomes = QtConcurrent::blockingMapped(&pool, order, [&](int i) {
        if (canceled.load() || (progress.canceled && progress.canceled())) {
            canceled = true;
            return PostOutcome{};
        }
        if (output.failed())
            return PostOutcome{};
        PostOutcome outcome = exporter.exportPost(i);
        if (outcome.ok)
            outcome.entry = listEntryOf(plan, *plan.published.at(i), outcome, dateLocale);
        const int n = ++done;
        if (progress.report && (n % 64 == 0 || n == total))
            progress.report(n, total);
        return outcome;
    });
    if (canceled)
        return std::nullopt;
    return outcomes;
}

// Counts the posts' pages into report and returns the posts the lists
// show. A page another post or a copied file got is reported not written.
QList<ListedPost> collectPosts(const SiteExportPlan &plan, const QList<PostOutcome> &outcomes, SiteOutputs &outputs,
                               SiteExportReport &report)
{
    QList<ListedPost> listed;
    for (const PostOutcome &outcome : outcomes) {
        report.warnings += outcome.warnings;
        report.filesCopied += outcome.copied;
        const PostRecord *record = plan.published.at(outcome.record);
        if (!outcome.output.isEmpty() && !outcome.url.isEmpty()) {
            if (const QString copied = outputs.copiedTo(outcome.output); !copied.isEmpty()) {
                report.warnings.append(Error{record->path, 0, 0, ExporterText::tr("%1 is already the copy of %2: not written")
                                                                    .arg(outcome.output, plan.config().relativePath(copied))});
                outputs.restoreCopy(outcome.output, report.warnings);
                ++report.pagesFailed;
                continue;
            }
            if (const QString owner = outputs.claimant(outcome.output); owner != record->path) {
                report.warnings.append(Error{record->path, 0, 0, ExporterText::tr("%1 is already the page of %2: not written")
                                                                    .arg(outcome.output, owner)});
                ++report.pagesFailed;
                continue;
            }
        }
        if (!outcome.ok) {
            ++report.pagesFailed;
            continue;
        }
        if (outcome.output.isEmpty() || outcome.url.isEmpty())
            continue;
        if (outcome.written)
            ++report.pagesWritten;
        else if (!outcome.pageless)
            ++report.pagesUnchanged;
        if (!outcome.pageless)
            ++report.posts;
        if (!plan.unlisted.contains(record->path))
            listed.append({outcome.entry, outcome.url, record});
        else if (plan.localOnly.contains(record->path))
            listed.append({outcome.entry, outcome.url, record, false});
    }
    return listed;
}

// Previous, next and related posts: among the posts a reader finds in the
// lists (not drafts, nor pages without a page or left out of the lists).
// Their URLs are read on the pool's threads first; a post unchanged since
// the last export keeps the URL its page had (its file is not read).
PostNeighbourIndex neighbourIndex(const SiteExportPlan &plan, ExportPostUrls &postUrls, QThreadPool &pool)
{
    QHash<QString, const ManifestEntry *> previous;
    for (const QString &output : plan.previous.outputs()) {
        const ManifestEntry *entry = plan.previous.entry(output);
        if (entry->kind == ManifestEntry::Kind::Post && entry->settingsKey == plan.settingsKey)
            previous.insert(entry->source, entry);
    }
    QList<const PostRecord *> posts;
    for (const PostRecord *record : plan.published) {
        if (!record->isDraft() && !plan.pageless.contains(record->path) && !plan.unlisted.contains(record->path))
            posts.append(record);
    }
    QList<QString> urls(posts.size());
    QString *const url = urls.data();   // each worker writes its own element
    QList<qsizetype> order(posts.size());
    std::iota(order.begin(), order.end(), 0);
    QtConcurrent::blockingMap(&pool, order, [&](qsizetype i) {
        const PostRecord &record = *posts.at(i);
        const ManifestEntry *before = previous.value(record.path);
        if (before && before->statKey == fileStamp(plan.config().absolutePath(record.path)))
            url[i] = before->url;
        else
            url[i] = postUrls.urlOf(record.path).value_or(QString());
    });
    QHash<const PostRecord *, QString> urlOf;
    for (qsizetype i = 0; i < posts.size(); ++i)
        urlOf.insert(posts.at(i), urls.at(i));
    return PostNeighbourIndex(posts, [&](const PostRecord &record) { return urlOf.value(&record); }, &pool);
}

// Renders the list pages and stages those that differ from the last
// export's; counts them into report.
void writeLists(const SiteExportPlan &plan, const ListPages &lists, SiteOutputs &outputs, ExportOutput &output,
                QThreadPool &pool, SiteExportReport &report)
{
    QList<Error> listWarnings;
    QMutex listMutex;
    std::atomic<int> written = 0;
    std::atomic<int> unchanged = 0;
    std::atomic<int> filesWritten = 0;
    std::atomic<int> failed = 0;
    QtConcurrent::blockingMap(&pool, lists.jobs(), [&](const ListJob &job) {
        if (output.failed())
            return;
        const QByteArray bytes = job.render();
        if (bytes.isEmpty()) {
            // Nothing to write. A page's template rendered nothing, or
            // stopped (a value taken as a partial that does not parse,
            // partials nested too deep): the page is reported.
            if (job.isPage) {
                ++failed;
                QMutexLocker lock(&listMutex);
                listWarnings.append(Error{job.output, 0, 0,
                                          ExporterText::tr("its template renders nothing or stops (a value used as a partial "
                                                           "that does not parse, or partials nested too deep): not written")});
            }
            return;
        }
        ManifestEntry entry;
        entry.kind = ManifestEntry::Kind::List;
        entry.settingsKey = plan.settingsKey;
        entry.contentHash = contentDigest(bytes);
        const ManifestEntry *before = plan.previous.entry(job.output);
        const QByteArray stamp = outputStamp(plan.out + QLatin1Char('/') + job.output);
        if (before && before->contentHash == entry.contentHash && !stamp.isEmpty() && stamp == before->outputStamp) {
            if (job.isPage && job.counted)
                ++unchanged;
        } else {
            QList<Error> warnings;
            // The feed and the sitemap go in place last, after the pages they list.
            const ExportOutput::Phase phase = !job.isPage ? ExportOutput::Phase::Content
                                              : job.output.endsWith(QLatin1String(".xml")) ? ExportOutput::Phase::Feeds
                                                                                          : ExportOutput::Phase::Lists;
            if (!outputs.write(job.output, bytes, plan.config().root, warnings, phase)) {
                ++failed;
                QMutexLocker lock(&listMutex);
                listWarnings += warnings;
                return;
            }
            if (job.counted)
                ++(job.isPage ? written : filesWritten);
        }
        outputs.record(job.output, entry);
    });
    report.warnings += listWarnings;
    report.pagesWritten += written;
    report.pagesUnchanged += unchanged;
    report.filesCopied += filesWritten;
    report.pagesFailed += failed;
}

} // namespace

Result<SiteExportReport> exportSite(const QString &root, const SiteExportOptions &options,
                                    const ExportProgress &progress)
{
    QElapsedTimer timer;
    timer.start();
    const Result<SiteExportPlan> planned = planSiteExport(root, options);
    if (!planned)
        return planned.error();
    const SiteExportPlan &plan = planned.value();
    SiteExportReport report;
    report.outDir = plan.out;
    // None when hugo writes no home page (an earlier export's would be stale).
    if (plan.home.unbuilt.isEmpty() && plan.home.build.writesPage())
        report.homePage = QDir(plan.out).filePath(QStringLiteral("index.html"));
    report.warnings = plan.warnings;
    if (const QString &home = plan.home.unbuilt; !home.isEmpty())
        report.warnings.append(Error{home, 0, 0,
                                     ExporterText::tr("the home page is a draft, in the future or expired: hugo publishes "
                                                      "no page of the site, nor does the export")});

    // Nothing reaches its place in OUT before every file is written.
    ExportOutput output(plan.out);
    SiteOutputs outputs(plan.config(), output, plan.previous);
    for (const auto &[feed, section] : sectionFeeds(plan))
        outputs.reserve(feed, ExporterText::tr("the feed of %1").arg(section));
    const QSet<QString> publishedPaths = [&] {
        QSet<QString> paths;
        for (const PostRecord *record : plan.published)
            paths.insert(record->path);
        return paths;
    }();
    ExportPostUrls postUrls(plan.index, plan.settings, publishedPaths);
    LinkRewriter links(plan.index, plan.files, outputs, postUrls, plan.baseUrl, plan.states);
    QThreadPool pool;
    pool.setMaxThreadCount(exportWorkerCount(options.jobs));
    const PostNeighbourIndex neighbours = neighbourIndex(plan, postUrls, pool);
    SitePostExporter exporter(plan, options, outputs, postUrls, links, neighbours);

    const std::optional<QList<PostOutcome>> outcomes = exportPosts(plan, exporter, output, pool, progress);
    if (!outcomes) {
        output.discard();
        report.canceled = true;
        report.elapsedMs = timer.elapsed();
        return report;
    }
    if (const std::optional<Error> failed = output.failure()) {
        output.discard();
        return stoppedBy(*failed);
    }
    const ListPages lists(plan, exporter.lang(), collectPosts(plan, *outcomes, outputs, report));
    report.warnings += lists.warnings();
    report.pagesFailed += lists.failed();
    writeLists(plan, lists, outputs, output, pool, report);
    // A site's own shortcode: one warning per name, with the files using it.
    combineShortcodeWarnings(report.warnings, plan.config());

    const Result<SiteOutputs::Committed> committed = outputs.commit(options.clean ? plan.cleaned : plan.previous,
                                                                    options.clean || options.pruneStale, &pool);
    if (!committed) {
        output.discard();
        if (output.stayedInPlace() == 0)
            return stoppedBy(committed.error());
        // Files already renamed into place replaced the previous export's.
        Error error = committed.error();
        error.message = ExporterText::tr("%1; the export stopped after putting %2 of its %3 files in place: the others are as "
                                         "the previous export left them")
                            .arg(error.message)
                            .arg(output.stayedInPlace())
                            .arg(output.toCommit());
        return error;
    }
    report.staleRemoved = committed.value().staleRemoved;
    report.staleKept = committed.value().staleKept;
    report.warnings += committed.value().warnings;
    report.written = committed.value().written;
    report.elapsedMs = timer.elapsed();
    return report;
}

QFuture<Result<SiteExportReport>> exportSiteInBackground(const QString &root, const SiteExportOptions &options)
{
    return QtConcurrent::run([root, options](QPromise<Result<SiteExportReport>> &promise) {
        ExportProgress progress;
        progress.report = [&promise](int done, int total) {
            promise.setProgressRange(0, total);
            promise.setProgressValue(done);
        };
        progress.canceled = [&promise] { return promise.isCanceled(); };
        Result<SiteExportReport> report = exportSite(root, options, progress);
        if (!promise.isCanceled())
            promise.addResult(std::move(report));
    });
}

} // namespace postwright
