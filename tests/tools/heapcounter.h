// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Counts what the process allocates, so that a test can bound the work a
// call does by its allocations instead of by the clock: the number of
// allocations, and the most heap bytes in use at once since a mark. Every
// malloc, C or C++ (operator new, cmark, yaml-cpp, Qt), goes through the
// definitions below, which pass on to glibc's allocator.
//
// Include this header in exactly one file of a test executable. Under
// AddressSanitizer, which brings its own malloc, nothing is counted and
// HeapCounter::counting() is false.

#include <QtGlobal>

#include <atomic>
#include <cstddef>
#include <cstdint>

#if defined(__SANITIZE_ADDRESS__)
#define POSTWRIGHT_HEAP_COUNTER 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define POSTWRIGHT_HEAP_COUNTER 0
#endif
#endif
#ifndef POSTWRIGHT_HEAP_COUNTER
#define POSTWRIGHT_HEAP_COUNTER 1
#endif

namespace postwright::testing::heap {

inline std::atomic<std::int64_t> allocations{0};
inline std::atomic<std::int64_t> inUse{0};
inline std::atomic<std::int64_t> peak{0};

inline void added(std::size_t bytes)
{
    allocations.fetch_add(1, std::memory_order_relaxed);
    const std::int64_t now = inUse.fetch_add(std::int64_t(bytes), std::memory_order_relaxed) + std::int64_t(bytes);
    std::int64_t high = peak.load(std::memory_order_relaxed);
    while (now > high && !peak.compare_exchange_weak(high, now, std::memory_order_relaxed)) {
    }
}

inline void removed(std::size_t bytes)
{
    inUse.fetch_sub(std::int64_t(bytes), std::memory_order_relaxed);
}

} // namespace postwright::testing::heap

namespace postwright::testing {

// What one piece of work allocated: created before it, read after it.
class HeapCounter
{
public:
    HeapCounter()
        : m_allocations(heap::allocations.load())
        , m_inUse(heap::inUse.load())
    {
        heap::peak.store(m_inUse);
    }

    static constexpr bool counting() { return POSTWRIGHT_HEAP_COUNTER != 0; }
    // Allocations made since construction.
    qint64 allocations() const { return heap::allocations.load() - m_allocations; }
    // The most bytes in use at once since construction, above what was in
    // use at construction. Counts only one HeapCounter at a time.
    qint64 peakBytes() const { return heap::peak.load() - m_inUse; }

private:
    qint64 m_allocations;
    qint64 m_inUse;
};

} // namespace postwright::testing

#if POSTWRIGHT_HEAP_COUNTER
#include <cerrno>
#include <malloc.h>
#include <unistd.h>

// glibc's own entry points, under the names it exports for this purpose.
extern "C" {
void *__libc_malloc(std::size_t size);
void *__libc_calloc(std::size_t count, std::size_t size);
void *__libc_realloc(void *pointer, std::size_t size);
void *__libc_memalign(std::size_t alignment, std::size_t size);
void __libc_free(void *pointer);

void *malloc(std::size_t size) noexcept
{
    void *pointer = __libc_malloc(size);
    if (pointer)
        postwright::testing::heap::added(malloc_usable_size(pointer));
    return pointer;
}

void *calloc(std::size_t count, std::size_t size) noexcept
{
    void *pointer = __libc_calloc(count, size);
    if (pointer)
        postwright::testing::heap::added(malloc_usable_size(pointer));
    return pointer;
}

void *realloc(void *pointer, std::size_t size) noexcept
{
    const std::size_t before = pointer ? malloc_usable_size(pointer) : 0;
    void *moved = __libc_realloc(pointer, size);
    if (moved) {
        postwright::testing::heap::removed(before);
        postwright::testing::heap::added(malloc_usable_size(moved));
    } else if (pointer && size == 0) {
        postwright::testing::heap::removed(before);   // realloc(p, 0) freed p
    }
    return moved;
}

void *reallocarray(void *pointer, std::size_t count, std::size_t size) noexcept
{
    std::size_t total = 0;
    if (__builtin_mul_overflow(count, size, &total)) {
        errno = ENOMEM;
        return nullptr;
    }
    return realloc(pointer, total);
}

void *memalign(std::size_t alignment, std::size_t size) noexcept
{
    void *pointer = __libc_memalign(alignment, size);
    if (pointer)
        postwright::testing::heap::added(malloc_usable_size(pointer));
    return pointer;
}

void *aligned_alloc(std::size_t alignment, std::size_t size) noexcept
{
    return memalign(alignment, size);
}

int posix_memalign(void **out, std::size_t alignment, std::size_t size) noexcept
{
    if (alignment % sizeof(void *) != 0 || (alignment & (alignment - 1)) != 0)
        return EINVAL;
    void *pointer = memalign(alignment, size);
    if (!pointer)
        return ENOMEM;
    *out = pointer;
    return 0;
}

void *valloc(std::size_t size) noexcept
{
    return memalign(std::size_t(sysconf(_SC_PAGESIZE)), size);
}

void free(void *pointer) noexcept
{
    if (pointer)
        postwright::testing::heap::removed(malloc_usable_size(pointer));
    __libc_free(pointer);
}
}
#endif
