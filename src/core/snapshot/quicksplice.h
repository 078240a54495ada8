// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "snapshot/bodyblocks.h"
#include "snapshot/postsnapshot.h"

#include <optional>

namespace postwright {

// An edit's body spliced into an earlier snapshot's: only the blocks the
// edit touched rendered again.
struct QuickSplice
{
    BodyBlocks blocks;   // what rendering the whole new text gives
    int lineShift = 0;   // lines the edit added (negative: removed)
};

// Most keystrokes change one paragraph: renders the blocks around the edit
// alone and splices them into base's blocks, rather than wait for the whole
// post (40 ms and more for 1 MB). nullopt when the edit could reach beyond
// those blocks (front matter, link or footnote definitions, fences, raw
// HTML, headings, shortcodes, CR line endings, a large paste): the full
// render's job. `after` is the whole new text of base's post.
std::optional<QuickSplice> spliceEdit(const PostSnapshot &base, const QString &after);

} // namespace postwright
