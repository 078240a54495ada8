// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/blocklines.h"

#include <cstddef>
#include <string_view>
#include <vector>

namespace postwright {

// A change to Markdown text: `remove` bytes at `at` replaced by `insert`.
struct TextEdit
{
    std::size_t at = 0;
    std::size_t remove = 0;
    std::string_view insert;
};

// Two inline constructs make cmark-gfm 0.29.0.gfm.6 quadratic within one
// paragraph or heading (both fixed upstream in 0.29.0.gfm.7):
// - each link that closes walks back over every image opener "![" still
//   waiting for its "]" ("![[]()" repeated: minutes);
// - the autolink extension reads a whole run of domain characters from
//   each "www." that follows a "_" inside the run ("www.a_" repeated),
//   and trims a link's unbalanced ")" one by one, counting the link's
//   brackets again each time ("www.a" and 100,000 ")").
// When a subject's work would exceed a budget linear in its length, the
// edits returned turn the image openers that never get their "]" into text
// ("\![", which shows the same "![") and write the "w" of every "www." but
// the first of a run as "&#119;" (the same letter to a reader); a link too
// dear to trim gets its "w" or ":" written so too, and shows as the text it
// is. Code spans are left alone. Sorted by position.
std::vector<TextEdit> inlineGuardEdits(std::string_view markdown, const BlockScan &scan);

} // namespace postwright
