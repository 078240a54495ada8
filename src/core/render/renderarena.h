// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

struct cmark_mem;

namespace postwright {

// A cmark_mem for one render at a time on the calling thread. cmark-gfm
// allocates every node, every line buffer and every extension's data apiece
// and frees them apiece; from the arena they come out of a few large blocks
// and all go back at once when the render ends. free() is a no-op, so the
// usual cmark_*_free calls stay valid.
//
//     const RenderArena arena;   // before any parser or node that uses it
//     cmark_parser *parser = cmark_parser_new_with_mem(options, arena.mem());
//
// Everything allocated through mem() must be dead when arena is destroyed.
// Arenas do not nest: one per thread at a time. Under AddressSanitizer mem()
// is cmark's own allocator, so that each allocation is checked.
class RenderArena final
{
public:
    RenderArena();
    ~RenderArena();
    RenderArena(const RenderArena &) = delete;
    RenderArena &operator=(const RenderArena &) = delete;

    cmark_mem *mem() const;
};

} // namespace postwright
