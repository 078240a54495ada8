// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboard/dashboard.h"

#include <QFutureWatcher>
#include <QScrollArea>

#include <atomic>
#include <memory>

class QGridLayout;
class QVBoxLayout;

namespace postwright {

// The site's start page: how many posts, drafts and scheduled posts (each
// count filters the post list), the scheduled posts with their due times,
// the latest saved drafts and the posts the doctor finds problems in (each
// opens the post), the tags with one post (each filters the list). The
// data is core's buildDashboard: the counts at once, the doctor's pass over
// every post in the background.
class DashboardView final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardView)

public:
    explicit DashboardView(QWidget *parent = nullptr);
    ~DashboardView() override;

    // Shows index (a site's posts) judged now; empty root: no site.
    void setIndex(const SiteIndex &index);
    const Dashboard &dashboard() const { return m_dashboard; }
    // The doctor is still reading the posts.
    bool isChecking() const { return m_checking; }

signals:
    // A post's entry was clicked (absolute path).
    void openPostRequested(const QString &path);
    // A count was clicked: show posts in this PostState in the list (nullopt: all).
    void stateFilterRequested(int state);
    void allPostsRequested();
    void tagFilterRequested(const QString &tag);

private:
    void startDoctor();
    void rebuild();
    void addCounts(QVBoxLayout *page);
    void addSections(QGridLayout *grid);
    QWidget *postEntry(const DashboardPost &post, const QString &detail);

    SiteIndex m_index;
    Dashboard m_dashboard;
    QFutureWatcher<Dashboard> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_again = false;   // a new index came while the doctor ran
    bool m_checking = false;   // until its result is shown
};

} // namespace postwright
