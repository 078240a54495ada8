// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>
#include <string>
#include <string_view>
#include <vector>

struct cmark_node;
struct cmark_mem;

namespace postwright {

// Where a placeholder pass (math, Hugo shortcodes) finds its placeholders
// again after cmark has parsed the text that holds them.
struct PlaceholderNodes
{
    std::vector<cmark_node *> texts;      // text nodes
    std::vector<cmark_node *> literals;   // code spans and blocks, raw HTML
    std::vector<cmark_node *> links;      // links and images, by destination or title
};

// One walk over document. marked(text) tells whether a node's text (which
// may be null) holds a placeholder; stepOver, when given, names blocks to
// skip with all they hold.
PlaceholderNodes findPlaceholderNodes(cmark_node *document, const std::function<bool(const char *)> &marked,
                                      const std::function<bool(cmark_node *)> &stepOver = {});

// Builds what replaces one text node that held placeholders: plain text
// gathers into text nodes, other nodes go in between, all before the
// original, which finish() unlinks into removed.
class TextNodeSplice
{
public:
    TextNodeSplice(cmark_node *node, cmark_mem *mem) : m_node(node), m_mem(mem) {}

    void appendText(std::string_view text) { m_pending.append(text); }
    // Inserts node after the text so far.
    void insert(cmark_node *node);
    void finish(std::vector<cmark_node *> &removed);

private:
    void flush();

    cmark_node *m_node;
    cmark_mem *m_mem;
    std::string m_pending;
};

// The plain text a node's children give a reader: text and code, line
// breaks as spaces, no markup or raw HTML. Image descriptions are kept
// (a link's text may be its image's) or dropped (a heading's id).
enum class ImageText { Keep, Drop };
QString plainText(cmark_node *node, ImageText images);

} // namespace postwright
