// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard (issue 17 §2): the site's start page in place of the form,
// the editor and the preview, and what its entries do (open a post, filter
// the post list).
#include "mainwindow.h"

#include "dashboard/dashboardview.h"
#include "project/projectpanel.h"
#include "sitepreview/previewpane.h"

#include <QAction>
#include <QActionGroup>
#include <QLabel>
#include <QToolButton>
#include <QDockWidget>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>

#include <utility>

namespace postwright {

void MainWindow::createDashboard()
{
    m_dashboard = new DashboardView(m_center);
    m_center->addWidget(m_dashboard);
    connect(m_dashboard, &DashboardView::openPostRequested, this, [this](const QString &path) {
        if (m_session->isOpen(path))
            showDashboard(false);
        else if (confirmDiscard())
            openPost(path);
    });
    connect(m_dashboard, &DashboardView::stateFilterRequested, this,
            [this](int state) { filterPosts([this, state] { m_project->setStateFilter(state); }); });
    connect(m_dashboard, &DashboardView::tagFilterRequested, this,
            [this](const QString &tag) { filterPosts([this, tag] { m_project->setTagFilter(tag); }); });
    connect(m_dashboard, &DashboardView::allPostsRequested, this, [this] { filterPosts([] {}); });
    // A post opened (or File → New): the editor is back, and a site still
    // being indexed does not put its start page over it.
    connect(m_session, &PostSession::loaded, this, [this] {
        m_startPageWhenIndexed = false;
        showDashboard(false);
    });
    connect(m_project, &ProjectPanel::indexChanged, this, [this] {
        if (isDashboardShown())
            m_dashboard->setIndex(m_project->session()->index());
    });
}

bool MainWindow::isDashboardShown() const
{
    return m_center->currentWidget() == m_dashboard;
}

void MainWindow::showDashboard(bool on)
{
    if (m_dashboardAction)
        m_dashboardAction->setChecked(on);
    if (on == isDashboardShown())
        return;
    m_center->setCurrentWidget(on ? static_cast<QWidget *>(m_dashboard) : static_cast<QWidget *>(m_middle));
    // The preview and the writing tools show the open post: they step aside
    // for the dashboard and come back as they were.
    m_previewPane->setVisible(!on && (!m_previewAction || m_previewAction->isChecked()));
    // No command edits, and the status bar tells nothing of, a post that is not in view.
    if (m_editorActions)
        m_editorActions->setEnabled(!on);
    for (QWidget *part : std::initializer_list<QWidget *>{m_wordsLabel, m_positionLabel, m_encodingButton, m_lineEndingButton, m_spellLabel}) {
        if (part)
            part->setVisible(!on);
    }
    if (on) {
        m_toolsHiddenByDashboard = !m_toolsDock->isHidden();
        m_toolsDock->hide();
    } else if (std::exchange(m_toolsHiddenByDashboard, false)) {
        m_toolsDock->show();
    }
    if (on) {
        m_dashboard->setIndex(m_project->session()->index());
        m_dashboard->setFocus();
    }
}

void MainWindow::filterPosts(const std::function<void()> &filter)
{
    m_project->clearFilters();
    filter();
    if (m_sidebarAction && !m_sidebarAction->isChecked())
        m_sidebarAction->setChecked(true);
    m_project->postView()->setFocus();
}

} // namespace postwright
