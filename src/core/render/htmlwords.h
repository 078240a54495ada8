// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>

namespace postwright {

// The words a reader sees in HTML that cmark rendered (RenderResult::words).
int countHtmlWords(const char *html, std::size_t length);

} // namespace postwright
