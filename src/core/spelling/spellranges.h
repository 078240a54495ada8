// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringView>

namespace postwright::spelling {

// Where a line starts, as the editor's highlighter knows it from the lines
// above (QSyntaxHighlighter's previous block state).
enum class LineContext {
    Text,          // ordinary Markdown
    FrontMatter,   // inside the front-matter block (or its closing line)
    Code,          // inside a fenced code block (or its closing fence)
    HtmlComment,   // inside an HTML comment opened on an earlier line
    DisplayMath,   // inside $$…$$ or \[…\] opened on an earlier line
};

struct WordRange
{
    qsizetype start = 0;
    qsizetype length = 0;

    friend bool operator==(const WordRange &, const WordRange &) = default;
};

// The words of one Markdown line that spell checking should look at, in
// order. Leaves out code spans, fenced and indented code, front matter,
// HTML tags and comments, entities, URLs (bare, autolinks, link and image
// targets, reference definitions), Hugo shortcodes ({{< >}}, {{% %}}),
// Liquid tags ({% %}, {{ }}), TeX math ($…$, $$…$$, \(…\), \[…\], as the
// preview finds it), and words that look like names in code or
// addresses: with digits, ALL CAPS, camelCase, snake_case, dotted
// (file.md, example.com) or next to '@'. Link text and image alt text are
// checked. Pure: safe on any thread.
QList<WordRange> wordsToCheck(QStringView line, LineContext context);

// Whether display math ($$ or \[) stays open at the end of this line, so
// the next line starts in LineContext::DisplayMath. A blank line ends it.
bool leavesDisplayMathOpen(QStringView line, LineContext context);

// The word as the dictionary wants it: typographic apostrophes made plain.
QString normalizedWord(QStringView word);

} // namespace postwright::spelling
