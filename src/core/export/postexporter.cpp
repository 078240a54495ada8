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

// The site a post lies in, as far as a standalone page needs it.
struct PostSite
{
    SiteConfig config;   // a folder that does not read as a site: a plain one
    SiteFiles files;
    QString title;
};

PostSite postSiteOf(const QString &postPath)
{
    PostSite site;
    const SiteLocation location = locateSite(postPath);
    const QString root = location.rootOrFolder();
    site.config.root = root;
    site.config.contentDir = root;
    if (const Result<SiteConfig> config = detectSite(root, location.kind)) {
        site.config = config.value();
        if (const Result<ExportSettings> settings = readExportSettings(config.value()))
            site.title = settings.value().title;
    }
    const Result<SiteFiles> files = readSiteFiles(site.config);
    site.files = files ? files.value() : defaultSiteFiles(site.config);
    return site;
}

// One run of exportPost: the rendered body, its images and math, the page.
class StandalonePage
{
public:
    StandalonePage(const Post &post, const QString &postPath, const PostExportOptions &options)
        : m_post(post)
        , m_options(options)
        , m_reported(postPath)
        , m_postFile(QDir::cleanPath(QFileInfo(postPath).absoluteFilePath()))
        , m_site(postSiteOf(postPath))
        , m_locator(post.text(), post.frontMatter().block.bodyStart)
    {
        m_report.output = QDir::cleanPath(QFileInfo(options.output).absoluteFilePath());
        m_realOutput = resolvedPath(m_report.output);
        const QFileInfo outInfo(m_report.output);
        const QString assetsName = outInfo.completeBaseName() + QStringLiteral("_files");
        m_assetsUrl = QString::fromLatin1(QUrl::toPercentEncoding(assetsName));   // relative to the page
        m_assetsDir = QDir(outInfo.dir().filePath(assetsName));
    }

    Result<PostExportReport> run()
    {
        // The page must not take the place of what it is made from.
        if (m_realOutput == resolvedPath(m_postFile))
            return Error{m_options.output, 0, 0, ExporterText::tr("the HTML file would replace the post itself")};
        if (m_post.frontMatter().error) {
            Error error = *m_post.frontMatter().error;
            error.path = m_reported;
            m_report.warnings.append(error);
        }
        renderBody();
        m_names = nameAssets(imageSources(), m_assetsDir.absolutePath());
        m_rendered.html = rewriteReferences(m_rendered.html, [this](const QString &url, bool image) {
            return rewriteReference(url, image);
        });
        if (!m_overwrittenInput.isEmpty())
            return Error{m_options.output, 0, 0,
                         ExporterText::tr("the HTML file would replace %1, which the post shows").arg(m_overwrittenInput)};
        return write();
    }

private:
    void renderBody()
    {
        RenderOptions renderOptions;
        renderOptions.sourcePos = false;
        renderOptions.statistics = false;
        renderOptions.shortcodes = standaloneShortcodeOptions(m_site.config, m_post.frontMatter());
        // A post of a Jekyll site runs through Liquid (renderPost).
        renderOptions.liquid = jekyllLiquidFor(m_post.path(), m_post.text());
        m_rendered = renderPost(m_post, renderOptions);
        QList<Error> &warnings = m_report.warnings;
        warnings += shortcodeWarnings(m_rendered.shortcodes, m_reported);
        combineShortcodeWarnings(warnings, m_site.config);
        warnings += liquidWarnings(m_rendered.liquidErrors, m_reported);
        const int bodyStart = m_post.frontMatter().block.bodyStart;
        if (const std::optional<Error> tags = renderOptions.liquid
                                                  ? std::nullopt
                                                  : templateTagWarning(m_post.text(), bodyStart, m_reported,
                                                                       renderOptions.shortcodes.enabled))
            warnings.append(*tags);
        warnings += removedTagWarnings(m_post.text(), bodyStart, m_reported, m_rendered.removedTags);
    }

    // The images to copy into FILE_files/, whose names are settled before
    // any is copied.
    QStringList imageSources() const
    {
        QStringList sources;
        if (!m_options.assets)
            return sources;
        QSet<QString> seen;
        rewriteReferences(m_rendered.html, [&](const QString &url, bool image) -> std::optional<QString> {
            if (image && !isScriptUrl(url)) {
                const LocalReference ref = judgeLocalReference(url, m_postFile, m_site.files);
                if (ref.kind == LocalReference::Kind::File && !seen.contains(ref.path)) {
                    seen.insert(ref.path);
                    sources.append(ref.path);
                }
            }
            return std::nullopt;
        });
        return sources;
    }

    void warn(const QString &url, const QString &message)
    {
        m_report.warnings.append(m_locator.errorAt(m_reported, url, message));
    }

