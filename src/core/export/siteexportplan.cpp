// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/siteexportplan.h"

#include "export/exportertext.h"
#include "export/listorder.h"
#include "export/localreference.h"
#include "export/sectionpages.h"
#include "liquid/jekyllsite.h"
#include "site/buildoptions.h"
#include "site/hugocascade.h"
#include "site/indexbuilder.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>


namespace postwright {
namespace {

constexpr auto exporterVersion = "export-7";

// The output folder, made: neither the site nor inside what the export reads.
Result<QString> outputFolder(const SiteConfig &config, const SiteExportOptions &options)
{
    if (std::optional<Error> problem = outputFolderProblem(config, options.outDir))
        return *std::move(problem);
    const QString out = QDir::cleanPath(QFileInfo(options.outDir).absoluteFilePath());
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

// The record of Hugo's home page: its _index.md, else one made of the
// config's cascade to it (kind "home", path "/"), in home.
const PostRecord *homeRecord(const SiteExportPlan &plan, PostRecord &home)
{
    const SiteConfig &config = plan.config();
    const QString content = config.relativePath(config.contentDir);
    if (const PostRecord *own = plan.index.listPageOf(content))
        return own;
    home.path = content == QLatin1String(".") ? QStringLiteral("_index.md") : content + QStringLiteral("/_index.md");
    home.kind = PostKind::Section;
    for (const CascadeEntry &entry : config.cascade) {
        const CascadeTarget &t = entry.target;
        if ((!t.kind.isEmpty() && !hugoGlobMatches(t.kind, QStringLiteral("home")))
            || (!t.path.isEmpty() && !hugoGlobMatches(t.path, QStringLiteral("/")) && !hugoGlobMatches(t.path, QString()))
            || (!t.lang.isEmpty() && !hugoGlobMatches(t.lang, config.defaultContentLanguage))
            || (!t.environment.isEmpty() && !hugoGlobMatches(t.environment, QStringLiteral("production"))))
            continue;
        CascadeValues &v = home.inherited;
        v.draft = v.draft ? v.draft : entry.values.draft;
        v.publishDate = v.publishDate.isValid() ? v.publishDate : entry.values.publishDate;
        v.expiryDate = v.expiryDate.isValid() ? v.expiryDate : entry.values.expiryDate;
        v.date = v.date.isValid() ? v.date : entry.values.date;
        v.build = v.build ? v.build : entry.values.build;
    }
    return nullptr;
}

// What hugo builds of the home page: nothing at all when it is a draft,
// in the future or expired (its own or by a cascade); its _build else.
HomePage hugoHomePage(const SiteExportPlan &plan)
{
    HomePage page;
    const SiteConfig &config = plan.config();
    if (config.kind != SiteKind::Hugo)
        return page;
    PostRecord made;
    const QDateTime now = QDateTime::currentDateTimeUtc();   // compared only: UTC asks the system for no time zone
    if (const PostRecord *own = homeRecord(plan, made)) {
        if (!plan.index.isBuilt(*own, plan.states, now))
            page.unbuilt = own->path;
        page.build = buildOptions(plan.index, *own);
        return page;
    }
    const bool built = !(made.isDraft() && !plan.states.drafts) && !(made.isFuture(now) && !plan.states.future)
                       && !(made.isExpired(now) && !plan.states.expired);
    if (!built)
        page.unbuilt = config.configFile.isEmpty() ? made.path : config.relativePath(config.configFile);
    page.build = made.inherited.build.value_or(BuildOptions{});
    return page;
}

// The posts that get a URL, in the order every list shows them, and
// (Hugo) the sections that get a list page.
void selectPublished(SiteExportPlan &plan, const SiteExportOptions &options)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();   // compared only: UTC asks the system for no time zone
    BuildStates &states = plan.states;
    states = plan.index.configStates();
    states.drafts = states.drafts || options.drafts;
    states.future = states.future || options.future;
    QList<const PostRecord *> built;
    QList<const PostRecord *> sections;
    // Hugo's build options: render never is not published at all, render
    // link has a URL but no page; only list always is in the lists.
    const ListOrder order(plan.config().kind, plan.settings.language);
    QList<std::pair<ListOrderKey, const PostRecord *>> sorted;
    for (const PostRecord &record : plan.index.posts()) {
        // Its state, with what cascades hand down, and its sections' (hugo
        // builds nothing below a section it does not build).
        if (!plan.index.isBuilt(record, states, now))
            continue;
        // Hugo's disableKinds "page": no post is a page, in no list, and a
        // folder without an _index.md has nothing to make a section of.
        if (record.kind != PostKind::Section && !plan.settings.postPages)
            continue;
        (record.kind == PostKind::Section ? sections : built).append(&record);
        if (record.kind == PostKind::Section)
            continue;
        const BuildOptions build = buildOptions(plan.index, record);
        if (!build.hasUrl())
            continue;
        // Each key is made once, not at every comparison (a date without
        // an offset is local time, which costs a time-zone lookup).
        sorted.append({order.key(record, sortDate(record)), &record});
        if (!build.writesPage())
            plan.pageless.insert(record.path);
        if (!build.listed())
            plan.unlisted.insert(record.path);
        if (build.hasUrl() && build.list == ListOption::Local)
            plan.localOnly.insert(record.path);
    }
    // Hugo's disableKinds "section": no section pages, none in a list.
    if (plan.settings.sectionPages) {
        SplitSections split = splitSectionPages(hugoSectionPages(plan, built, sections));
        plan.sections = std::move(split.pages);
        plan.linkSections = std::move(split.linkOnly);
    }
    plan.home = hugoHomePage(plan);
    if (!plan.settings.homePage)
        plan.home.build = BuildOptions{RenderOption::Never, ListOption::Never};
    order.sort(sorted, [](const auto &entry) -> const ListOrderKey & { return entry.first; });
    plan.published.reserve(sorted.size());
    for (const auto &[key, record] : std::as_const(sorted))
        plan.published.append(record);
}

// The language of the words the export itself writes into pages ("More
// posts", "Skip to content", "Page 2 of 5", "3 min read"...): the app's
// translators, which a change of its language swaps. One label of each
// translation context that writes into a page stands for its context.
QByteArray pageWordsKey()
{
    QByteArray key;
    for (const auto &[context, label] : {std::pair{"PageTemplate", "More posts"},
                                         std::pair{"postwright::PageChrome", "Skip to content"},
                                         std::pair{"postwright::ExportTemplates", "Tags"},
                                         std::pair{"postwright::Exporter", "%n min read"},
                                         std::pair{"postwright::Shortcodes", "Details"}})
        key += QCoreApplication::translate(context, label, nullptr, 1).toUtf8() + '\n';
    return key;
}

QByteArray settingsKeyOf(const SiteExportPlan &plan, const SiteExportOptions &options)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(QByteArray(exporterVersion));
    hash.addData(pageWordsKey());
    hash.addData(plan.templates->fingerprint());
    // A Jekyll site's _config.yml: its settings; its other values are
    // dependencies of the pages whose Liquid reads them.
    if (plan.config().kind == SiteKind::Jekyll)
        hash.addData(jekyllSettingsDigest(plan.config()));
    else
        hash.addData(plan.config().fingerprint.toUtf8());
    hash.addData(plan.baseUrl.toUtf8());
    hash.addData(plan.chrome.fingerprint());
    // A term's page gone (render: never) takes the posts' links to it.
    hash.addData(plan.taxonomies.fingerprint());
    hash.addData(QByteArray(options.drafts ? "d" : "-") + (options.future ? "f" : "-"));
    return hash.result().toHex();
}

} // namespace

