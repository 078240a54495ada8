// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/worddiff.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace postwright {

// A front-matter key whose value differs between two versions of a post.
struct KeyChange
{
    QString key;
    std::optional<QString> before;  // as the form shows it; nullopt: the key was absent
    std::optional<QString> after;
};

struct PostDiff
{
    QList<KeyChange> keys;     // comparePostVersions's keys, in its order
    QList<DiffSegment> body;   // the body by words (only Same segments: unchanged)
    bool bodyChanged = false;
};

// What changed in a post from before to after (empty before: it was added),
// for the History view: "title: old → new" and the body by words.
PostDiff diffPostVersions(const QByteArray &before, const QByteArray &after);

} // namespace postwright
