// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace postwright {

struct DiffSegment
{
    enum class Kind { Same, Removed, Added };
    Kind kind = Kind::Same;
    QString text;
    bool operator==(const DiffSegment &other) const = default;
};

// What changed from before to after, by words: the texts cut into words,
// runs of white space and single other characters, compared with dtl's
// shortest edit script (Debian's libdtl-dev). Same segments concatenate
// to both texts; Removed ones belong to before, Added ones to after, a
// removal before the addition that replaces it. Neighbouring segments of
// one kind are joined.
QList<DiffSegment> wordDiff(QStringView before, QStringView after);

// The segments as HTML for a rich-text view: removed text struck through on
// red, added text on green, line breaks kept.
QString wordDiffHtml(const QList<DiffSegment> &segments);

} // namespace postwright
