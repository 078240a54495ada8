// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/renderer.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace postwright {

// The renderer's body HTML cut into its top-level blocks, so that the
// preview sends and replaces only the blocks an edit changed. The blocks are
// the top-level nodes of cmark's tree (render with RenderOptions::blocks);
// raw HTML between blocks goes with the block before it, and the footnotes
// section is one block at the end.
class BodyBlocks final
{
public:
    BodyBlocks() = default;
    // The blocks of a render made with RenderOptions::blocks (without it:
    // the whole HTML as one block).
    explicit BodyBlocks(const RenderResult &rendered);

    // `base` with its blocks [first, first + count) replaced by those of
    // `replacement`, and the data-sourcepos lines after them moved by
    // lineShift: what rendering the whole edited text gives, when the edit
    // only changed those blocks.
    static BodyBlocks spliced(const BodyBlocks &base, qsizetype first, qsizetype count,
                              const BodyBlocks &replacement, int lineShift);

    qsizetype count() const { return m_starts.size(); }
    QStringView block(qsizetype index) const;
    // The first source line of the block; 0 when it starts with raw HTML or
    // is the footnotes section.
    int startLine(qsizetype index) const { return m_lines.at(index); }
    const QString &html() const { return m_html; }

private:
    QString m_html;
    QList<qsizetype> m_starts;
    QList<int> m_lines;
};

// What turns the blocks the page shows into the new ones: the blocks
// [start, start + removed) are replaced by `inserted`; the data-sourcepos
// lines of the blocks before them move by headShift, of those after by
// tailShift (an edit above them added or removed lines).
struct BlockPatch
{
    qsizetype start = 0;
    qsizetype removed = 0;
    QStringList inserted;
    int headShift = 0;
    int tailShift = 0;
};

// headShift/tailShift: how many lines the text before/after the edit moved
// (front matter grew; lines were added in the body).
BlockPatch diffBlocks(const BodyBlocks &from, const BodyBlocks &to, int headShift, int tailShift);

// The HTML with every data-sourcepos line moved by lineShift.
QString shiftSourceLines(QStringView html, int lineShift);

// True when a and b are the same HTML but for data-sourcepos lines that are
// `lineShift` larger in b.
bool equalShifted(QStringView a, QStringView b, int lineShift);

// True when every element opened in the fragment is closed in it, so that
// parsing it on its own builds the same nodes as parsing the whole body
// (raw HTML such as "<details>" in one block and "</details>" in a later
// one is not).
bool isSelfContainedHtml(QStringView html);

} // namespace postwright
