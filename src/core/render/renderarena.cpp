// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/renderarena.h"

#include <cmark-gfm.h>

#include <QtGlobal>

#include <algorithm>
#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>
#include <vector>

namespace postwright {
namespace {

constexpr std::size_t alignment = alignof(std::max_align_t);
constexpr std::size_t blockSize = std::size_t(256) * 1024;
// What a thread keeps between renders, so that the next one finds its
// memory ready (a blog post takes a few blocks): 2 MB.
constexpr std::size_t keptBlocks = 8;

constexpr std::size_t roundUp(std::size_t n)
{
    return (n + alignment - 1) & ~(alignment - 1);
}

// Each allocation is preceded by its size, so realloc knows what to copy.
struct Header
{
    std::size_t size;
};
constexpr std::size_t headerSize = roundUp(sizeof(Header));

struct Block
{
    std::unique_ptr<std::byte[]> data;
    std::size_t used = 0;
};

class Arena
{
public:
    void *allocate(std::size_t size)
    {
        const std::size_t need = headerSize + roundUp(std::max<std::size_t>(size, 1));
        if (need > blockSize) {
            // A block of its own, freed when the render ends.
            m_large.emplace_back(new std::byte[need]);
            return place(m_large.back().get(), size, false);
        }
        if (m_current == m_blocks.size() || blockSize - m_blocks[m_current].used < need) {
            // The rest of a full block stays unused until the next render.
            if (m_current < m_blocks.size())
                ++m_current;
            if (m_current == m_blocks.size())
                m_blocks.push_back(Block{std::unique_ptr<std::byte[]>(new std::byte[blockSize]), 0});
        }
        Block &block = m_blocks[m_current];
        std::byte *at = block.data.get() + block.used;
        block.used += need;
        return place(at, size, true);
    }

    void *reallocate(void *pointer, std::size_t size)
    {
        if (!pointer)
            return allocate(size);
        auto *header = reinterpret_cast<Header *>(static_cast<std::byte *>(pointer) - headerSize);
        const std::size_t old = header->size;
        // The newest allocation grows in place while its block has room:
        // the common case of a buffer filled line by line.
        if (pointer == m_last && m_lastInBlock) {
            Block &block = m_blocks[m_current];
            const std::size_t start = std::size_t(static_cast<std::byte *>(pointer) - block.data.get());
            const std::size_t end = start + roundUp(std::max<std::size_t>(size, 1));
            if (end <= blockSize) {
                block.used = end;
                header->size = size;
                return pointer;
            }
        }
        void *moved = allocate(size);
        std::memcpy(moved, pointer, std::min(old, size));
        return moved;
    }

    // Everything goes; a few blocks stay for the next render.
    void reset()
    {
        m_large.clear();
        if (m_blocks.size() > keptBlocks)
            m_blocks.resize(keptBlocks);
        for (Block &block : m_blocks)
            block.used = 0;
        m_current = 0;
        m_last = nullptr;
    }

    bool active = false;

private:
    void *place(std::byte *at, std::size_t size, bool inBlock)
    {
        reinterpret_cast<Header *>(at)->size = size;
        m_last = at + headerSize;
        m_lastInBlock = inBlock;
        return m_last;
    }

    std::vector<Block> m_blocks;                       // blockSize each
    std::size_t m_current = 0;                         // the block allocated from
    std::vector<std::unique_ptr<std::byte[]>> m_large; // one allocation each
    void *m_last = nullptr;                            // the newest allocation
    bool m_lastInBlock = false;                        // ... is in m_blocks[m_current]
};

thread_local Arena threadArena;

void *arenaCalloc(std::size_t count, std::size_t size)
{
    std::size_t bytes = 0;
    if (__builtin_mul_overflow(count, size, &bytes))
        std::abort();   // as cmark's own allocator does when out of memory
    void *p = threadArena.allocate(bytes);
    std::memset(p, 0, bytes);
    return p;
}

void *arenaRealloc(void *pointer, std::size_t size)
{
    return threadArena.reallocate(pointer, size);
}

void arenaFree(void *)
{
}

cmark_mem arenaMem = {arenaCalloc, arenaRealloc, arenaFree};

} // namespace

RenderArena::RenderArena(std::size_t inputBytes)
{
#if !defined(__SANITIZE_ADDRESS__)
    if (inputBytes <= maxInputBytes && !threadArena.active) {
        threadArena.active = true;
        m_owner = true;
    }
#else
    Q_UNUSED(inputBytes)
#endif
}

RenderArena::~RenderArena()
{
    if (!m_owner)
        return;
    threadArena.reset();
    threadArena.active = false;
}

cmark_mem *RenderArena::mem() const
{
    return m_owner ? &arenaMem : cmark_get_default_mem_allocator();
}

} // namespace postwright
