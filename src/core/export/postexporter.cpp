// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/postexporter.h"

#include "export/exportedpage.h"
#include "export/exportertext.h"
#include "export/exportsettings.h"
#include "export/htmltext.h"
#include "export/hugoshortcodes.h"
#include "liquid/jekyllsite.h"
#include "export/localreference.h"
#include "export/publishrule.h"
#include "export/sitefiles.h"
#include "files/atomicwrite.h"
#include "page/katexassets.h"
#include "post/postpage.h"
#include "site/siteconfig.h"
#include "site/sitelookup.h"
#include "site/siterules.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QSet>
#include <QUrl>

namespace postwright {
namespace {

// Whether name in FILE_files/ holds something other than a copy of source
// (a file of the user's, a link, a folder): then the copy goes elsewhere.
// An earlier export's copy of the same bytes may be replaced.
bool holdsAnotherFile(const QString &target, const QString &source)
{
    const QFileInfo info(target);
    if (!info.exists() && !info.isSymLink())
        return false;
    if (info.isSymLink() || !info.isFile() || info.size() != QFileInfo(source).size())
        return true;
    QFile have(target);
    QFile want(source);
    if (!have.open(QIODevice::ReadOnly) || !want.open(QIODevice::ReadOnly))
        return true;
    return have.readAll() != want.readAll();
}

// Where each image the post shows goes in FILE_files/. An image that is
// there already (the post links into FILE_files/) keeps its name and is
// never replaced; every other one gets a name no other image has and no
// other file there has (unless it holds the same bytes), in the order the
// post shows them: pic.png, pic-2.png... So no file of the user's in
// FILE_files/ is ever replaced.
struct AssetNames
{
    QHash<QString, QString> names;   // source (absolute) -> name in FILE_files/
    QSet<QString> inPlace;           // sources that are in FILE_files/ already
};

AssetNames nameAssets(const QStringList &sources, const QString &assetsDir)
{
    AssetNames plan;
    QSet<QString> taken;
    const QString realDir = resolvedPath(assetsDir);
    for (const QString &source : sources) {
        const QString real = resolvedPath(source);
        if (real.startsWith(realDir + QLatin1Char('/'))) {
            const QString name = real.mid(realDir.size() + 1);
            plan.names.insert(source, name);
            plan.inPlace.insert(source);
            taken.insert(name);
        }
    }
    for (const QString &source : sources) {
        if (plan.names.contains(source))
            continue;
        const QFileInfo info(source);
        const QString dotSuffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
        QString name = info.fileName();
        const QDir dir(assetsDir);
        for (int n = 2; taken.contains(name) || holdsAnotherFile(dir.filePath(name), source); ++n)
            name = info.completeBaseName() + QStringLiteral("-%1").arg(n) + dotSuffix;
        taken.insert(name);
        plan.names.insert(source, name);
    }
    return plan;
}

} // namespace

Result<PostExportReport> exportPost(const QString &postPath, const PostExportOptions &options)
{
    const Result<Post> loaded = Post::load(postPath);
    if (!loaded)
        return loaded.error();
    const Post &post = loaded.value();
    PostExportReport report;
    report.output = QDir::cleanPath(QFileInfo(options.output).absoluteFilePath());
    // The page must not take the place of what it is made from.
    const QString realOutput = resolvedPath(report.output);
    if (realOutput == resolvedPath(QFileInfo(postPath).absoluteFilePath()))
        return Error{options.output, 0, 0, ExporterText::tr("the HTML file would replace the post itself")};
    QString overwrittenInput;
    const QString reported = postPath;
    if (post.frontMatter().error) {
        Error error = *post.frontMatter().error;
        error.path = reported;
        report.warnings.append(error);
    }

    const SiteLocation site = locateSite(postPath);
    const QString root = site.rootOrFolder();
    QString siteTitle;
    const Result<SiteConfig> config = detectSite(root, site.kind);
    SiteConfig siteConfig;   // a folder that does not read as a site: a plain one
    siteConfig.root = root;
    siteConfig.contentDir = root;
    if (config) {
        siteConfig = config.value();
        if (const Result<ExportSettings> settings = readExportSettings(config.value()))
            siteTitle = settings.value().title;
    }
    const Result<SiteFiles> readFiles = readSiteFiles(siteConfig);
    const SiteFiles siteFiles = readFiles ? readFiles.value() : defaultSiteFiles(siteConfig);
    const QString postFile = QDir::cleanPath(QFileInfo(postPath).absoluteFilePath());

    RenderOptions renderOptions;
    renderOptions.sourcePos = false;
    renderOptions.statistics = false;
    renderOptions.shortcodes = standaloneShortcodeOptions(siteConfig, post.frontMatter());
    // A post of a Jekyll site runs through Liquid (renderPost).
    renderOptions.liquid = jekyllLiquidFor(post.path(), post.text());
    RenderResult rendered = renderPost(post, renderOptions);
    report.warnings += shortcodeWarnings(rendered.shortcodes, reported);
    combineShortcodeWarnings(report.warnings, siteConfig);
    report.warnings += liquidWarnings(rendered.liquidErrors, reported);
    if (const std::optional<Error> tags = renderOptions.liquid ? std::nullopt
                                          : templateTagWarning(post.text(), post.frontMatter().block.bodyStart,
                                                               reported, renderOptions.shortcodes.enabled))
        report.warnings.append(*tags);
    report.warnings += removedTagWarnings(post.text(), post.frontMatter().block.bodyStart, reported, rendered.removedTags);

    const QFileInfo outInfo(report.output);
    const QString assetsName = outInfo.completeBaseName() + QStringLiteral("_files");
    const QString assetsUrl = QString::fromLatin1(QUrl::toPercentEncoding(assetsName));   // relative to the page
    const QDir assetsDir(outInfo.dir().filePath(assetsName));
    // The images' names in FILE_files/ are settled before any is copied.
    QStringList imageSources;
    if (options.assets) {
        QSet<QString> seen;
        rewriteReferences(rendered.html, [&](const QString &url, bool image) -> std::optional<QString> {
            if (image && !isScriptUrl(url)) {
                const LocalReference ref = judgeLocalReference(url, postFile, siteFiles);
                if (ref.kind == LocalReference::Kind::File && !seen.contains(ref.path)) {
                    seen.insert(ref.path);
                    imageSources.append(ref.path);
                }
            }
            return std::nullopt;
        });
    }
    const AssetNames assetNames = nameAssets(imageSources, assetsDir.absolutePath());
    QSet<QString> copiedAs;   // sources already in FILE_files/
    QMimeDatabase mimes;
    BodyLocator locator(post.text(), post.frontMatter().block.bodyStart);
    rendered.html = rewriteReferences(rendered.html, [&](const QString &url, bool image) -> std::optional<QString> {
        if (isScriptUrl(url)) {
            report.warnings.append(locator.errorAt(reported, url,
                                           ExporterText::tr("a script link (%1) is written as \"#\"").arg(url.left(40))));
            return QStringLiteral("#");
        }
        if (!image)
            return std::nullopt;
        const LocalReference ref = judgeLocalReference(url, postFile, siteFiles);
        switch (ref.kind) {
        case LocalReference::Kind::External:
        case LocalReference::Kind::Fragment:
        case LocalReference::Kind::Template:
        case LocalReference::Kind::PageUrl:
            return std::nullopt;
        case LocalReference::Kind::Outside:
            report.warnings.append(locator.errorAt(reported, url, ExporterText::tr("%1 is outside the site: not read").arg(url)));
            return std::nullopt;
        case LocalReference::Kind::Refused:
            report.warnings.append(locator.errorAt(reported, url, ExporterText::tr("%1 is not copied: %2").arg(url, ref.refusal)));
            return std::nullopt;
        case LocalReference::Kind::Missing:
            report.warnings.append(locator.errorAt(reported, url, ExporterText::tr("missing image: %1").arg(url)));
            return std::nullopt;
        case LocalReference::Kind::File:
            break;
        }
        if (isMarkdownFileName(ref.path)) {
            if (const QString why = publishRefusal(siteFiles, postFile, ref.path); !why.isEmpty()) {
                report.warnings.append(locator.errorAt(reported, url, ExporterText::tr("%1 is not copied: %2").arg(url, why)));
                return std::nullopt;
            }
        }
        const QString realSource = resolvedPath(ref.path);
        if (realSource == realOutput) {
            overwrittenInput = url;
            return std::nullopt;
        }
        if (!options.assets) {
            QFile file(ref.path);
            if (!file.open(QIODevice::ReadOnly)) {
                report.warnings.append(locator.errorAt(reported, url, ExporterText::tr("cannot read %1: %2").arg(url, file.errorString())));
                return std::nullopt;
            }
            ++report.embedded;
            return QStringLiteral("data:%1;base64,%2")
                .arg(mimes.mimeTypeForFile(ref.path, QMimeDatabase::MatchExtension).name(),
                     QString::fromLatin1(file.readAll().toBase64()));
        }
        const QString name = assetNames.names.value(ref.path);
        if (name.isEmpty())
            return std::nullopt;
        if (!copiedAs.contains(ref.path)) {
            const QString target = assetsDir.filePath(name);
            // Already there (a post that links into its own FILE_files/): kept.
            if (!assetNames.inPlace.contains(ref.path)) {
                QDir().mkpath(QFileInfo(target).absolutePath());
                if (const Result<Success> copied = copyFileAtomically(ref.path, target); !copied) {
                    report.warnings.append(locator.errorAt(
                        reported, url, ExporterText::tr("cannot copy %1 to %2: %3").arg(url, target, copied.error().message)));
                    return std::nullopt;
                }
            }
            copiedAs.insert(ref.path);
            report.assets.append(target);
        }
        return assetsUrl + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(name));
    });

