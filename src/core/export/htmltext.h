// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/renderer.h"

#include <QString>
#include <QStringView>

#include <functional>
#include <optional>

namespace postwright {

// Calls rewrite for the value of every attribute of html that holds a URL,
// as a browser reads the tags (forEachStartTag: any case and quoting;
// character references decoded as in an attribute): links (href,
// xlink:href, formaction, action, cite...), images and media (src, poster,
// data, background...: image true) and each URL of a srcset; and puts back
// what it returns, escaped and quoted for an attribute; nullopt keeps the
// value. Text that only looks like an attribute is left as it is. Pure.
QString rewriteReferences(const QString &html,
                          const std::function<std::optional<QString>(const QString &url, bool image)> &rewrite);

// The text a reader sees in an HTML fragment: tags removed, the common
// entities decoded, runs of white space as one space.
QString htmlToText(QStringView html);

// The text of an HTML fragment as a summary shows it: one line per
// paragraph, heading and list item ("• " or "1. " before an item), blanks
// collapsed, character references decoded; no markup, and none of the
// text of the boxes the renderer draws for shortcodes and embeds, footnote
// marks, scripts or styles.
QString summaryText(QStringView html);

// The first count words of text, with "…" when some were left out.
QString firstWords(const QString &text, int count);

// A post's summary for lists and feeds, as plain text (summaryText: one
// line per block): the front matter's summary, else the rendered Markdown
// before <!--more-->, else about the first 70 words of the body.
// shortcodes: how the body was rendered (Hugo shortcodes in the text
// before <!--more--> are rendered the same way).
QString postSummary(const QString &frontMatterSummary, QStringView markdownBody, const QString &bodyHtml,
                    int words = 70, const ShortcodeOptions &shortcodes = {});

QString escapeHtml(const QString &text);

// True for a URL that runs script or shows a page of its own when followed:
// javascript:, vbscript:, data:text/html and other markup data: URLs (as a
// browser reads them: case, blanks and control characters ignored). Export
// writes "#" in their place.
bool isScriptUrl(const QString &url);

} // namespace postwright
