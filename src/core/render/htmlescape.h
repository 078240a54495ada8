// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <string>
#include <string_view>

namespace postwright {

// Appends text with & < > " escaped (and ' as &apos; with apostrophes, as
// Mustache escapes), copying the runs between them whole: the runs are
// found with a table, the bytes that need nothing passing in a tight loop.
inline void appendHtmlEscaped(std::string &out, std::string_view text, bool apostrophes = false)
{
    // 1: & < > ", 2: ' (escaped only with apostrophes).
    static constexpr auto special = [] {
        std::array<unsigned char, 256> table{};
        table['&'] = table['<'] = table['>'] = table['"'] = 1;
        table['\''] = 2;
        return table;
    }();
    const unsigned char mask = apostrophes ? 3 : 1;
    std::size_t plain = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((special[static_cast<unsigned char>(text[i])] & mask) == 0)
            continue;
        const char *entity = nullptr;
        switch (text[i]) {
        case '&': entity = "&amp;"; break;
        case '<': entity = "&lt;"; break;
        case '>': entity = "&gt;"; break;
        case '"': entity = "&quot;"; break;
        default: entity = "&apos;"; break;
        }
        out.append(text.substr(plain, i - plain));
        out += entity;
        plain = i + 1;
    }
    out.append(text.substr(plain));
}

} // namespace postwright
