// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/linediff.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace postwright {

// The post's unsaved text (mine) beside the file on disk (theirs), lines
// aligned by hunks, changed words highlighted; for each change the writer
// keeps mine or takes theirs, and Apply hands back the merged text.
class CompareDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareDialog)

public:
    CompareDialog(const QString &mine, const QString &theirs, const QFont &font, QWidget *parent = nullptr);

    // Mine with the hunks chosen as theirs replaced.
    QString mergedText() const;
    qsizetype hunkCount() const { return m_diff.hunks.size(); }
    qsizetype currentHunk() const { return m_current; }
    void setCurrentHunk(qsizetype hunk);
    void setTakeTheirs(qsizetype hunk, bool theirs);

private:
    struct Colors;
    void buildLayout(const QFont &font);
    void fillPanes();
    void appendHunk(qsizetype hunk, const Colors &colors);
    void markChoice(qsizetype hunk);
    // The hunk's row tints; the current change is tinted stronger.
    void paintRows(qsizetype hunk, bool current);
    void updateNavigation();

    LineDiff m_diff;
    QList<bool> m_takeTheirs;
    // Where each hunk stands in the panes: its first row, the lines of each
    // side, and its rows (the longer side's lines; the other is filled up).
    struct Rows
    {
        int first = 0, mine = 0, theirs = 0, rows = 0;
    };
    QList<Rows> m_hunkRows;
    qsizetype m_current = -1;
    bool m_wordsSkipped = false;
    QPlainTextEdit *m_mine = nullptr;
    QPlainTextEdit *m_theirs = nullptr;
    QLabel *m_position = nullptr;
    QLabel *m_notice = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
    QRadioButton *m_keepMine = nullptr;
    QRadioButton *m_takeTheirsButton = nullptr;
};

} // namespace postwright
