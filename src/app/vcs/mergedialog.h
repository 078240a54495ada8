// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vcs/postresolve.h"

#include <QDialog>
#include <QList>

#include <optional>

class QButtonGroup;
class QPlainTextEdit;

namespace postwright {

// The merge view: each conflicting front-matter key and body block of a
// post side by side, mine and theirs, with "Mine / Theirs / Edit" for each.
// choices() is what the user chose, in the conflicts' order; the caller
// writes the merged post (resolvePostMerge, resolveMarkerConflicts): the
// file never gets conflict markers.
class MergeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MergeDialog)

public:
    struct Conflict
    {
        QString label;                  // "title", "Text at line 12"
        std::optional<QString> mine;    // nullopt: absent on that side
        std::optional<QString> theirs;
    };

    MergeDialog(const QString &postName, const QList<Conflict> &conflicts, QWidget *parent = nullptr);

    static QList<Conflict> fromMerge(const QList<MergeConflict> &conflicts);
    static QList<Conflict> fromMarkers(const QList<MarkerConflict> &conflicts);

    QList<MergeChoice> choices() const;
    int conflictCount() const { return int(m_groups.size()); }
    // What clicking Mine, Theirs or Edit (with text) does (tests).
    void choose(int index, MergeChoice::Side side, const QString &text = {});

private:
    QWidget *conflictBox(int index, const Conflict &conflict);

    QList<QButtonGroup *> m_groups;
    QList<QPlainTextEdit *> m_edits;
};

} // namespace postwright
