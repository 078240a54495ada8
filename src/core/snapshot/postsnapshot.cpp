// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshot/postsnapshot.h"

#include "liquid/jekyllsite.h"

#include "export/hugoshortcodes.h"

#include <QRegularExpression>

#include <atomic>

namespace postwright {
namespace {

std::atomic<quint64> parses{0};
std::atomic<quint64> renders{0};

RenderOptions renderOptionsFor(const Post &post, const SnapshotSettings &settings, const CheckContext &context)
{
    RenderOptions options;
    options.blocks = true;
    options.firstLine = post.bodyFirstLine();
    if (settings.hugo) {
        options.shortcodes = previewShortcodeOptions(post.frontMatter(), settings.hugoParams, settings.embedsBlocked);
        // The doctor reads broken refs off this same render.
        options.shortcodes.resolveRef = doctorRefResolver(post, context);
    }
    // A post of a Jekyll site runs through Liquid first, as Jekyll does.
    if (context.site)
        options.liquid = jekyllLiquidFor(context.site->config, post.path(), post.text());
    return options;
}

} // namespace

PostSnapshot takeSnapshot(const QString &text, const QString &path, const SnapshotSettings &settings)
{
    PostSnapshot snapshot;
    snapshot.text = text;
    snapshot.post.setPath(path);
    snapshot.post.setText(text);
    parses.fetch_add(1, std::memory_order_relaxed);
    const Post &post = snapshot.post;
    const CheckContext context = settings.checkContext ? *settings.checkContext : checkContextFor(path);

    const RenderOptions options = renderOptionsFor(post, settings, context);
    const RenderResult rendered = render(post.body(), options);
    renders.fetch_add(1, std::memory_order_relaxed);
    snapshot.blocks = BodyBlocks(rendered);
    snapshot.outline = rendered.outline;
    snapshot.hugo = settings.hugo;
    snapshot.liquid = bool(options.liquid);
    snapshot.lineCount = int(text.count(QLatin1Char('\n'))) + 1;
    static const QRegularExpression definition(QStringLiteral("^ {0,3}\\[[^\\]\\n]+\\]:"),
                                               QRegularExpression::MultilineOption);
    snapshot.hasDefinitions = definition.match(post.body()).hasMatch();

    snapshot.statistics = textStats(post.body());
    snapshot.statistics.words = rendered.words;
    snapshot.statistics.readingMinutes = rendered.readingMinutes;
    PostExamination examination = examinePost(post, context, rendered);
    snapshot.findings = std::move(examination.findings);
    snapshot.readability = std::move(examination.readability);
    return snapshot;
}

SnapshotWork snapshotWork()
{
    return {parses.load(std::memory_order_relaxed), renders.load(std::memory_order_relaxed)};
}

} // namespace postwright
