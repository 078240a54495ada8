// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace postwright {

// One line of Markdown as cmark-gfm's block parser will see it.
struct BlockLine
{
    enum class Kind : std::uint8_t {
        Blank,     // nothing after the container markers
        Text,      // paragraph text (or a table row)
        Heading,   // an ATX heading: its text is inline content too
        Code,      // inside a fenced or indented code block
        Other,     // a fence, a thematic break, a setext underline
    };
    std::size_t start = 0;     // first byte of the line
    std::size_t content = 0;   // first byte after the container markers
    std::size_t end = 0;       // before the line break
    Kind kind = Kind::Blank;
    // Text that continues the paragraph of an earlier line (directly or
    // lazily): both are one inline subject for cmark.
    bool continuation = false;
};

struct BlockScan
{
    std::vector<BlockLine> lines;
    // Container markers (">", "-", "1.", "[^x]:") that would open a block
    // quote, list item or footnote definition nested deeper than the limit.
    // A backslash before each makes it text; for an ordered list marker the
    // offset is its "." or ")".
    std::vector<std::size_t> deepMarkers;
};

// cmark-gfm 0.29.0.gfm.6 walks every open container for each line and for
// each inline node it adds (checking that a node is not its own ancestor),
// so 20,000 nested list items or block quotes followed by 20,000 blank
// lines or a run of "[" take minutes. Later versions limit list nesting
// to 100 levels. This follows cmark's block rules line by line (containers,
// laziness, code blocks) and reports the markers that would nest containers
// deeper than maxDepth; those show as text. A second, rule-free bound on
// every line's markers (deepest nesting <= 4 x maxDepth whatever the rules
// make of the line) keeps the promise even where this reading of a line
// and cmark's differ. footnotes: "[^x]:" opens a container (CMARK_OPT_FOOTNOTES).
BlockScan scanBlocks(std::string_view markdown, int maxDepth, bool footnotes);

// The rule-free bound alone, over the whole text: no container in it nests
// deeper than this (a cheap pass that tells when scanBlocks is needed).
int nestingBound(std::string_view markdown, bool footnotes);

} // namespace postwright
