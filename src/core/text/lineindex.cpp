// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/lineindex.h"

#include <algorithm>

namespace postwright {

LineIndex::LineIndex(QStringView text)
{
    qsizetype start = 0;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c != u'\n' && c != u'\r')
            continue;
        qsizetype next = i + 1;
        if (c == u'\r' && next < size && text.at(next) == u'\n')
            ++next;
        m_lines.append({start, i, next});
        start = next;
        i = next - 1;
    }
    // The text after the last break is a line too, even when empty, so an
    // offset at the very end maps somewhere.
    m_lines.append({start, size, size});
}

qsizetype LineIndex::lineAt(qsizetype offset) const
{
    const auto it = std::upper_bound(m_lines.cbegin(), m_lines.cend(), offset,
                                     [](qsizetype value, const Line &line) { return value < line.start; });
    return std::max<qsizetype>(0, (it - m_lines.cbegin()) - 1);
}

} // namespace postwright
