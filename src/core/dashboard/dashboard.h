// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "site/siteindex.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace postwright {

// One post the dashboard names.
struct DashboardPost
{
    QString path;    // relative to the site root
    QString title;
    QDateTime when;  // scheduled: its due time; a draft: its last save
    QString note;    // a problem: "Error — line 4: ... (+2 more)"; else empty
};

// A tag that only one post carries (a typo, or a tag to merge).
struct DashboardTerm
{
    QString term;
    QString path;    // its post
    QString title;
};

// What the dashboard shows of a site.
struct Dashboard
{
    QString siteTitle;   // the config's title, else the folder's name
    int posts = 0;       // sections not counted
    int published = 0;
    int drafts = 0;
    int scheduled = 0;
    QList<DashboardPost> scheduledPosts;  // soonest first
    QList<DashboardPost> recentDrafts;    // the latest saved first
    // The posts the doctor finds errors in (most first); a warning alone
    // (a missing summary, a long title) is advice, counted in warningPosts.
    QList<DashboardPost> problems;
    int problemPosts = 0;                 // every post with an error (problems holds the first few)
    int warningPosts = 0;                 // posts with warnings and no error
    bool doctorRan = false;
    QList<DashboardTerm> lonelyTags;      // by name
};

struct DashboardOptions
{
    int recentDrafts = 5;
    int maxProblems = 10;
    int maxLonelyTags = 40;
    // Runs the doctor over every post (a while on a big site, on all cores):
    // without it, problems stays empty and doctorRan false.
    bool runDoctor = true;
    std::function<bool()> canceled;   // asked between posts by the doctor
};

// The dashboard of the site index holds, judged at now: the counts by state
// (as the post list shows them), the scheduled posts with their due times,
// the latest saved drafts, the posts the doctor finds errors in (read from
// disk, as `check SITE` reads them), and the tags with one post.
Dashboard buildDashboard(const SiteIndex &index, const QDateTime &now, const DashboardOptions &options = {});

} // namespace postwright
