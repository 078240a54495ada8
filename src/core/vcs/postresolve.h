// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/error.h"
#include "vcs/postmerge.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace postwright {

// The user's answer to one conflict of a merge view.
struct MergeChoice
{
    enum class Side { Ours, Theirs, Edited };
    Side side = Side::Ours;
    QString text;  // Edited: the value (a key, read as the form reads it) or the blocks
};

// mergePost(base, ours, theirs) with each of its conflicts settled by the
// choice at the same position: a key through the lossless writer, in our
// file's style; a block replaced in the body. Never conflict markers.
Result<QByteArray> resolvePostMerge(const QByteArray &base, const QByteArray &ours, const QByteArray &theirs,
                                    const QList<MergeChoice> &choices, const QString &path = {});

// A conflict that another tool wrote into a file with markers
// ("<<<<<<< ours", optionally "||||||| base", "=======", ">>>>>>> theirs").
struct MarkerConflict
{
    int line = 0;          // 1-based line of its "<<<<<<<"
    qsizetype start = 0;   // offsets in the text: the "<<<<<<<" line's start
    qsizetype end = 0;     // and the end of the ">>>>>>>" line (with its line break)
    QString ours;
    std::optional<QString> base;
    QString theirs;
};

// The marker conflicts of text, in order; empty when it has none.
QList<MarkerConflict> markerConflicts(const QString &text);
// text with each marker conflict replaced by the choice at its position
// (Ours, Theirs, or the Edited text).
QString resolveMarkerConflicts(const QString &text, const QList<MarkerConflict> &conflicts,
                               const QList<MergeChoice> &choices);

} // namespace postwright
