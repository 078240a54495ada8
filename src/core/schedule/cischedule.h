// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "site/siteconfig.h"

#include <QString>

namespace postwright {

// Without a systemd user timer, the host's CI can publish scheduled posts:
// a job that rebuilds the site every hour shows each post once its date has
// passed (the generator leaves it out until then). The posts are committed
// and pushed as usual. A workflow for the site's generator, to copy.
enum class CiService { GitHub, GitLab };

// The file the snippet goes in (".github/workflows/publish-scheduled.yml").
QString ciScheduleFile(CiService service);
// The workflow: GitHub Actions building to GitHub Pages, or GitLab CI's
// pages job that a pipeline schedule runs.
QString ciScheduleSnippet(CiService service, SiteKind kind);

} // namespace postwright
