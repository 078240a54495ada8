// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

struct cmark_node;
struct cmark_mem;

namespace postwright {

struct PlaceholderNodes;

// TeX math in Markdown: $…$, $$…$$, \(…\) and \[…\].
//
// cmark knows no math, so "$a_1 + b_1$" would come out with an emphasis.
// protect() replaces each formula by a placeholder that Markdown leaves
// alone and that keeps every line where it was (a formula over several
// lines leaves a marker on each of its lines), so data-sourcepos and heading
// lines stay right. restore() then walks the parsed document: placeholders
// in text become <span class="math math-inline">\(…\)</span> (or
// math-display \[…\]; a paragraph that is only a display formula becomes
// <div class="math math-display">), and placeholders that cmark put in code,
// raw HTML or a link destination get their original text back. So math is
// never found in code, whatever the scanner thought.
//
// A dollar opens inline math only when a non-space follows it and closes it
// only after a non-space and when no digit follows: "$5 and $10" stays text.
// \$ is a dollar. Math does not cross a blank line or a code fence.
class MathSpans final
{
public:
    // Scans `markdown` (a body whose first line is line `firstLine` of the
    // file). False when it holds no math: then text() is empty and the
    // caller parses `markdown` itself.
    bool protect(std::string_view markdown, int firstLine);
    // The Markdown with placeholders, once protect() returned true.
    const std::string &text() const { return m_text; }
    // Where each formula found by protect() is, delimiters included, as
    // byte offsets [begin, end) into the Markdown it was given.
    std::vector<std::pair<std::size_t, std::size_t>> ranges() const;

    // Puts the formulas back into the document parsed from text(). Nodes
    // that it replaces go to `removed`: the caller frees them after the
    // document is rendered (their inline children point into them).
    // Returns how many formulas the page shows as math. New nodes come from
    // mem, the document's allocator (cmark links only nodes of one).
    int restore(cmark_node *document, cmark_mem *mem, bool sourcePos, std::vector<cmark_node *> &removed) const;

private:
    struct Span
    {
        std::size_t begin = 0;   // in the original Markdown
        std::size_t end = 0;
        int firstLine = 0;       // file lines
        int lastLine = 0;
        bool display = false;
        std::string tex;
        // The original text of each line of the span (container prefixes
        // such as "> " excluded), to put back into code and raw HTML.
        std::vector<std::string> pieces;
        // The container prefix ("> ", indentation) of each further line.
        std::vector<std::string> prefixes;
    };

    void scanSegment(std::string_view src, std::size_t begin, std::size_t end, int line);
    bool addSpan(std::string_view src, std::size_t begin, std::size_t end, std::size_t texBegin,
                 std::size_t texEnd, bool display, int line);
    void build(std::string_view src);
    bool touches(int firstLine, int lastLine) const;
    std::string restoreRaw(std::string_view literal) const;
    std::string html(const Span &span, bool block) const;
    struct DisplayFormulas;
    void restoreLiterals(const PlaceholderNodes &found) const;
    int restoreTexts(const std::vector<cmark_node *> &texts, cmark_mem *mem, std::vector<cmark_node *> &removed,
                     DisplayFormulas &display) const;
    const Span *displayAlone(cmark_node *paragraph, const DisplayFormulas &display) const;
    void promoteDisplayParagraphs(const DisplayFormulas &display, cmark_mem *mem, bool sourcePos,
                                  std::vector<cmark_node *> &removed) const;

    std::vector<Span> m_spans;
    std::string m_text;
};

} // namespace postwright
