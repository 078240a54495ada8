// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/duepublish.h"

#include "deploy/sitedeployer.h"
#include "schedule/duetimer.h"
#include "schedule/schedulerecord.h"
#include "site/indexbuilder.h"
#include "vcs/publishplan.h"

#include <QCoreApplication>

#include <algorithm>

namespace postwright {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postwright", text);
}

using Status = DuePublishResult::Status;

// How long after a failed run (no network, the remote down) the timer tries again.
constexpr int retryMinutes = 10;

void line(const PublishCallbacks &callbacks, const QString &text)
{
    if (callbacks.line && !text.isEmpty())
        callbacks.line(text);
}

void error(const PublishCallbacks &callbacks, const Error &problem)
{
    if (callbacks.error)
        callbacks.error(problem);
}

QString nothingDueLine(const DueState &state)
{
    if (state.scheduled.isEmpty())
        return tr("nothing is due: no post is scheduled");
    const DuePost &next = state.scheduled.first();
    return tr("nothing is due: the next post, \"%1\" (%2), is due at %3").arg(next.title, next.path, dueText(next.due));
}

Status deployDue(const QString &site, const ScheduleRecord &record, const PublishCallbacks &callbacks)
{
    DeployOptions options;
    options.dest = record.deployTo;
    options.removeStale = record.removeStale;
    DeployProgress progress;
    progress.step = callbacks.line;
    progress.transport = callbacks.gitOutput;
    progress.canceled = callbacks.canceled;
    const Result<DeployReport> report = deploySite(site, options, progress);
    if (!report) {
        error(callbacks, report.error());
        return Status::Failed;
    }
    if (report.value().failure) {
        error(callbacks, *report.value().failure);
        return Status::Failed;
    }
    line(callbacks, QStringLiteral("deploy: %1 uploaded, %2 deleted, %3 unchanged")
                        .arg(report.value().uploaded.size())
                        .arg(report.value().deleted.size())
                        .arg(report.value().unchanged));
    return Status::Published;
}

Status commitDue(const PublishRequest &base, const DueState &state, const PublishCallbacks &callbacks)
{
    PublishRequest request = base;
    PublishPlan named;
    QStringList paths;
    for (const DuePost &post : state.due) {
        paths.append(post.path);
        named.titles.append(post.title);
    }
    request.onlyPosts = paths;
    request.commitEvenIfUnchanged = true;
    if (request.message.isEmpty())
        request.message = named.message();
    switch (publishSite(request, callbacks).status) {
    case PublishResult::Status::Published:
        return Status::Published;
    case PublishResult::Status::Refused:
        return Status::Refused;
    case PublishResult::Status::Conflicts:
        return Status::Conflicts;
    case PublishResult::Status::Failed:
    case PublishResult::Status::Canceled:
        break;
    }
    return Status::Failed;
}

// After a failed run: the timer runs again retryMinutes after it (or at the
// next due time, when that is sooner).
void retryDue(const QString &site, const DueState &state, const QString &cliPath, const QDateTime &now,
              const PublishCallbacks &callbacks)
{
    // From the run's end: a run that waited long on the network must not
    // set a time already past (systemd would start it again at once).
    const QDateTime retryAt = std::max(now, QDateTime::currentDateTimeUtc()).addSecs(retryMinutes * 60);
    ScheduleRecord record = ScheduleRecord::load(site);
    record.retryAt = retryAt;
    if (const Result<Success> saved = record.save(site); !saved)
        error(callbacks, saved.error());
    const Result<DueTimerUpdate> timer = updateDueTimer(site, state, cliPath, retryAt);
    if (!timer)
        error(callbacks, timer.error());
    else
        line(callbacks, timer.value().line());
}

} // namespace

DuePublishResult publishDue(const PublishRequest &request, const PublishCallbacks &callbacks, const QString &cliPath)
{
    DuePublishResult result;
    const QString &site = request.site;
    const Result<SiteIndex> index = indexSite(site);
    if (!index) {
        error(callbacks, index.error());
        result.status = Status::Refused;
        return result;
    }
    const QDateTime now = scheduleNow();
    const ScheduleRecord record = ScheduleRecord::load(site);
    result.state = dueState(index.value(), now, record.lastRun);
    if (result.state.due.isEmpty()) {
        line(callbacks, nothingDueLine(result.state));
        result.status = Status::NothingDue;
    } else {
        for (const DuePost &post : std::as_const(result.state.due))
            line(callbacks, tr("due: \"%1\" (%2), at %3").arg(post.title, post.path, dueText(post.due)));
        result.status = record.deployTo.isEmpty() ? commitDue(request, result.state, callbacks)
                                                  : deployDue(site, record, callbacks);
    }
    if (result.status == Status::Failed) {
        // The next run judges from the same last run: nothing due is lost.
        // The timer has fired: it is set to try again (the network, the
        // remote may be back by then); a commit made stays and goes then.
        retryDue(site, result.state, cliPath, now, callbacks);
        return result;
    }
    if (result.status != Status::NothingDue && result.status != Status::Published)
        return result;
    // Read again: the window may have changed the record meanwhile.
    ScheduleRecord latest = ScheduleRecord::load(site);
    latest.lastRun = now;
    latest.retryAt.reset();
    if (const Result<Success> saved = latest.save(site); !saved)
        error(callbacks, saved.error());
    const Result<DueTimerUpdate> timer = updateDueTimer(site, result.state, cliPath);
    if (!timer)
        error(callbacks, timer.error());
    else
        line(callbacks, timer.value().line());
    return result;
}

} // namespace postwright
