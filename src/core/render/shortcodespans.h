// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/renderer.h"
#include "render/shortcodehtml.h"

#include <string>
#include <string_view>
#include <vector>

struct cmark_node;
struct cmark_mem;

namespace postwright {

// Hugo shortcodes in a render, the way MathSpans handles formulas:
// protect() replaces each shortcode of the Markdown by a placeholder that
// Markdown leaves alone (private-use characters around a per-render random
// nonce and an index, then the line breaks the shortcode spanned, so lines
// stay where they were). restore() walks the parsed document: placeholders
// in text become the shortcode's HTML (a paragraph holding only a block
// shortcode becomes that block); in code they get their text back (code is
// text); in link destinations and raw HTML, ref/relref/param give their
// value and the others their text. Post text cannot forge a placeholder: it
// does not know the nonce, and HTML is only ever put where text was.
class ShortcodeSpans final
{
public:
    // False when the body holds no shortcode: then text() is empty.
    bool protect(std::string_view markdown, const RenderOptions &options);
    const std::string &text() const { return m_text; }
    // What the shortcodes that the page shows came to (after restore: a
    // shortcode in code is text, and has nothing to report).
    QList<ShortcodeFinding> findings() const;

    // Puts the shortcodes into the document parsed from text(). Replaced
    // nodes go to `removed` (freed by the caller after the render).
    void restore(cmark_node *document, cmark_mem *mem, bool sourcePos, std::vector<cmark_node *> &removed) const;

private:
    struct Span
    {
        ShortcodeItem item;
        ShortcodeOutput output;
        QList<ShortcodeFinding> findings;
        int lineBreaks = 0;
    };

    template<typename Text, typename Token>
    void forEachPart(std::string_view literal, Text onText, Token onToken, bool inCode) const;
    std::string restoreRaw(std::string_view literal, bool code) const;
    void restoreText(cmark_node *node, cmark_mem *mem, std::vector<cmark_node *> &removed) const;
    bool replaceParagraph(cmark_node *paragraph, cmark_mem *mem, bool sourcePos) const;

    std::vector<Span> m_spans;
    std::string m_open;   // the placeholder's start: marker and nonce
    std::string m_text;
    mutable std::vector<char> m_shown;   // per span: restore put it outside code
};

} // namespace postwright