    // What the page links to instead of url; nullopt keeps it.
    std::optional<QString> rewriteReference(const QString &url, bool image)
    {
        if (isScriptUrl(url)) {
            warn(url, ExporterText::tr("a script link (%1) is written as \"#\"").arg(url.left(40)));
            return QStringLiteral("#");
        }
        if (!image)
            return std::nullopt;
        const LocalReference ref = judgeLocalReference(url, m_postFile, m_site.files);
        switch (ref.kind) {
        case LocalReference::Kind::External:
        case LocalReference::Kind::Fragment:
        case LocalReference::Kind::Template:
        case LocalReference::Kind::PageUrl:
            return std::nullopt;
        case LocalReference::Kind::Outside:
            warn(url, ExporterText::tr("%1 is outside the site: not read").arg(url));
            return std::nullopt;
        case LocalReference::Kind::Refused:
            warn(url, ExporterText::tr("%1 is not copied: %2").arg(url, ref.refusal));
            return std::nullopt;
        case LocalReference::Kind::Missing:
            warn(url, ExporterText::tr("missing image: %1").arg(url));
            return std::nullopt;
        case LocalReference::Kind::File:
            break;
        }
        if (isMarkdownFileName(ref.path)) {
            if (const QString why = publishRefusal(m_site.files, m_postFile, ref.path); !why.isEmpty()) {
                warn(url, ExporterText::tr("%1 is not copied: %2").arg(url, why));
                return std::nullopt;
            }
        }
        if (resolvedPath(ref.path) == m_realOutput) {
            m_overwrittenInput = url;
            return std::nullopt;
        }
        return m_options.assets ? copiedImage(url, ref.path) : embeddedImage(url, ref.path);
    }

    std::optional<QString> embeddedImage(const QString &url, const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            warn(url, ExporterText::tr("cannot read %1: %2").arg(url, file.errorString()));
            return std::nullopt;
        }
        ++m_report.embedded;
        return QStringLiteral("data:%1;base64,%2")
            .arg(m_mimes.mimeTypeForFile(path, QMimeDatabase::MatchExtension).name(),
                 QString::fromLatin1(file.readAll().toBase64()));
    }

    std::optional<QString> copiedImage(const QString &url, const QString &path)
    {
        const QString name = m_names.names.value(path);
        if (name.isEmpty())
            return std::nullopt;
        if (!m_copied.contains(path)) {
            const QString target = m_assetsDir.filePath(name);
            // Already there (a post that links into its own FILE_files/): kept.
            if (!m_names.inPlace.contains(path)) {
                QDir().mkpath(QFileInfo(target).absolutePath());
                if (const Result<Success> copied = copyFileAtomically(path, target); !copied) {
                    warn(url, ExporterText::tr("cannot copy %1 to %2: %3").arg(url, target, copied.error().message));
                    return std::nullopt;
                }
            }
            m_copied.insert(path);
            m_report.assets.append(target);
        }
        return m_assetsUrl + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(name));
    }

    // KaTeX for a post with math: inside the page (one file), or beside it
    // in FILE_files/katex/.
    void addMath(PageData &page)
    {
        if (!m_options.assets) {
            if (std::optional<InlineKatex> katex = inlineKatex()) {
                page.math = true;
                page.inlineMathCss = std::move(katex->css);
                page.inlineMathScript = std::move(katex->script);
            } else {
                m_report.warnings.append(
                    Error{m_reported, 0, 0, ExporterText::tr("the post has math, but KaTeX could not be read")});
            }
            return;
        }
        const QStringList files = katexAssetFiles();
        bool copied = !files.isEmpty();
        for (const QString &file : files) {
            const QString target = m_assetsDir.filePath(QStringLiteral("katex/") + file);
            QDir().mkpath(QFileInfo(target).absolutePath());
            copied = copied && copyFileAtomically(QDir(katexDirectory()).filePath(file), target).ok();
            if (copied)
                m_report.assets.append(target);
        }
        if (copied) {
            page.math = true;
            page.mathAssetsUrl = m_assetsUrl + QStringLiteral("/katex/");
        } else {
            m_report.warnings.append(
                Error{m_reported, 0, 0, ExporterText::tr("the post has math, but KaTeX could not be copied")});
        }
    }

    Result<PostExportReport> write()
    {
        PageData page = pageDataFor(m_post, m_rendered);
        page.siteTitle = m_site.title;
        if (m_rendered.hasMath)
            addMath(page);
        const QString summary =
            postSummary(m_post.frontMatter().string(QStringLiteral("summary")), m_post.body(), m_rendered.html);
        const QString html = completeHead(PageTemplate::defaultTemplate().render(page), summary.simplified(), {});
        if (html.isEmpty())
            return Error{m_reported, 0, 0, ExporterText::tr("the page template does not render")};
        QDir().mkpath(QFileInfo(m_report.output).absolutePath());
        // A link in the page's place is replaced, never written through.
        if (const Result<Success> written = writeFileAtomically(m_report.output, html.toUtf8()); !written)
            return written.error();
        return m_report;
    }

    const Post &m_post;
    const PostExportOptions &m_options;
    const QString m_reported;   // the path warnings name
    const QString m_postFile;
    const PostSite m_site;
    BodyLocator m_locator;
    PostExportReport m_report;
    QString m_realOutput;
    QString m_assetsUrl;
    QDir m_assetsDir;
    AssetNames m_names;
    RenderResult m_rendered;
    QSet<QString> m_copied;   // sources already in FILE_files/
    QMimeDatabase m_mimes;
    QString m_overwrittenInput;
};

} // namespace

Result<PostExportReport> exportPost(const QString &postPath, const PostExportOptions &options)
{
    const Result<Post> loaded = Post::load(postPath);
    if (!loaded)
        return loaded.error();
    return StandalonePage(loaded.value(), postPath, options).run();
}

} // namespace postwright
