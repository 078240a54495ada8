// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/shortcodescan.h"

#include <algorithm>
#include <optional>
#include <unordered_map>

namespace postwright {

namespace {

constexpr std::size_t npos = std::string_view::npos;

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-'
        || c == '/' || c == '.' || static_cast<unsigned char>(c) >= 0x80;
}

using Problem = ShortcodeItem::Problem;

struct Tag
{
    enum class Type { Open, Close, SelfClose, Escape, Broken };
    Type type = Type::Open;
    std::size_t begin = 0;
    std::size_t end = 0;
    int line = 0;
    int column = 0;
    Problem problem = Problem::None;
    bool markdownForm = false;
    std::string name;
    std::vector<ShortcodeParam> params;
    std::string text;   // Escape: what it shows
};

// Reads one tag within src[begin, stop): "{{<" or "{{%" at begin, and no
// "{{" before stop (the caller's bound), so a tag costs at most the bytes
// up to the next opener.
class TagParser
{
public:
    TagParser(std::string_view src, std::size_t begin, std::size_t stop)
        : m_src(src.substr(0, stop))
        , m_pos(begin + 3)
        , m_begin(begin)
        , m_delim(src[begin + 2])
        , m_close(m_delim == '<' ? '>' : '%')
    {
    }

    std::optional<Tag> parse()
    {
        Tag tag;
        tag.begin = m_begin;
        tag.markdownForm = m_delim == '%';
        skipBlanks();
        if (startsWith("/*"))
            return escape(tag);
        if (startsWith("/")) {
            ++m_pos;
            skipBlanks();
            tag.type = Tag::Type::Close;
        }
        tag.name = word();
        if (tag.name.empty())
            return fail(Problem::NoName);
        for (;;) {
            skipBlanks();
            if (closes()) {
                tag.end = m_pos;
                return tag;
            }
            if (startsWith("/") && tag.type == Tag::Type::Open) {
                ++m_pos;
                skipBlanks();
                if (!closes())
                    return fail(Problem::Unclosed);
                tag.type = Tag::Type::SelfClose;
                tag.end = m_pos;
                return tag;
            }
            if (tag.type == Tag::Type::Close)
                return fail(m_pos < m_src.size() ? Problem::ClosingWithParams : Problem::Unclosed);
            std::optional<ShortcodeParam> param = parameter();
            if (!param)
                return fail(m_quoteOpen ? Problem::UnclosedQuote : Problem::Unclosed);
            tag.params.push_back(std::move(*param));
        }
    }

    // Why the last parse() failed.
    Problem problem() const { return m_problem; }

private:
    std::optional<Tag> fail(Problem problem)
    {
        m_problem = problem;
        return std::nullopt;
    }

    bool startsWith(std::string_view s) const { return m_src.substr(m_pos).starts_with(s); }

    void skipBlanks()
    {
        while (m_pos < m_src.size() && isBlank(m_src[m_pos]))
            ++m_pos;
    }

    // At the closing delimiter ("%}}" or ">}}"): consumes it.
    bool closes()
    {
        if (m_pos + 3 > m_src.size() || m_src[m_pos] != m_close || m_src[m_pos + 1] != '}' || m_src[m_pos + 2] != '}')
            return false;
        m_pos += 3;
        return true;
    }

    std::string word()
    {
        const std::size_t start = m_pos;
        while (m_pos < m_src.size() && isNameChar(m_src[m_pos]))
            ++m_pos;
        // "name/>" self-closes: the slash is not part of the name.
        while (m_pos > start && m_src[m_pos - 1] == '/')
            --m_pos;
        return std::string(m_src.substr(start, m_pos - start));
    }

    std::optional<Tag> escape(Tag &tag)
    {
        const std::size_t contentBegin = m_pos + 2;
        for (std::size_t at = m_src.find("*/", contentBegin); at != npos; at = m_src.find("*/", at + 1)) {
            m_pos = at + 2;
            skipBlanks();
            if (closes()) {
                tag.type = Tag::Type::Escape;
                tag.end = m_pos;
                tag.text = std::string("{{") + m_delim;
                tag.text.append(m_src.substr(contentBegin, at - contentBegin));
                tag.text += m_close;
                tag.text += "}}";
                return tag;
            }
        }
        return fail(Problem::UnclosedComment);
    }

    std::optional<std::string> quoted()
    {
        const char quote = m_src[m_pos++];
        m_quoteOpen = true;
        std::string value;
        while (m_pos < m_src.size()) {
            const char c = m_src[m_pos++];
            if (c == quote) {
                m_quoteOpen = false;
                return value;
            }
            if (c == '\\' && quote == '"' && m_pos < m_src.size()) {
                const char e = m_src[m_pos++];
                switch (e) {
                case 'n': value += '\n'; break;
                case 't': value += '\t'; break;
                case 'r': value += '\r'; break;
                default: value += e; break;   // \" \\ and the rest: the character
                }
                continue;
            }
            value += c;
        }
        return std::nullopt;
    }

