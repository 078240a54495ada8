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
    std::optional<TemplateText> firstTemplate;
};

// Walks the cmark-gfm tree of body (the same parser and extensions as the
// renderer), so code spans, fenced and indented code never count. Pure.
// hugoShortcodes: a Hugo site's "{{<" and "{{%" (shortcodes) and "{%" are
// not template syntax.
MarkdownScan scanMarkdown(QStringView body, bool hugoShortcodes = false);

} // namespace postwright
