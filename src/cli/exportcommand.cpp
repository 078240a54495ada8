// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "commands.h"
#include "output.h"

#include "export/postexporter.h"
#include "export/siteexporter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

namespace postwright::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postwright::cli", text);
}

int exportOnePost(const QString &path, const QString &output, bool assets)
{
    QElapsedTimer timer;
    timer.start();
    PostExportOptions options;
    options.output = output;
    options.assets = assets;
    const Result<PostExportReport> report = exportPost(path, options);
    if (!report) {
        err(report.error());
        return Usage;
    }
    for (const Error &warning : report.value().warnings)
        err(warning);
    out(tr("%1: 1 page, %2 image(s) embedded, %3 file(s) copied, %4 warning(s), %5 ms")
            .arg(report.value().output)
            .arg(report.value().embedded)
            .arg(report.value().assets.size())
            .arg(report.value().warnings.size())
            .arg(timer.elapsed()));
    return Ok;
}

} // namespace

int exportCommand(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("The HTML file (POST) or the output folder (SITE)."), QStringLiteral("OUT"));
    const QCommandLineOption assets(QStringLiteral("assets"),
                                    tr("POST: copy images into FILE_files/ instead of embedding them."));
    const QCommandLineOption drafts(QStringLiteral("drafts"), tr("SITE: export drafts too."));
    const QCommandLineOption future(QStringLiteral("future"), tr("SITE: export posts dated in the future too."));
    const QCommandLineOption jobs(QStringLiteral("jobs"), tr("SITE: pages rendered in parallel (default: one per core)."),
                                  QStringLiteral("N"));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"),
                                     tr("SITE: the address the site is published at (default: the config's baseURL/url)."),
                                     QStringLiteral("URL"));
    const QCommandLineOption clean(QStringLiteral("clean"),
                                   tr("SITE: rebuild every page and remove files of earlier exports that are gone."));
    const QCommandLineOption list(QStringLiteral("list-written"), tr("Print each file written, relative to OUT."));
    const QCommandLineOption noCache(QStringLiteral("no-cache"), tr("SITE: neither read nor write the index cache."));
    parser.addOptions({output, assets, drafts, future, jobs, baseUrl, clean, list, noCache});
    const QString syntax = QStringLiteral("SITE|POST -o OUT [--assets] [--drafts] [--future] [--jobs N] "
                                         "[--base-url URL] [--clean]");
    if (!parseCommand(parser, args, 1, syntax))
        return Usage;
    if (!parser.isSet(output)) {
        err(tr("postwright-cli export: -o OUT is required\nusage: postwright-cli export %1").arg(syntax));
        return Usage;
    }
    const QString input = parser.positionalArguments().at(1);
    const QFileInfo info(input);
    if (!info.exists()) {
        err(Error{input, 0, 0, tr("no such file or folder")});
        return Usage;
    }
    if (!info.isDir())
        return exportOnePost(input, parser.value(output), parser.isSet(assets));

    SiteExportOptions options;
    options.outDir = parser.value(output);
    options.drafts = parser.isSet(drafts);
    options.future = parser.isSet(future);
    options.clean = parser.isSet(clean);
    options.baseUrl = parser.value(baseUrl);
    options.useIndexCache = !parser.isSet(noCache);
    if (parser.isSet(jobs)) {
        bool ok = false;
        options.jobs = parser.value(jobs).toInt(&ok);
        if (!ok || options.jobs < 1) {
            err(tr("postwright-cli export: --jobs must be a positive number, not \"%1\"").arg(parser.value(jobs)));
            return Usage;
        }
    }
    releaseFreedMemoryAtOnce();
    const Result<SiteExportReport> result = exportSite(input, options);
    if (!result) {
        err(result.error());
        return Usage;
    }
    const SiteExportReport &report = result.value();
    reportProblems(input, report.warnings);
    if (parser.isSet(list)) {
        for (const QString &file : report.written)
            out(file);
    }
    out(tr("%1: %2 post(s); %3 page(s) written, %4 unchanged, %5 failed; %6 file(s) copied; %7 warning(s); %8 ms")
            .arg(report.outDir)
            .arg(report.posts)
            .arg(report.pagesWritten)
            .arg(report.pagesUnchanged)
            .arg(report.pagesFailed)
            .arg(report.filesCopied)
            .arg(report.warnings.size())
            .arg(report.elapsedMs));
    if (report.staleRemoved > 0)
        out(tr("%1 stale file(s) removed").arg(report.staleRemoved));
    if (report.staleKept > 0)
        out(tr("%1 stale file(s) of earlier exports kept (--clean removes them)").arg(report.staleKept));
    return report.pagesFailed > 0 ? Findings : Ok;
}

} // namespace postwright::cli
