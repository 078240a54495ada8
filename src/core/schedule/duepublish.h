// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/duestate.h"
#include "vcs/publish.h"

#include <QString>

namespace postwright {

struct DuePublishResult
{
    enum class Status {
        NothingDue,  // nothing became due: nothing was tried
        Published,   // committed and pushed (or deployed) what became due
        Refused,     // the site cannot be read, not a repository...
        Failed,      // a step failed (told); the next run tries again
        Conflicts,   // the merge stopped on a conflict (told)
    };
    Status status = Status::NothingDue;
    DueState state;   // what was due and what is still scheduled
};

// postwright-cli publish --due (what the timer runs): indexes the site and
// judges what became due since the last run (dueState, at scheduleNow());
// nothing: one line says so and when the next post is due. Otherwise, when
// the site has a deploy destination in its ScheduleRecord, deploys the site
// there; else commits only the due posts and their images (an empty commit
// naming them when they were committed while scheduled, so the host builds
// again) and pushes, as publishSite. A run that finished is remembered as
// the last run; the timer (when on) is set to the next due time.
// request gives the site, an optional message and push; cliPath is the
// program the timer runs.
DuePublishResult publishDue(const PublishRequest &request, const PublishCallbacks &callbacks, const QString &cliPath);

} // namespace postwright
