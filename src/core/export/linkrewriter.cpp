// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/linkrewriter.h"

#include "export/exportertext.h"
#include "export/exportposturls.h"
#include "export/htmltext.h"
#include "export/posturl.h"
#include "export/publishrule.h"
#include "export/siteoutputs.h"
#include "site/buildoptions.h"
#include "site/siteindex.h"
#include "site/siterules.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace postwright {
namespace {

// Why hugo does not publish a file (site-relative) of a bundle (below a
// leaf bundle's folder, or right in a branch bundle's): the bundle is not
// built (a draft, in the future or expired) or its `_build` (own or
// cascaded) says publishResources: false; empty when it does, or when the
// file is in no bundle.
QString bundleRefusal(const SiteIndex &index, const BuildStates &states, const QString &link, const QString &file)
{
    if (index.config().kind != SiteKind::Hugo)
        return {};
    const auto refusal = [&](const PostRecord &bundle) {
        if (!index.isBuilt(bundle, states, QDateTime::currentDateTimeUtc()))
            return ExporterText::tr("%1 is not copied: %2 is not published (a draft, in the future or expired)").arg(link, bundle.path);
        if (!buildOptions(index, bundle).publishResources)
            return ExporterText::tr("%1 is not copied: %2 says _build publishResources: false").arg(link, bundle.path);
        return QString();
    };
    const QString own = file.section(QLatin1Char('/'), 0, -2);
    for (const char *name : {"/_index.md", "/_index.markdown"}) {
        const PostRecord *branch = index.post(own.isEmpty() ? QString::fromLatin1(name + 1) : own + QLatin1String(name));
        if (branch && branch->kind == PostKind::Section)
            return refusal(*branch);
    }
    for (QString folder = own; !folder.isEmpty(); folder = folder.section(QLatin1Char('/'), 0, -2)) {
        for (const char *name : {"/index.md", "/index.markdown"}) {
            const PostRecord *bundle = index.post(folder + QLatin1String(name));
            if (bundle && bundle->kind == PostKind::Bundle)
                return refusal(*bundle);
        }
        if (!folder.contains(QLatin1Char('/')))
            break;
    }
    return {};
}

LinkRewrite problem(const QString &text)
{
    LinkRewrite rewrite;
    rewrite.problem = text;
    return rewrite;
}

} // namespace

LinkRewriter::LinkRewriter(const SiteIndex &index, const SiteFiles &files, SiteOutputs &outputs,
                           ExportPostUrls &postUrls, const QString &baseUrl, const BuildStates &states)
    : m_index(index)
    , m_config(index.config())
    , m_files(files)
    , m_outputs(outputs)
    , m_postUrls(postUrls)
    , m_baseUrl(baseUrl)
    , m_states(states)
{
}

LinkRewrite LinkRewriter::rewrite(const PostRecord &record, const QString &pageUrl, const QString &link, bool image)
{
    if (isScriptUrl(link)) {
        LinkRewrite script = problem(ExporterText::tr("a script link (%1) is written as \"#\"").arg(link.left(40)));
        script.url = QStringLiteral("#");
        return script;
    }
    const LocalReference ref = judge(link, record);
    switch (ref.kind) {
    case LocalReference::Kind::External:
    case LocalReference::Kind::Fragment:
    case LocalReference::Kind::Template:
        return {};
    case LocalReference::Kind::Outside:
        return problem(ExporterText::tr("%1 is outside the site: not copied").arg(link));
    case LocalReference::Kind::Refused:
        return problem(ExporterText::tr("%1 is not copied: %2").arg(link, ref.refusal));
    case LocalReference::Kind::Missing:
    case LocalReference::Kind::PageUrl:
        return missing(link, image, pageUrl, ref);
    case LocalReference::Kind::File:
        break;
    }
    return file(record, pageUrl, link, ref);
}

