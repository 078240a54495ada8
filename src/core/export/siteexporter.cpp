// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/siteexporter.h"

#include "export/exportedpage.h"
#include "export/exportworkers.h"
#include "export/exportertext.h"
#include "export/exportedpost.h"
#include "export/exportmanifest.h"
#include "export/exportoutput.h"
#include "export/exportsettings.h"
#include "export/generatedpaths.h"
#include "export/exporttemplates.h"
#include "export/htmltext.h"
#include "export/hugoshortcodes.h"
#include "liquid/jekyllsite.h"
#include "export/localreference.h"
#include "export/posturl.h"
#include "export/publishrule.h"
#include "export/sitefiles.h"
#include "page/katexassets.h"
#include "site/buildoptions.h"
#include "site/siteindexing.h"
#include "site/siterules.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMutex>
#include <QMutexLocker>
#include <QSet>
#include <QThreadPool>
#include <QUrl>
#include <QtConcurrent>
#include <qplatformdefs.h>

#include <atomic>
#include <cerrno>
#include <limits>

namespace postwright {
namespace {

constexpr int postsPerPage = 10;
constexpr auto exporterVersion = "export-6";
// Every page links the one stylesheet, written once at the site's root.
const QString stylesheetOutput = exportStylesheetFile();

// What the list pages, the feed and the sitemap need of an exported post.
struct PostOutcome
{
    int record = -1;          // index into the published records
    bool ok = false;
    bool written = false;
    bool pageless = false;    // Hugo's render: link: a URL, but no page written
    QString url;              // site-absolute URL path
    QString output;           // relative to OUT
    QString summary;
    int copied = 0;
    QList<Error> warnings;
    ListEntry entry;          // when ok: the post in the lists, but for its URL
};

// Everything the workers share. Read-only but for the mutex-guarded parts.
class SiteExport final
{
public:
    SiteExport(const SiteIndex &index, const SiteFiles &files, const ExportSettings &settings,
               const ExportTemplates &templates, const SiteExportOptions &options, const ExportManifest &previous,
               ExportOutput &output)
        : m_index(index)
        , m_config(index.config())
        , m_files(files)
        , m_settings(settings)
        , m_templates(templates)
        , m_options(options)
        , m_previous(previous)
        , m_output(output)
        , m_out(output.path())
    {
        if (m_config.kind == SiteKind::Hugo)
            m_refs = HugoRefIndex(m_config, index.posts());
        if (m_config.kind == SiteKind::Jekyll)
            m_jekyll = JekyllSite::load(m_config);
        m_lang = settings.language.section(QLatin1Char('-'), 0, 0);
    }

    void setPublished(const QList<const PostRecord *> &published)
    {
        m_published = published;
        for (const PostRecord *record : published)
            m_publishedPaths.insert(record->path);
    }
    // Posts that have a URL but no page of their own (Hugo's render: link).
    void setPageless(const QSet<QString> &paths) { m_pageless = paths; }

    void setSettingsKey(const QByteArray &key) { m_settingsKey = key; }
    const QString &outDir() const { return m_out; }
    const QString &lang() const { return m_lang; }

    PostOutcome exportPost(int i)
    {
        const PostRecord &record = *m_published.at(i);
        PostOutcome outcome;
        outcome.record = i;
        const QString absolute = m_config.absolutePath(record.path);
        const QByteArray statKey = fileStamp(absolute);
        // A page that is not written (render: link) is still rendered: the
        // lists show its summary.
        outcome.pageless = m_pageless.contains(record.path);
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

        Result<ExportedPost> loaded = readExportedPost(bytes, absolute);
        if (!loaded) {
            Error error = loaded.error();
            error.path = record.path;
            outcome.warnings.append(error);
            return outcome;
        }
        const ExportedPost &post = loaded.value();
        if (post.frontMatter.error) {
            Error error = *post.frontMatter.error;
            error.path = record.path;
            outcome.warnings.append(error);
            return outcome;
        }
        const UrlPath url = postUrl(m_config, m_settings, record, overridesOf(post.frontMatter));
        if (url.sanitized)
            outcome.warnings.append(Error{record.path, 0, 0, ExporterText::tr("unsafe parts of the URL removed: %1").arg(url.path)});
        outcome.url = url.path;
        outcome.output = outputFileForUrl(url.path);
        if (const QString taken = takenOutput(outcome.output); !taken.isEmpty()) {
            outcome.warnings.append(Error{record.path, 0, 0, taken});
            outcome.output.clear();   // not a claim on another post's page
            return outcome;
        }
        // Another post with an earlier path wants this page: exportSite
        // reports this one as not written.
        if (!claimOutput(outcome.output, record.path))
            return outcome;

        QStringList deps;
        RenderOptions renderOptions;
        renderOptions.sourcePos = false;
        renderOptions.statistics = false;
        renderOptions.highlightCode = m_settings.highlightCode;
        renderOptions.shortcodes = shortcodeOptions(record, post, url.path, deps);
        if (m_jekyll) {
            // Liquid first, as Jekyll. link and post_url give the page's
            // published URL (base URL + path, as the export's canonical URLs).
            renderOptions.liquid = m_jekyll->liquidStep(
                m_config.absolutePath(record.path), jekyllFrontMatterYaml(post.text),
                [this](const QString &target) { return absoluteUrl(m_baseUrl, target); });
            deps += m_jekyll->sourceFiles();
        }
        RenderResult rendered = renderExportedPost(post, renderOptions);
        outcome.warnings += liquidWarnings(rendered.liquidErrors, record.path);
        if (const std::optional<Error> tags = renderOptions.liquid ? std::nullopt
                                              : templateTagWarning(post.text, post.bodyStart(), record.path,
                                                                   renderOptions.shortcodes.enabled))
            outcome.warnings.append(*tags);
        outcome.warnings += shortcodeWarnings(rendered.shortcodes, record.path, &m_refs);
        outcome.warnings += removedTagWarnings(post.text, post.bodyStart(), record.path, rendered.removedTags);

        QStringList assets;
        BodyLocator locator(post.text, post.bodyStart());
        rendered.html = rewriteReferences(rendered.html, [&](const QString &link, bool image) -> std::optional<QString> {
            return rewriteLink(locator, record, url.path, link, image, deps, assets, outcome);
        });

        const QString summaryField = post.frontMatter.string(QStringLiteral("summary"));
        outcome.summary = postSummary(summaryField, post.body(), rendered.html, 70, renderOptions.shortcodes);

        PageData page = exportedPageData(post, rendered);
        if (rendered.hasMath) {
            // KaTeX goes into OUT/katex/ once, for every page with math.
            page.math = copyKatex(record.path, outcome);
            if (page.math) {
                const QString css = relativeUrl(url.path, QStringLiteral("/katex/katex.min.css"));
                page.mathAssetsUrl = css.left(css.lastIndexOf(QLatin1Char('/')) + 1);
                assets.append(katexOutputs());
            }
        }
        page.siteTitle = m_settings.title;
        page.stylesheetUrl = relativeUrl(url.path, QLatin1Char('/') + stylesheetOutput);
        page.canonicalUrl = absoluteUrl(m_baseUrl, url.path);
        if (page.lang.isEmpty())
            page.lang = m_lang;
        const QString html = completeHead(m_templates.page().render(page), outcome.summary, page.canonicalUrl);
        if (html.isEmpty()) {
            outcome.warnings.append(Error{record.path, 0, 0, ExporterText::tr("the page template does not render")});
            return outcome;
        }
        if (outcome.pageless) {
            outcome.ok = true;
            return outcome;
        }
        if (!writeClaimed(outcome.output, html.toUtf8(), record.path, outcome.warnings))
            return outcome;
        outcome.ok = true;
        outcome.written = true;

        ManifestEntry entry;
        entry.kind = ManifestEntry::Kind::Post;
        entry.source = record.path;
        entry.settingsKey = m_settingsKey;
        entry.statKey = statKey;
        entry.contentHash = contentHash;
        entry.deps = deps;
        entry.depsKey = depsKeyOf(deps);
        entry.assets = assets;
        entry.url = url.path;
        entry.summary = outcome.summary;
        entry.warnings = outcome.warnings;
        recordEntry(outcome.output, entry);
        return outcome;
    }

