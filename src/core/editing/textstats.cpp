// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "editing/textstats.h"

namespace postwright {
namespace {

bool isCjk(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3040 && c <= 0x30FF) || (c >= 0xAC00 && c <= 0xD7AF)
           || (c >= 0x3400 && c <= 0x4DBF);
}

} // namespace

TextStats textStats(QStringView text)
{
    TextStats stats;
    bool inWord = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (text.at(i).isHighSurrogate() && i + 1 < text.size()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        if (isCjk(c)) {
            ++stats.words;
            inWord = false;
        } else if (QChar::isLetterOrNumber(c) || ((c == U'\'' || c == U'’' || c == U'-') && inWord)) {
            if (!inWord)
                ++stats.words;
            inWord = true;
        } else {
            inWord = false;
        }
    }
    stats.readingMinutes = (stats.words + 229) / 230;
    return stats;
}

} // namespace postwright
