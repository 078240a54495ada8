// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/placeholdernodes.h"

#include <cmark-gfm.h>

#include <memory>

namespace postwright {

PlaceholderNodes findPlaceholderNodes(cmark_node *document, const std::function<bool(const char *)> &marked,
                                      const std::function<bool(cmark_node *)> &stepOver)
{
    PlaceholderNodes found;
    const std::unique_ptr<cmark_iter, void (*)(cmark_iter *)> iter(cmark_iter_new(document), cmark_iter_free);
    cmark_event_type event;
    while ((event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
        if (event != CMARK_EVENT_ENTER)
            continue;
        cmark_node *node = cmark_iter_get_node(iter.get());
        const cmark_node_type type = cmark_node_get_type(node);
        if (stepOver && (type & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_BLOCK && type != CMARK_NODE_DOCUMENT
            && stepOver(node)) {
            cmark_iter_reset(iter.get(), node, CMARK_EVENT_EXIT);
            continue;
        }
        switch (type) {
        case CMARK_NODE_TEXT:
            if (marked(cmark_node_get_literal(node)))
                found.texts.push_back(node);
            break;
        case CMARK_NODE_CODE:
        case CMARK_NODE_CODE_BLOCK:
        case CMARK_NODE_HTML_INLINE:
        case CMARK_NODE_HTML_BLOCK:
            if (marked(cmark_node_get_literal(node)))
                found.literals.push_back(node);
            break;
        case CMARK_NODE_LINK:
        case CMARK_NODE_IMAGE:
            if (marked(cmark_node_get_url(node)) || marked(cmark_node_get_title(node)))
                found.links.push_back(node);
            break;
        default:
            break;
        }
    }
    return found;
}

} // namespace postwright
