// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentsupport/textstats.h"

#include "render/shortcodescan.h"

#include <QString>

namespace postwright {
namespace {

bool isCjk(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3040 && c <= 0x30FF) || (c >= 0xAC00 && c <= 0xD7AF)
           || (c >= 0x3400 && c <= 0x4DBF);
}

} // namespace

namespace {

TextStats countStats(QStringView text);

} // namespace

TextStats textStats(QStringView text)
{
    // Hugo shortcode tags are markup, not words (the text inside a pair is).
    if (text.contains(QLatin1String("{{<")) || text.contains(QLatin1String("{{%")))
        return countStats(QString::fromStdString(blankShortcodeTags(text.toUtf8().toStdString())));
    return countStats(text);
}

namespace {

TextStats countStats(QStringView text)
{
    TextStats stats;
    bool inWord = false;
    bool sentenceHasWords = false;   // words since the last sentence end
    bool lineBlank = true;
    bool inParagraph = false;
    const auto endLine = [&] {
        if (lineBlank) {
            // A blank line ends the paragraph, and a sentence left open in it.
            if (sentenceHasWords)
                ++stats.sentences;
            sentenceHasWords = false;
            inParagraph = false;
        } else if (!inParagraph) {
            ++stats.paragraphs;
            inParagraph = true;
        }
        lineBlank = true;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (text.at(i).isHighSurrogate() && i + 1 < text.size()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        if (c == U'\n' || c == U'\r' || c == QChar::ParagraphSeparator) {
            if (c == U'\r' && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endLine();
            inWord = false;
            continue;
        }
        ++stats.characters;
        if (!QChar::isSpace(c))
            lineBlank = false;
        if (isCjk(c)) {
            ++stats.words;
            sentenceHasWords = true;
            inWord = false;
        } else if (QChar::isLetterOrNumber(c) || ((c == U'\'' || c == U'’' || c == U'-') && inWord)) {
            if (!inWord)
                ++stats.words;
            inWord = true;
            sentenceHasWords = true;
        } else {
            inWord = false;
            if ((c == U'.' || c == U'!' || c == U'?' || c == U'。' || c == U'！' || c == U'？') && sentenceHasWords) {
                ++stats.sentences;
                sentenceHasWords = false;
            }
        }
    }
    endLine();
    if (sentenceHasWords)
        ++stats.sentences;
    stats.readingMinutes = (stats.words + 229) / 230;
    return stats;
}

} // namespace

} // namespace postwright