    void setBaseUrl(const QString &baseUrl) { m_baseUrl = baseUrl; }
    const QString &baseUrl() const { return m_baseUrl; }

    // Stages bytes for OUT/relative (see ExportOutput). False on failure.
    bool writeOutput(const QString &relative, const QByteArray &bytes, const QString &source, QList<Error> &warnings,
                     ExportOutput::Phase phase = ExportOutput::Phase::Content)
    {
        return m_output.write(relative, bytes, phase, source, warnings);
    }

    // writeOutput for a post's page, only while record path still holds
    // its claim (a post with an earlier path may take it over meanwhile).
    bool writeClaimed(const QString &relative, const QByteArray &bytes, const QString &source, QList<Error> &warnings)
    {
        QMutexLocker stripe(&stripeOf(relative));
        if (claimant(relative) != source || !copiedTo(relative).isEmpty())
            return false;   // another post's page, or a file a post shows (exportSite reports it)
        return writeOutput(relative, bytes, source, warnings);
    }

    // output is a copied file, not a post's page: the copy is put back
    // (a page may have been written there first) and recorded as such.
    void restoreCopy(const QString &output, QList<Error> &warnings)
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
        m_manifest.insert(output, copy);   // stamped once in place (stampOutputs)
    }

    // The entry's outputStamp is taken once the file is in place (an entry
    // without one gets it then; see stampOutputs).
    void recordEntry(const QString &output, ManifestEntry entry)
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

    ExportManifest &manifest() { return m_manifest; }
    // The file of the site copied to output; empty when none is.
    QString copiedTo(const QString &output) const
    {
        QMutexLocker lock(&m_mutex);
        return m_assetSources.value(output);
    }
    // Why no post may write its page or a copy at output (the export
    // writes a file of its own there); empty when one may.
    QString takenOutput(const QString &output) const
    {
        if (const QString generated = generatedOutput(m_config, output); !generated.isEmpty())
            return ExporterText::tr("%1 is already %2: not written").arg(output, generated);
        return {};
    }
    QStringList written() const { return m_output.written(); }
    // The post whose page output is (when every post is done: the one that got it).
    QString claimant(const QString &output) const
    {
        QMutexLocker lock(&m_mutex);
        return m_claimed.value(output);
    }

private:
    UrlOverrides overridesOf(const FrontMatter &frontMatter) const
    {
        UrlOverrides overrides;
        const auto text = [&](const char *key) {
            const Field *field = siteField(m_config, frontMatter, QString::fromLatin1(key));
            return field && field->value.isScalar() ? field->value.displayText() : QString();
        };
        if (m_config.kind == SiteKind::Jekyll)
            overrides.permalink = text("permalink");
        else
            overrides.url = text(m_config.kind == SiteKind::Zola ? "path" : "url");
        return overrides;
    }

