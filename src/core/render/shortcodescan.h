// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace postwright {

// One parameter of a Hugo shortcode: named (key="value") or positional.
struct ShortcodeParam
{
    std::string name;    // empty: positional
    std::string value;   // quotes removed, escapes decoded
};

// One shortcode of a Markdown body as Hugo reads it: {{< name params >}},
// {{% name params %}}, self-closing {{< name />}}, or a pair
// {{< name >}}inner{{< /name >}}; or a comment escape {{</* … */>}}, which
// Hugo shows as the text {{< … >}}.
struct ShortcodeItem
{
    // Broken: "{{<" or "{{%" that starts no valid tag (Hugo stops the
    // build there); it spans only the opener and `problem` says why.
    // Hugo reads shortcodes in code spans too, so a broken one there counts;
    // in fenced code blocks none is read (see scanShortcodes).
    enum class Kind { Shortcode, Escape, StrayClose, Broken };
    Kind kind = Kind::Shortcode;
    std::size_t begin = 0;   // bytes of the body, the closing tag included
    std::size_t end = 0;
    int line = 0;            // file line of the opening tag
    int column = 0;          // its column (characters, from 1)
    int innerLine = 0;       // file line where the inner content starts
    bool markdownForm = false;   // {{% %}}
    bool paired = false;         // has {{< /name >}}
    bool selfClosed = false;     // {{< name />}}
    std::string name;
    std::vector<ShortcodeParam> params;
    std::string inner;       // between the tags of a pair
    std::size_t innerBegin = 0;   // where it is in the body
    std::size_t innerEnd = 0;
    std::string text;        // Escape: the text it shows; others: as written
    enum class Problem { None, NoName, Unclosed, UnclosedQuote, UnclosedComment, ClosingWithParams };
    Problem problem = Problem::None;   // Broken: what is wrong

    // The parameter called name, else the positional one at position
    // (-1: none); empty when absent.
    std::string get(std::string_view key, int position = -1) const;
    bool has(std::string_view key) const;
    bool namedParams() const { return !params.empty() && !params.front().name.empty(); }
};

// The shortcodes of `body` (whose first line is line firstLine of the
// file), outermost only: a pair's nested shortcodes are in its inner text.
// Not inside fenced code blocks (comment escapes aside, which Hugo unwraps
// everywhere). A tag never contains "{{" outside its own opener, so each
// byte is read a bounded number of times: linear in the body.
std::vector<ShortcodeItem> scanShortcodes(std::string_view body, int firstLine);

// body with every shortcode tag (nested ones too) turned into spaces, line
// breaks kept, and the content between a pair's tags as it is: the text a
// reader reads of it, for counting words.
std::string blankShortcodeTags(std::string_view body);

} // namespace postwright
