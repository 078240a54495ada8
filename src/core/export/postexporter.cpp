// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/postexporter.h"

#include "export/exportedpage.h"
#include "export/exportertext.h"
#include "export/exportsettings.h"
#include "export/htmltext.h"
#include "export/localreference.h"
#include "export/publishrule.h"
#include "page/katexassets.h"
#include "post/postpage.h"
#include "site/siteconfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QSaveFile>
#include <QUrl>

namespace postwright {
namespace {

bool hasSiteConfig(const QDir &dir)
{
    static const char *const names[] = {"hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", "config.toml",
                                        "config.yaml", "config.yml", "config.json", "_config.yml"};
    for (const char *name : names) {
        if (QFileInfo(dir.filePath(QString::fromLatin1(name))).isFile())
            return true;
    }
    return QFileInfo(dir.filePath(QStringLiteral("config/_default"))).isDir();
}

} // namespace

QString siteRootOfPost(const QString &postPath)
{
    const QString folder = QFileInfo(postPath).absolutePath();
    QDir dir(folder);
    do {
        if (hasSiteConfig(dir))
            return QDir::cleanPath(dir.absolutePath());
    } while (dir.cdUp());
    return QDir::cleanPath(folder);
}

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

    const QString root = siteRootOfPost(postPath);
    QStringList rootFolders{root};
    QString siteTitle;
    const Result<SiteConfig> config = detectSite(root);
    SiteConfig siteConfig;   // a folder that does not read as a site: a plain one
    siteConfig.root = root;
    siteConfig.contentDir = root;
    if (config) {
        siteConfig = config.value();
        rootFolders = siteRootFolders(config.value());
        if (const Result<ExportSettings> settings = readExportSettings(config.value()))
            siteTitle = settings.value().title;
    }
    const QString postFile = QDir::cleanPath(QFileInfo(postPath).absoluteFilePath());

    RenderOptions renderOptions;
    renderOptions.sourcePos = false;
    renderOptions.statistics = false;
    RenderResult rendered = renderPost(post, renderOptions);
    if (const std::optional<Error> tags = templateTagWarning(post.text(), post.frontMatter().block.bodyStart, reported))
        report.warnings.append(*tags);
    report.warnings += removedTagWarnings(post.text(), post.frontMatter().block.bodyStart, reported, rendered.removedTags);

    const QFileInfo outInfo(report.output);
    const QString assetsName = outInfo.completeBaseName() + QStringLiteral("_files");
    const QString assetsUrl = QString::fromLatin1(QUrl::toPercentEncoding(assetsName));   // relative to the page
    const QDir assetsDir(outInfo.dir().filePath(assetsName));
    QHash<QString, QString> copiedAs;   // source -> name in FILE_files/
    const QString folder = QFileInfo(postPath).absolutePath();
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
        const LocalReference ref = resolveLocalReference(url, folder, rootFolders, root);
        switch (ref.kind) {
        case LocalReference::Kind::External:
        case LocalReference::Kind::Fragment:
            return std::nullopt;
        case LocalReference::Kind::Outside:
            report.warnings.append(locator.errorAt(reported, url, ExporterText::tr("%1 is outside the site: not read").arg(url)));
            return std::nullopt;
        case LocalReference::Kind::Missing:
            report.warnings.append(locator.errorAt(reported, url, ExporterText::tr("missing image: %1").arg(url)));
            return std::nullopt;
        case LocalReference::Kind::File:
            break;
        }
        if (const QString why = publishRefusal(siteConfig, postFile, ref.path); !why.isEmpty()) {
            report.warnings.append(locator.errorAt(reported, url, ExporterText::tr("%1 is not copied: %2").arg(url, why)));
            return std::nullopt;
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
        QString name = copiedAs.value(ref.path);
        if (name.isEmpty()) {
            const QFileInfo source(ref.path);
            name = source.fileName();
            for (int n = 2; std::find(copiedAs.cbegin(), copiedAs.cend(), name) != copiedAs.cend(); ++n)
                name = source.completeBaseName() + QStringLiteral("-%1.").arg(n) + source.suffix();
            QDir().mkpath(assetsDir.absolutePath());
            const QString target = assetsDir.filePath(name);
            // Already there (a post that links into its own FILE_files/): kept.
            const bool inPlace = realSource == resolvedPath(target);
            if (!inPlace)
                QFile::remove(target);
            if (!inPlace && !QFile::copy(ref.path, target)) {
                report.warnings.append(locator.errorAt(reported, url, ExporterText::tr("cannot copy %1 to %2").arg(url, target)));
                return std::nullopt;
            }
            copiedAs.insert(ref.path, name);
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
            QFile::remove(target);
            copied = copied && QFile::copy(QDir(katexDirectory()).filePath(file), target);
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
    QSaveFile file(report.output);
    const QByteArray bytes = html.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{report.output, 0, 0, file.errorString()};
    return report;
}

} // namespace postwright
