// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/sitepostexporter.h"

#include "export/exportedpage.h"
#include "post/postpage.h"
#include "export/exportertext.h"
#include "export/exportposturls.h"
#include "export/generatedpaths.h"
#include "export/htmltext.h"
#include "export/linkrewriter.h"
#include "export/postneighbours.h"
#include "export/posturl.h"
#include "export/sectionpages.h"
#include "export/siteoutputs.h"
#include "page/katexassets.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace postwright {
namespace {

// Every page links the one stylesheet, written once at the site's root.
const QString stylesheetOutput = exportStylesheetFile();

QStringList katexOutputs()
{
    QStringList outputs;
    for (const QString &file : katexAssetFiles())
        outputs.append(QStringLiteral("katex/") + file);
    return outputs;
}

} // namespace

SitePostExporter::SitePostExporter(const SiteExportPlan &plan, const SiteExportOptions &options, SiteOutputs &outputs,
                                   ExportPostUrls &postUrls, LinkRewriter &links,
                                   const PostNeighbourIndex &neighbours)
    : m_plan(plan)
    , m_config(plan.config())
    , m_options(options)
    , m_outputs(outputs)
    , m_postUrls(postUrls)
    , m_links(links)
    , m_neighbours(neighbours)
{
    m_refStates = plan.index.configStates();
    m_refStates.drafts = m_refStates.drafts || options.drafts;
    m_refStates.future = m_refStates.future || options.future;
    if (m_config.kind == SiteKind::Jekyll)
        m_jekyll = JekyllSite::load(m_config);
    m_lang = plan.settings.language.section(QLatin1Char('-'), 0, 0);
    for (const QString &output : plan.previous.outputs()) {
        const ManifestEntry *entry = plan.previous.entry(output);
        if (entry->kind == ManifestEntry::Kind::Post)
            m_previousBySource.insert(entry->source, output);
    }
}

PostOutcome SitePostExporter::exportPost(int i)
{
    const PostRecord &record = *m_plan.published.at(i);
    PostOutcome outcome;
    outcome.record = i;
    const QString absolute = m_config.absolutePath(record.path);
    const QByteArray statKey = fileStamp(absolute);
    // A page that is not written (render: link) is still rendered: the
    // lists show its summary.
    outcome.pageless = m_plan.pageless.contains(record.path);
    if (std::optional<PostOutcome> kept = outcome.pageless ? std::nullopt : unchanged(record, statKey, {})) {
        kept->record = i;
        return *kept;
    }
    QFile file(absolute);
    if (!file.open(QIODevice::ReadOnly)) {
        outcome.warnings.append(Error{record.path, 0, 0, ExporterText::tr("cannot read: %1").arg(file.errorString())});
        return outcome;
    }
    const QByteArray bytes = file.readAll();
    file.close();
    const QByteArray contentHash = contentDigest(bytes);
    if (std::optional<PostOutcome> kept = outcome.pageless ? std::nullopt : unchanged(record, statKey, contentHash)) {
        kept->record = i;
        return *kept;
    }
    const std::optional<Post> post = readPost(record, bytes, outcome);
    if (!post || !claimPage(record, *post, outcome))
        return outcome;
    const RenderedPage page = renderPostPage(record, *post, outcome);
    if (page.html.isEmpty()) {
        outcome.warnings.append(Error{record.path, 0, 0, ExporterText::tr("the page template does not render")});
        return outcome;
    }
    if (outcome.pageless) {
        outcome.ok = true;
        return outcome;
    }
    writePage(record, page, statKey, contentHash, outcome);
    return outcome;
}

