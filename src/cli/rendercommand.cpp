// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "commands.h"
#include "output.h"

#include "export/hugoshortcodes.h"
#include "files/atomicwrite.h"
#include "post/postpage.h"
#include "site/sitelookup.h"

#include <QCoreApplication>

namespace postwright::cli {

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
    if (const SiteLocation site = locateSite(path); site.kind == SiteKind::Hugo) {
        if (const Result<SiteConfig> config = detectSite(site.root, site.kind))
            options.shortcodes = standaloneShortcodeOptions(config.value(), post.value().frontMatter());
    }
    QByteArray html;
    if (parser.isSet(fragment)) {
        // As cmark wrote it, without a trip through UTF-16.
        html = renderPostUtf8(post.value(), options).html;
    } else {
        const RenderResult rendered = renderPost(post.value(), options);
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
