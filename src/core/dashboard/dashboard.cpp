// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/dashboard.h"

#include "doctor/checkcontext.h"
#include "export/exportsettings.h"
#include "schedule/duestate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QtConcurrent>

#include <algorithm>

namespace postwright {
namespace {

struct Checked
{
    DashboardPost post;
    int errors = 0;
    int warnings = 0;
};

// "Error — line 8: link target not found: gone.md (+1 more)": the first
// error (else warning), and how many findings follow.
QString problemNote(const Finding &first, int total)
{
    QString text = first.severity == Severity::Error ? QCoreApplication::translate("postwright", "Error")
                                                      : QCoreApplication::translate("postwright", "Warning");
    text += QStringLiteral(" — ");
    if (first.line > 0)
        text += QCoreApplication::translate("postwright", "line %1: ").arg(first.line);
    text += first.message;
    if (total > 1)
        text += QCoreApplication::translate("postwright", " (+%1 more)").arg(total - 1);
    return text;
}

// One post through the doctor, as check SITE does it.
Checked checkOne(const SiteIndex &index, const PostRecord &record, const CheckContext &context)
{
    Checked checked;
    checked.post = {record.path, record.title, {}, {}};
    const QString file = index.config().absolutePath(record.path);
    const Result<Post> post = Post::load(file);
    if (!post) {
        checked.errors = 1;
        checked.post.note = problemNote(Finding{file, post.error().line, post.error().column, Severity::Error, {},
                                                post.error().message, {}},
                                        1);
        return checked;
    }
    const QList<Finding> findings = checkPost(post.value(), context);
    for (const Finding &finding : findings)
        ++(finding.severity == Severity::Error ? checked.errors : checked.warnings);
    if (!findings.isEmpty()) {
        const auto first = std::find_if(findings.begin(), findings.end(), [](const Finding &f) { return f.severity == Severity::Error; });
        checked.post.note = problemNote(first != findings.end() ? *first : findings.first(), int(findings.size()));
    }
    return checked;
}

void runDoctor(const SiteIndex &index, const DashboardOptions &options, Dashboard &dashboard)
{
    // One context per folder (the site a post lies in), one walk of a Hugo site.
    CheckContexts contexts;
    QHash<QString, CheckContext> byFolder;
    QList<const PostRecord *> records;
    for (const PostRecord &record : index.posts()) {
        if (record.kind == PostKind::Section)
            continue;
        const QString folder = QFileInfo(index.config().absolutePath(record.path)).path();
        if (!byFolder.contains(folder))
            byFolder.insert(folder, contexts.forPost(index.config().absolutePath(record.path)));
        records.append(&record);
    }
    const QList<Checked> checked = QtConcurrent::blockingMapped(records, [&](const PostRecord *record) {
        if (options.canceled && options.canceled())
            return Checked{};
        const QString folder = QFileInfo(index.config().absolutePath(record->path)).path();
        return checkOne(index, *record, byFolder.value(folder));
    });
    if (options.canceled && options.canceled())
        return;
    QList<Checked> problems;
    for (const Checked &one : checked) {
        if (one.errors > 0)
            problems.append(one);
        else if (one.warnings > 0)
            ++dashboard.warningPosts;
    }
    std::stable_sort(problems.begin(), problems.end(), [](const Checked &a, const Checked &b) { return a.errors > b.errors; });
    dashboard.problemPosts = int(problems.size());
    for (qsizetype i = 0; i < problems.size() && i < options.maxProblems; ++i)
        dashboard.problems.append(problems[i].post);
    dashboard.doctorRan = true;
}

void addLonelyTags(const SiteIndex &index, const DashboardOptions &options, Dashboard &dashboard)
{
    const QString tags = QStringLiteral("tags");
    const QMap<QString, int> counts = index.termCounts(tags);
    for (auto it = counts.cbegin(); it != counts.cend() && dashboard.lonelyTags.size() < options.maxLonelyTags; ++it) {
        if (it.value() != 1)
            continue;
        const QStringList posts = index.postsWithTerm(tags, it.key());
        const PostRecord *record = posts.isEmpty() ? nullptr : index.post(posts.first());
        if (record)
            dashboard.lonelyTags.append({it.key(), record->path, record->title});
    }
}

} // namespace

Dashboard buildDashboard(const SiteIndex &index, const QDateTime &now, const DashboardOptions &options)
{
    Dashboard dashboard;
    const Result<ExportSettings> settings = readExportSettings(index.config());
    dashboard.siteTitle = settings && !settings.value().title.isEmpty() ? settings.value().title : QDir(index.config().root).dirName();
    QList<const PostRecord *> drafts;
    for (const PostRecord &record : index.posts()) {
        if (record.kind == PostKind::Section)
            continue;
        ++dashboard.posts;
        switch (index.state(record, now)) {
        case PostState::Draft:
            ++dashboard.drafts;
            drafts.append(&record);
            break;
        case PostState::Scheduled:
            ++dashboard.scheduled;
            break;
        case PostState::Published:
            ++dashboard.published;
            break;
        case PostState::Expired:
            break;
        }
    }
    for (const DuePost &post : dueState(index, now, std::nullopt).scheduled)
        dashboard.scheduledPosts.append({post.path, post.title, post.due, {}});
    std::stable_sort(drafts.begin(), drafts.end(), [](const PostRecord *a, const PostRecord *b) { return a->modified > b->modified; });
    for (qsizetype i = 0; i < drafts.size() && i < options.recentDrafts; ++i)
        dashboard.recentDrafts.append({drafts[i]->path, drafts[i]->title, QDateTime::fromMSecsSinceEpoch(drafts[i]->modified), {}});
    addLonelyTags(index, options, dashboard);
    if (options.runDoctor)
        runDoctor(index, options, dashboard);
    return dashboard;
}

} // namespace postwright
