// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// cmark-gfm's block rules followed line by line (scanBlocks): which lines
// are text, code or headings, and which container markers nest too deep.
// The rule-free bound it also applies is in loosenesting.cpp.
#include "render/blocklines.h"

#include "render/htmlblockstart.h"
#include "render/loosenesting.h"

#include <algorithm>
#include <string>

namespace postwright {
namespace {

using namespace blocklines;

bool isLineEnd(char c)
{
    return c == '\n' || c == '\r';
}

// A position in one line with cmark's column rules: tab stops every four
// columns, a tab may be consumed in part. Past the end of the line reads a
// line break (cmark appends one); at `stop` reads a backslash, the escape
// that a guard puts there.
class LineCursor
{
public:
    explicit LineCursor(std::string_view line, std::size_t stop)
        : m_line(line)
        , m_stop(stop)
    {
    }

    char at(std::size_t p) const
    {
        if (p == m_stop)
            return '\\';
        return p < m_line.size() ? m_line[p] : '\n';
    }

    void stopAt(std::size_t p) { m_stop = p; }

    // Sets nonspace, indent and blank from the current offset (as
    // S_find_first_nonspace).
    void findNonspace()
    {
        if (nonspace <= offset) {
            nonspace = offset;
            nonspaceColumn = column;
            int toTab = tabStop - column % tabStop;
            for (char c = at(nonspace);; c = at(nonspace)) {
                if (c == ' ') {
                    ++nonspace;
                    ++nonspaceColumn;
                    toTab = toTab == 1 ? tabStop : toTab - 1;
                } else if (c == '\t' && nonspace < m_line.size()) {
                    ++nonspace;
                    nonspaceColumn += toTab;
                    toTab = tabStop;
                } else {
                    break;
                }
            }
        }
        indent = nonspaceColumn - column;
        blank = isLineEnd(at(nonspace));
    }

    // As S_advance_offset: count columns (a tab may be consumed in part)
    // or bytes (a tab counts whole).
    void advance(int count, bool columns)
    {
        while (count > 0 && offset <= m_line.size()) {
            if (at(offset) == '\t') {
                const int toTab = tabStop - column % tabStop;
                if (columns) {
                    const bool partial = toTab > count;
                    const int step = std::min(count, toTab);
                    column += step;
                    offset += partial ? 0 : 1;
                    count -= step;
                } else {
                    column += toTab;
                    ++offset;
                    --count;
                }
            } else {
                ++offset;
                ++column;
                --count;
            }
        }
    }

    std::size_t offset = 0;
    int column = 0;
    std::size_t nonspace = 0;
    int nonspaceColumn = 0;
    int indent = 0;
    bool blank = false;

private:
    std::string_view m_line;
    std::size_t m_stop;
};

std::size_t runOf(std::string_view line, std::size_t p, char c)
{
    std::size_t n = 0;
    while (p + n < line.size() && line[p + n] == c)
        ++n;
    return n;
}

bool onlySpacesFrom(std::string_view line, std::size_t p)
{
    for (; p < line.size(); ++p) {
        if (!isSpaceOrTab(line[p]))
            return false;
    }
    return true;
}

bool isThematicBreak(std::string_view line, std::size_t p)
{
    if (p >= line.size() || (line[p] != '*' && line[p] != '_' && line[p] != '-'))
        return false;
    const char c = line[p];
    int count = 0;
    for (; p < line.size(); ++p) {
        if (line[p] == c)
            ++count;
        else if (!isSpaceOrTab(line[p]))
            return false;
    }
    return count >= 3;
}

// "#" to "######" then a space, a tab or the end of the line: the bytes
// before the heading's text, else 0.
std::size_t atxHeading(std::string_view line, std::size_t p)
{
    const std::size_t hashes = runOf(line, p, '#');
    if (hashes == 0 || hashes > 6 || (p + hashes < line.size() && !isSpaceOrTab(line[p + hashes])))
        return 0;
    std::size_t q = p + hashes;
    while (q < line.size() && isSpaceOrTab(line[q]))
        ++q;
    return q - p;
}

// "[^label]:" and the spaces after it: its length, else 0.
std::size_t footnoteDefinition(std::string_view line, std::size_t p)
{
    const LooseMarker marker = looseMarker(line, p, true);
    if (marker.end == npos || line[p] != '[')
        return 0;
    std::size_t q = marker.end;
    while (q < line.size() && isSpaceOrTab(line[q]))
        ++q;
    return q - p;
}

struct Container
{
    enum class Kind : std::uint8_t { Quote, Item, Footnote };
    Kind kind = Kind::Quote;
    int width = 0;             // an item's continuation indent
    bool hasContent = false;   // an item that a blank line does not end
};

enum class Leaf : std::uint8_t { None, Paragraph, Fenced, Indented, Html, Closed };

class BlockTracker
{
public:
    BlockTracker(std::string_view text, int maxDepth, bool footnotes)
        : m_text(text)
        , m_maxDepth(std::size_t(std::max(maxDepth, 1)))
        , m_looseLimit(4 * std::max(maxDepth, 1))
        , m_footnotes(footnotes)
    {
    }

