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
// What a thread keeps between renders: one block's worth.
constexpr std::size_t keptBytes = blockSize;

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
    std::size_t size = 0;
    std::size_t used = 0;
};

class Arena
{
public:
    void *allocate(std::size_t size)
    {
        const std::size_t need = headerSize + roundUp(std::max<std::size_t>(size, 1));
        if (m_blocks.empty() || m_blocks.back().size - m_blocks.back().used < need)
            addBlock(need);
        Block &block = m_blocks.back();
        std::byte *at = block.data.get() + block.used;
        block.used += need;
        reinterpret_cast<Header *>(at)->size = size;
        m_last = at + headerSize;
        return m_last;
    }

    void *reallocate(void *pointer, std::size_t size)
    {
        if (!pointer)
            return allocate(size);
        auto *header = reinterpret_cast<Header *>(static_cast<std::byte *>(pointer) - headerSize);
        const std::size_t old = header->size;
        // The newest allocation grows in place while its block has room:
        // the common case of a buffer filled line by line.
        if (pointer == m_last) {
            Block &block = m_blocks.back();
            const std::size_t start = std::size_t(static_cast<std::byte *>(pointer) - block.data.get());
            const std::size_t end = start + roundUp(std::max<std::size_t>(size, 1));
            if (end <= block.size) {
                block.used = end;
                header->size = size;
                return pointer;
            }
        }
        void *moved = allocate(size);
        std::memcpy(moved, pointer, std::min(old, size));
        return moved;
    }

    // Everything goes; one block stays for the next render.
    void reset()
    {
        std::erase_if(m_blocks, [](const Block &b) { return b.size > keptBytes; });
        if (m_blocks.size() > 1)
            m_blocks.resize(1);
        for (Block &block : m_blocks)
            block.used = 0;
        m_last = nullptr;
    }

    bool active = false;

private:
    void addBlock(std::size_t need)
    {
        // A block left with room stays behind the new one: only the last
        // block is allocated from, which keeps the arena simple.
        Block block;
        block.size = std::max(blockSize, need);
        block.data.reset(new std::byte[block.size]);
        m_blocks.push_back(std::move(block));
    }

    std::vector<Block> m_blocks;
    void *m_last = nullptr;
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