    std::optional<std::string> value()
    {
        if (m_pos >= m_src.size())
            return std::nullopt;
        if (m_src[m_pos] == '"' || m_src[m_pos] == '`')
            return quoted();
        const std::size_t start = m_pos;
        while (m_pos < m_src.size() && !isBlank(m_src[m_pos])) {
            // A bare value stops before the closing delimiter ("a>}}").
            if (m_src[m_pos] == m_close && m_src.substr(m_pos + 1).starts_with("}}"))
                break;
            if (m_src[m_pos] == '/' && m_src.substr(m_pos + 1, 3) == std::string{m_close, '}', '}'})
                break;
            ++m_pos;
        }
        if (m_pos == start)
            return std::nullopt;
        return std::string(m_src.substr(start, m_pos - start));
    }

    std::optional<ShortcodeParam> parameter()
    {
        ShortcodeParam param;
        const std::size_t start = m_pos;
        while (m_pos < m_src.size() && (isNameChar(m_src[m_pos]) && m_src[m_pos] != '/'))
            ++m_pos;
        if (m_pos > start && m_pos < m_src.size() && m_src[m_pos] == '=') {
            param.name = std::string(m_src.substr(start, m_pos - start));
            ++m_pos;
        } else {
            m_pos = start;
        }
        std::optional<std::string> v = value();
        if (!v)
            return std::nullopt;
        param.value = std::move(*v);
        return param;
    }

    std::string_view m_src;
    std::size_t m_pos;
    std::size_t m_begin;
    char m_delim;   // '<' or '%'
    char m_close;   // '>' or '%'
    bool m_quoteOpen = false;
    Problem m_problem = Problem::None;
};

// A code fence line ("```", "~~~", after indentation and quote markers):
// its character and length, or 0.
std::size_t fenceOf(std::string_view line, char &fenceChar)
{
    std::size_t p = 0;
    while (p < line.size() && (line[p] == ' ' || line[p] == '\t' || line[p] == '>'))
        ++p;
    if (p >= line.size() || (line[p] != '`' && line[p] != '~'))
        return 0;
    const char c = line[p];
    std::size_t q = p;
    while (q < line.size() && line[q] == c)
        ++q;
    if (q - p < 3)
        return 0;
    fenceChar = c;
    return q - p;
}

// Every tag of the body in order: shortcodes in prose, comment escapes
// everywhere (Hugo unwraps them in code too).
std::vector<Tag> lexTags(std::string_view src, int firstLine)
{
    std::vector<Tag> tags;
    char fenceChar = 0;
    std::size_t fenceLength = 0;
    int line = firstLine;
    bool atLineStart = true;
    bool code = false;   // the current line is in a fenced code block
    std::size_t pos = 0;
    // Columns: characters from the line's start, counted once per byte.
    std::size_t lineStart = 0;
    std::size_t counted = 0;
    int column = 1;
    const auto columnAt = [&](std::size_t at) {
        if (counted < lineStart) {
            counted = lineStart;
            column = 1;
        }
        for (; counted < at; ++counted) {
            if ((static_cast<unsigned char>(src[counted]) & 0xC0) != 0x80)
                ++column;
        }
        return column;
    };
    while (pos < src.size()) {
        const std::size_t newline = src.find('\n', pos);
        const std::size_t eol = newline == npos ? src.size() : newline;
        if (atLineStart) {
            code = false;
            char c = 0;
            const std::size_t run = fenceOf(src.substr(pos, eol - pos), c);
            if (fenceChar != 0) {
                code = true;
                if (run >= fenceLength && c == fenceChar)
                    fenceChar = 0;
            } else if (run > 0) {
                code = true;
                fenceChar = c;
                fenceLength = run;
            }
        }
        const std::size_t k = src.substr(0, eol).find("{{", pos);
        if (k == npos || k + 2 >= src.size()) {
            pos = eol + 1;
            lineStart = pos;
            ++line;
            atLineStart = true;
            continue;
        }
        std::optional<Tag> tag;
        if (src[k + 2] == '<' || src[k + 2] == '%') {
            const std::size_t next = src.find("{{", k + 2);
            TagParser parser(src, k, next == npos ? src.size() : next);
            tag = parser.parse();
            if (tag && code && tag->type != Tag::Type::Escape)
                tag.reset();
            else if (!tag && !code)
                tag = Tag{Tag::Type::Broken, k, k + 3, 0, 0, parser.problem(), false, {}, {}, {}};
        }
        if (!tag) {
            pos = k + 2;
            atLineStart = false;
            continue;
        }
        tag->line = line;
        tag->column = columnAt(k);
        const auto tagBegin = src.begin() + std::ptrdiff_t(k);
        const auto tagEnd = src.begin() + std::ptrdiff_t(tag->end);
        if (const int breaks = int(std::count(tagBegin, tagEnd, '\n')); breaks > 0) {
            line += breaks;
            lineStart = src.rfind('\n', tag->end - 1) + 1;
        }
        pos = tag->end;
        atLineStart = false;
        tags.push_back(std::move(*tag));
    }
    return tags;
}

ShortcodeItem itemOf(const Tag &tag, std::string_view src)
{
    ShortcodeItem item;
    item.begin = tag.begin;
    item.end = tag.end;
    item.line = tag.line;
    item.column = tag.column;
    item.problem = tag.problem;
    item.innerLine = tag.line;
    item.markdownForm = tag.markdownForm;
    item.name = tag.name;
    item.params = tag.params;
    item.selfClosed = tag.type == Tag::Type::SelfClose;
    item.text = tag.type == Tag::Type::Escape ? tag.text : std::string(src.substr(tag.begin, tag.end - tag.begin));
    switch (tag.type) {
    case Tag::Type::Escape: item.kind = ShortcodeItem::Kind::Escape; break;
    case Tag::Type::Close: item.kind = ShortcodeItem::Kind::StrayClose; break;
    case Tag::Type::Broken: item.kind = ShortcodeItem::Kind::Broken; break;
    default: break;
    }
    return item;
}

} // namespace

