// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace postwright {

class SiteGitState;

// The project panel's line about Git: the site's branch with the commits
// ahead of and behind its upstream and how many files changed, or, for a
// site in no repository, an offer to make one (repositoryRequested).
class GitBranchLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GitBranchLabel)

public:
    explicit GitBranchLabel(SiteGitState *state, QWidget *parent = nullptr);

signals:
    void repositoryRequested();

private:
    void showState();

    SiteGitState *m_state = nullptr;
};

} // namespace postwright
