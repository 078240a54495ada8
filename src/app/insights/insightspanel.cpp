// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "insights/insightspanel.h"

#include "insights/findingsmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace postwright {
namespace {

bool sameOutline(const QList<Heading> &a, const QList<Heading> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const Heading &x, const Heading &y) {
        return x.level == y.level && x.line == y.line && x.text == y.text;
    });
}

bool sameFindings(const QList<Finding> &a, const QList<Finding> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const Finding &x, const Finding &y) {
        return x.line == y.line && x.column == y.column && x.severity == y.severity && x.code == y.code
            && x.message == y.message && x.fix == y.fix && x.path == y.path;
    });
}

} // namespace

InsightsPanel::InsightsPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("Writing tools"));
    m_tabs->setAccessibleDescription(tr("The doctor's findings, the outline and statistics of the post"));
    layout->addWidget(m_tabs);

    // Doctor
    auto *doctor = new QWidget(m_tabs);
    auto *doctorLayout = new QVBoxLayout(doctor);
    m_findingsSummary = new QLabel(doctor);
    m_findingsSummary->setWordWrap(true);
    m_findings = new FindingsModel(this);
    m_findingsView = new QTableView(doctor);
    m_findingsView->setModel(m_findings);
    m_findingsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_findingsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_findingsView->verticalHeader()->hide();
    m_findingsView->horizontalHeader()->setStretchLastSection(true);
    m_findingsView->horizontalHeader()->setSectionResizeMode(FindingsModel::SeverityColumn, QHeaderView::ResizeToContents);
    m_findingsView->horizontalHeader()->setSectionResizeMode(FindingsModel::LineColumn, QHeaderView::ResizeToContents);
    m_findingsView->setWordWrap(true);
    m_findingsView->setAccessibleName(tr("Problems in the post"));
    m_repair = new QPushButton(tr("Repair E&ncoding"), doctor);
    m_repair->setToolTip(tr("Repair text that was once read with the wrong encoding (â€“ for –), as one undo step"));
    m_repair->setEnabled(false);
    doctorLayout->addWidget(m_findingsSummary);
    doctorLayout->addWidget(m_findingsView, 1);
    doctorLayout->addWidget(m_repair);
    m_tabs->addTab(doctor, tr("Doctor"));
    connect(m_findingsView, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit lineActivated(index.data(FindingsModel::LineRole).toInt(), index.data(FindingsModel::ColumnRole).toInt());
    });
    connect(m_findingsView, &QTableView::clicked, this, [this](const QModelIndex &index) {
        emit lineActivated(index.data(FindingsModel::LineRole).toInt(), index.data(FindingsModel::ColumnRole).toInt());
    });
    connect(m_repair, &QPushButton::clicked, this, &InsightsPanel::repairEncodingRequested);

    // Outline
    m_outline = new QTreeWidget(m_tabs);
    m_outline->setHeaderHidden(true);
    m_outline->setAccessibleName(tr("Outline"));
    m_tabs->addTab(m_outline, tr("Outline"));
    connect(m_outline, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem *item) { emit lineActivated(item->data(0, Qt::UserRole).toInt(), 1); });
    connect(m_outline, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { emit lineActivated(item->data(0, Qt::UserRole).toInt(), 1); });

    // Statistics
    auto *stats = new QWidget(m_tabs);
    auto *statsLayout = new QVBoxLayout(stats);
    m_postStats = new QLabel(stats);
    m_selectionStats = new QLabel(stats);
    m_postStats->setAccessibleName(tr("Post statistics"));
    m_selectionStats->setAccessibleName(tr("Selection statistics"));
    for (QLabel *label : {m_postStats, m_selectionStats}) {
        label->setTextFormat(Qt::RichText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        statsLayout->addWidget(label);
    }
    statsLayout->addStretch();
    m_tabs->addTab(stats, tr("Statistics"));
    setSelection(QString());
}

