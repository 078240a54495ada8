// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/siteexportplan.h"

#include "export/exportertext.h"
#include "export/localreference.h"
#include "export/sectionpages.h"
#include "liquid/jekyllsite.h"
#include "site/buildoptions.h"
#include "site/indexbuilder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

#include <limits>

namespace postwright {
namespace {

constexpr auto exporterVersion = "export-6";

// The output folder, made: neither the site nor inside what the export reads.
Result<QString> outputFolder(const SiteConfig &config, const SiteExportOptions &options)
{
    const QString out = QDir::cleanPath(QFileInfo(options.outDir).absoluteFilePath());
    // Compared with links resolved: an OUT that is a link to the site is the site.
    const QString realOut = resolvedPath(out);
    const QString realRoot = resolvedPath(config.root);
    if (isWithin(realRoot, realOut))
        return Error{options.outDir, 0, 0, ExporterText::tr("the output folder must not be the site or contain it")};
    // Inside a folder the export reads from, its pages and copies would
    // land on the files they come from (and --clean would remove those).
    if (config.hasContentTree()) {
        for (const SiteFolder &input : defaultSiteFiles(config).folders) {
            if (isWithin(realOut, resolvedPath(input.source)))
                return Error{options.outDir, 0, 0, ExporterText::tr("the output folder must not be inside %1, which the export reads")
                                                       .arg(QDir(config.root).relativeFilePath(input.source))};
        }
    }
    if (!QDir().mkpath(out))
        return Error{options.outDir, 0, 0, ExporterText::tr("cannot create the output folder")};
    return out;
}

QString configPath(const SiteConfig &config)
{
    return config.configFile.isEmpty() ? QString() : config.relativePath(config.configFile);
}

// The site's settings, publish rules, templates and base URL.
Result<Success> readInputs(SiteExportPlan &plan, const SiteExportOptions &options)
{
    const SiteConfig &config = plan.config();
    Result<ExportSettings> settings = readExportSettings(config);
    if (!settings)
        return settings.error();
    plan.settings = std::move(settings).value();
    Result<SiteFiles> files = readSiteFiles(config);
    if (!files)
        return files.error();
    plan.files = std::move(files).value();
    for (const QString &note : std::as_const(plan.files.unsupported))
        plan.warnings.append(Error{configPath(config), 0, 0, note});
    const QString overrideFolder = QDir(config.root).filePath(QStringLiteral("postwright/templates"));
    if (QFileInfo(overrideFolder).isDir() && !isInsideFolder(overrideFolder, config.root))
        return Error{overrideFolder, 0, 0, ExporterText::tr("the template folder is outside the site")};
    Result<ExportTemplates> templates = ExportTemplates::load(overrideFolder);
    if (!templates)
        return templates.error();
    plan.templates = std::move(templates).value();
    if (const QString problem = baseUrlProblem(options.baseUrl); !problem.isEmpty())
        return Error{options.baseUrl, 0, 0, problem};
    plan.baseUrl = normalizeBaseUrl(options.baseUrl.isEmpty() ? plan.settings.baseUrl : options.baseUrl);
    if (plan.baseUrl.isEmpty())
        plan.warnings.append(Error{configPath(config), 0, 0,
                                   ExporterText::tr("no base URL (--base-url, or baseURL/url in the site's config): "
                                                    "the feed and the sitemap link to the pages without the site's address")});
    else
        plan.files.basePath = sitePathOfBaseUrl(plan.baseUrl);
    return Success{};
}

// The posts that get a URL, newest first, as every list shows them, and
// (Hugo) the sections that get a list page.
void selectPublished(SiteExportPlan &plan, const SiteExportOptions &options)
{
    const QDateTime now = QDateTime::currentDateTime();
    BuildStates &states = plan.states;
    states = plan.index.configStates();
    states.drafts = states.drafts || options.drafts;
    states.future = states.future || options.future;
    QList<const PostRecord *> built;
    QList<const PostRecord *> sections;
    // Hugo's build options: render never is not published at all, render
    // link has a URL but no page; only list always is in the lists.
    QList<std::pair<qint64, const PostRecord *>> byDate;
    for (const PostRecord &record : plan.index.posts()) {
        // Its state, with what cascades hand down, and its sections' (hugo
        // builds nothing below a section it does not build).
        if (!plan.index.isBuilt(record, states, now))
            continue;
        (record.kind == PostKind::Section ? sections : built).append(&record);
        if (record.kind == PostKind::Section)
            continue;
        const BuildOptions build = buildOptions(plan.index, record);
        if (!build.hasUrl())
            continue;
        // Each date is read once, not at every comparison (a date without
        // an offset is local time, which costs a time-zone lookup).
        const QDateTime date = sortDate(record);
        byDate.append({date.isValid() ? date.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min(), &record});
        if (!build.writesPage())
            plan.pageless.insert(record.path);
        if (!build.listed())
            plan.unlisted.insert(record.path);
        if (build.hasUrl() && build.list == ListOption::Local)
            plan.localOnly.insert(record.path);
    }
    plan.sections = hugoSectionPages(plan, built, sections);
    std::stable_sort(byDate.begin(), byDate.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    plan.published.reserve(byDate.size());
    for (const auto &[date, record] : std::as_const(byDate))
        plan.published.append(record);
}

QByteArray settingsKeyOf(const SiteExportPlan &plan, const SiteExportOptions &options)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(QByteArray(exporterVersion));
    hash.addData(plan.templates->fingerprint());
    // A Jekyll site's _config.yml: its settings; its other values are
    // dependencies of the pages whose Liquid reads them.
    if (plan.config().kind == SiteKind::Jekyll)
        hash.addData(jekyllSettingsDigest(plan.config()));
    else
        hash.addData(plan.config().fingerprint.toUtf8());
    hash.addData(plan.baseUrl.toUtf8());
    hash.addData(QByteArray(options.drafts ? "d" : "-") + (options.future ? "f" : "-"));
    return hash.result().toHex();
}

} // namespace

QDateTime sortDate(const PostRecord &record)
{
    return record.date.isValid() ? record.date : record.publishDate;
}

Result<SiteExportPlan> planSiteExport(const QString &root, const SiteExportOptions &options)
{
    if (options.outDir.trimmed().isEmpty())
        return Error{root, 0, 0, ExporterText::tr("no output folder")};
    IndexOptions indexOptions;
    indexOptions.useCache = options.useIndexCache;
    indexOptions.cacheDir = options.indexCacheDir;
    // Each published post is read again, whole, and a body that is not
    // text is reported then.
    indexOptions.frontMatterOnly = true;
    Result<SiteIndex> indexed = indexSite(root, indexOptions);
    if (!indexed)
        return indexed.error();
    SiteExportPlan plan;
    plan.index = std::move(indexed).value();
    const Result<QString> out = outputFolder(plan.config(), options);
    if (!out)
        return out.error();
    plan.out = out.value();
    if (const Result<Success> read = readInputs(plan, options); !read)
        return read.error();
    for (const Error &warning : plan.index.warnings())
        plan.warnings.append(warning);
    selectPublished(plan, options);
    plan.previous = options.clean ? ExportManifest() : ExportManifest::load(plan.out);
    plan.cleaned = options.clean ? ExportManifest::load(plan.out) : ExportManifest();
    plan.settingsKey = settingsKeyOf(plan, options);
    return plan;
}

} // namespace postwright