    // The previous export of this post, when nothing it was made from changed.
    std::optional<PostOutcome> unchanged(const PostRecord &record, const QByteArray &statKey,
                                         const QByteArray &contentHash)
    {
        if (m_options.clean)
            return std::nullopt;
        const auto it = m_previousBySource.constFind(record.path);
        if (it == m_previousBySource.cend())
            return std::nullopt;
        const ManifestEntry *entry = m_previous.entry(it.value());
        if (!entry || entry->settingsKey != m_settingsKey)
            return std::nullopt;
        if (contentHash.isEmpty() ? entry->statKey != statKey : entry->contentHash != contentHash)
            return std::nullopt;
        if (depsKeyOf(entry->deps) != entry->depsKey)
            return std::nullopt;
        // Claimed before the page is looked at: a post that loses the page
        // to this one has written it by then, or never will.
        if (!claimOutput(it.value(), record.path))
            return std::nullopt;
        QByteArray stamp;
        {
            QMutexLocker stripe(&stripeOf(it.value()));
            stamp = outputStamp(m_out + QLatin1Char('/') + it.value());
        }
        if (stamp.isEmpty() || stamp != entry->outputStamp)
            return std::nullopt;   // gone, edited, or replaced by a link
        for (const QString &asset : entry->assets) {
            if (!QFileInfo::exists(m_out + QLatin1Char('/') + asset))
                return std::nullopt;
        }
        // Its copies are this export's too: no other post's page takes their place.
        for (const QString &asset : entry->assets) {
            const ManifestEntry *copy = m_previous.entry(asset);
            if (copy && !copy->source.isEmpty()) {
                QMutexLocker lock(&m_mutex);
                if (!m_assetSources.contains(asset))
                    m_assetSources.insert(asset, m_config.absolutePath(copy->source));
            }
        }
        PostOutcome outcome;
        outcome.ok = true;
        outcome.url = entry->url;
        outcome.output = it.value();
        outcome.summary = entry->summary;
        outcome.warnings = entry->warnings;
        ManifestEntry kept = *entry;
        kept.statKey = statKey;
        recordEntry(it.value(), kept);
        return outcome;
    }

public:
    void indexPrevious()
    {
        for (const QString &output : m_previous.outputs()) {
            const ManifestEntry *entry = m_previous.entry(output);
            if (entry->kind == ManifestEntry::Kind::Post)
                m_previousBySource.insert(entry->source, output);
        }
    }

private:
    // Two posts that want one page: the one whose path sorts first gets it,
    // whichever thread comes first, so that every export writes the same.
    bool claimOutput(const QString &output, const QString &source)
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

    // cache[key], made by compute() on the first call for key. compute runs
    // outside the lock: two threads may both make it, and keep the same.
    template<typename Value, typename Compute>
    Value cached(QHash<QString, Value> &cache, const QString &key, Compute compute)
    {
        {
            QMutexLocker lock(&m_mutex);
            const auto it = cache.constFind(key);
            if (it != cache.cend())
                return it.value();
        }
        Value value = compute();
        QMutexLocker lock(&m_mutex);
        cache.insert(key, value);
        return value;
    }

    // Hugo shortcodes for the page of record at pageUrl: ref/relref give
    // the target's page relative to this one (so the export also works
    // from disk), param the page's or the site's parameter. Each ref
    // target is a dependency of the page.
    ShortcodeOptions shortcodeOptions(const PostRecord &record, const ExportedPost &post, const QString &pageUrl,
                                      QStringList &deps)
    {
        ShortcodeOptions options;
        if (m_config.kind != SiteKind::Hugo)
            return options;
        options.enabled = true;
        options.resolveRef = [this, &record, pageUrl, &deps](const QString &target, bool) -> std::optional<QString> {
            const auto [path, fragment] = splitRefFragment(target);
            if (path.isEmpty())
                return fragment;
            const std::optional<HugoRef> found = m_refs.find(path, record.path);
            if (!found)
                return std::nullopt;
            if (!found->path.isEmpty())
                deps.append(m_config.absolutePath(found->path));
            if (!found->listUrl.isEmpty())
                return relativeUrl(pageUrl, found->listUrl + fragment);
            const std::optional<QString> url = urlOfPost(found->path);
            if (!url)
                return std::nullopt;
            return relativeUrl(pageUrl, *url + fragment);
        };
        const FrontMatter &frontMatter = post.frontMatter;
        options.param = [this, &frontMatter](const QString &key) {
            return hugoParam(frontMatter, m_settings.hugoParams, key);
        };
        return options;
    }

    // The exported URL of another post of the site (its front matter may move it).
    std::optional<QString> urlOfPost(const QString &relativePath)
    {
        return cached(m_postUrls, relativePath, [&]() -> std::optional<QString> {
            const PostRecord *target = m_index.post(relativePath);
            if (!target || !m_publishedPaths.contains(relativePath))
                return std::nullopt;
            UrlOverrides overrides;
            QFile file(m_config.absolutePath(relativePath));
            if (file.open(QIODevice::ReadOnly)) {
                if (const Result<ExportedPost> post = readExportedPost(file.readAll(), file.fileName()))
                    overrides = overridesOf(post.value().frontMatter);
            }
            return postUrl(m_config, m_settings, *target, overrides).path;
        });
    }

    // The statKeyOf() files a post refers to. Posts share images: each file
    // is looked at once per export.
    QByteArray depsKeyOf(const QStringList &deps)
    {
        return statKeyOf(deps, [this](const QString &path) { return cached(m_stamps, path, [&] { return fileStamp(path); }); });
    }

    // Posts refer to the same images again and again: judge each once per
    // folder (the rule depends on the post's folder).
    LocalReference judge(const QString &link, const QString &postFile)
    {
        if (isExternalUrl(link))
            return LocalReference{};   // most links of a post: no file to look up
        const QString key = postFile + QLatin1Char('\n') + link;
        return cached(m_resolved, key, [&] { return judgeLocalReference(link, postFile, m_files); });
    }

    // Where a referenced file goes below OUT (relative, '/' separated).
    QString assetOutput(const PostRecord &record, const QString &pageUrl, const QString &absolute) const
    {
        const auto under = [&](const QString &folder) {
            return absolute.startsWith(folder + QLatin1Char('/')) ? absolute.mid(folder.size() + 1) : QString();
        };
        if (m_config.hasContentTree()) {
            if (record.kind == PostKind::Bundle) {
                const QString bundle = QFileInfo(m_config.absolutePath(record.path)).absolutePath();
                const QString inBundle = under(bundle);
                if (!inBundle.isEmpty()) {
                    QString dir = canonicalUrlPath(pageUrl);
                    dir.truncate(dir.lastIndexOf(QLatin1Char('/')) + 1);
                    return dir.mid(1) + inBundle;
                }
            }
            for (const SiteFolder &folder : m_files.folders) {
                const QString inside = under(folder.source);
                if (!inside.isEmpty())
                    return folder.target.mid(1) + inside;
            }
        }
        return under(m_config.root);
    }