// The previous export of this post, when nothing it was made from changed.
std::optional<PostOutcome> SitePostExporter::unchanged(const PostRecord &record, const QByteArray &statKey,
                                                       const QByteArray &contentHash)
{
    if (m_options.clean)
        return std::nullopt;
    const auto it = m_previousBySource.constFind(record.path);
    if (it == m_previousBySource.cend())
        return std::nullopt;
    const ManifestEntry *entry = m_plan.previous.entry(it.value());
    if (!entry || entry->settingsKey != m_plan.settingsKey)
        return std::nullopt;
    if (contentHash.isEmpty() ? entry->statKey != statKey : entry->contentHash != contentHash)
        return std::nullopt;
    if (depsKeyOf(record, entry->deps) != entry->depsKey)
        return std::nullopt;
    // Claimed before the page is looked at: a post that loses the page
    // to this one has staged it by then (this one writes its own), or
    // never will.
    if (!m_outputs.claim(it.value(), record.path))
        return std::nullopt;
    const QByteArray stamp = m_outputs.stampOf(it.value(), record.path);
    if (stamp.isEmpty() || stamp != entry->outputStamp)
        return std::nullopt;   // gone, edited, or replaced by a link
    for (const QString &asset : entry->assets) {
        if (!QFileInfo::exists(m_outputs.path() + QLatin1Char('/') + asset))
            return std::nullopt;
    }
    m_outputs.adoptCopies(entry->assets);
    PostOutcome outcome;
    outcome.ok = true;
    outcome.url = entry->url;
    outcome.output = it.value();
    outcome.summary = entry->summary;
    outcome.readingMinutes = entry->readingMinutes;
    outcome.warnings = entry->warnings;
    ManifestEntry kept = *entry;
    kept.statKey = statKey;
    m_outputs.record(it.value(), kept);
    return outcome;
}

// The post read from bytes; nullopt (with the error among the warnings)
// when it does not parse.
std::optional<Post> SitePostExporter::readPost(const PostRecord &record, const QByteArray &bytes,
                                                       PostOutcome &outcome)
{
    Result<Post> loaded = Post::read(bytes, m_config.absolutePath(record.path));
    if (!loaded) {
        Error error = loaded.error();
        error.path = record.path;
        outcome.warnings.append(error);
        return std::nullopt;
    }
    if (loaded.value().frontMatter().error) {
        Error error = *loaded.value().frontMatter().error;
        error.path = record.path;
        outcome.warnings.append(error);
        return std::nullopt;
    }
    return std::move(loaded).value();
}

// The post's URL and the claim on its page. False when the page is
// another's (a generated file, or a post whose path sorts first).
bool SitePostExporter::claimPage(const PostRecord &record, const Post &post, PostOutcome &outcome)
{
    const UrlPath url = postUrl(m_config, m_plan.settings, record, urlOverridesOf(m_config, post.frontMatter()));
    if (url.sanitized)
        outcome.warnings.append(Error{record.path, 0, 0, ExporterText::tr("unsafe parts of the URL removed: %1").arg(url.path)});
    outcome.url = url.path;
    outcome.output = outputFileForUrl(url.path);
    if (const QString taken = m_outputs.takenOutput(outcome.output); !taken.isEmpty()) {
        outcome.warnings.append(Error{record.path, 0, 0, taken});
        outcome.output.clear();   // not a claim on another post's page
        return false;
    }
    // Another post with an earlier path wants this page: exportSite
    // reports this one as not written.
    return m_outputs.claim(outcome.output, record.path);
}

RenderResult SitePostExporter::renderPostBody(const PostRecord &record, const Post &post,
                                              const ShortcodeOptions &shortcodes, QStringList &deps,
                                              bool &liquidRan) const
{
    RenderOptions renderOptions;
    renderOptions.sourcePos = false;
    renderOptions.statistics = true;   // the lists show the reading time
    renderOptions.highlightCode = m_plan.settings.highlightCode;
    renderOptions.shortcodes = shortcodes;
    if (m_jekyll) {
        // Liquid first, as Jekyll. link and post_url give the page's
        // published URL (base URL + path, as the export's canonical URLs).
        auto step = m_jekyll->liquidStep(
            m_config.absolutePath(record.path), jekyllFrontMatterYaml(post.text()),
            [this](const QString &target) { return absoluteUrl(m_plan.baseUrl, target); });
        if (step) {
            // The page depends on what its Liquid read: includes, data, the
            // other posts, the targets of its links.
            renderOptions.liquid = [this, step, &deps](QStringView body, int firstLine) {
                LiquidResult result = step(body, firstLine);
                for (const QString &dep : m_jekyll->dependencies(result)) {
                    if (!deps.contains(dep))
                        deps << dep;
                }
                return result;
            };
        } else {
            deps << m_config.absolutePath(QStringLiteral("_config.yml"));
        }
    }
    liquidRan = bool(renderOptions.liquid);
    return renderPostInKnownSite(post, renderOptions);
}

