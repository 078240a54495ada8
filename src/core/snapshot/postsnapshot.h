// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "doctor/postdoctor.h"
#include "documentsupport/textstats.h"
#include "post/post.h"
#include "render/renderer.h"
#include "snapshot/bodyblocks.h"

#include <QVariantMap>

#include <optional>

namespace postwright {

// What a snapshot needs to know of the post's site and of the preview.
struct SnapshotSettings
{
    bool hugo = false;            // Hugo shortcodes are rendered (Hugo sites only)
    QVariantMap hugoParams;       // the site's [params], for the param shortcode
    bool embedsBlocked = false;   // remote content is blocked: video placeholders say so
    // The doctor's context; unset: checkContextFor(path) when the snapshot
    // is taken.
    std::optional<CheckContext> checkContext;
};

// Everything the panes show of one edit of a post, from one front-matter
// parse and one Markdown render: the body's blocks with their source lines
// (the preview), the outline, the statistics and the doctor's findings (the
// writing tools).
struct PostSnapshot
{
    quint64 serial = 0;       // of the edit (SnapshotBuilder::request)
    // A full snapshot. A quick one (SnapshotBuilder) has the blocks and
    // text of its edit and the rest of the snapshot it was spliced into.
    bool complete = true;
    QString text;             // the whole file, as edited
    Post post;                // the parse (of an earlier text when not complete; same front matter)
    BodyBlocks blocks;        // the rendered body
    int lineCount = 1;        // of text
    // "[label]: url" or "[^note]: text" lines: a block's HTML depends on
    // lines far from it.
    bool hasDefinitions = false;
    bool hugo = false;        // rendered with Hugo shortcodes
    bool liquid = false;      // a Jekyll post: Liquid ran before Markdown
    QList<Heading> outline;
    // Words and reading time are the renderer's (what a reader sees); the
    // rest counted over the body's text.
    TextStats statistics;
    QList<Finding> findings;
    // Of the post's prose, by the formula for its language (Statistics).
    std::optional<Readability> readability;
};

// Parses and renders the text of one post once, and works out every pane's
// part from that. Pure and thread-safe: the snapshot builder runs it on a
// worker.
PostSnapshot takeSnapshot(const QString &text, const QString &path, const SnapshotSettings &settings);

// Statistics of this process, for tests and benchmarks: how many front
// matters takeSnapshot parsed and how many bodies it rendered.
struct SnapshotWork
{
    quint64 parses = 0;
    quint64 renders = 0;
};
SnapshotWork snapshotWork();

} // namespace postwright
