// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/inlinephase.h"

#include <cmark-gfm-extension_api.h>

#include <dlfcn.h>

#include <atomic>
#include <cstdlib>

namespace postwright {
namespace {

std::mutex inlinePhaseMutex;
// Set once cmark has called the definition below: removals are gone.
std::atomic<bool> removalsSwitchedOff = false;

} // namespace

std::unique_lock<std::mutex> inlinePhaseLock()
{
    if (removalsSwitchedOff.load(std::memory_order_acquire))
        return {};
    return std::unique_lock(inlinePhaseMutex);
}

} // namespace postwright

// cmark_parser_finish() calls this exported function of libcmark-gfm through
// the PLT, once with add = 1 before it parses inlines and once with add = 0
// after. This definition in the executable comes first in the lookup and
// takes its place: it lets the library add the characters and ignores the
// removals. Every parser of the process attaches the same extensions, so the
// table then stays as each parse needs it, whichever thread runs. A library
// that bound the call internally would never get here, and the lock above
// would stay a real one.
extern "C" void cmark_manage_extensions_special_characters(cmark_parser *parser, int add)
{
    using Manage = void (*)(cmark_parser *, int);
    static const Manage library =
        reinterpret_cast<Manage>(dlsym(RTLD_NEXT, "cmark_manage_extensions_special_characters"));
    if (!library)
        std::abort();   // cannot be: libcmark-gfm is what called us
    if (!add)
        return;
    library(parser, add);
    postwright::removalsSwitchedOff.store(true, std::memory_order_release);
}
