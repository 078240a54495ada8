// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "snapshot/postsnapshot.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QTreeWidget;

namespace postwright {

class FindingsModel;

// The writing tools beside the editor: the post doctor's findings (a click
// jumps to the line; "Repair encoding" for garbled text), the outline (a
// click moves editor and preview there) and the statistics of the post and
// of the selection.
class InsightsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InsightsPanel)

public:
    explicit InsightsPanel(QWidget *parent = nullptr);

    // Shows the findings, outline and statistics of a full snapshot (a
    // quick one has none of its own and is passed over).
    // blank: a new post nothing has been typed in yet; the doctor waits
    // for the writer instead of calling the empty title an error.
    void showSnapshot(const PostSnapshot &snapshot, bool blank = false);
    // Statistics of the selected text (empty: no selection).
    void setSelection(const QString &text);

    FindingsModel *findingsModel() const { return m_findings; }
    QTreeWidget *outlineView() const { return m_outline; }
    QPushButton *repairButton() const { return m_repair; }
    QString statisticsText() const;

signals:
    void lineActivated(int line, int column);   // 1-based file line and column
    void repairEncodingRequested();

private:
    void showFindings(const QList<Finding> &findings);
    void showOutline(const QList<Heading> &outline);
    void showStatistics(QLabel *label, const TextStats &stats);

    QTabWidget *m_tabs = nullptr;
    FindingsModel *m_findings = nullptr;
    QTableView *m_findingsView = nullptr;
    QLabel *m_findingsSummary = nullptr;
    bool m_findingsShown = false;   // the summary says something
    bool m_blankShown = false;      // it says the doctor waits for a new post's text
    QPushButton *m_repair = nullptr;
    QTreeWidget *m_outline = nullptr;
    QList<Heading> m_shownOutline;
    QLabel *m_postStats = nullptr;
    QLabel *m_selectionStats = nullptr;
};

} // namespace postwright
