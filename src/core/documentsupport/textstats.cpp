// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentsupport/textstats.h"

#include "render/shortcodescan.h"

#include <QString>

#include <algorithm>

namespace postwright {
namespace {

bool isCjk(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3040 && c <= 0x30FF) || (c >= 0xAC00 && c <= 0xD7AF)
           || (c >= 0x3400 && c <= 0x4DBF);
}

bool isVowel(char32_t c)
{
    switch (QChar::toLower(c)) {
    case U'a': case U'e': case U'i': case U'o': case U'u': case U'y':
    case U'à': case U'á': case U'â': case U'ä': case U'è': case U'é': case U'ê': case U'ë':
    case U'ì': case U'í': case U'î': case U'ï': case U'ò': case U'ó': case U'ô': case U'ö':
    case U'ù': case U'ú': case U'û': case U'ü':
        return true;
    default:
        return false;
    }
}

// The word being read: its letters, vowel groups and how it ends, for the
// syllable count (the usual heuristic of readability formulas: each group
// of vowels is a syllable, a final silent "e" is not, unless after "l"
// as in "table"; every word has one).
struct WordReader
{
    int letters = 0;
    int groups = 0;
    bool lastVowel = false;
    char32_t last = 0;
    char32_t beforeLast = 0;

    void add(char32_t c)
    {
        if (!QChar::isLetter(c)) {
            lastVowel = false;
            return;
        }
        ++letters;
        const bool vowel = isVowel(c);
        if (vowel && !lastVowel)
            ++groups;
        lastVowel = vowel;
        beforeLast = last;
        last = QChar::toLower(c);
    }

    void finish(TextStats &stats)
    {
        if (letters > 0) {
            int syllables = groups;
            if (last == U'e' && groups > 1 && beforeLast != U'l' && !isVowel(beforeLast))
                --syllables;
            stats.syllables += std::max(1, syllables);
            if (letters > 6)
                ++stats.longWords;
        }
        *this = {};
    }
};

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
    WordReader word;
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
            word.finish(stats);
            inWord = false;
            continue;
        }
        ++stats.characters;
        if (!QChar::isSpace(c))
            lineBlank = false;
        if (isCjk(c)) {
            word.finish(stats);
            ++stats.words;
            ++stats.syllables;
            sentenceHasWords = true;
            inWord = false;
        } else if (QChar::isLetterOrNumber(c) || ((c == U'\'' || c == U'’' || c == U'-') && inWord)) {
            if (!inWord)
                ++stats.words;
            word.add(c);
            inWord = true;
            sentenceHasWords = true;
        } else {
            word.finish(stats);
            inWord = false;
            if ((c == U'.' || c == U'!' || c == U'?' || c == U'。' || c == U'！' || c == U'？') && sentenceHasWords) {
                ++stats.sentences;
                sentenceHasWords = false;
            }
        }
    }
    endLine();
    word.finish(stats);
    if (sentenceHasWords)
        ++stats.sentences;
    stats.readingMinutes = (stats.words + 229) / 230;
    return stats;
}

} // namespace

} // namespace postwright
