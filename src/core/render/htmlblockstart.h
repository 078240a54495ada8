// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <string_view>

namespace postwright {

// CommonMark's HTML blocks, for readers of Markdown lines that are not a
// parser (the render guards). The kind of HTML block (1 to 7, as in the
// spec) that a line starts at `at`, or 0. Kind 7 (any complete tag alone on
// its line) cannot interrupt a paragraph.
int htmlBlockStart(std::string_view line, std::size_t at, bool interruptsParagraph);

// Whether a line ends an HTML block of kind 1 to 5 (</pre>, -->, ?>, >,
// ]]>); kinds 6 and 7 end at a blank line instead.
bool htmlBlockEnds(int kind, std::string_view line);

} // namespace postwright
