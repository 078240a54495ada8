// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstddef>
#include <mutex>

struct cmark_syntax_extension;

namespace postwright {

// The GFM extensions every cmark parser of the process attaches: table,
// strikethrough, autolink, tagfilter, tasklist. The first call registers
// them and writes their special inline characters into libcmark-gfm's
// global table, once; callable from any thread.
using GfmExtensions = std::array<cmark_syntax_extension *, 5>;
const GfmExtensions &gfmExtensions();

// Hold the returned lock around cmark_parser_finish(). libcmark-gfm up to
// at least 0.29.0.gfm.6 (Debian 12) keeps the special inline characters in
// two global tables (SPECIAL_CHARS, SKIP_CHARS in inlines.c) that every
// parser writes its extensions' characters into before it parses inlines
// and clears after (github/cmark-gfm PR #176): two parsers finishing at
// once lose strikethroughs and autolinks. The executable defines the
// exported function that does the writing (see inlinephase.cpp): the
// tables are then written once, by gfmExtensions(), and never again, and
// this lock is empty. It stays a real lock only if the library bound that
// call internally and never reached our definition.
std::unique_lock<std::mutex> inlinePhaseLock();

} // namespace postwright
