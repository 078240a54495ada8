// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/shortcodespans.h"

#include "render/htmlescape.h"
#include "render/placeholdernodes.h"

#include <cmark-gfm.h>

#include <QCoreApplication>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <memory>
#include <unordered_map>

namespace postwright {

namespace {

// Private-use characters outside MathSpans' U+E000 block.
constexpr std::string_view tokenOpen = "\xEE\x84\x90";    // U+E110, nonce, index
constexpr std::string_view tokenClose = "\xEE\x84\x91";   // U+E111

// Shortcodes inside this many levels of other shortcodes' inner content
// stay text, with a finding: each level reads its text once more.
constexpr int maxDepth = 8;

// A shortcode nested too deep: its text as written, and why.
ShortcodeOutput tooDeep(const ShortcodeItem &item, QList<ShortcodeFinding> &findings)
{
    findings.append(ShortcodeFinding{ShortcodeFinding::Kind::Invalid, QString::fromStdString(item.name),
                                     QCoreApplication::translate("postwright::Shortcodes",
                                                                 "nested inside more than %1 other shortcodes: shown as text")
                                         .arg(maxDepth),
                                     item.line, item.column});
    ShortcodeOutput out;
    appendHtmlEscaped(out.html, item.text);
    out.text = item.text;
    out.textValued = true;
    return out;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isBlankText(const char *text)
{
    for (; text && *text; ++text) {
        if (*text != ' ' && *text != '\t' && *text != '\n' && *text != '\r')
            return false;
    }
    return true;
}

// The HTML of a block with data-sourcepos added to its first tag.
std::string withSourcePos(const std::string &html, cmark_node *node)
{
    const std::size_t nameEnd = html.find_first_of(" >", 1);
    if (!html.starts_with('<') || nameEnd == std::string::npos)
        return html;
    const std::string attr = " data-sourcepos=\"" + std::to_string(cmark_node_get_start_line(node)) + ':'
                           + std::to_string(cmark_node_get_start_column(node)) + '-'
                           + std::to_string(cmark_node_get_end_line(node)) + ':'
                           + std::to_string(cmark_node_get_end_column(node)) + '"';
    return html.substr(0, nameEnd) + attr + html.substr(nameEnd);
}

} // namespace

bool ShortcodeSpans::protect(std::string_view src, const RenderOptions &options)
{
    m_spans.clear();
    m_text.clear();
    m_shown.clear();
    if (!options.shortcodes.enabled)
        return false;
    const bool deep = options.shortcodes.depth > maxDepth;
    std::vector<ShortcodeItem> items = scanShortcodes(src, options.firstLine);
    if (items.empty())
        return false;

    char nonce[17];
    std::snprintf(nonce, sizeof nonce, "%016llx",
                  static_cast<unsigned long long>(QRandomGenerator::system()->generate64()));
    m_open = std::string(tokenOpen) + nonce;

    m_text.reserve(src.size() + items.size() * 24);
    std::size_t last = 0;
    for (ShortcodeItem &item : items) {
        Span span;
        span.lineBreaks = int(std::count(src.begin() + std::ptrdiff_t(item.begin), src.begin() + std::ptrdiff_t(item.end), '\n'));
        span.output = deep && item.kind == ShortcodeItem::Kind::Shortcode ? tooDeep(item, span.findings)
                                                                           : renderShortcode(item, options, span.findings);
        m_text.append(src.substr(last, item.begin - last));
        m_text.append(m_open).append(std::to_string(m_spans.size())).append(tokenClose);
        m_text.append(std::size_t(span.lineBreaks), '\n');
        last = item.end;
        span.item = std::move(item);
        m_spans.push_back(std::move(span));
    }
    m_text.append(src.substr(last));
    m_shown.assign(m_spans.size(), 0);
    return true;
}

QList<ShortcodeFinding> ShortcodeSpans::findings() const
{
    QList<ShortcodeFinding> all;
    for (std::size_t i = 0; i < m_spans.size(); ++i) {
        if (m_shown[i])
            all += m_spans[i].findings;
    }
    return all;
}

// Calls onText for plain runs and onToken(index, end) for each placeholder
// of literal; end is where the placeholder ends.
template<typename Text, typename Token>
void ShortcodeSpans::forEachPart(std::string_view literal, Text onText, Token onToken, bool inCode) const
{
    std::size_t i = 0;
    while (i < literal.size()) {
        const std::size_t k = literal.find(m_open, i);
        if (k == std::string_view::npos) {
            onText(literal.substr(i));
            return;
        }
        std::size_t d = k + m_open.size();
        std::size_t index = 0;
        const std::size_t digits = d;
        while (d < literal.size() && isDigit(literal[d]) && d - digits < 12)
            index = index * 10 + std::size_t(literal[d++] - '0');
        if (d > digits && literal.substr(d).starts_with(tokenClose) && index < m_spans.size()) {
            onText(literal.substr(i, k - i));
            i = d + tokenClose.size();
            // The line breaks that kept the lines where they were.
            for (int n = 0; n < m_spans[index].lineBreaks && i < literal.size()
                            && (literal[i] == '\n' || literal[i] == ' ' || literal[i] == '\r');
                 ++n)
                ++i;
            m_shown[index] = m_shown[index] || !inCode;
            onToken(index);
            continue;
        }
        onText(literal.substr(i, k + m_open.size() - i));
        i = k + m_open.size();
    }
}

std::string ShortcodeSpans::restoreRaw(std::string_view literal, bool code) const
{
    std::string out;
    out.reserve(literal.size());
    bool inTag = false;   // raw HTML: between '<' and '>'
    forEachPart(
        literal,
        [&](std::string_view text) {
            out.append(text);
            for (char c : text) {
                if (c == '<')
                    inTag = true;
                else if (c == '>')
                    inTag = false;
            }
        },
        [&](std::size_t index) {
            const Span &span = m_spans[index];
            if (code) {
                // Code is text: the shortcode as written (an escape unwrapped).
                out.append(span.item.text);
            } else if (span.output.textValued) {
                appendHtmlEscaped(out, span.output.text);
            } else if (inTag) {
                appendHtmlEscaped(out, span.item.text);
            } else {
                out.append(span.output.html);
            }
        },
        code);
    return out;
}

void ShortcodeSpans::restoreText(cmark_node *node, cmark_mem *mem, std::vector<cmark_node *> &removed) const
{
    TextNodeSplice splice(node, mem);
    forEachPart(
        cmark_node_get_literal(node), [&](std::string_view text) { splice.appendText(text); },
        [&](std::size_t index) {
            const ShortcodeOutput &output = m_spans[index].output;
            if (output.textValued) {
                splice.appendText(output.text);   // cmark escapes it
                return;
            }
            cmark_node *custom = cmark_node_new_with_mem(CMARK_NODE_CUSTOM_INLINE, mem);
            const std::string &html = output.inlineHtml.empty() ? output.html : output.inlineHtml;
            cmark_node_set_on_enter(custom, html.c_str());
            cmark_node_set_on_exit(custom, "");
            // Which shortcode it is, for replaceParagraph.
            cmark_node_set_user_data(custom, reinterpret_cast<void *>(index + 1));
            splice.insert(custom);
        },
        false);
    splice.finish(removed);
}

// A paragraph that holds only one block shortcode becomes that block, as
// Hugo drops the <p> around a shortcode alone on its lines.
bool ShortcodeSpans::replaceParagraph(cmark_node *paragraph, cmark_mem *mem, bool sourcePos) const
{
    const Span *only = nullptr;
    for (cmark_node *child = cmark_node_first_child(paragraph); child; child = cmark_node_next(child)) {
        switch (cmark_node_get_type(child)) {
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
            break;
        case CMARK_NODE_TEXT:
            if (!isBlankText(cmark_node_get_literal(child)))
                return false;
            break;
        case CMARK_NODE_CUSTOM_INLINE: {
            const auto tag = reinterpret_cast<std::size_t>(cmark_node_get_user_data(child));
            if (only || tag == 0 || tag > m_spans.size() || !m_spans[tag - 1].output.block)
                return false;
            only = &m_spans[tag - 1];
            break;
        }
        default:
            return false;
        }
    }
    if (!only)
        return false;
    const std::string html = sourcePos ? withSourcePos(only->output.html, paragraph) : only->output.html;
    cmark_node *block = cmark_node_new_with_mem(CMARK_NODE_CUSTOM_BLOCK, mem);
    cmark_node_set_on_enter(block, html.c_str());
    cmark_node_set_on_exit(block, "");
    cmark_node_replace(paragraph, block);
    return true;
}

void ShortcodeSpans::restore(cmark_node *document, cmark_mem *mem, bool sourcePos,
                             std::vector<cmark_node *> &removed) const
{
    const auto marked = [this](const char *text) { return text && std::strstr(text, m_open.c_str()) != nullptr; };
    const auto [texts, literals, links] = findPlaceholderNodes(document, marked);
    for (cmark_node *node : literals) {
        const cmark_node_type type = cmark_node_get_type(node);
        const bool code = type == CMARK_NODE_CODE || type == CMARK_NODE_CODE_BLOCK;
        cmark_node_set_literal(node, restoreRaw(cmark_node_get_literal(node), code).c_str());
    }
    // A destination or title is text: ref/relref/param give their value.
    const auto plain = [this](const char *text) {
        std::string out;
        forEachPart(text, [&](std::string_view t) { out.append(t); },
                    [&](std::size_t index) {
                        const Span &span = m_spans[index];
                        out.append(span.output.textValued ? span.output.text : span.item.text);
                    },
                    false);
        return out;
    };
    for (cmark_node *node : links) {
        if (const char *url = cmark_node_get_url(node); marked(url))
            cmark_node_set_url(node, plain(url).c_str());
        if (const char *title = cmark_node_get_title(node); marked(title))
            cmark_node_set_title(node, plain(title).c_str());
    }
    std::vector<cmark_node *> paragraphs;
    for (cmark_node *node : texts) {
        cmark_node *parent = cmark_node_parent(node);
        restoreText(node, mem, removed);
        if (parent && cmark_node_get_type(parent) == CMARK_NODE_PARAGRAPH)
            paragraphs.push_back(parent);
    }
    std::sort(paragraphs.begin(), paragraphs.end());
    paragraphs.erase(std::unique(paragraphs.begin(), paragraphs.end()), paragraphs.end());
    for (cmark_node *paragraph : paragraphs) {
        if (replaceParagraph(paragraph, mem, sourcePos))
            removed.push_back(paragraph);
    }
}

} // namespace postwright
