// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "commands.h"
#include "output.h"

#include "export/hugoshortcodes.h"
#include "files/atomicwrite.h"
#include "liquid/jekyllsite.h"
#include "post/postpage.h"
#include "site/sitelookup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace postwright::cli {
namespace {

// A Jekyll post's problems as check reports them (path:line:col), on
// stderr: its site's _config.yml that does not parse, and Liquid's errors
// (in the post or in an include). The page still renders.
void reportLiquid(const QString &path, const SiteLocation &site, const QList<LiquidError> &errors)
{
    if (site.kind != SiteKind::Jekyll || site.root.isEmpty())
        return;
    if (const Result<SiteConfig> config = detectSite(site.root, site.kind); config && config.value().configError)
        err(*config.value().configError);
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    for (Error error : liquidWarnings(errors, path)) {
        const QString file = QDir::cleanPath(QDir(site.root).filePath(error.path));
        if (file != absolute && error.path != path)
            error.path = file;   // an include, a _data file
        else
            error.path = path;
        err(error);
    }
}

} // namespace

int renderCommand(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QCoreApplication::translate("postwright::cli", "Write to FILE instead of stdout."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption fragment(QStringLiteral("fragment"),
                                      QCoreApplication::translate("postwright::cli", "Only the body HTML, no page."));
    const QCommandLineOption plainCode(QStringLiteral("no-highlight"),
                                       QCoreApplication::translate("postwright::cli", "Leave code blocks unhighlighted."));
    const QCommandLineOption plainMath(QStringLiteral("no-math"),
                                       QCoreApplication::translate("postwright::cli", "Leave TeX math as Markdown text."));
    parser.addOptions({output, fragment, plainCode, plainMath});
    if (!parseCommand(parser, args, 1, QStringLiteral("POST [-o FILE] [--fragment]")))
        return Usage;
    const QString path = parser.positionalArguments().at(1);
    const Result<Post> post = Post::load(path);
    if (!post) {
        err(post.error());
        return Usage;
    }
    // A broken block still renders: the body is known, the fields are not.
    if (post.value().frontMatter().error)
        err(*post.value().frontMatter().error);
    RenderOptions options;
    options.statistics = false;   // neither the page nor the fragment shows them
    options.highlightCode = !parser.isSet(plainCode);
    options.math = !parser.isSet(plainMath);
    // A post of a Hugo site: its shortcodes, as the export shows them.
    const SiteLocation site = locateSite(path);
    if (site.kind == SiteKind::Hugo) {
        if (const Result<SiteConfig> config = detectSite(site.root, site.kind))
            options.shortcodes = standaloneShortcodeOptions(config.value(), post.value().frontMatter());
    }
    QByteArray html;
    if (parser.isSet(fragment)) {
        // As cmark wrote it, without a trip through UTF-16.
        const Utf8RenderResult rendered = renderPostUtf8(post.value(), options);
        reportLiquid(path, site, rendered.rendered.liquidErrors);
        html = rendered.html;
    } else {
        const RenderResult rendered = renderPost(post.value(), options);
        reportLiquid(path, site, rendered.liquidErrors);
        PageData page = pageDataFor(post.value(), rendered);
        page.math = rendered.hasMath;
        html = PageTemplate::defaultTemplate().render(page).toUtf8();
    }
    if (!parser.isSet(output)) {
        writeStdout(html);
        return Ok;
    }
    if (const Result<Success> written = writeFileAtomically(parser.value(output), html); !written) {
        Error error = written.error();
        error.path = parser.value(output);
        err(error);
        return Usage;
    }
    return Ok;
}

} // namespace postwright::cli