    // Hugo: a link written as a page's URL ("/posts/target/", or
    // "../target/" from /posts/source/) instead of its file: the post the
    // content folder holds at that path (posts/target.md or
    // posts/target/index.md), absolute; empty when there is none.
    QString postAtUrl(const QString &link, const QString &pageUrl) const
    {
        if (m_config.kind != SiteKind::Hugo || link.startsWith(QLatin1String("//")))
            return {};
        const QString path = link.left(queryOrFragmentStart(link));
        if (path.isEmpty() || path.section(QLatin1Char('/'), -1).contains(QLatin1Char('.')))
            return {};   // a file, not a page's URL
        QString urlPath = QUrl(QStringLiteral("http://site") + canonicalUrlPath(pageUrl)).resolved(QUrl(path)).path();
        // A root-absolute link may carry the base URL's path ("/blog/posts/x/").
        const QString basePath = QUrl(m_baseUrl).path();
        if (path.startsWith(QLatin1Char('/')) && basePath.size() > 1 && urlPath.startsWith(basePath))
            urlPath = urlPath.mid(basePath.size() - 1);
        while (urlPath.endsWith(QLatin1Char('/')))
            urlPath.chop(1);
        if (urlPath.isEmpty())
            return {};
        const QString inContent = QDir::cleanPath(m_config.contentDir + urlPath);
        if (!inContent.startsWith(m_config.contentDir + QLatin1Char('/')))
            return {};
        for (const QString &candidate : {inContent + QStringLiteral(".md"), inContent + QStringLiteral("/index.md")}) {
            if (QFileInfo(candidate).isFile())
                return candidate;
        }
        return {};
    }

    // locator: where the page's links are in its post, for the warnings.
    std::optional<QString> rewriteLink(BodyLocator &locator, const PostRecord &record, const QString &pageUrl,
                                       const QString &link, bool image, QStringList &deps,
                                       QStringList &assets, PostOutcome &outcome)
    {
        if (isScriptUrl(link)) {
            outcome.warnings.append(locator.errorAt(record.path, link,
                                            ExporterText::tr("a script link (%1) is written as \"#\"").arg(link.left(40))));
            return QStringLiteral("#");
        }
        const LocalReference ref = judge(link, m_config.absolutePath(record.path));
        switch (ref.kind) {
        case LocalReference::Kind::External:
        case LocalReference::Kind::Fragment:
        case LocalReference::Kind::Template:
            return std::nullopt;
        case LocalReference::Kind::Outside:
            outcome.warnings.append(locator.errorAt(record.path, link,
                                            ExporterText::tr("%1 is outside the site: not copied").arg(link)));
            return std::nullopt;
        case LocalReference::Kind::Refused:
            outcome.warnings.append(locator.errorAt(record.path, link,
                                            ExporterText::tr("%1 is not copied: %2").arg(link, ref.refusal)));
            return std::nullopt;
        case LocalReference::Kind::Missing:
        case LocalReference::Kind::PageUrl:
            deps.append(ref.path);
            if (!image) {
                if (const QString source = postAtUrl(link, pageUrl); !source.isEmpty()) {
                    deps.append(source);
                    if (const std::optional<QString> target = urlOfPost(m_config.relativePath(source)))
                        return relativeUrl(pageUrl, *target + ref.suffix);
                    return std::nullopt;
                }
            }
            if (ref.kind == LocalReference::Kind::PageUrl)
                return std::nullopt;
            if (image)
                outcome.warnings.append(locator.errorAt(record.path, link, ExporterText::tr("missing image: %1").arg(link)));
            else if (isMarkdownFileName(ref.path))
                outcome.warnings.append(locator.errorAt(record.path, link,
                                                ExporterText::tr("links to %1, which does not exist").arg(link)));
            else
                outcome.warnings.append(locator.errorAt(record.path, link, ExporterText::tr("link target not found: %1").arg(link)));
            return std::nullopt;
        case LocalReference::Kind::File:
            break;
        }
        deps.append(ref.path);
        const QString relative = m_config.relativePath(ref.path);
        if (isMarkdownFileName(ref.path)) {
            if (const std::optional<QString> target = urlOfPost(relative))
                return relativeUrl(pageUrl, *target + ref.suffix);
            if (m_index.post(relative)) {
                outcome.warnings.append(locator.errorAt(record.path, link,
                                                ExporterText::tr("links to %1, which is not published").arg(relative)));
                return std::nullopt;
            }
            // A page URL answered by a file that is no post of the index
            // (a section's _index.md): the generator makes that page.
            if (!link.left(queryOrFragmentStart(link)).section(QLatin1Char('/'), -1).contains(QLatin1Char('.')))
                return std::nullopt;
            if (const QString why = publishRefusal(m_files, m_config.absolutePath(record.path), ref.path); !why.isEmpty()) {
                outcome.warnings.append(locator.errorAt(record.path, link, ExporterText::tr("%1 is not copied: %2").arg(link, why)));
                return std::nullopt;
            }
        }
        const UrlPath dest = sanitizeUrlPath(assetOutput(record, pageUrl, ref.path));
        if (dest.path == QLatin1String("/"))
            return std::nullopt;
        const QString output = dest.path.mid(1);
        if (const QString taken = takenOutput(output); !taken.isEmpty()) {
            outcome.warnings.append(locator.errorAt(record.path, link,
                                            ExporterText::tr("%1 is not copied: %2").arg(link, taken)));
            return std::nullopt;
        }
        if (!copyAsset(ref.path, output, record.path, outcome))
            return std::nullopt;
        if (!assets.contains(output))
            assets.append(output);
        return relativeUrl(pageUrl, dest.path) + ref.suffix;
    }

    static QStringList katexOutputs()
    {
        QStringList outputs;
        for (const QString &file : katexAssetFiles())
            outputs.append(QStringLiteral("katex/") + file);
        return outputs;
    }

