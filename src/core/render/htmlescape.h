// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace postwright {

// Appends text with & < > " escaped (and ' as &apos; with apostrophes, as
// Mustache escapes), copying the runs between them whole.
inline void appendHtmlEscaped(std::string &out, std::string_view text, bool apostrophes = false)
{
    std::size_t plain = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char *entity = nullptr;
        switch (text[i]) {
        case '&': entity = "&amp;"; break;
        case '<': entity = "&lt;"; break;
        case '>': entity = "&gt;"; break;
        case '"': entity = "&quot;"; break;
        case '\'':
            if (!apostrophes)
                continue;
            entity = "&apos;";
            break;
        default: continue;
        }
        out.append(text.substr(plain, i - plain));
        out += entity;
        plain = i + 1;
    }
    out.append(text.substr(plain));
}

} // namespace postwright
