// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <kainjow/mustache.hpp>

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace postwright {

// A Mustache template parsed once into a flat list of steps, rendered over
// kainjow's data straight into one string. It gives, byte for byte, what
// kainjow's own render gives (kainjow parses and validates the templates a
// user writes, and says what is wrong with one): the same tags, delimiters,
// names and lookups, and the same rule for standalone lines, which kainjow
// applies while it renders (a line with a section tag that renders to
// blanks only is left out). kainjow renders through a line buffer, one
// std::function call per piece of the template and one string per escaped
// value; a site export renders a few templates tens of thousands of times,
// and those costs were a tenth of its time.
class MustacheProgram
{
public:
    using Data = kainjow::mustache::data;

    explicit MustacheProgram(std::string_view source);

    // As kainjow's is_valid(): false when the source does not parse.
    bool isValid() const { return m_valid; }

    // An item of a lazy list: its own data, and (when not null) data it
    // shares with other lists, looked in for the names its own lacks, and
    // under that more (under: looked in last). They have no name in
    // common: together they are the item.
    struct Item
    {
        Data data;
        const Data *shared = nullptr;
        const Data *under = nullptr;
    };
    // A list in the data whose items are made only when a section enters
    // each one (item(i) in place of the i-th), and dropped after.
    struct LazyList
    {
        const Data *list = nullptr;
        const std::function<Item(std::ptrdiff_t)> *item = nullptr;
    };

    // Appends the text of the template rendered with data to out. Values
    // are HTML-escaped as the export's escape does (appendHtmlEscaped).
    // False when the render stopped (out then holds what came before): a
    // value of the data taken as a partial ({{>name}}) does not parse, or
    // partials are nested more than 32 deep (a partial that names itself),
    // where kainjow would render on around the error (or take the stack)
    // and say nothing.
    bool render(const Data &data, std::string &out) const;
    // shared, when not null: data under data (looked in for the names it lacks).
    bool render(const Data &data, std::string &out, const LazyList &lazy, const Data *shared = nullptr) const;

private:
    enum class Kind : std::uint8_t { Text, Newline, Variable, RawVariable, Section, Inverted, Partial };
    struct Step
    {
        Kind kind = Kind::Text;
        std::uint32_t begin = 0;   // Text, Newline: the text in m_source; sections: the section's own text
        std::uint32_t length = 0;
        std::uint32_t name = 0;    // index in m_names
        std::uint32_t end = 0;     // sections: the step after the section's last
    };
    struct Name
    {
        std::string whole;
        std::vector<std::string> parts;   // dotted names, as kainjow splits them
    };
    class Renderer;
    friend class Renderer;

    bool parse();
    bool parseTag(std::size_t &at, std::string &open, std::string &close, bool &braces, std::vector<std::uint32_t> &sections);
    std::uint32_t nameIndex(std::string name);

    std::string m_source;
    std::vector<Step> m_steps;
    std::vector<Name> m_names;
    bool m_valid = false;
};

} // namespace postwright
