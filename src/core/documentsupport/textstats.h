// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace postwright {

struct TextStats
{
    int words = 0;
    int characters = 0;       // characters without line breaks (an emoji is one)
    int sentences = 0;
    int paragraphs = 0;       // runs of non-blank lines
    int readingMinutes = 0;   // rounded up at 230 words a minute; 0 for no words
    // For readability (text/readability.h): English syllables (vowel
    // groups, a silent final e left out; at least one a word) and words of
    // more than six letters. A CJK character is one syllable, not long.
    int syllables = 0;
    int longWords = 0;
};

// Statistics of plain or Markdown text (a run of letters or digits is one
// word; each CJK character counts as one; a sentence ends at . ! ? or at the
// end of a paragraph that has words), for the status bar, the statistics
// panel and the selection. Hugo shortcode tags ({{< name … >}}) are not
// words; the text between a pair's tags is.
TextStats textStats(QStringView text);

} // namespace postwright
