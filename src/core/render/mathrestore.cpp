// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Putting formulas back into the document cmark parsed from the
// placeholder text (MathSpans::restore): math elements in text, the
// original text in code, raw HTML and link destinations.
#include "render/mathspans.h"

#include "render/htmlescape.h"
#include "render/mathplaceholders.h"
#include "render/placeholdernodes.h"

#include <cmark-gfm.h>

#include <algorithm>
#include <cstring>
#include <unordered_map>
#include <unordered_set>

namespace postwright {

using namespace mathplaceholders;

bool MathSpans::touches(int firstLine, int lastLine) const
{
    const auto it = std::lower_bound(m_spans.begin(), m_spans.end(), firstLine,
                                     [](const Span &span, int line) { return span.lastLine < line; });
    return it != m_spans.end() && it->firstLine <= lastLine;
}

std::string MathSpans::restoreRaw(std::string_view literal) const
{
    std::string out;
    out.reserve(literal.size());
    const Span *current = nullptr;
    std::size_t piece = 0;
    forEachPart(
        literal, m_spans.size(), [&](std::string_view text) { out.append(text); },
        [&](std::size_t index) {
            current = &m_spans[index];
            out.append(current->pieces.front());
            piece = 1;
        },
        [&] {
            if (current && piece < current->pieces.size())
                out.append(current->pieces[piece++]);
        });
    return out;
}

std::string MathSpans::html(const Span &span, bool block) const
{
    std::string out = !span.display ? "<span class=\"math math-inline\">\\("
                    : block         ? ""
                                    : "<span class=\"math math-display\">\\[";
    if (block)
        out += "\\[";
    appendHtmlEscaped(out, span.tex);
    out += span.display ? "\\]" : "\\)";
    if (!block)
        out += "</span>";
    return out;
}

// The display formulas put back into text: the node that shows each (by
// its span) and the paragraphs that hold them.
struct MathSpans::DisplayFormulas
{
    std::unordered_map<cmark_node *, std::size_t> nodes;
    std::vector<cmark_node *> parents;
};

// Code, raw HTML and link destinations get their text back.
void MathSpans::restoreLiterals(const PlaceholderNodes &found) const
{
    for (cmark_node *node : found.literals)
        cmark_node_set_literal(node, restoreRaw(cmark_node_get_literal(node)).c_str());
    for (cmark_node *node : found.links) {
        if (const char *url = cmark_node_get_url(node); hasMarks(url))
            cmark_node_set_url(node, restoreRaw(url).c_str());
        if (const char *title = cmark_node_get_title(node); hasMarks(title))
            cmark_node_set_title(node, restoreRaw(title).c_str());
    }
}

// Text: each placeholder becomes a math element, markers go. Returns how
// many formulas were put back.
int MathSpans::restoreTexts(const std::vector<cmark_node *> &texts, cmark_mem *mem,
                            std::vector<cmark_node *> &removed, DisplayFormulas &display) const
{
    int shown = 0;
    for (cmark_node *node : texts) {
        TextNodeSplice splice(node, mem);
        forEachPart(
            cmark_node_get_literal(node), m_spans.size(),
            [&](std::string_view text) { splice.appendText(text); },
            [&](std::size_t index) {
                cmark_node *math = cmark_node_new_with_mem(CMARK_NODE_HTML_INLINE, mem);
                cmark_node_set_literal(math, html(m_spans[index], false).c_str());
                splice.insert(math);
                ++shown;
                if (m_spans[index].display) {
                    display.nodes.emplace(math, index);
                    display.parents.push_back(cmark_node_parent(math));
                }
            },
            [] {});
        splice.finish(removed);
    }
    return shown;
}

// The display formula that paragraph holds alone (blank text and line
// breaks aside), else null.
const MathSpans::Span *MathSpans::displayAlone(cmark_node *paragraph, const DisplayFormulas &display) const
{
    const Span *only = nullptr;
    bool alone = true;
    for (cmark_node *child = cmark_node_first_child(paragraph); child && alone;
         child = cmark_node_next(child)) {
        switch (cmark_node_get_type(child)) {
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
            break;
        case CMARK_NODE_TEXT:
            alone = restIsBlank(cmark_node_get_literal(child), 0,
                                std::strlen(cmark_node_get_literal(child)));
            break;
        case CMARK_NODE_HTML_INLINE:
            if (const auto it = display.nodes.find(child); it != display.nodes.end() && !only)
                only = &m_spans[it->second];
            else
                alone = false;
            break;
        default:
            alone = false;
            break;
        }
    }
    return alone ? only : nullptr;
}

// A paragraph that is only a display formula becomes a block.
void MathSpans::promoteDisplayParagraphs(const DisplayFormulas &display, cmark_mem *mem, bool sourcePos,
                                         std::vector<cmark_node *> &removed) const
{
    std::unordered_set<cmark_node *> done;
    for (cmark_node *paragraph : display.parents) {
        if (!done.insert(paragraph).second || cmark_node_get_type(paragraph) != CMARK_NODE_PARAGRAPH)
            continue;
        const Span *only = displayAlone(paragraph, display);
        if (!only)
            continue;
        std::string div = "<div class=\"math math-display\"";
        if (sourcePos) {
            div += " data-sourcepos=\"" + std::to_string(cmark_node_get_start_line(paragraph)) + ':'
                 + std::to_string(cmark_node_get_start_column(paragraph)) + '-'
                 + std::to_string(cmark_node_get_end_line(paragraph)) + ':'
                 + std::to_string(cmark_node_get_end_column(paragraph)) + '"';
        }
        div += '>';
        div += html(*only, true);
        div += "</div>";
        cmark_node *block = cmark_node_new_with_mem(CMARK_NODE_CUSTOM_BLOCK, mem);
        cmark_node_set_on_enter(block, div.c_str());
        cmark_node_set_on_exit(block, "");
        cmark_node_replace(paragraph, block);
        removed.push_back(paragraph);
    }
}

int MathSpans::restore(cmark_node *document, cmark_mem *mem, bool sourcePos, std::vector<cmark_node *> &removed) const
{
    // Blocks without a formula on their lines are stepped over.
    const auto stepOver = [this](cmark_node *block) {
        const int first = cmark_node_get_start_line(block);
        const int last = cmark_node_get_end_line(block);
        return first > 0 && last >= first && !touches(first, last);
    };
    const PlaceholderNodes found = findPlaceholderNodes(document, hasMarks, stepOver);
    restoreLiterals(found);
    DisplayFormulas display;
    const int shown = restoreTexts(found.texts, mem, removed, display);
    promoteDisplayParagraphs(display, mem, sourcePos, removed);
    return shown;
}

} // namespace postwright
