// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/htmlblockstart.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace postwright {
namespace {

constexpr std::array blockTags{
    "address", "article", "aside", "base", "basefont", "blockquote", "body", "caption", "center", "col",
    "colgroup", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
    "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr",
    "html", "iframe", "legend", "li", "link", "main", "menu", "menuitem", "nav", "noframes", "ol",
    "optgroup", "option", "p", "param", "section", "source", "summary", "table", "tbody", "td", "tfoot",
    "th", "thead", "title", "tr", "track", "ul"};

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isAlnum(char c)
{
    return isAlpha(c) || (c >= '0' && c <= '9');
}

std::string lower(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return out;
}

// Whitespace, '>' or the end of the line follows (slash: "/>" too).
bool tagNameEnds(std::string_view line, std::size_t p, bool slash)
{
    if (p >= line.size() || isSpace(line[p]) || line[p] == '>')
        return true;
    return slash && line.compare(p, 2, "/>") == 0;
}

std::size_t skipSpaces(std::string_view line, std::size_t p)
{
    while (p < line.size() && isSpace(line[p]))
        ++p;
    return p;
}

// An attribute value after '=': quoted or unquoted. Its end, or npos.
std::size_t attributeValue(std::string_view line, std::size_t p)
{
    if (p < line.size() && (line[p] == '"' || line[p] == '\'')) {
        const std::size_t close = line.find(line[p], p + 1);
        return close == std::string_view::npos ? close : close + 1;
    }
    const std::size_t start = p;
    while (p < line.size() && !isSpace(line[p]) && std::string_view("\"'=<>`").find(line[p]) == std::string_view::npos)
        ++p;
    return p > start ? p : std::string_view::npos;
}

// Kind 7: a complete open or closing tag, then only whitespace.
bool completeTagLine(std::string_view line, std::size_t p)
{
    const bool closing = line.compare(p, 2, "</") == 0;
    p += closing ? 2 : 1;
    if (p >= line.size() || !isAlpha(line[p]))
        return false;
    while (p < line.size() && (isAlnum(line[p]) || line[p] == '-'))
        ++p;
    while (!closing) {
        const std::size_t spaced = skipSpaces(line, p);
        if (spaced == p || spaced >= line.size() || !(isAlpha(line[spaced]) || line[spaced] == '_' || line[spaced] == ':'))
            break;
        p = spaced;
        while (p < line.size() && (isAlnum(line[p]) || std::string_view("_.:-").find(line[p]) != std::string_view::npos))
            ++p;
        const std::size_t eq = skipSpaces(line, p);
        if (eq < line.size() && line[eq] == '=') {
            p = attributeValue(line, skipSpaces(line, eq + 1));
            if (p == std::string_view::npos)
                return false;
        }
    }
    p = skipSpaces(line, p);
    if (!closing && p < line.size() && line[p] == '/')
        ++p;
    if (p >= line.size() || line[p] != '>')
        return false;
    return skipSpaces(line, p + 1) == line.size();
}

} // namespace

int htmlBlockStart(std::string_view line, std::size_t at, bool interruptsParagraph)
{
    if (at >= line.size() || line[at] != '<')
        return 0;
    const std::string head = lower(line.substr(at, 12));
    for (const char *tag : {"<script", "<pre", "<style"}) {
        const std::size_t n = std::char_traits<char>::length(tag);
        if (head.compare(0, n, tag) == 0 && tagNameEnds(line, at + n, false))
            return 1;
    }
    if (head.starts_with("<!--"))
        return 2;
    if (head.starts_with("<?"))
        return 3;
    if (head.size() > 2 && head[1] == '!' && line[at + 2] >= 'A' && line[at + 2] <= 'Z')
        return 4;
    if (line.compare(at, 9, "<![CDATA[") == 0)
        return 5;
    std::size_t p = at + (line.compare(at, 2, "</") == 0 ? 2 : 1);
    const std::size_t nameStart = p;
    while (p < line.size() && isAlnum(line[p]))
        ++p;
    const std::string name = lower(line.substr(nameStart, p - nameStart));
    if (!name.empty() && tagNameEnds(line, p, true)
        && std::find(blockTags.begin(), blockTags.end(), name) != blockTags.end())
        return 6;
    return !interruptsParagraph && completeTagLine(line, at) ? 7 : 0;
}

bool htmlBlockEnds(int kind, std::string_view line)
{
    switch (kind) {
    case 1: {
        const std::string text = lower(line);
        return text.find("</script>") != std::string::npos || text.find("</pre>") != std::string::npos
            || text.find("</style>") != std::string::npos;
    }
    case 2:
        return line.find("-->") != std::string_view::npos;
    case 3:
        return line.find("?>") != std::string_view::npos;
    case 4:
        return line.find('>') != std::string_view::npos;
    case 5:
        return line.find("]]>") != std::string_view::npos;
    default:
        return false;
    }
}

} // namespace postwright
