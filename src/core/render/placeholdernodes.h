// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <vector>

struct cmark_node;

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

} // namespace postwright
