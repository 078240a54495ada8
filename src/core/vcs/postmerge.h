// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/error.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace postwright {

struct MergeConflict
{
    enum class Kind { Key, Block };
    Kind kind = Kind::Key;
    QString key;    // Key: the front-matter key
    int line = 0;   // Block: 1-based line in `merged` where our side of it starts
    // Each side's value (a key: as the form shows it) or blocks; nullopt:
    // the key is absent on that side (blocks: none there).
    std::optional<QString> base;
    std::optional<QString> ours;
    std::optional<QString> theirs;
};

struct PostMergeResult
{
    // Clean: the merged post. With conflicts: the same, with our side of
    // each conflict; never conflict markers.
    QByteArray merged;
    QList<MergeConflict> conflicts;
    bool clean() const { return conflicts.isEmpty(); }
};

// Three-way merge of two edits of one post, per front-matter key and per
// body block (blockmerge.h). A key changed on one side takes that side's
// value, written by the lossless writer into our text in its own style; a
// key both sides changed to different values, or a block both changed, is
// a conflict. The result keeps our encoding, BOM and line endings (their
// and the base's line endings are read as ours). Fails when a version is
// not text or its front matter does not parse (path names the post).
Result<PostMergeResult> mergePost(const QByteArray &base, const QByteArray &ours, const QByteArray &theirs,
                                  const QString &path = {});

} // namespace postwright
