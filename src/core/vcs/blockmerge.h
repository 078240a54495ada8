// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace postwright {

// A Markdown body cut into units that concatenate to it exactly: blocks
// (runs of lines that are not blank as cmark reads them, so a fenced code
// block with blank lines in it is one block) and the blank lines between them.
QStringList bodyUnits(QStringView body);

struct BlockConflict
{
    int line = 0;     // 1-based line in the merged body where our side of it starts
    QString base;     // the blocks as they were (empty: none)
    QString ours;
    QString theirs;
};

struct BlockMerge
{
    QString text;  // the merged body; our side where the sides conflict
    QList<BlockConflict> conflicts;
};

// Three-way merge of bodies by unit: a block changed on one side only
// takes that side; the same change on both sides is taken once; both
// sides changing (or adding at) the same place is a conflict. The diff3
// is libgit2's (git_merge_file), run over one line per unit.
BlockMerge mergeBodyBlocks(QStringView base, QStringView ours, QStringView theirs);

} // namespace postwright
