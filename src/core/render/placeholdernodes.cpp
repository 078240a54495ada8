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

void TextNodeSplice::flush()
{
    if (m_pending.empty())
        return;
    cmark_node *text = cmark_node_new_with_mem(CMARK_NODE_TEXT, m_mem);
    cmark_node_set_literal(text, m_pending.c_str());
    cmark_node_insert_before(m_node, text);
    m_pending.clear();
}

void TextNodeSplice::insert(cmark_node *node)
{
    flush();
    cmark_node_insert_before(m_node, node);
}

void TextNodeSplice::finish(std::vector<cmark_node *> &removed)
{
    flush();
    cmark_node_unlink(m_node);
    removed.push_back(m_node);
}

QString plainText(cmark_node *node, ImageText images)
{
    std::string text;
    int imageDepth = 0;
    const std::unique_ptr<cmark_iter, void (*)(cmark_iter *)> iter(cmark_iter_new(node), cmark_iter_free);
    for (cmark_event_type event; (event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE;) {
        cmark_node *child = cmark_iter_get_node(iter.get());
        switch (cmark_node_get_type(child)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
            if (imageDepth == 0 || images == ImageText::Keep)
                text += cmark_node_get_literal(child);
            break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
            text += ' ';
            break;
        case CMARK_NODE_IMAGE:
            if (child != node)
                imageDepth += event == CMARK_EVENT_ENTER ? 1 : -1;
            break;
        default:
            break;
        }
    }
    return QString::fromStdString(text);
}

} // namespace postwright