SitePostExporter::RenderedPage SitePostExporter::renderPostPage(const PostRecord &record, const Post &post,
                                                                PostOutcome &outcome)
{
    RenderedPage result;
    const QString &url = outcome.url;
    const ShortcodeOptions shortcodes = shortcodeOptions(record, post, url, result.deps);
    bool liquidRan = false;
    RenderResult rendered = renderPostBody(record, post, shortcodes, result.deps, liquidRan);
    const qsizetype bodyStart = post.frontMatter().block.bodyStart;
    outcome.warnings += liquidWarnings(rendered.liquidErrors, record.path);
    if (const std::optional<Error> tags = liquidRan ? std::nullopt
                                          : templateTagWarning(post.text(), bodyStart, record.path, shortcodes.enabled))
        outcome.warnings.append(*tags);
    if (!rendered.shortcodes.isEmpty())
        outcome.warnings += shortcodeWarnings(rendered.shortcodes, record.path, &refs(), &m_config);
    outcome.warnings += removedTagWarnings(post.text(), bodyStart, record.path, rendered.removedTags);

    BodyLocator locator(post.text(), bodyStart);
    rendered.html = rewriteReferences(rendered.html, [&](const QString &link, bool image) -> std::optional<QString> {
        LinkRewrite rewrite = m_links.rewrite(record, url, link, image);
        result.deps += rewrite.deps;
        if (!rewrite.problem.isEmpty())
            outcome.warnings.append(locator.errorAt(record.path, link, rewrite.problem));
        outcome.warnings += rewrite.warnings;
        outcome.copied += rewrite.copied ? 1 : 0;
        if (!rewrite.asset.isEmpty() && !result.assets.contains(rewrite.asset))
            result.assets.append(rewrite.asset);
        return rewrite.url;
    });

    const QString summaryField = post.frontMatter().string(QStringLiteral("summary"));
    outcome.summary = postSummary(summaryField, post.body(), rendered.html, 70, shortcodes);
    outcome.readingMinutes = rendered.readingMinutes;

    PageData page = pageDataFor(post, rendered);
    if (rendered.hasMath) {
        // KaTeX goes into OUT/katex/ once, for every page with math.
        page.math = copyKatex(record.path, outcome);
        if (page.math) {
            const QString css = relativeUrl(url, QStringLiteral("/katex/katex.min.css"));
            page.mathAssetsUrl = css.left(css.lastIndexOf(QLatin1Char('/')) + 1);
            result.assets.append(katexOutputs());
        }
    }
    page.siteTitle = m_plan.settings.title;
    page.stylesheetUrl = relativeUrl(url, QLatin1Char('/') + stylesheetOutput);
    addSiteParts(record, url, page);
    page.canonicalUrl = absoluteUrl(m_plan.baseUrl, url);
    if (page.lang.isEmpty())
        page.lang = m_lang;
    result.html = completeHead(m_plan.templates->page().render(page), outcome.summary.simplified(), page.canonicalUrl);
    return result;
}

void SitePostExporter::addSiteParts(const PostRecord &record, const QString &url, PageData &page) const
{
    page.chrome = m_plan.chrome.forPage(url);
    page.scriptUrl = relativeUrl(url, QLatin1Char('/') + exportScriptFile());
    const auto relative = [&](const QString &path) { return relativeUrl(url, path); };
    m_plan.taxonomies.setChips(m_config, QStringLiteral("tags"), page.tags, page.tagUrls, relative);
    m_plan.taxonomies.setChips(m_config, QStringLiteral("categories"), page.categories, page.categoryUrls, relative);
    const PostNeighbours neighbours = m_neighbours.of(record.path);
    const auto link = [&](const NeighbourLink &post) { return PageLink{post.title, relativeUrl(url, post.url)}; };
    if (neighbours.newer)
        page.newerPost = link(*neighbours.newer);
    if (neighbours.older)
        page.olderPost = link(*neighbours.older);
    for (const NeighbourLink &post : neighbours.related)
        page.relatedPosts.append(link(post));
}

