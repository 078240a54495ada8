// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/renderer.h"
#include "render/shortcodescan.h"

#include <string>

namespace postwright {

// What one shortcode becomes, as Hugo's built-in templates write it:
// figure, highlight (our highlighter; linenos and hl_lines), ref/relref
// (the target post's URL), param, details, youtube/vimeo (the
// privacy-enhanced player; a click-to-load placeholder in the preview),
// gist, x/twitter/tweet and instagram (a link card: they need the
// network), comment (nothing). Any other name is the site's own template,
// which only hugo runs: a box "shortcode NAME" with its parameters and its
// inner content rendered as Markdown. Every attribute is escaped; links go
// through the script-URL filter; video ids are checked.
struct ShortcodeOutput
{
    std::string html;         // where text goes (a block when alone in its paragraph)
    std::string inlineHtml;   // inside a paragraph, when it differs from html
    // ref, relref, param and escapes: the plain text they stand for, also
    // used in link destinations and raw HTML attributes.
    std::string text;
    bool textValued = false;
    bool block = false;       // a paragraph holding only it becomes it
};

// What is wrong with a shortcode whose template uses .Inner and that is
// neither closed nor self-closed (hugo: "must be closed or self-closed").
QString unclosedText(const std::string &name);

ShortcodeOutput renderShortcode(const ShortcodeItem &item, const RenderOptions &options,
                                QList<ShortcodeFinding> &findings);

} // namespace postwright