    // Our own KaTeX files (not the site's): copied from the system once.
    bool copyKatex(const QString &postPath, PostOutcome &outcome)
    {
        const QStringList files = katexAssetFiles();
        if (files.isEmpty()) {
            outcome.warnings.append(Error{postPath, 0, 0, ExporterText::tr("the post has math, but KaTeX is not installed")});
            return false;
        }
        const QDir katex(katexDirectory());
        for (const QString &file : files) {
            if (!copyAsset(katex.filePath(file), QStringLiteral("katex/") + file, postPath, outcome))
                return false;
        }
        return true;
    }

    QMutex &stripeOf(const QString &output) { return m_writeStripes[qHash(output) % m_writeStripes.size()]; }

    // Copies source to OUT/output. A post's page there gives way to it (the
    // page's stripe is held: the page is written before or not at all).
    bool copyAsset(const QString &source, const QString &output, const QString &postPath, PostOutcome &outcome)
    {
        QMutexLocker stripe(&stripeOf(output));
        bool pageThere = false;
        {
            QMutexLocker lock(&m_mutex);
            const auto it = m_assetSources.constFind(output);
            if (it != m_assetSources.cend()) {
                if (it.value() != source) {
                    outcome.warnings.append(Error{postPath, 0, 0, ExporterText::tr("%1 and %2 would both be copied to %3")
                                                                      .arg(m_config.relativePath(it.value()),
                                                                           m_config.relativePath(source), output)});
                    return false;
                }
                return true;
            }
            m_assetSources.insert(output, source);
            pageThere = m_claimed.contains(output);
        }
        const QString target = QDir::cleanPath(m_out + QLatin1Char('/') + output);
        if (!target.startsWith(m_out + QLatin1Char('/')))
            return false;
        const QFileInfo from(source);
        const QFileInfo to(target);
        if (!pageThere && to.exists() && to.size() == from.size() && to.lastModified() == from.lastModified())
            return true;
        if (!m_output.copy(source, output, postPath, outcome.warnings))
            return false;
        ++outcome.copied;
        return true;
    }

    const SiteIndex &m_index;
    HugoRefIndex m_refs;   // Hugo sites: what ref and relref can name
    std::shared_ptr<const JekyllSite> m_jekyll;   // Jekyll sites: what Liquid sees
    const SiteConfig &m_config;
    const SiteFiles &m_files;
    const ExportSettings &m_settings;
    const ExportTemplates &m_templates;
    const SiteExportOptions &m_options;
    const ExportManifest &m_previous;
    ExportOutput &m_output;
    QString m_out;
    QString m_lang;
    QString m_baseUrl;
    QByteArray m_settingsKey;
    QList<const PostRecord *> m_published;
    QSet<QString> m_publishedPaths;
    QSet<QString> m_pageless;
    QHash<QString, QString> m_previousBySource;

