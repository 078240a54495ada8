// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshot/quicksplice.h"

#include <QRegularExpression>

#include <algorithm>

namespace postwright {
namespace {

// The edit: [prefix, size - suffix) of each text.
struct Edit
{
    qsizetype prefix = 0;
    qsizetype suffix = 0;
};

// The suffix first, so that an ambiguous edit (a line break typed before a
// blank line) counts as made as early as it can be: at the end of the line
// above, not at the start of the block below.
std::optional<Edit> findEdit(const QString &before, const QString &after)
{
    const qsizetype shorter = std::min(before.size(), after.size());
    constexpr qsizetype step = 4096;   // memcmp speed for the unchanged parts
    Edit edit;
    qsizetype &suffix = edit.suffix;
    while (suffix + step <= shorter
           && QStringView(before).sliced(before.size() - suffix - step, step)
                  == QStringView(after).sliced(after.size() - suffix - step, step))
        suffix += step;
    while (suffix < shorter && before[before.size() - 1 - suffix] == after[after.size() - 1 - suffix])
        ++suffix;
    qsizetype &prefix = edit.prefix;
    while (prefix + step <= shorter - suffix
           && QStringView(before).sliced(prefix, step) == QStringView(after).sliced(prefix, step))
        prefix += step;
    while (prefix < shorter - suffix && before[prefix] == after[prefix])
        ++prefix;
    if (before.size() == after.size() && suffix == before.size())
        return std::nullopt;   // no change
    return edit;
}

// The last block that starts on or before the line; -1: none.
qsizetype lastStartingBy(const BodyBlocks &blocks, int line)
{
    qsizetype found = -1;
    for (qsizetype lo = 0, hi = blocks.count() - 1; lo <= hi;) {
        const qsizetype mid = (lo + hi) / 2;
        if (blocks.startLine(mid) > 0 && blocks.startLine(mid) <= line) {
            found = mid;
            lo = mid + 1;
        } else {
            hi = mid - 1;
        }
    }
    return found;
}

// A heading, code block, rule or table beside the edited blocks cannot be
// changed by the edit (touching it would make it one of the edited blocks).
bool standsAlone(const BodyBlocks &blocks, qsizetype i)
{
    static const QRegularExpression closed(QStringLiteral("^<(h[1-6]|pre|hr|table)[ >]"));
    return closed.match(blocks.block(i)).hasMatch();
}

// Lines of a slice whose blocks reach past it or whose output depends on
// others: fences and raw HTML (may run on), headings (ids are unique in the
// page), definitions and footnotes; on Hugo sites, shortcodes (one may pair
// with one outside the slice).
bool hasDependentLine(QStringView slice, bool hugo)
{
    for (QStringView line : slice.tokenize(u'\n')) {
        const QStringView t = line.trimmed();
        if (t.startsWith(u"```") || t.startsWith(u"~~~") || t.startsWith(u'<') || t.startsWith(u'#')
            || t.startsWith(u"===") || t.startsWith(u"---") || t.contains(u"[^") || t.contains(u"]:"))
            return true;
        if (hugo && t.contains(u"{{"))
            return true;
    }
    return false;
}

// The start of the line `lines` lines above the one holding `from`, at
// most back to the text's start.
qsizetype lineStartAbove(const QString &text, qsizetype from, int lines)
{
    if (lines < 0)
        return from;
    qsizetype at = from;
    for (int line = lines; at > 0;) {
        const qsizetype newline = text.lastIndexOf(u'\n', at - 1);
        if (line == 0 || newline < 0)
            return newline + 1;
        at = newline;
        --line;
    }
    return 0;
}

} // namespace

std::optional<QuickSplice> spliceEdit(const PostSnapshot &base, const QString &after)
{
    const QString &before = base.text;
    const BodyBlocks &blocks = base.blocks;
    const int firstLine = base.post.bodyFirstLine();
    const qsizetype bodyStart = base.post.frontMatter().block.bodyStart;
    // Liquid (Jekyll) sees the whole body: a loop or an assign reaches
    // blocks far from the edit.
    if (base.serial == 0 || base.hasDefinitions || base.liquid || blocks.count() == 0
        || base.post.lineEnding() == LineEnding::CR)
        return std::nullopt;
    const std::optional<Edit> edit = findEdit(before, after);
    if (!edit)
        return std::nullopt;
    const qsizetype prefix = edit->prefix;
    const qsizetype suffix = edit->suffix;
    // The front matter changed, or may have begun (text typed on the first
    // line of a post without one).
    if (prefix < bodyStart || (bodyStart == 0 && !QStringView(after).first(prefix).contains(u'\n')))
        return std::nullopt;

    const QStringView oldEdit = QStringView(before).sliced(prefix, before.size() - suffix - prefix);
    const QStringView newEdit = QStringView(after).sliced(prefix, after.size() - suffix - prefix);
    // Lines of the file, 1-based; the edit starts on the same line in both.
    const int editLine = int(QStringView(after).first(prefix).count(u'\n')) + 1;
    const int oldEditEnd = editLine + int(oldEdit.count(u'\n'));
    const int lineShift = int(newEdit.count(u'\n') - oldEdit.count(u'\n'));

    // The blocks the edit touched, and one more on each side: an edit can
    // join a paragraph to the next one or turn the one above into a heading.
    qsizetype first = std::max<qsizetype>(lastStartingBy(blocks, editLine), 0);
    qsizetype last = std::max<qsizetype>(lastStartingBy(blocks, oldEditEnd), 0);
    if (first > 0 && !standsAlone(blocks, first - 1))
        --first;
    if (last + 1 < blocks.count() && !standsAlone(blocks, last + 1))
        ++last;
    for (qsizetype i = first; i <= last + 1 && i < blocks.count(); ++i) {
        if (blocks.startLine(i) == 0)
            return std::nullopt;   // raw HTML or footnotes
    }
    const int sliceFirstLine = first == 0 ? firstLine : blocks.startLine(first);
    const bool toEnd = last + 1 >= blocks.count();
    const int sliceEndLine = toEnd ? 0 : blocks.startLine(last + 1) + lineShift;   // first line after

    // The slice of the new text, by lines.
    const qsizetype sliceStart = lineStartAbove(after, prefix, editLine - sliceFirstLine);
    qsizetype sliceEnd = after.size();
    if (!toEnd) {
        const int editEndLine = editLine + int(newEdit.count(u'\n'));
        qsizetype at = after.size() - suffix;
        for (int line = editEndLine; line < sliceEndLine; ++line) {
            at = after.indexOf(u'\n', at);
            if (at < 0)
                return std::nullopt;
            ++at;
        }
        sliceEnd = at;
    }
    if (sliceStart > prefix || sliceEnd < after.size() - suffix)
        return std::nullopt;
    // A big slice (another post, a paste) is the full render's job.
    if (sliceEnd - sliceStart > 64 * 1024)
        return std::nullopt;
    const QStringView slice = QStringView(after).sliced(sliceStart, sliceEnd - sliceStart);
    if (hasDependentLine(slice, base.hugo))
        return std::nullopt;

    RenderOptions options;
    options.firstLine = sliceFirstLine;
    options.blocks = true;
    options.statistics = false;
    const BodyBlocks replacement(render(slice, options));
    for (qsizetype i = 0; i < replacement.count(); ++i) {
        if (replacement.startLine(i) == 0)
            return std::nullopt;
    }
    return QuickSplice{BodyBlocks::spliced(blocks, first, last - first + 1, replacement, lineShift), lineShift};
}

} // namespace postwright
