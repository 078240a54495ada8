// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>

struct cmark_mem;

namespace postwright {

// A cmark_mem for one render at a time on the calling thread. cmark-gfm
// allocates every node, every line buffer and every extension's data apiece
// and frees them apiece; from the arena they come out of a few large blocks
// and all go back at once when the render ends. free() is a no-op, so the
// usual cmark_*_free calls stay valid.
//
//     const RenderArena arena(input.size());   // before any parser or node that uses it
//     cmark_parser *parser = cmark_parser_new_with_mem(options, arena.mem());
//
// Everything allocated through mem() must be dead when arena is destroyed.
// mem() is cmark's own allocator instead when the input is large (nothing
// is given back during a render, so a document of megabytes would hold
// twice the memory), when another arena is already open on the thread, and
// under AddressSanitizer, which then checks each allocation.
class RenderArena final
{
public:
    explicit RenderArena(std::size_t inputBytes);
    ~RenderArena();
    RenderArena(const RenderArena &) = delete;
    RenderArena &operator=(const RenderArena &) = delete;

    cmark_mem *mem() const;
    // Everything allocated through mem() goes back at once when the arena
    // ends: freeing cmark's objects one by one before is wasted work.
    bool releasesAll() const { return m_owner; }

    // Inputs up to this size use the arena.
    static constexpr std::size_t maxInputBytes = std::size_t(1) << 20;

private:
    bool m_owner = false;
};

} // namespace postwright