    mutable QMutex m_mutex;
    QHash<QString, QString> m_claimed;        // output -> post path
    std::array<QMutex, 32> m_writeStripes;    // a post's page is written under its stripe
    QHash<QString, std::optional<QString>> m_postUrls;   // post path -> URL, none when not published
    QHash<QString, QString> m_assetSources;   // output -> source
    QHash<QString, LocalReference> m_resolved;   // link (with its folder) -> file
    QHash<QString, QByteArray> m_stamps;         // file -> fileStamp()
    ExportManifest m_manifest;
};

bool wanted(const SiteConfig &config, const SiteExportOptions &options, const PostRecord &record,
            const QDateTime &now)
{
    if (record.kind == PostKind::Section)
        return false;
    if (record.draft && !(options.drafts || config.buildDrafts))
        return false;
    if (record.isFuture(now) && !(options.future || config.buildFuture))
        return false;
    if (record.isExpired(now) && !config.buildExpired)
        return false;
    return true;
}

// The date lists sort by and the feed shows: date, else publishDate; none
// for an undated post (as hugo: it goes last, and the feed gives it no
// pubDate), never the file's time, which a checkout changes.
QDateTime sortDate(const PostRecord &record)
{
    return record.date.isValid() ? record.date : record.publishDate;
}

// A date as the sitemap's W3C Datetime wants it: with its offset always (a
// date written without one is in the computer's local time, as everywhere).
QString w3cDateTime(const QDateTime &date)
{
    return (date.timeSpec() == Qt::LocalTime ? date.toOffsetFromUtc(date.offsetFromUtc()) : date).toString(Qt::ISODate);
}

// What the lists and the feed show of a post, but for its URL. Made on the
// worker that exported the post.
ListEntry listEntryOf(const PostRecord &record, const QString &summary, const QLocale &dateLocale)
{
    ListEntry entry;
    entry.title = record.title.toStdString();
    entry.summary = summary.toStdString();
    const QDateTime date = sortDate(record);
    if (record.dateText) {
        entry.dateText = dateLocale.toString(date.date(), QStringLiteral("d MMMM yyyy")).toStdString();
        if (record.date.isValid())
            entry.dateTime = record.date.toString(Qt::ISODate).toStdString();
    }
    if (date.isValid())
        entry.rssDate = (QLocale::c().toString(date.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss"))
                         + QStringLiteral(" +0000")).toStdString();
    return entry;
}

// An export that could not write a file: which one and why; the previous
// export in OUT is as it was.
Error stoppedBy(Error error)
{
    error.message = ExporterText::tr("%1; the export stopped and the previous export is left as it was").arg(error.message);
    return error;
}

// The output stamps of the files just put in place (and of entries that
// have none yet), taken after the rename, which changes a file's times.
void stampOutputs(ExportManifest &manifest, const QString &out, const QStringList &written)
{
    const QSet<QString> fresh(written.cbegin(), written.cend());
    manifest.forEach([&](const QString &output, ManifestEntry &entry) {
        if (entry.outputStamp.isEmpty() || fresh.contains(output))
            entry.outputStamp = outputStamp(out + QLatin1Char('/') + output);
    });
}

// A page of a list: rendered, then written only when it differs from the
// last export's.
struct ListJob
{
    QString output;
    std::function<QString()> render;
    bool isPage = true;   // false: a file the pages use (the stylesheet)
};

// The generated file (of generated) that a page at output would be written
// over or into, so that one of the two could not be written; or empty.
QString generatedFileAt(const QString &output, const QSet<QString> &generated)
{
    if (generated.contains(output))
        return output;
    for (qsizetype slash = output.indexOf(QLatin1Char('/')); slash >= 0; slash = output.indexOf(QLatin1Char('/'), slash + 1)) {
        if (generated.contains(output.left(slash)))
            return output.left(slash);
    }
    return {};
}

} // namespace

Result<SiteExportReport> exportSite(const QString &root, const SiteExportOptions &options,
                                    const ExportProgress &progress)
{
    QElapsedTimer timer;
    timer.start();
    SiteExportReport report;
    if (options.outDir.trimmed().isEmpty())
        return Error{root, 0, 0, ExporterText::tr("no output folder")};

    IndexOptions indexOptions;
    indexOptions.useCache = options.useIndexCache;
    indexOptions.cacheDir = options.indexCacheDir;
    // Each published post is read again below, whole, and a body that is
    // not text is reported then.
    indexOptions.frontMatterOnly = true;
    const Result<SiteIndex> indexed = indexSite(root, indexOptions);
    if (!indexed)
        return indexed.error();
    const SiteIndex &index = indexed.value();
    const SiteConfig &config = index.config();

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
    report.outDir = out;
    report.homePage = QDir(out).filePath(QStringLiteral("index.html"));

    const Result<ExportSettings> readSettings = readExportSettings(config);
    if (!readSettings)
        return readSettings.error();
    const ExportSettings &settings = readSettings.value();
    Result<SiteFiles> readFiles = readSiteFiles(config);
    if (!readFiles)
        return readFiles.error();
    SiteFiles &files = readFiles.value();
    for (const QString &note : std::as_const(files.unsupported))
        report.warnings.append(Error{config.configFile.isEmpty() ? QString() : config.relativePath(config.configFile), 0, 0, note});
    const QString overrideFolder = QDir(config.root).filePath(QStringLiteral("postwright/templates"));
    if (QFileInfo(overrideFolder).isDir() && !isInsideFolder(overrideFolder, config.root))
        return Error{overrideFolder, 0, 0, ExporterText::tr("the template folder is outside the site")};
    const Result<ExportTemplates> loaded = ExportTemplates::load(overrideFolder);
    if (!loaded)
        return loaded.error();
    const ExportTemplates &templates = loaded.value();
    if (const QString problem = baseUrlProblem(options.baseUrl); !problem.isEmpty())
        return Error{options.baseUrl, 0, 0, problem};
    const QString baseUrl = normalizeBaseUrl(options.baseUrl.isEmpty() ? settings.baseUrl : options.baseUrl);
    if (baseUrl.isEmpty())
        report.warnings.append(Error{config.configFile.isEmpty() ? QString() : config.relativePath(config.configFile), 0, 0,
                                     ExporterText::tr("no base URL (--base-url, or baseURL/url in the site's config): "
                                                      "the feed and the sitemap link to the pages without the site's address")});

    for (Error warning : index.warnings())
        report.warnings.append(warning);

    const QDateTime now = QDateTime::currentDateTime();
    QList<const PostRecord *> published;
    // Hugo's build options: render never is not published at all, render
    // link has a URL but no page; only list always is in the lists.
    QSet<QString> pageless;
    QSet<QString> unlisted;
    for (const PostRecord &record : index.posts()) {
        if (!wanted(config, options, record, now))
            continue;
        const BuildOptions build = buildOptions(index, record);
        if (!build.hasUrl())
            continue;
        published.append(&record);
        if (!build.writesPage())
            pageless.insert(record.path);
        if (!build.listed())
            unlisted.insert(record.path);
    }
    // Newest first, as every list shows them. Each date is read once, not
    // at every comparison (a date without an offset is local time, which
    // costs a time-zone lookup).
    {
        QList<std::pair<qint64, const PostRecord *>> byDate;
        byDate.reserve(published.size());
        for (const PostRecord *record : published) {
            const QDateTime date = sortDate(*record);
            byDate.append({date.isValid() ? date.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min(), record});
        }
        std::stable_sort(byDate.begin(), byDate.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        for (qsizetype i = 0; i < byDate.size(); ++i)
            published[i] = byDate.at(i).second;
    }

    const ExportManifest previous = options.clean ? ExportManifest() : ExportManifest::load(out);
    const ExportManifest oldManifest = options.clean ? ExportManifest::load(out) : ExportManifest();
    QCryptographicHash settingsHash(QCryptographicHash::Sha1);
    settingsHash.addData(QByteArray(exporterVersion));
    settingsHash.addData(templates.fingerprint());
    settingsHash.addData(config.fingerprint.toUtf8());
    settingsHash.addData(baseUrl.toUtf8());
    settingsHash.addData(QByteArray(options.drafts ? "d" : "-") + (options.future ? "f" : "-"));

    // Nothing reaches its place in OUT before every file is written.
    ExportOutput output(out);
    if (!baseUrl.isEmpty())
        files.basePath = sitePathOfBaseUrl(baseUrl);
    SiteExport exporter(index, files, settings, templates, options, previous, output);
    exporter.setPublished(published);
    exporter.setPageless(pageless);
    exporter.setSettingsKey(settingsHash.result().toHex());
    exporter.setBaseUrl(baseUrl);
    exporter.indexPrevious();

    const QLocale dateLocale(exporter.lang().isEmpty() ? QStringLiteral("en") : exporter.lang());
    QThreadPool pool;
    pool.setMaxThreadCount(exportWorkerCount(options.jobs));
    std::atomic<int> done = 0;
    const int total = int(published.size());
    QList<int> order(total);
    std::iota(order.begin(), order.end(), 0);
    std::atomic<bool> canceled = false;
    const QList<PostOutcome> outcomes = QtConcurrent::blockingMapped(&pool, order, [&](int i) {
        if (canceled.load() || (progress.canceled && progress.canceled())) {
            canceled = true;
            return PostOutcome{};
        }
        if (output.failed())
            return PostOutcome{};
        PostOutcome outcome = exporter.exportPost(i);
        if (outcome.ok)
            outcome.entry = listEntryOf(*published.at(i), outcome.summary, dateLocale);
        const int n = ++done;
        if (progress.report && (n % 64 == 0 || n == total))
            progress.report(n, total);
        return outcome;
    });
    if (canceled) {
        output.discard();
        report.canceled = true;
        report.elapsedMs = timer.elapsed();
        return report;
    }
    if (const std::optional<Error> failed = output.failure()) {
        output.discard();
        return stoppedBy(*failed);
    }

    // The list pages, from what the posts' pages said.
    QList<ListEntry> entries;
    QList<QString> entryUrls;   // site-absolute URL path of each entry
    QList<int> listed;          // index into published of each entry
    for (const PostOutcome &outcome : outcomes) {
        report.warnings += outcome.warnings;
        report.filesCopied += outcome.copied;
        const QString &path = published.at(outcome.record)->path;
        if (!outcome.output.isEmpty() && !outcome.url.isEmpty()) {
            if (const QString copied = exporter.copiedTo(outcome.output); !copied.isEmpty()) {
                report.warnings.append(Error{path, 0, 0, ExporterText::tr("%1 is already the copy of %2: not written")
                                                            .arg(outcome.output, config.relativePath(copied))});
                exporter.restoreCopy(outcome.output, report.warnings);
                ++report.pagesFailed;
                continue;
            }
            if (const QString owner = exporter.claimant(outcome.output); owner != path) {
                report.warnings.append(Error{path, 0, 0, ExporterText::tr("%1 is already the page of %2: not written")
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
        if (unlisted.contains(path))
            continue;
        entries.append(outcome.entry);
        entryUrls.append(outcome.url);
        listed.append(outcome.record);
    }

    const auto relativeEntries = [&](const QList<int> &which, const QString &pageUrl) {
        QList<ListEntry> list;
        list.reserve(which.size());
        for (int i : which) {
            list.append(entries.at(i));
            list.back().url = relativeUrl(pageUrl, entryUrls.at(i)).toStdString();
        }
        return list;
    };
    const QString siteTitle = settings.title.isEmpty() ? QFileInfo(config.root).fileName() : settings.title;
    const QString description = settings.description.isEmpty() ? siteTitle : settings.description;

    QList<ListJob> jobs;
    QList<SitemapEntry> sitemap;
    const auto addSitemap = [&](const QString &url, const QString &lastmod = {}) {
        sitemap.append({absoluteUrl(baseUrl, url), lastmod});
    };
    const auto navigation = [&](auto &page, const QString &pageUrl) {
        page.homeUrl = relativeUrl(pageUrl, QStringLiteral("/"));
        page.tagsUrl = relativeUrl(pageUrl, QStringLiteral("/tags/"));
        page.categoriesUrl = relativeUrl(pageUrl, QStringLiteral("/categories/"));
        page.stylesheetUrl = relativeUrl(pageUrl, QLatin1Char('/') + stylesheetOutput);
    };
    // A paginated list of entries at baseUrlPath, baseUrlPath/page/N/.
    const auto addList = [&](const QString &basePath, const QString &title, const QList<int> &which, bool isTerm) {
        const int pages = std::max(1, int((which.size() + postsPerPage - 1) / postsPerPage));
        const int perPage = isTerm ? int(std::max<qsizetype>(which.size(), 1)) : postsPerPage;
        const int count = isTerm ? 1 : pages;
        const auto pageUrl = [basePath](int n) {
            return n == 1 ? basePath : basePath + QStringLiteral("page/%1/").arg(n);
        };
        for (int n = 1; n <= count; ++n) {
            const QString url = pageUrl(n);
            const QList<int> slice = which.mid(qsizetype(n - 1) * perPage, perPage);
            addSitemap(url);
            jobs.append({outputFileForUrl(url), [=, &relativeEntries, &navigation, &templates, &exporter] {
                             ListPageData page;
                             page.lang = exporter.lang();
                             page.siteTitle = siteTitle;
                             page.title = title;
                             page.description = isTerm ? title : description;
                             page.canonicalUrl = absoluteUrl(baseUrl, url);
                             page.feedUrl = relativeUrl(url, QStringLiteral("/index.xml"));
                             navigation(page, url);
                             page.pageNumber = n;
                             page.pageCount = count;
                             page.isTerm = isTerm;
                             if (n > 1)
                                 page.prevUrl = relativeUrl(url, pageUrl(n - 1));
                             if (n < count)
                                 page.nextUrl = relativeUrl(url, pageUrl(n + 1));
                             page.entries = relativeEntries(slice, url);
                             return templates.renderList(page);
                         }});
        }
    };
    // The feed and the sitemap show every post: first in the list, they do
    // not keep one thread busy alone at the end. They run after the list is
    // complete, so they see every sitemap entry added below.
    jobs.append({QStringLiteral("index.xml"), [&] {
                     FeedData feed;
                     feed.lang = settings.language.isEmpty() ? QStringLiteral("en") : settings.language;
                     feed.siteTitle = siteTitle;
                     feed.siteUrl = absoluteUrl(baseUrl, QStringLiteral("/"));
                     feed.feedUrl = absoluteUrl(baseUrl, QStringLiteral("/index.xml"));
                     feed.description = description;
                     feed.items = entries;
                     for (qsizetype i = 0; i < feed.items.size(); ++i)
                         feed.items[i].url = absoluteUrl(baseUrl, entryUrls.at(i)).toStdString();
                     // The newest date (undated posts come last).
                     if (!feed.items.isEmpty())
                         feed.lastBuildDate = QString::fromStdString(feed.items.constFirst().rssDate);
                     return templates.renderFeed(feed);
                 }});
    jobs.append({QStringLiteral("sitemap.xml"), [&] { return templates.renderSitemap(sitemap); }});
    jobs.append({stylesheetOutput, [&] { return templates.css(); }, false});
    QList<int> all(entries.size());
    std::iota(all.begin(), all.end(), 0);
    addList(QStringLiteral("/"), siteTitle, all, false);

    // Files the export makes whatever the posts say: a term's page never
    // takes their place ("generated paths win").
    QSet<QString> generatedFiles{QStringLiteral("index.html"), QStringLiteral("index.xml"), QStringLiteral("sitemap.xml"),
                                 stylesheetOutput, ExportManifest::fileName()};
    for (const Taxonomy &taxonomy : config.taxonomies)
        generatedFiles.insert(outputFileForUrl(taxonomyUrl(config, taxonomy.plural)));
    for (const Taxonomy &taxonomy : config.taxonomies) {
        // Terms that differ only in case or spacing share a page, as in Hugo.
        QMap<QString, QList<int>> byTerm;
        QHash<QString, QString> names;
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const PostRecord &record = *published.at(listed.at(i));
            QSet<QString> seen;
            for (const QString &term : record.terms.value(taxonomy.plural)) {
                const QString slug = termSlug(config, term);
                if (slug.isEmpty() || seen.contains(slug))
                    continue;
                seen.insert(slug);
                byTerm[slug].append(int(i));
                if (!names.contains(slug))
                    names.insert(slug, term);
            }
        }
        const QString taxonomyUrl = postwright::taxonomyUrl(config, taxonomy.plural);
        QList<TermEntry> terms;
        for (auto it = byTerm.cbegin(); it != byTerm.cend(); ++it) {
            const QString url = taxonomyUrl + it.key() + QLatin1Char('/');
            const QString output = outputFileForUrl(url);
            if (const QString file = generatedFileAt(output, generatedFiles); !file.isEmpty()) {
                const QString &path = published.at(listed.at(it.value().constFirst()))->path;
                report.warnings.append(Error{path, 0, 0, ExporterText::tr("the %1 term \"%2\": its page %3 would be where %4 is: not written")
                                                            .arg(taxonomy.plural, names.value(it.key()), output, file)});
                ++report.pagesFailed;
                continue;
            }
            terms.append({names.value(it.key()), url, int(it.value().size())});
            addList(url, names.value(it.key()), it.value(), true);
        }
        const QString title = taxonomy.plural.left(1).toUpper() + taxonomy.plural.mid(1);
        addSitemap(taxonomyUrl);
        jobs.append({outputFileForUrl(taxonomyUrl), [=, &navigation, &templates, &exporter] {
                         TermsPageData page;
                         page.lang = exporter.lang();
                         page.siteTitle = siteTitle;
                         page.title = title;
                         page.description = title;
                         page.canonicalUrl = absoluteUrl(baseUrl, taxonomyUrl);
                         navigation(page, taxonomyUrl);
                         page.terms = terms;
                         for (TermEntry &term : page.terms)
                             term.url = relativeUrl(taxonomyUrl, term.url);
                         return templates.renderTerms(page);
                     }});
    }
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const PostRecord &record = *published.at(listed.at(i));
        addSitemap(entryUrls.at(i), record.date.isValid() ? w3cDateTime(record.date) : QString());
    }

    const QByteArray settingsKey = settingsHash.result().toHex();
    QList<Error> listWarnings;
    QMutex listMutex;
    std::atomic<int> listWritten = 0;
    std::atomic<int> listUnchanged = 0;
    std::atomic<int> filesWritten = 0;
    std::atomic<int> listFailed = 0;
    QtConcurrent::blockingMap(&pool, jobs, [&](const ListJob &job) {
        if (output.failed())
            return;
        const QByteArray bytes = job.render().toUtf8();
        const QByteArray hash = contentDigest(bytes);
        const ManifestEntry *before = previous.entry(job.output);
        ManifestEntry entry;
        entry.kind = ManifestEntry::Kind::List;
        entry.settingsKey = settingsKey;
        entry.contentHash = hash;
        const QByteArray stamp = outputStamp(out + QLatin1Char('/') + job.output);
        if (before && before->contentHash == hash && !stamp.isEmpty() && stamp == before->outputStamp) {
            if (job.isPage)
                ++listUnchanged;
        } else {
            QList<Error> warnings;
            // The feed and the sitemap go in place last, after the pages they list.
            const ExportOutput::Phase phase = !job.isPage ? ExportOutput::Phase::Content
                                              : job.output.endsWith(QLatin1String(".xml")) ? ExportOutput::Phase::Feeds
                                                                                          : ExportOutput::Phase::Lists;
            if (bytes.isEmpty() || !exporter.writeOutput(job.output, bytes, config.root, warnings, phase)) {
                if (!bytes.isEmpty())
                    ++listFailed;
                QMutexLocker lock(&listMutex);
                listWarnings += warnings;
                return;
            }
            ++(job.isPage ? listWritten : filesWritten);
        }
        exporter.recordEntry(job.output, entry);
    });
    report.warnings += listWarnings;
    // A site's own shortcode: one warning per name, with the files using it.
    combineShortcodeWarnings(report.warnings, config);
    report.pagesWritten += listWritten;
    report.pagesUnchanged += listUnchanged;
    report.filesCopied += filesWritten;
    report.pagesFailed += listFailed;

    const std::optional<Error> failed = output.failure();
    const Result<Success> committed = failed ? Result<Success>(*failed) : output.commit();
    if (!committed) {
        output.discard();
        return stoppedBy(committed.error());
    }
    ExportManifest &manifest = exporter.manifest();
    stampOutputs(manifest, out, output.written());

    // Outputs of an earlier export that this one did not make.
    const ExportManifest &earlier = options.clean ? oldManifest : previous;
    if (options.clean) {
        report.staleRemoved = output.removeStale(earlier, manifest, report.warnings);
    } else {
        for (const QString &stale : earlier.outputs()) {
            if (manifest.contains(stale))
                continue;
            // Kept for a later --clean, but no longer any post's page.
            ManifestEntry entry = *earlier.entry(stale);
            entry.source.clear();
            manifest.insert(stale, entry);
            ++report.staleKept;
        }
    }
    if (const Result<Success> saved = manifest.save(out); !saved)
        report.warnings.append(saved.error());
    report.written = exporter.written();
    report.written.sort();
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