QDateTime sortDate(const PostRecord &record)
{
    for (const QDateTime *date : {&record.date, &record.inherited.date, &record.publishDate, &record.inherited.publishDate}) {
        if (date->isValid())
            return *date;
    }
    return {};
}

std::optional<Error> outputFolderProblem(const SiteConfig &config, const QString &outDir)
{
    const QString out = QDir::cleanPath(QFileInfo(outDir).absoluteFilePath());
    // Compared with links resolved: an OUT that is a link to the site is the site.
    const QString realOut = resolvedPath(out);
    const QString realRoot = resolvedPath(config.root);
    if (isWithin(realRoot, realOut))
        return Error{outDir, 0, 0, ExporterText::tr("the output folder must not be the site or contain it")};
    // Inside a folder the export reads from, its pages and copies would
    // land on the files they come from (and --clean would remove those).
    if (config.hasContentTree()) {
        for (const SiteFolder &input : defaultSiteFiles(config).folders) {
            if (isWithin(realOut, resolvedPath(input.source)))
                return Error{outDir, 0, 0, ExporterText::tr("the output folder must not be inside %1, which the export reads")
                                               .arg(QDir(config.root).relativeFilePath(input.source))};
        }
    }
    return std::nullopt;
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
    plan.taxonomies = TaxonomyPages(plan.index, plan.settings, plan.states, QDateTime::currentDateTimeUtc());
    plan.taxonomies.setPublishedPosts(plan.config(), plan.published, plan.unlisted);
    plan.chrome = siteChrome(plan.config(), plan.settings, plan.sections, plan.published, plan.taxonomies,
                             plan.home.build.writesPage());
    plan.previous = options.clean ? ExportManifest() : ExportManifest::load(plan.out);
    plan.cleaned = options.clean ? ExportManifest::load(plan.out) : ExportManifest();
    plan.settingsKey = settingsKeyOf(plan, options);
    return plan;
}

} // namespace postwright