    if (!overwrittenInput.isEmpty())
        return Error{options.output, 0, 0, ExporterText::tr("the HTML file would replace %1, which the post shows").arg(overwrittenInput)};

    PageData page = pageDataFor(post, rendered);
    page.siteTitle = siteTitle;
    if (rendered.hasMath && !options.assets) {
        // One file: KaTeX's script, and its stylesheet with the fonts, inside the page.
        if (std::optional<InlineKatex> katex = inlineKatex()) {
            page.math = true;
            page.inlineMathCss = std::move(katex->css);
            page.inlineMathScript = std::move(katex->script);
        } else {
            report.warnings.append(Error{reported, 0, 0, ExporterText::tr("the post has math, but KaTeX could not be read")});
        }
    } else if (rendered.hasMath) {
        // KaTeX's script, stylesheet and fonts go beside the page, in FILE_files/katex/.
        const QStringList files = katexAssetFiles();
        bool copied = !files.isEmpty();
        for (const QString &file : files) {
            const QString target = assetsDir.filePath(QStringLiteral("katex/") + file);
            QDir().mkpath(QFileInfo(target).absolutePath());
            copied = copied && copyFileAtomically(QDir(katexDirectory()).filePath(file), target).ok();
            if (copied)
                report.assets.append(target);
        }
        if (copied) {
            page.math = true;
            page.mathAssetsUrl = assetsUrl + QStringLiteral("/katex/");
        } else {
            report.warnings.append(Error{reported, 0, 0, ExporterText::tr("the post has math, but KaTeX could not be copied")});
        }
    }
    const QString summary = postSummary(post.frontMatter().string(QStringLiteral("summary")), post.body(), rendered.html);
    const QString html = completeHead(PageTemplate::defaultTemplate().render(page), summary, {});
    if (html.isEmpty())
        return Error{reported, 0, 0, ExporterText::tr("the page template does not render")};
    QDir().mkpath(outInfo.absolutePath());
    // A link in the page's place is replaced, never written through.
    if (const Result<Success> written = writeFileAtomically(report.output, html.toUtf8()); !written)
        return written.error();
    return report;
}

} // namespace postwright