    BlockScan run()
    {
        m_scan.lines.reserve(std::size_t(std::count(m_text.begin(), m_text.end(), '\n')) + 1);
        std::size_t start = 0;
        while (start < m_text.size()) {
            std::size_t end = start;
            while (end < m_text.size() && m_text[end] != '\n' && m_text[end] != '\r')
                ++end;
            processLine(start, end);
            start = end + (m_text.compare(end, 2, "\r\n") == 0 ? 2 : 1);
        }
        return std::move(m_scan);
    }

private:
    void processLine(std::size_t start, std::size_t end);
    std::size_t matchContainers(LineCursor &cur) const;
    bool continueLeaf(LineCursor &cur, BlockLine &line);
    bool openBlock(LineCursor &cur, BlockLine &line, bool interrupts);
    bool openContainer(LineCursor &cur, bool interrupts);
    bool openListItem(LineCursor &cur, bool interrupts, Container &item);
    void finishText(LineCursor &cur, BlockLine &line, bool paragraphMatched);
    void settle(bool blank);
    bool deepEnough(LineCursor &cur, std::size_t escape);

    std::string_view m_text;
    std::string_view m_line;   // the line being read
    std::size_t m_lineStart = 0;
    std::size_t m_looseStop = npos;   // in the line, from looseStop()
    std::size_t m_maxDepth;
    int m_looseLimit;
    bool m_footnotes;
    int m_looseBound = 0;
    std::vector<Container> m_stack;
    std::vector<Container> m_fresh;   // opened on this line
    std::size_t m_matched = 0;
    Leaf m_leaf = Leaf::None;
    char m_fenceChar = 0;
    std::size_t m_fenceLength = 0;
    int m_htmlKind = 0;
    BlockScan m_scan;
};

void BlockTracker::processLine(std::size_t start, std::size_t end)
{
    m_line = m_text.substr(start, end - start);
    m_lineStart = start;
    m_looseStop = looseStop(m_line, m_looseBound, m_looseLimit, m_footnotes);
    if (m_looseStop != npos)
        m_scan.deepMarkers.push_back(start + m_looseStop);
    LineCursor cur(m_line, m_looseStop);
    BlockLine line;
    line.start = line.content = start;
    line.end = end;
    m_fresh.clear();
    m_matched = matchContainers(cur);
    if (m_matched == m_stack.size() && continueLeaf(cur, line)) {
        m_scan.lines.push_back(line);
        return;
    }
    const bool paragraphMatched = m_matched == m_stack.size() && m_leaf == Leaf::Paragraph;
    if (m_leaf == Leaf::Fenced || m_leaf == Leaf::Indented || m_leaf == Leaf::Html)
        m_leaf = Leaf::None;   // code and HTML are never lazy: they end here
    bool interrupts = paragraphMatched;
    for (;;) {
        if (openContainer(cur, interrupts)) {
            interrupts = false;
            continue;
        }
        if (openBlock(cur, line, interrupts)) {
            settle(false);
            m_scan.lines.push_back(line);
            return;
        }
        break;
    }
    finishText(cur, line, paragraphMatched);
    m_scan.lines.push_back(line);
}

// The open containers this line continues (check_open_blocks).
std::size_t BlockTracker::matchContainers(LineCursor &cur) const
{
    std::size_t i = 0;
    for (; i < m_stack.size(); ++i) {
        cur.findNonspace();
        const Container &c = m_stack[i];
        if (c.kind == Container::Kind::Quote) {
            if (cur.indent > 3 || cur.at(cur.nonspace) != '>')
                break;
            cur.advance(cur.indent + 1, true);
            if (isSpaceOrTab(cur.at(cur.offset)))
                cur.advance(1, true);
        } else if (c.kind == Container::Kind::Item) {
            if (cur.indent >= c.width)
                cur.advance(c.width, true);
            else if (cur.blank && c.hasContent)
                cur.advance(int(cur.nonspace - cur.offset), false);
            else
                break;
        } else {
            if (cur.indent >= 4)
                cur.advance(4, true);
            else if (!m_line.empty())
                break;
        }
    }
    return i;
}

// A line inside a code block whose containers all continue. True when the
// line is taken (code, or the closing fence).
bool BlockTracker::continueLeaf(LineCursor &cur, BlockLine &line)
{
    cur.findNonspace();
    if (m_leaf == Leaf::Fenced) {
        line.kind = BlockLine::Kind::Code;
        if (cur.indent <= 3 && cur.at(cur.nonspace) == m_fenceChar) {
            const std::size_t run = runOf(m_line, cur.nonspace, m_fenceChar);
            if (run >= m_fenceLength && onlySpacesFrom(m_line, cur.nonspace + run)) {
                line.kind = BlockLine::Kind::Other;
                m_leaf = Leaf::None;
            }
        }
        return true;
    }
    if (m_leaf == Leaf::Indented && (cur.indent >= 4 || cur.blank)) {
        line.kind = cur.blank ? BlockLine::Kind::Blank : BlockLine::Kind::Code;
        return true;
    }
    // Raw HTML: kinds 1 to 5 run to their end marker, 6 and 7 to a blank line.
    if (m_leaf == Leaf::Html && (m_htmlKind <= 5 || !cur.blank)) {
        line.kind = BlockLine::Kind::Code;
        if (m_htmlKind <= 5 && htmlBlockEnds(m_htmlKind, m_line.substr(std::min(cur.nonspace, m_line.size()))))
            m_leaf = Leaf::None;
        return true;
    }
    return false;
}

// The depth check before a container opens: a marker too deep is escaped
// and the rest of the line is text.
bool BlockTracker::deepEnough(LineCursor &cur, std::size_t escape)
{
    if (m_matched + m_fresh.size() < m_maxDepth)
        return false;
    // One escape a line: the rest of it is text.
    if (m_looseStop != npos && m_looseStop > escape)
        m_scan.deepMarkers.pop_back();
    m_looseStop = npos;
    m_scan.deepMarkers.push_back(m_lineStart + escape);
    cur.stopAt(escape);
    return true;
}

// A block quote, list item or footnote definition starting here.
bool BlockTracker::openContainer(LineCursor &cur, bool interrupts)
{
    cur.findNonspace();
    const bool indented = cur.indent >= 4;
    const std::size_t p = cur.nonspace;
    if (!indented && cur.at(p) == '>') {
        if (deepEnough(cur, p))
            return false;
        cur.advance(int(p + 1 - cur.offset), false);
        if (isSpaceOrTab(cur.at(cur.offset)))
            cur.advance(1, true);
        m_fresh.push_back({Container::Kind::Quote, 0, false});
        return true;
    }
    // ATX headings, fences, setext underlines and thematic breaks come
    // before footnotes and list items in cmark's order.
    if (!indented && cur.at(p) != '\\'
        && (atxHeading(m_line, p) > 0 || runOf(m_line, p, '`') >= 3 || runOf(m_line, p, '~') >= 3
            || isThematicBreak(m_line, p)))
        return false;
    if (!indented && m_footnotes && cur.at(p) == '[') {
        const std::size_t length = footnoteDefinition(m_line, p);
        if (length == 0 || deepEnough(cur, p))
            return false;
        cur.advance(int(p + length - cur.offset), false);
        m_fresh.push_back({Container::Kind::Footnote, 4, false});
        return true;
    }
    Container item{Container::Kind::Item, 0, false};
    if (cur.indent < 4 && openListItem(cur, interrupts, item)) {
        m_fresh.push_back(item);
        return true;
    }
    return false;
}

// parse_list_marker and the padding after it. False, and the cursor
// unmoved, when no list item starts here (or it would be too deep).
bool BlockTracker::openListItem(LineCursor &cur, bool interrupts, Container &item)
{
    const std::size_t p = cur.nonspace;
    const char c = cur.at(p);
    std::size_t length = 0;
    std::size_t escape = npos;
    if (c == '-' || c == '+' || c == '*') {
        length = 1;
        escape = p;
    } else if (isDigit(c)) {
        std::size_t q = p;
        long start = 0;
        while (q - p < 9 && isDigit(cur.at(q)))
            start = start * 10 + (cur.at(q++) - '0');
        if ((interrupts && start != 1) || (cur.at(q) != '.' && cur.at(q) != ')'))
            return false;
        length = q + 1 - p;
        escape = q;
    } else {
        return false;
    }
    if (!isMarkerSpace(cur.at(p + length)))
        return false;
    if (interrupts) {
        std::size_t q = p + length;
        while (isSpaceOrTab(cur.at(q)))
            ++q;
        if (isLineEnd(cur.at(q)))
            return false;
    }
    if (deepEnough(cur, escape))
        return false;
    const int markerOffset = cur.indent;
    cur.advance(int(p + length - cur.offset), false);
    const LineCursor marker = cur;
    while (cur.column - marker.column <= 5 && isSpaceOrTab(cur.at(cur.offset)))
        cur.advance(1, true);
    const int spaces = cur.column - marker.column;
    int padding = int(length) + spaces;
    if (spaces >= 5 || spaces < 1 || isLineEnd(cur.at(cur.offset))) {
        padding = int(length) + 1;
        cur = marker;
        if (spaces > 0)
            cur.advance(1, true);
    }
    item.width = markerOffset + padding;
    return true;
}

// Headings, fences, HTML, setext underlines, thematic breaks and indented code:
// blocks that end the line's block structure. True when one starts.
bool BlockTracker::openBlock(LineCursor &cur, BlockLine &line, bool interrupts)
{
    cur.findNonspace();
    const std::size_t p = cur.nonspace;
    const bool indented = cur.indent >= 4;
    line.content = m_lineStart + std::min(p, m_line.size());
    if (indented) {
        if (cur.blank || (m_leaf == Leaf::Paragraph && m_fresh.empty()))
            return false;   // a blank line, or lazy text
        line.kind = BlockLine::Kind::Code;
        m_leaf = Leaf::Indented;
        return true;
    }
    if (cur.at(p) == '\\')
        return false;
    if (const std::size_t marker = atxHeading(m_line, p); marker > 0) {
        line.kind = BlockLine::Kind::Heading;
        line.content = m_lineStart + p + marker;
        m_leaf = Leaf::Closed;
        return true;
    }
    const char c = cur.at(p);
    const std::size_t run = (c == '`' || c == '~') ? runOf(m_line, p, c) : 0;
    if (run >= 3 && (c == '~' || m_line.find('`', p + run) == npos)) {
        line.kind = BlockLine::Kind::Other;
        m_leaf = Leaf::Fenced;
        m_fenceChar = c;
        m_fenceLength = run;
        return true;
    }
    if (const int kind = htmlBlockStart(m_line, p, interrupts); kind > 0) {
        line.kind = BlockLine::Kind::Code;
        m_htmlKind = kind;
        m_leaf = kind <= 5 && htmlBlockEnds(kind, m_line.substr(p)) ? Leaf::None : Leaf::Html;
        return true;
    }
    const bool setext = interrupts && (c == '=' || c == '-') && onlySpacesFrom(m_line, p + runOf(m_line, p, c));
    if (setext || isThematicBreak(m_line, p)) {
        line.kind = BlockLine::Kind::Other;
        m_leaf = Leaf::Closed;
        return true;
    }
    return false;
}

// What is left is text or nothing: a paragraph line (new, continued or
// lazy) or a blank line.
void BlockTracker::finishText(LineCursor &cur, BlockLine &line, bool paragraphMatched)
{
    cur.findNonspace();
    line.content = m_lineStart + std::min(cur.nonspace, m_line.size());
    if (cur.blank) {
        line.kind = BlockLine::Kind::Blank;
        settle(true);
        m_leaf = Leaf::None;
        return;
    }
    line.kind = BlockLine::Kind::Text;
    if (m_fresh.empty() && m_matched < m_stack.size() && m_leaf == Leaf::Paragraph) {
        line.continuation = true;   // lazy: every container stays open
        return;
    }
    line.continuation = paragraphMatched && m_fresh.empty();
    settle(false);
    m_leaf = Leaf::Paragraph;
}

// Closes the containers the line did not continue and adds the ones it
// opened; marks the items that now hold something.
void BlockTracker::settle(bool blank)
{
    if (m_matched > 0 && (!m_fresh.empty() || !blank))
        m_stack[m_matched - 1].hasContent = true;
    m_stack.resize(m_matched);
    for (std::size_t i = 0; i < m_fresh.size(); ++i) {
        m_fresh[i].hasContent = i + 1 < m_fresh.size() || !blank;
        m_stack.push_back(m_fresh[i]);
    }
}

} // namespace

BlockScan scanBlocks(std::string_view markdown, int maxDepth, bool footnotes)
{
    BlockScan scan = BlockTracker(markdown, maxDepth, footnotes).run();
    std::sort(scan.deepMarkers.begin(), scan.deepMarkers.end());
    scan.deepMarkers.erase(std::unique(scan.deepMarkers.begin(), scan.deepMarkers.end()), scan.deepMarkers.end());
    return scan;
}

} // namespace postwright