void InsightsPanel::showSnapshot(const PostSnapshot &analysis, bool blank)
{
    if (!analysis.complete)
        return;
    if (blank) {
        showFindings({});
        m_findingsSummary->setText(tr("The doctor checks the post as you write."));
        m_blankShown = true;
    } else if (m_blankShown || !m_findingsShown || !sameFindings(analysis.findings, m_findings->findings())) {
        // A snapshot comes with every edit: what did not change is
        // left as it is (the row the user is on, the outline's scroll).
        m_blankShown = false;
        showFindings(analysis.findings);
    }
    if (!sameOutline(analysis.outline, m_shownOutline))
        showOutline(analysis.outline);
    showStatistics(m_postStats, analysis.statistics);
    QString text = QStringLiteral("<b>%1</b><br>").arg(tr("Post")) + m_postStats->text();
    if (analysis.readability)
        text += QStringLiteral("<br>")
                + tr("Readability: %1 (%2, %3)")
                      .arg(std::lround(analysis.readability->score))
                      .arg(analysis.readability->formulaName.toHtmlEscaped(), analysis.readability->band.toHtmlEscaped());
    m_postStats->setText(text);
}

void InsightsPanel::showFindings(const QList<Finding> &findings)
{
    m_findingsShown = true;
    // Keep the row the user is on across refreshes while typing.
    const int selectedLine = m_findingsView->currentIndex().data(FindingsModel::LineRole).toInt();
    m_findings->setFindings(findings);
    for (int row = 0; row < m_findings->rowCount(); ++row) {
        if (m_findings->index(row, 0).data(FindingsModel::LineRole).toInt() == selectedLine && selectedLine > 0) {
            m_findingsView->setCurrentIndex(m_findings->index(row, 0));
            break;
        }
    }
    int errors = 0, warnings = 0;
    bool repairable = false;
    for (const Finding &f : findings) {
        (f.severity == Severity::Error ? errors : warnings) += 1;
        repairable = repairable || (f.code == QLatin1String("mojibake") && !f.fix.isEmpty());
    }
    m_findingsSummary->setText(findings.isEmpty() ? tr("No problems found.")
                                                  : tr("%n error(s)", nullptr, errors) + QStringLiteral(", ") + tr("%n warning(s)", nullptr, warnings));
    m_repair->setEnabled(repairable);
    m_tabs->setTabText(0, findings.isEmpty() ? tr("Doctor") : tr("Doctor (%1)").arg(findings.size()));
}

void InsightsPanel::showOutline(const QList<Heading> &outline)
{
    m_shownOutline = outline;
    m_outline->clear();
    QList<QTreeWidgetItem *> parents;   // the last item at each level
    for (const Heading &h : outline) {
        while (!parents.isEmpty() && parents.last()->data(0, Qt::UserRole + 1).toInt() >= h.level)
            parents.removeLast();
        auto *item = parents.isEmpty() ? new QTreeWidgetItem(m_outline) : new QTreeWidgetItem(parents.last());
        item->setText(0, h.text);
        item->setToolTip(0, tr("Line %1").arg(h.line));
        item->setData(0, Qt::UserRole, h.line);
        item->setData(0, Qt::UserRole + 1, h.level);
        parents.append(item);
    }
    m_outline->expandAll();
}

void InsightsPanel::setSelection(const QString &text)
{
    if (text.isEmpty()) {
        m_selectionStats->setText(QStringLiteral("<b>%1</b><br>%2").arg(tr("Selection"), tr("Nothing selected.")));
        return;
    }
    showStatistics(m_selectionStats, textStats(text));
    m_selectionStats->setText(QStringLiteral("<b>%1</b><br>").arg(tr("Selection")) + m_selectionStats->text());
}

void InsightsPanel::showStatistics(QLabel *label, const TextStats &stats)
{
    label->setText(tr("Words: %1<br>Characters: %2<br>Sentences: %3<br>Paragraphs: %4<br>Reading time: %5 min")
                       .arg(stats.words)
                       .arg(stats.characters)
                       .arg(stats.sentences)
                       .arg(stats.paragraphs)
                       .arg(stats.readingMinutes));
}

QString InsightsPanel::statisticsText() const
{
    return m_postStats->text() + QLatin1Char('\n') + m_selectionStats->text();
}

} // namespace postwright
