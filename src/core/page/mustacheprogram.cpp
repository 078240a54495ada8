// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "page/mustacheprogram.h"

#include "render/htmlescape.h"

#include <cctype>
#include <unordered_map>

namespace postwright {
namespace {

// kainjow's trim: std::isspace at both ends.
std::string trimmed(std::string_view text)
{
    std::size_t from = 0;
    std::size_t to = text.size();
    while (from < to && std::isspace(static_cast<unsigned char>(text[from])))
        ++from;
    while (to > from && std::isspace(static_cast<unsigned char>(text[to - 1])))
        --to;
    return std::string(text.substr(from, to - from));
}

// "{{=<% %>=}}" as kainjow reads it: both delimiters without blanks or '='.
bool parseDelimiters(const std::string &contents, std::string &open, std::string &close)
{
    if (contents.size() < 5 || contents.back() != '=')
        return false;
    const std::string inner = trimmed(std::string_view(contents).substr(1, contents.size() - 2));
    const std::size_t space = inner.find(' ');
    if (space == std::string::npos)
        return false;
    const std::size_t next = inner.find_first_not_of(' ', space + 1);
    if (next == std::string::npos)
        return false;
    const std::string begin = inner.substr(0, space);
    const std::string end = inner.substr(next);
    const auto valid = [](const std::string &delimiter) {
        for (const char c : delimiter) {
            if (c == '=' || std::isspace(static_cast<unsigned char>(c)))
                return false;
        }
        return true;
    };
    if (!valid(begin) || !valid(end))
        return false;
    open = begin;
    close = end;
    return true;
}

bool isBlank(const std::string &text, std::size_t from)
{
    for (std::size_t i = from; i < text.size(); ++i) {
        if (text[i] != ' ' && text[i] != '\t')
            return false;
    }
    return true;
}

} // namespace

MustacheProgram::MustacheProgram(std::string_view source)
    : m_source(source)
{
    m_valid = parse();
    if (!m_valid)
        m_steps.clear();
}

std::uint32_t MustacheProgram::nameIndex(std::string name)
{
    for (std::size_t i = 0; i < m_names.size(); ++i) {
        if (m_names[i].whole == name)
            return std::uint32_t(i);
    }
    Name entry;
    if (name.find('.') != std::string::npos && name != ".")
        entry.parts = kainjow::mustache::split(name, '.');
    entry.whole = std::move(name);
    m_names.push_back(std::move(entry));
    return std::uint32_t(m_names.size() - 1);
}

bool MustacheProgram::parse()
{
    std::string open = "{{";
    std::string close = "}}";
    bool braces = true;
    std::vector<std::uint32_t> sections;   // the open sections' steps
    std::size_t textStart = std::string::npos;
    const std::size_t size = m_source.size();
    const auto endText = [&](std::size_t at) {
        if (textStart != std::string::npos)
            m_steps.push_back({Kind::Text, std::uint32_t(textStart), std::uint32_t(at - textStart)});
        textStart = std::string::npos;
    };
    for (std::size_t at = 0; at != size;) {
        if (m_source.compare(at, open.size(), open) == 0) {
            endText(at);
            if (!parseTag(at, open, close, braces, sections))
                return false;
            continue;
        }
        const char c = m_source[at];
        if (c == '\r' || c == '\n') {
            endText(at);
            const std::uint32_t length = c == '\r' && at + 1 < size && m_source[at + 1] == '\n' ? 2 : 1;
            m_steps.push_back({Kind::Newline, std::uint32_t(at), length});
            at += length;
            continue;
        }
        if (textStart == std::string::npos)
            textStart = at;
        ++at;
    }
    endText(size);
    return sections.empty();
}

// The tag at at (its opening delimiter), as kainjow's parser reads it; at
// moves past it. False where kainjow reports an error.
bool MustacheProgram::parseTag(std::size_t &at, std::string &open, std::string &close, bool &braces,
                               std::vector<std::uint32_t> &sections)
{
    const std::size_t size = m_source.size();
    const std::size_t tagStart = at;
    std::size_t contents = tagStart + open.size();
    const bool triple = braces && tagStart != size - 2 && m_source[contents] == open[0];
    const std::string closing = triple ? std::string("}}}") : close;
    if (triple)
        ++contents;
    const std::size_t tagEnd = m_source.find(closing, contents);
    if (tagEnd == std::string::npos)
        return false;
    at = tagEnd + closing.size();
    const std::string text = trimmed(std::string_view(m_source).substr(contents, tagEnd - contents));
    if (!text.empty() && text[0] == '=') {
        if (!parseDelimiters(text, open, close))
            return false;
        braces = open == "{{" && close == "}}";
        return true;
    }
    Step step;
    if (triple) {
        step.kind = Kind::RawVariable;
        step.name = nameIndex(text);
    } else if (text.empty()) {
        step.kind = Kind::Variable;
        step.name = nameIndex({});
    } else {
        const std::string name = trimmed(std::string_view(text).substr(1));
        switch (text[0]) {
        case '#': step.kind = Kind::Section; break;
        case '^': step.kind = Kind::Inverted; break;
        case '>': step.kind = Kind::Partial; break;
        case '&': step.kind = Kind::RawVariable; break;
        case '!': return true;   // a comment
        case '/': {
            if (sections.empty())
                return false;
            Step &section = m_steps[sections.back()];
            if (m_names[section.name].whole != name)
                return false;
            section.length = std::uint32_t(tagStart - section.begin);
            section.end = std::uint32_t(m_steps.size());
            sections.pop_back();
            return true;
        }
        default: step.kind = Kind::Variable; break;
        }
        step.name = nameIndex(step.kind == Kind::Variable ? text : name);
    }
    if (step.kind == Kind::Section || step.kind == Kind::Inverted) {
        step.begin = std::uint32_t(at);
        sections.push_back(std::uint32_t(m_steps.size()));
    }
    m_steps.push_back(step);
    return true;
}

// One render: the output, the line being written (kainjow's line buffer,
// here the tail of out from lineStart) and the context stack.
class MustacheProgram::Renderer
{
public:
    Renderer(std::string &out, const LazyList &lazy, int depth = 0)
        : m_out(out)
        , m_lineStart(out.size())
        , m_lazy(lazy)
        , m_depth(depth)
    {
    }

