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
// data is core's buildDashboard, made in the background: the counts and
// lists first, then the doctor's pass over every post.
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
    // The counts are being made or the doctor is still reading the posts.
    bool isChecking() const { return m_checking; }

signals:
    // A post's entry was clicked (absolute path).
    void openPostRequested(const QString &path);
    // A count was clicked: show posts in this PostState in the list (nullopt: all).
    void stateFilterRequested(int state);
    void allPostsRequested();
    void tagFilterRequested(const QString &tag);

private:
    void startCounts();
    void showCounts(const Dashboard &counted);
    void startDoctor();
    void rebuild();
    void addCounts(QVBoxLayout *page);
    void addSections(QGridLayout *grid);
    QWidget *postEntry(const DashboardPost &post, const QString &detail);

    SiteIndex m_index;
    Dashboard m_dashboard;
    QFutureWatcher<Dashboard> m_counts;    // the quick part (a big site takes a moment)
    QFutureWatcher<Dashboard> m_watcher;   // the doctor's pass
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_again = false;   // a new index came while the doctor ran
    bool m_countsAgain = false;   // a new index came while the counts were made
    bool m_checking = false;   // from a new index until the doctor's result is shown
};

} // namespace postwright
