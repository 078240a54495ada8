// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringView>

namespace postwright {

// Characters [start, end) of a text.
struct TextRange
{
    qsizetype start = 0;
    qsizetype end = 0;

    friend bool operator==(const TextRange &, const TextRange &) = default;
};

// Where a Markdown body holds code rather than prose, as CommonMark reads
// it: fenced and indented code blocks (fences included), code spans (over
// several lines too), <pre>, <script>, <style> and <textarea> blocks, the
// attribute values of raw HTML tags, the content of inline <code>, <samp>,
// <kbd> and <var>, and link and image destinations (inline and in reference
// definitions). Sorted; ranges may touch. Pure.
QList<TextRange> markdownCodeRanges(QStringView markdown);

} // namespace postwright