    bool run(const MustacheProgram &program, std::uint32_t from, std::uint32_t to);
    // kainjow's render_current_line without a newline: a line with a
    // section tag and nothing but blanks is dropped.
    void endLine()
    {
        if (m_contained && isBlank(m_out, m_lineStart))
            m_out.resize(m_lineStart);
        m_lineStart = m_out.size();
        m_contained = false;
    }

    std::vector<const Data *> stack;

private:
    const Data *find(const Name &name) const;
    const Data *findPartial(const std::string &name) const;
    void newline(std::string_view text)
    {
        if (m_contained && isBlank(m_out, m_lineStart))
            m_out.resize(m_lineStart);
        else
            m_out.append(text);
        m_lineStart = m_out.size();
        m_contained = false;
    }
    bool variable(const Data *value, bool escaped);
    bool section(const MustacheProgram &program, const Data *value, std::uint32_t from, std::uint32_t to);
    bool lambda(const Data *value, const std::string &text, bool escaped);
    bool partial(const std::string &name);

    std::string &m_out;
    std::size_t m_lineStart = 0;
    bool m_contained = false;
    const LazyList &m_lazy;
    int m_depth = 0;
};

const MustacheProgram::Data *MustacheProgram::Renderer::find(const Name &name) const
{
    if (name.whole.size() == 1 && name.whole[0] == '.')
        return stack.back();
    if (name.parts.empty() && name.whole.find('.') == std::string::npos) {
        for (auto it = stack.crbegin(); it != stack.crend(); ++it) {
            if (const Data *value = (*it)->get(name.whole))
                return value;
        }
        return nullptr;
    }
    for (auto it = stack.crbegin(); it != stack.crend(); ++it) {
        const Data *value = *it;
        for (const std::string &part : name.parts) {
            value = value->get(part);
            if (!value)
                break;
        }
        if (value)
            return value;
    }
    return nullptr;
}

const MustacheProgram::Data *MustacheProgram::Renderer::findPartial(const std::string &name) const
{
    for (auto it = stack.crbegin(); it != stack.crend(); ++it) {
        if (const Data *value = (*it)->get(name))
            return value;
    }
    return nullptr;
}

bool MustacheProgram::Renderer::run(const MustacheProgram &program, std::uint32_t from, std::uint32_t to)
{
    for (std::uint32_t i = from; i < to;) {
        const Step &step = program.m_steps[i];
        switch (step.kind) {
        case Kind::Text:
            m_out.append(program.m_source, step.begin, step.length);
            break;
        case Kind::Newline:
            newline(std::string_view(program.m_source).substr(step.begin, step.length));
            break;
        case Kind::Variable:
        case Kind::RawVariable:
            if (!variable(find(program.m_names[step.name]), step.kind == Kind::Variable))
                return false;
            break;
        case Kind::Section: {
            const Data *value = find(program.m_names[step.name]);
            if (value && (value->is_lambda() || value->is_lambda2())) {
                if (!lambda(value, program.m_source.substr(step.begin, step.length), false))
                    return false;
            } else if (value && !value->is_false() && !value->is_empty_list()) {
                if (!section(program, value, i + 1, step.end))
                    return false;
            }
            i = step.end;
            continue;
        }
        case Kind::Inverted: {
            const Data *value = find(program.m_names[step.name]);
            if ((!value || value->is_false() || value->is_empty_list()) && !section(program, value, i + 1, step.end))
                return false;
            i = step.end;
            continue;
        }
        case Kind::Partial:
            if (!partial(program.m_names[step.name].whole))
                return false;
            break;
        }
        ++i;
    }
    return true;
}

bool MustacheProgram::Renderer::variable(const Data *value, bool escaped)
{
    if (!value)
        return true;
    if (value->is_string()) {
        if (escaped)
            appendHtmlEscaped(m_out, value->string_value(), true);
        else
            m_out += value->string_value();
        return true;
    }
    if (value->is_lambda())
        return lambda(value, {}, escaped);
    return !value->is_lambda2();   // kainjow: an error, the render stops
}

bool MustacheProgram::Renderer::section(const MustacheProgram &program, const Data *value, std::uint32_t from,
                                        std::uint32_t to)
{
    // The item's data over what it shares, over what is under that.
    const auto once = [&](const Data *context, const Data *shared = nullptr, const Data *under = nullptr) {
        m_contained = true;   // the section's opening tag is on this line
        const std::size_t depth = stack.size();
        for (const Data *level : {under, shared, context}) {
            if (level)
                stack.push_back(level);
        }
        const bool ok = run(program, from, to);
        stack.resize(depth);
        m_contained = true;   // and so is its closing tag
        return ok;
    };
    if (!value || !value->is_non_empty_list())
        return once(value);
    const auto &items = value->list_value();
    if (m_lazy.list == value) {
        for (std::size_t i = 0; i < items.size(); ++i) {
            const Item made = (*m_lazy.item)(std::ptrdiff_t(i));
            if (!once(&made.data, made.shared, made.under))
                return false;
        }
        return true;
    }
    for (const Data &item : items) {
        if (!once(&item))
            return false;
    }
    return true;
}

// A lambda where a variable or section stands (the page's slots): what is
// on the line so far goes out first, then its text, rendered as a template
// on a line of its own.
bool MustacheProgram::Renderer::lambda(const Data *value, const std::string &text, bool escaped)
{
    if (value->is_lambda2())
        return false;   // no data of ours has one; kainjow would render it with its renderer
    endLine();
    const std::string result = value->lambda_value()(text);
    if (result.empty())
        return true;
    const MustacheProgram inner(result);
    if (!inner.isValid())
        return false;
    std::string rendered;
    Renderer renderer(rendered, m_lazy, m_depth + 1);
    renderer.stack = stack;
    if (!renderer.run(inner, 0, std::uint32_t(inner.m_steps.size())))
        return false;
    renderer.endLine();
    if (escaped)
        appendHtmlEscaped(m_out, rendered, true);
    else
        m_out += rendered;
    return true;
}

// {{>name}}: a partial, or a string, of the data rendered as a template on
// the same line. kainjow recurses without limit; a partial that names
// itself stops the render here instead of taking the stack.
bool MustacheProgram::Renderer::partial(const std::string &name)
{
    const Data *value = findPartial(name);
    if (!value || !(value->is_partial() || value->is_string()))
        return true;
    if (m_depth >= 32)
        return false;
    const std::string source = value->is_partial() ? value->partial_value()() : value->string_value();
    const MustacheProgram inner(source);
    if (!inner.isValid())
        return false;
    ++m_depth;
    const bool ok = run(inner, 0, std::uint32_t(inner.m_steps.size()));
    --m_depth;
    return ok;
}

bool MustacheProgram::render(const Data &data, std::string &out) const
{
    return render(data, out, LazyList{nullptr, nullptr});
}

bool MustacheProgram::render(const Data &data, std::string &out, const LazyList &lazy, const Data *shared) const
{
    if (!m_valid)
        return false;
    Renderer renderer(out, lazy);
    renderer.stack.reserve(8);
    if (shared)
        renderer.stack.push_back(shared);
    renderer.stack.push_back(&data);
    const bool complete = renderer.run(*this, 0, std::uint32_t(m_steps.size()));
    renderer.endLine();
    return complete;
}

} // namespace postwright