void SitePostExporter::writePage(const PostRecord &record, const RenderedPage &page, const QByteArray &statKey,
                                 const QByteArray &contentHash, PostOutcome &outcome)
{
    if (!m_outputs.writeClaimed(outcome.output, page.html.toUtf8(), record.path, outcome.warnings))
        return;
    outcome.ok = true;
    outcome.written = true;
    ManifestEntry entry;
    entry.kind = ManifestEntry::Kind::Post;
    entry.source = record.path;
    entry.settingsKey = m_plan.settingsKey;
    entry.statKey = statKey;
    entry.contentHash = contentHash;
    entry.deps = page.deps;
    entry.depsKey = depsKeyOf(record, page.deps);
    entry.assets = page.assets;
    entry.url = outcome.url;
    entry.summary = outcome.summary;
    entry.readingMinutes = outcome.readingMinutes;
    entry.warnings = outcome.warnings;
    m_outputs.record(outcome.output, entry);
}

const HugoRefIndex &SitePostExporter::refs() const
{
    std::call_once(m_refsMade, [this] {
        if (m_config.kind == SiteKind::Hugo)
            m_refs = HugoRefIndex(m_plan.index, m_refStates, m_refsNow);
    });
    return m_refs;
}

// Hugo shortcodes for the page of record at pageUrl: ref/relref give the
// target's page relative to this one (so the export also works from disk),
// param the page's or the site's parameter. Each ref target is a
// dependency of the page.
ShortcodeOptions SitePostExporter::shortcodeOptions(const PostRecord &record, const Post &post,
                                                    const QString &pageUrl, QStringList &deps)
{
    ShortcodeOptions options;
    if (m_config.kind != SiteKind::Hugo)
        return options;
    options.enabled = true;
    options.resolveRef = [this, &record, pageUrl, &deps](const QString &target, bool,
                                                         const QString &language) -> std::optional<QString> {
        const auto [path, fragment] = splitRefFragment(target);
        if (path.isEmpty())
            return fragment;
        const std::optional<HugoRef> found = refs().find(path, record.path, language);
        if (!found)
            return std::nullopt;
        if (!found->path.isEmpty())
            deps.append(m_config.absolutePath(found->path));
        if (!found->listUrl.isEmpty()) {
            // A section: its page, when the export writes one (hugo: when it builds it).
            const std::optional<QString> url = hugoSectionPageUrl(m_plan.sections, found->listUrl);
            if (!url)
                return std::nullopt;
            return relativeUrl(pageUrl, *url + fragment);
        }
        const std::optional<QString> url = m_postUrls.urlOf(found->path);
        if (!url)
            return std::nullopt;
        return relativeUrl(pageUrl, *url + fragment);
    };
    const FrontMatter &frontMatter = post.frontMatter();
    options.param = [this, &frontMatter](const QString &key) {
        return hugoParam(frontMatter, m_plan.settings.hugoParams, key);
    };
    return options;
}

// The statKeyOf() files a post refers to. Posts share images: each file
// is looked at once per export. A new post changes its neighbours' pages
// (previous, next, related): that is in the key too.
QByteArray SitePostExporter::depsKeyOf(const PostRecord &record, const QStringList &deps)
{
    return m_neighbours.keyOf(record.path) + ';' + statKeyOf(deps, [this](const QString &path) {
        if (JekyllSite::isSiteDependency(path))
            return m_jekyll ? m_jekyll->stampOf(path) + ';' : QByteArrayLiteral("-;");
        return m_stamps.get(path, [&] { return fileStamp(path); });
    });
}

// Our own KaTeX files (not the site's): copied from the system once.
bool SitePostExporter::copyKatex(const QString &postPath, PostOutcome &outcome)
{
    const QStringList files = katexAssetFiles();
    if (files.isEmpty()) {
        outcome.warnings.append(Error{postPath, 0, 0, ExporterText::tr("the post has math, but KaTeX is not installed")});
        return false;
    }
    const QDir katex(katexDirectory());
    for (const QString &file : files) {
        const SiteOutputs::Copy copy = m_outputs.copy(katex.filePath(file), QStringLiteral("katex/") + file, postPath,
                                                      outcome.warnings);
        if (copy == SiteOutputs::Copy::Refused)
            return false;
        outcome.copied += copy == SiteOutputs::Copy::Copied ? 1 : 0;
    }
    return true;
}

} // namespace postwright
