// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/inlinephase.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <dlfcn.h>

#include <atomic>
#include <cstdlib>

namespace postwright {
namespace {

constexpr std::array<const char *, std::tuple_size_v<GfmExtensions>> extensionNames{
    "table", "strikethrough", "autolink", "tagfilter", "tasklist"};

std::mutex inlinePhaseMutex;
// Set once cmark has called our definition below: from then on no parser
// writes the tables.
std::atomic<bool> tablesWrittenOnce = false;

using Manage = void (*)(cmark_parser *, int);

// libcmark-gfm's own cmark_manage_extensions_special_characters.
Manage libraryManage()
{
    static const Manage library =
        reinterpret_cast<Manage>(dlsym(RTLD_NEXT, "cmark_manage_extensions_special_characters"));
    if (!library)
        std::abort();   // cannot be: libcmark-gfm exports it
    return library;
}

} // namespace

const GfmExtensions &gfmExtensions()
{
    static GfmExtensions list{};
    static std::once_flag once;
    // cmark_gfm_core_extensions_ensure_registered() guards itself with a
    // plain int: it, and the one write of the tables, happen here, and every
    // thread that parses passes this once_flag first (cmark calls our
    // definition below before it parses inlines), so it sees the tables
    // written.
    std::call_once(once, [] {
        cmark_gfm_core_extensions_ensure_registered();
        cmark_parser *parser = cmark_parser_new(CMARK_OPT_DEFAULT);
        for (std::size_t i = 0; i < extensionNames.size(); ++i) {
            list[i] = cmark_find_syntax_extension(extensionNames[i]);
            cmark_parser_attach_syntax_extension(parser, list[i]);
        }
        libraryManage()(parser, 1);
        cmark_parser_free(parser);
    });
    return list;
}

std::unique_lock<std::mutex> inlinePhaseLock()
{
    if (tablesWrittenOnce.load(std::memory_order_acquire))
        return {};
    return std::unique_lock(inlinePhaseMutex);
}

} // namespace postwright

// cmark_parser_finish() calls this exported function of libcmark-gfm through
// the PLT, once with add = 1 before it parses inlines and once with add = 0
// after. This definition in the executable comes first in the lookup and
// takes its place: the tables get the characters of all the extensions once
// (gfmExtensions) and are never written again, so parsers on any number of
// threads only read them. Every parser of the process attaches the same
// extensions, or none: a parser without them (markdownCodeRanges) sees the
// extensions' characters too, where they only end a run of text early and
// stand beside emphasis like punctuation; its code spans and blocks stay
// the same. A library
// that bound the call internally would never get here, and the lock above
// would stay a real one.
extern "C" void cmark_manage_extensions_special_characters(cmark_parser *, int)
{
    postwright::gfmExtensions();
    postwright::tablesWrittenOnce.store(true, std::memory_order_release);
}
