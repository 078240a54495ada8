// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "site/siteeditjournal.h"
#include "site/siteindex.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace postwright {

// Rename, merge or delete one term of a taxonomy across a whole site.
struct TermEdit
{
    enum class Kind { Rename, Merge, Delete };
    Kind kind = Kind::Rename;
    QString taxonomy = QStringLiteral("tags");   // plural name
    QString term;           // OLD, FROM or the term to delete
    QString replacement;    // NEW or INTO; unused for Delete
};

// One front-matter key of one file that the edit changes.
struct TermFileChange
{
    QString path;           // relative to the site root
    QString key;            // "tags", or Jekyll's "tag"...
    QStringList before;
    QStringList after;
};

// What an edit will do, before it does it (the dry run, the GUI's preview).
struct TermEditPlan
{
    TermEdit edit;
    QList<TermFileChange> changes;
    QList<Error> problems;  // files that cannot be edited (front matter does not parse...)

    // The files that change, each once, in order.
    QStringList files() const;
};

struct TermEditReport
{
    QStringList written;    // relative paths
    QList<Error> skipped;   // deleted by another program during the change: left deleted
    QList<Error> failed;    // files that could not be written: left as they were
    QList<SiteFileEdit> edits;  // what each written file was before (for undo)
};

struct TermEditOptions
{
    bool replaceReadOnly = false;   // --force: read-only posts are edited too
};

// The terms after the edit: the term replaced in place (a replacement already
// present is not repeated), or removed.
QStringList applyTermEdit(const QStringList &terms, const TermEdit &edit);

// Reads every post that carries the term (per the index) and plans the
// change of each key that holds it. Sections' terms change too.
TermEditPlan planTermEdit(const SiteIndex &index, const TermEdit &edit);

// Carries the plan out through the front-matter writer: each file is read
// again, only its term keys' lines change (in its own style: a flow list stays
// flow, a Jekyll space-separated string stays a string), and it is saved
// atomically. Never writes outside the site's root. Other programs may work
// on the files meanwhile: a file replaces the one read only while that is
// unchanged (same inode, size and times), else it is read again and the edit
// applied again; a file deleted meanwhile stays deleted (skipped).
TermEditReport applyTermEditPlan(const SiteConfig &config, const TermEditPlan &plan,
                                 const TermEditOptions &options = {});

} // namespace postwright