std::string ShortcodeItem::get(std::string_view key, int position) const
{
    for (const ShortcodeParam &param : params) {
        if (!param.name.empty() && param.name == key)
            return param.value;
    }
    if (position >= 0 && std::size_t(position) < params.size() && params[std::size_t(position)].name.empty())
        return params[std::size_t(position)].value;
    return {};
}

bool ShortcodeItem::has(std::string_view key) const
{
    return std::any_of(params.begin(), params.end(), [&](const ShortcodeParam &p) { return p.name == key; });
}

std::vector<ShortcodeItem> scanShortcodes(std::string_view body, int firstLine)
{
    if (body.find("{{") == npos)
        return {};
    const std::vector<Tag> tags = lexTags(body, firstLine);

    // Pair each closing tag with the nearest open tag of its name; open
    // tags between them stay single. Each tag is pushed and popped once.
    std::vector<std::size_t> partner(tags.size(), npos);
    std::vector<std::size_t> stack;
    std::unordered_map<std::string, int> open;
    for (std::size_t i = 0; i < tags.size(); ++i) {
        const Tag &tag = tags[i];
        if (tag.type == Tag::Type::Open) {
            stack.push_back(i);
            ++open[tag.name];
        } else if (tag.type == Tag::Type::Close && open[tag.name] > 0) {
            while (tags[stack.back()].name != tag.name) {
                --open[tags[stack.back()].name];
                stack.pop_back();
            }
            --open[tag.name];
            partner[stack.back()] = i;
            partner[i] = stack.back();
            stack.pop_back();
        }
    }

    std::vector<ShortcodeItem> items;
    for (std::size_t i = 0; i < tags.size(); ++i) {
        ShortcodeItem item = itemOf(tags[i], body);
        if (partner[i] != npos && tags[i].type == Tag::Type::Open) {
            const Tag &close = tags[partner[i]];
            item.paired = true;
            item.end = close.end;
            item.inner = std::string(body.substr(tags[i].end, close.begin - tags[i].end));
            item.innerBegin = tags[i].end;
            item.innerEnd = close.begin;
            item.innerLine = tags[i].line
                           + int(std::count(body.begin() + std::ptrdiff_t(tags[i].begin),
                                            body.begin() + std::ptrdiff_t(tags[i].end), '\n'));
            item.text = std::string(body.substr(item.begin, item.end - item.begin));
            i = partner[i];
        }
        items.push_back(std::move(item));
    }
    return items;
}

namespace {

void blankTags(std::string &out, std::size_t offset, std::string_view part, int depth)
{
    const auto fill = [&](std::size_t from, std::size_t to) {
        for (std::size_t i = offset + from; i < offset + to; ++i) {
            if (out[i] != '\n')
                out[i] = ' ';
        }
    };
    for (const ShortcodeItem &item : scanShortcodes(part, 1)) {
        if (item.kind == ShortcodeItem::Kind::Escape || item.kind == ShortcodeItem::Kind::Broken)
            continue;
        if (!item.paired) {
            fill(item.begin, item.end);
            continue;
        }
        fill(item.begin, item.innerBegin);
        fill(item.innerEnd, item.end);
        // Each level reads its text once more: a few levels only.
        if (depth < 8)
            blankTags(out, offset + item.innerBegin, part.substr(item.innerBegin, item.innerEnd - item.innerBegin), depth + 1);
    }
}

} // namespace

std::string blankShortcodeTags(std::string_view body)
{
    std::string out(body);
    blankTags(out, 0, body, 0);
    return out;
}

} // namespace postwright
