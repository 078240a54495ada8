// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace postwright {

// A link or image of a Markdown body as the renderer reads it: Markdown
// links and images (inline, reference and autolinks) and the href of <a>
// and src of <img> in raw HTML. Never anything in code.
struct MarkdownLink
{
    bool image = false;
    QString url;          // as the renderer reads it (escapes and references resolved)
    qsizetype start = -1; // where it is written in the body: its "[", "![" or "<"
    // What a reader (or a screen reader) is given: a link's text, an
    // image's alt text, as plain text. nullopt where the scan cannot tell
    // (an HTML <a>, whose text lies in other nodes).
    std::optional<QString> text;
};

// A heading of the body's outline (ATX or setext, not inside a quote or
// a list), as the renderer reads it.
struct MarkdownHeading
{
    int level = 0;
    QString text;         // plain text
    int line = 0;         // 1-based line in the body
};

// Template syntax ("{{", "{%") in the text of a body, outside code.
struct TemplateText
{
    qsizetype start = 0;  // in the body
    QString snippet;      // from there to the end of the line, at most 60 characters
};

struct MarkdownScan
{
    QList<MarkdownLink> links;            // in the order they are written
    QList<MarkdownHeading> headings;      // in the order they are written
    // The text a reader reads: paragraphs, headings, list items, table
    // cells and quotes, each block ending in a blank line; not code blocks,
    // raw HTML or image descriptions. For readability (editing/readability.h).
    QString prose;
    std::optional<TemplateText> firstTemplate;
};

// Walks the cmark-gfm tree of body (the same parser and extensions as the
// renderer), so code spans, fenced and indented code never count. Pure.
// hugoShortcodes: a Hugo site's "{{<" and "{{%" (shortcodes) and "{%" are
// not template syntax.
MarkdownScan scanMarkdown(QStringView body, bool hugoShortcodes = false);

// Whether "{{" or "{%" is anywhere in text (code too): without one, text
// has no template tags and needs no closer look. One pass that stops only
// at a "{", where two substring searches compared at every place.
bool hasTemplateOpener(QStringView text);

} // namespace postwright
