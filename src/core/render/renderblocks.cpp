// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/renderblocks.h"

#include <memory>
#include <string_view>

namespace postwright {
namespace {

struct CmarkText
{
    cmark_mem *mem;
    void operator()(char *s) const { mem->free(s); }
};

void appendHtml(std::string &out, cmark_node *node, int cmarkOptions, cmark_llist *extensions, cmark_mem *mem)
{
    const std::unique_ptr<char, CmarkText> html(cmark_render_html_with_mem(node, cmarkOptions, extensions, mem),
                                                CmarkText{mem});
    out += html.get();
}

// The first line of a block. Blocks the renderer made itself (headings with
// ids, highlighted code, math, shortcodes) carry it only in their HTML's
// data-sourcepos; 0 when they have none.
int startLineOf(cmark_node *node)
{
    if (cmark_node_get_type(node) != CMARK_NODE_CUSTOM_BLOCK)
        return cmark_node_get_start_line(node);
    const char *html = cmark_node_get_on_enter(node);
    const std::string_view enter = html ? html : "";
    const std::string_view attr = " data-sourcepos=\"";
    const std::size_t tagEnd = enter.find('>');
    const std::size_t at = enter.find(attr);
    if (at == std::string_view::npos || at > tagEnd)
        return 0;
    int line = 0;
    for (std::size_t i = at + attr.size(); i < enter.size() && enter[i] >= '0' && enter[i] <= '9'; ++i)
        line = line * 10 + (enter[i] - '0');
    return line;
}

} // namespace

TopLevelHtml renderTopLevelBlocks(cmark_node *doc, int cmarkOptions, cmark_llist *extensions, cmark_mem *mem)
{
    TopLevelHtml out;
    std::vector<cmark_node *> footnotes;
    for (cmark_node *node = cmark_node_first_child(doc); node; node = cmark_node_next(node)) {
        const cmark_node_type type = cmark_node_get_type(node);
        if (type == CMARK_NODE_FOOTNOTE_DEFINITION) {
            footnotes.push_back(node);
            continue;
        }
        // Each block alone renders the bytes the whole document would: a
        // block's HTML always ends with a line break.
        const int line = type == CMARK_NODE_HTML_BLOCK ? 0 : startLineOf(node);
        if (line > 0 || out.starts.empty()) {
            out.starts.push_back(out.html.size());
            out.lines.push_back(line);
        }
        appendHtml(out.html, node, cmarkOptions, extensions, mem);
    }
    if (footnotes.empty())
        return out;
    // The renderer opens and closes the footnotes section around the
    // definitions of the node it renders: all of them go into one document
    // for that, and back where they were afterwards.
    cmark_node *section = cmark_node_new_with_mem(CMARK_NODE_DOCUMENT, mem);
    for (cmark_node *note : footnotes)
        cmark_node_append_child(section, note);
    out.starts.push_back(out.html.size());
    out.lines.push_back(0);
    appendHtml(out.html, section, cmarkOptions, extensions, mem);
    for (cmark_node *note : footnotes)
        cmark_node_append_child(doc, note);
    cmark_node_free(section);
    return out;
}

} // namespace postwright