// No file at the link: a Hugo page's URL, or a missing target.
LinkRewrite LinkRewriter::missing(const QString &link, bool image, const QString &pageUrl, const LocalReference &ref)
{
    LinkRewrite rewrite;
    rewrite.deps.append(ref.path);
    if (!image) {
        if (const QString source = postAtUrl(link, pageUrl); !source.isEmpty()) {
            rewrite.deps.append(source);
            if (const std::optional<QString> target = m_postUrls.urlOf(m_config.relativePath(source)))
                rewrite.url = relativeUrl(pageUrl, *target + ref.suffix);
            return rewrite;
        }
    }
    if (ref.kind == LocalReference::Kind::PageUrl)
        return rewrite;
    if (image)
        rewrite.problem = ExporterText::tr("missing image: %1").arg(link);
    else if (isMarkdownFileName(ref.path))
        rewrite.problem = ExporterText::tr("links to %1, which does not exist").arg(link);
    else
        rewrite.problem = ExporterText::tr("link target not found: %1").arg(link);
    return rewrite;
}

// A file of the site: another post's page, or a copy below OUT.
LinkRewrite LinkRewriter::file(const PostRecord &record, const QString &pageUrl, const QString &link,
                               const LocalReference &ref)
{
    LinkRewrite rewrite;
    rewrite.deps.append(ref.path);
    const QString relative = m_config.relativePath(ref.path);
    if (isMarkdownFileName(ref.path)) {
        if (const std::optional<QString> target = m_postUrls.urlOf(relative)) {
            rewrite.url = relativeUrl(pageUrl, *target + ref.suffix);
            return rewrite;
        }
        if (m_index.post(relative)) {
            rewrite.problem = ExporterText::tr("links to %1, which is not published").arg(relative);
            return rewrite;
        }
        // A page URL answered by a file that is no post of the index
        // (a section's _index.md): the generator makes that page.
        if (!link.left(queryOrFragmentStart(link)).section(QLatin1Char('/'), -1).contains(QLatin1Char('.')))
            return rewrite;
        if (const QString why = publishRefusal(m_files, m_config.absolutePath(record.path), ref.path); !why.isEmpty()) {
            rewrite.problem = ExporterText::tr("%1 is not copied: %2").arg(link, why);
            return rewrite;
        }
    }
    if (const QString refusal = bundleRefusal(m_index, m_states, link, relative); !refusal.isEmpty()) {
        rewrite.problem = refusal;
        return rewrite;
    }
    const UrlPath dest = sanitizeUrlPath(assetOutput(record, pageUrl, ref.path));
    if (dest.path == QLatin1String("/"))
        return rewrite;
    const QString output = dest.path.mid(1);
    if (const QString taken = m_outputs.takenOutput(output); !taken.isEmpty()) {
        rewrite.problem = ExporterText::tr("%1 is not copied: %2").arg(link, taken);
        return rewrite;
    }
    const SiteOutputs::Copy copy = m_outputs.copy(ref.path, output, record.path, rewrite.warnings);
    if (copy == SiteOutputs::Copy::Refused)
        return rewrite;
    rewrite.copied = copy == SiteOutputs::Copy::Copied;
    rewrite.asset = output;
    rewrite.url = relativeUrl(pageUrl, dest.path) + ref.suffix;
    return rewrite;
}

// Posts refer to the same images again and again: judge each once per
// folder. The rule depends on the post's folder and on whether the post is
// a bundle's index.md (publishRefusal), not on its name otherwise.
LocalReference LinkRewriter::judge(const QString &link, const PostRecord &record)
{
    if (isExternalUrl(link))
        return LocalReference{};   // most links of a post: no file to look up
    const QString postFile = m_config.absolutePath(record.path);
    const qsizetype slash = postFile.lastIndexOf(QLatin1Char('/'));
    const QStringView name = QStringView(postFile).mid(slash + 1);
    const bool index = name == QLatin1String("index.md") || name == QLatin1String("index.markdown");
    const QString key = postFile.left(slash + 1) + (index ? QLatin1String("index.md\n") : QLatin1String("\n")) + link;
    return m_resolved.get(key, [&] { return judgeLocalReference(link, postFile, m_files); });
}

// Where a referenced file goes below OUT (relative, '/' separated).
QString LinkRewriter::assetOutput(const PostRecord &record, const QString &pageUrl, const QString &absolute) const
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

// Hugo: a link written as a page's URL ("/posts/target/", or "../target/"
// from /posts/source/) instead of its file: the post the content folder
// holds at that path (posts/target.md or posts/target/index.md), absolute;
// empty when there is none.
QString LinkRewriter::postAtUrl(const QString &link, const QString &pageUrl) const
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

} // namespace postwright
