// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace postwright {

// Block quotes, list items and footnote definitions nest at most this deep;
// a marker deeper than that shows as text (cmark-gfm 0.29.0.gfm.11 and
// later stop list nesting at the same depth).
constexpr int maxContainerDepth = 100;

// Guards the renderer against Markdown that makes cmark-gfm 0.29.0.gfm.6
// (Debian 12) superlinear: nesting deeper than maxContainerDepth
// (scanBlocks) and the inline patterns of inlineGuardEdits. Like
// defuseWideTables it changes only what takes cmark the wrong path, with
// escapes that keep every character on the page, and never touches code.
// nullopt: nothing to change. footnotes: as CMARK_OPT_FOOTNOTES.
std::optional<std::string> defusePathologicalMarkdown(std::string_view markdown, bool footnotes);

} // namespace postwright
