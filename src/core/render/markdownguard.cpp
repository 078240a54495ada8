// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/markdownguard.h"

#include "render/blocklines.h"
#include "render/inlineguard.h"

#include <algorithm>
#include <vector>

namespace postwright {
namespace {

std::size_t count(std::string_view text, std::string_view what)
{
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string_view::npos; at = text.find(what, at + what.size()))
        ++n;
    return n;
}

// Whether the inline guard could find work over its budget, from counts in
// each run of lines between blank lines (a paragraph, or more): image
// openers times closing brackets, "www." after a "_", "))".
bool mayHaveInlineWork(std::string_view markdown)
{
    const std::size_t images = count(markdown, "![");
    if (images > 0 && images * count(markdown, "]") > 65536) {
        std::size_t chunkImages = 0, chunkClosers = 0, start = 0;
        for (std::size_t p = 0; p <= markdown.size();) {
            std::size_t end = markdown.find('\n', p);
            if (end == std::string_view::npos)
                end = markdown.size();
            const std::string_view line = markdown.substr(p, end - p);
            if (line.find_first_not_of(" \t\r") == std::string_view::npos || end == markdown.size()) {
                chunkImages += count(line, "![");
                chunkClosers += std::size_t(std::count(line.begin(), line.end(), ']'));
                if (chunkImages * chunkClosers > 65536 + 8 * (end - start))
                    return true;
                chunkImages = chunkClosers = 0;
                start = end;
            } else {
                chunkImages += count(line, "![");
                chunkClosers += std::size_t(std::count(line.begin(), line.end(), ']'));
            }
            p = end + 1;
        }
    }
    // An autolink that ends in ")" may be trimmed once per ")"; a "<?" or
    // "<!" that never closes is read to the end of its paragraph.
    return count(markdown, "_www.") > 8 || count(markdown, "))") > 1024
           || count(markdown, "<?") + count(markdown, "<!") > 64;
}

std::string applied(std::string_view markdown, const std::vector<TextEdit> &edits)
{
    std::string out;
    std::size_t extra = 0;
    for (const TextEdit &edit : edits)
        extra += edit.insert.size();
    out.reserve(markdown.size() + extra);
    std::size_t copied = 0;
    std::size_t last = std::string_view::npos;
    for (const TextEdit &edit : edits) {
        if (edit.at < copied || edit.at == last)
            continue;   // two edits at one place: the first stands
        last = edit.at;
        out.append(markdown.substr(copied, edit.at - copied));
        out.append(edit.insert);
        copied = edit.at + edit.remove;
    }
    out.append(markdown.substr(copied));
    return out;
}

} // namespace

std::optional<std::string> defusePathologicalMarkdown(std::string_view markdown, bool footnotes)
{
    const bool deep = nestingBound(markdown, footnotes) > maxContainerDepth;
    const bool inlineWork = mayHaveInlineWork(markdown);
    if (!deep && !inlineWork)
        return std::nullopt;
    const BlockScan scan = scanBlocks(markdown, maxContainerDepth, footnotes);
    std::vector<TextEdit> edits;
    if (inlineWork)
        edits = inlineGuardEdits(markdown, scan);
    for (const std::size_t at : scan.deepMarkers)
        edits.push_back({at, 0, "\\"});
    if (edits.empty())
        return std::nullopt;
    std::stable_sort(edits.begin(), edits.end(), [](const TextEdit &a, const TextEdit &b) { return a.at < b.at; });
    return applied(markdown, edits);
}

} // namespace postwright
