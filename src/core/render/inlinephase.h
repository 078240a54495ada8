// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <mutex>

namespace postwright {

// Hold the returned lock around cmark_parser_finish(). libcmark-gfm up to
// at least 0.29.0.gfm.6 (Debian 12) keeps the table of special inline
// characters in a global that every parser adds its extensions' characters
// to and removes them from while it parses inlines (github/cmark-gfm
// PR #176): two parsers finishing at once lose strikethroughs and
// autolinks. The lock is a real one until the first parse has shown that
// the removal is switched off (see inlinephase.cpp); from then on it is
// empty and parsers run side by side.
//
// Every parser of the process must attach the same extensions.
std::unique_lock<std::mutex> inlinePhaseLock();

} // namespace postwright
