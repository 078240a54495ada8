// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cmark-gfm.h>

#include <cstddef>
#include <string>
#include <vector>

namespace postwright {

// The document's HTML cut at its top-level blocks, as cmark's tree has them:
// the same bytes as rendering the whole document, with where each block
// starts and its first source line. Raw HTML blocks go with the block before
// them (they may open an element a later block closes); the footnotes
// section is one block at the end, with line 0. A document that opens with
// raw HTML starts with a block of line 0 too.
struct TopLevelHtml
{
    std::string html;
    std::vector<std::size_t> starts;   // byte offsets into html
    std::vector<int> lines;            // 1-based file lines; 0: see above
};

TopLevelHtml renderTopLevelBlocks(cmark_node *doc, int cmarkOptions, cmark_llist *extensions, cmark_mem *mem);

} // namespace postwright
